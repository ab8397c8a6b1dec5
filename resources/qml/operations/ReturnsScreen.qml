import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Returns: find the sale, choose what comes back, refund it. Scanning the receipt's barcode
// (here or on the sell screen) opens its lines at once.
OpsFrame {
    id: screen

    readonly property var returns: kiosk.returns

    objectName: "returnsScreen"
    title: qsTr("Returns")
    subtitle: returns.stage === "find" ? qsTr("Scan the receipt's barcode, or find the sale.")
            : returns.stage === "done" ? qsTr("Refund %1").arg(returns.refundNo)
            : returns.withReceipt && returns.fromTill
                ? qsTr("Receipt %1 from till %2 · %3 · total %4").arg(returns.receiptNo)
                      .arg(returns.fromTill).arg(returns.soldAt).arg(returns.saleTotal)
            : returns.withReceipt ? qsTr("Receipt %1 · %2 · total %3").arg(returns.receiptNo)
                                        .arg(returns.soldAt).arg(returns.saleTotal)
            : returns.receiptNo ? qsTr("Receipt %1 from another till: scan or find the items; a manager approves.").arg(returns.receiptNo)
            : qsTr("Without a receipt: scan or find the items; a manager approves.")

    ReturnFind {
        anchors.fill: parent
        visible: screen.returns.stage === "find"
        kiosk: screen.kiosk
    }
    ReturnLines {
        anchors.fill: parent
        visible: screen.returns.stage === "lines"
        kiosk: screen.kiosk
    }
    ColumnLayout {
        anchors.fill: parent
        visible: screen.returns.stage === "done"
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: 8
                Label {
                    objectName: "refundDone"
                    text: screen.returns.refundMethod === "card"
                          ? qsTr("%1 refunded to the card.").arg(screen.returns.refunded)
                          : qsTr("Give the customer %1 from the drawer.").arg(screen.returns.refunded)
                    font.pixelSize: 26
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("The refund receipt is printing.")
                    color: "#546E7A"
                }
            }
            Pane {
                Layout.preferredWidth: Math.min(420, screen.width * 0.45)
                Layout.fillHeight: true
                Material.elevation: 1
                Flickable {
                    anchors.fill: parent
                    clip: true
                    contentHeight: receiptText.implicitHeight
                    Text {
                        id: receiptText
                        objectName: "refundReceiptText"
                        width: parent.width
                        text: screen.returns.receiptText
                        font.family: "monospace"
                        font.pixelSize: 12
                    }
                }
            }
        }
        Button {
            objectName: "newReturnButton"
            text: qsTr("New return")
            highlighted: true
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: 240
            Layout.preferredHeight: 64
            onClicked: screen.returns.newReturn()
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// After payment: the change to hand back, the receipt (print it, or a copy), the next sale.
// Scanning the next customer's first item also starts a new sale.
Item {
    id: screen

    required property var kiosk
    readonly property var receipt: kiosk.receipt

    objectName: "receiptScreen"

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 24

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            Label {
                text: qsTr("Sale complete")
                font.pixelSize: 32
                font.bold: true
                color: "#00695C"
            }
            Label {
                objectName: "receiptNumber"
                text: qsTr("Receipt %1").arg(screen.receipt.receiptNo)
                font.pixelSize: 18
            }
            Label {
                text: qsTr("Total %1, paid by %2").arg(screen.receipt.total).arg(screen.receipt.paidBy)
                font.pixelSize: 18
            }
            Label {
                visible: screen.receipt.changeMinor > 0
                text: qsTr("Change due")
                font.pixelSize: 20
                color: "#546E7A"
            }
            Label {
                objectName: "receiptChange"
                visible: screen.receipt.changeMinor > 0
                text: screen.receipt.change
                font.pixelSize: 56
                font.bold: true
            }
            Label {
                visible: screen.receipt.copies > 0
                text: qsTr("%n copy/copies printed", "", screen.receipt.copies)
                color: "#546E7A"
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: "printReceiptButton"
                    text: qsTr("Print receipt")
                    enabled: !screen.receipt.printed && !screen.receipt.printing
                    Layout.preferredHeight: 64
                    Layout.fillWidth: true
                    onClicked: screen.receipt.printReceipt()
                }
                Button {
                    objectName: "reprintButton"
                    text: qsTr("Reprint (copy)")
                    enabled: !screen.receipt.printing
                    Layout.preferredHeight: 64
                    Layout.fillWidth: true
                    onClicked: screen.receipt.reprint()
                }
            }
            Button {
                objectName: "newSaleButton"
                text: qsTr("New sale")
                highlighted: true
                font.pixelSize: 22
                Layout.fillWidth: true
                Layout.preferredHeight: 76
                onClicked: screen.receipt.newSale()
            }
        }

        ReceiptPreviewPanel {
            kiosk: screen.kiosk
            visible: screen.kiosk.demo || screen.kiosk.preview.available
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(460, screen.width * 0.42)
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Taking payment. Cash: type what the customer handed over (or tap a quick amount) and the
// change shows at once. Card: the external terminal charges, the associate confirms its
// approval code. Tenders add up (split payment); the sale completes when they cover the total.
Item {
    id: screen

    required property var kiosk
    readonly property var payment: kiosk.payment
    signal payByCard()

    objectName: "payScreen"

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 24

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: 8

            Label { text: qsTr("Amount due"); font.pixelSize: 18; color: "#546E7A" }
            Label {
                objectName: "amountDue"
                text: screen.payment.due
                font.pixelSize: 44
                font.bold: true
            }
            Label {
                visible: screen.payment.tenders.count > 0
                text: qsTr("Still to pay: %1").arg(screen.payment.remaining)
                objectName: "remaining"
                font.pixelSize: 20
            }
            ListView {
                id: tenderList
                objectName: "tenderList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 180)
                clip: true
                model: screen.payment.tenders
                delegate: RowLayout {
                    id: tenderRow
                    required property int index
                    required property string method
                    required property string amount
                    required property string reference
                    width: tenderList.width
                    Label {
                        text: (tenderRow.method === "cash" ? qsTr("Cash") : qsTr("Card"))
                              + (tenderRow.reference ? " (" + tenderRow.reference + ")" : "")
                        font.pixelSize: 18
                        Layout.fillWidth: true
                    }
                    Label { text: tenderRow.amount; font.pixelSize: 18 }
                    Button {
                        text: qsTr("Remove")
                        flat: true
                        enabled: !screen.payment.busy
                        Layout.preferredHeight: 52
                        onClicked: screen.payment.removeTender(tenderRow.index)
                    }
                }
            }
            Label { text: qsTr("Change due"); font.pixelSize: 18; color: "#546E7A" }
            Label {
                objectName: "changeDue"
                text: screen.payment.change
                font.pixelSize: 40
                font.bold: true
                color: "#00695C"
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: "#E0E0E0" }
            Label {
                text: qsTr("%n item(s)", "", screen.kiosk.sale.itemCount)
                font.pixelSize: 16
                color: "#546E7A"
            }
            ListView {
                id: saleLines
                objectName: "paySaleLines"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: screen.kiosk.cart
                delegate: RowLayout {
                    id: saleLine
                    required property string name
                    required property int quantity
                    required property string amount
                    required property string discountText
                    width: saleLines.width
                    height: 30
                    Label {
                        text: saleLine.quantity + " × " + saleLine.name
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: saleLine.discountText !== ""
                        text: saleLine.discountText
                        color: "#BF360C"
                    }
                    Label { text: saleLine.amount }
                }
                ScrollIndicator.vertical: ScrollIndicator { }
            }
            Switch {
                objectName: "printReceiptSwitch"
                text: qsTr("Print receipt")
                checked: screen.payment.printReceipt
                font.pixelSize: 17
                Layout.preferredHeight: 56
                onToggled: screen.payment.printReceipt = checked
            }
            Button {
                text: qsTr("Back to sale")
                enabled: screen.payment.tenders.count === 0 && !screen.payment.busy
                Layout.preferredHeight: 56
                onClicked: screen.kiosk.sale.backToSale()
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            spacing: 10

            Label { text: qsTr("Cash received"); font.pixelSize: 18; color: "#546E7A" }
            Label {
                objectName: "cashEntry"
                text: screen.payment.entry
                font.pixelSize: 36
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Keypad {
                doubleZero: true
                enabled: !screen.payment.busy
                keyHeight: screen.height > 640 ? 60 : 50
                Layout.fillWidth: true
                onDigits: (text) => screen.payment.keypad(text)
                onErase: screen.payment.backspace()
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "exactCashButton"
                    text: qsTr("Exact amount")
                    enabled: !screen.payment.busy
                    height: 56
                    onClicked: screen.payment.payCashAmount(screen.payment.remainingMinor)
                }
                Repeater {
                    model: screen.payment.quickAmounts
                    Button {
                        required property var modelData
                        text: modelData.label
                        enabled: !screen.payment.busy
                        height: 56
                        onClicked: screen.payment.payCashAmount(modelData.minor)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "cashButton"
                    text: qsTr("Take cash")
                    highlighted: true
                    enabled: !screen.payment.busy
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 68
                    onClicked: screen.payment.payCash()
                }
                Button {
                    objectName: "cardButton"
                    text: qsTr("Card")
                    enabled: !screen.payment.busy
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 68
                    onClicked: screen.payByCard()
                }
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: screen.payment.busy
        visible: running
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// A discount on one line, or on the whole sale (lineId ""): a percentage or an amount.
// Above the store's limit the sale asks for a manager's approval before applying it.
KioskDialog {
    id: dialog

    property string lineId: ""
    property bool percent: true
    property int value: 0  // whole percent, or minor units for an amount

    function openFor(id) { lineId = id; percent = true; value = 0; reason.reset(); open() }

    objectName: "discountDialog"
    title: lineId ? qsTr("Discount on this item") : qsTr("Discount on the whole sale")
    width: Math.min(parent.width - 32, 760)

    RowLayout {
        anchors.fill: parent
        spacing: 24

        ColumnLayout {
            Layout.preferredWidth: 250
            Label {
                objectName: "discountValue"
                text: dialog.percent ? dialog.kiosk.format.percent(dialog.value * 100)
                                     : dialog.kiosk.format.money(dialog.value)
                font.pixelSize: 30
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Keypad {
                doubleZero: !dialog.percent
                phoneOrder: false
                keyHeight: 52
                Layout.fillWidth: true
                onDigits: (text) => {
                    const grown = Number(String(dialog.value) + text)
                    if (dialog.percent ? grown <= 100 : grown < 100000000)
                        dialog.value = grown
                }
                onErase: dialog.value = Math.floor(dialog.value / 10)
                onClear: dialog.value = 0
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 10
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Percent")
                    checkable: true
                    checked: dialog.percent
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: { dialog.percent = true; dialog.value = 0 }
                }
                Button {
                    text: qsTr("Amount")
                    checkable: true
                    checked: !dialog.percent
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: { dialog.percent = false; dialog.value = 0 }
                }
            }
            Label {
                text: qsTr("Up to %1 without a manager.").arg(dialog.kiosk.discountLimit)
                color: "#546E7A"
            }
            ReasonField {
                id: reason
                placeholderText: qsTr("Reason (optional)")
                presets: [qsTr("Damaged item"), qsTr("Price match"), qsTr("Staff discount")]
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Cancel")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: dialog.close()
                }
                Button {
                    text: qsTr("No discount")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        dialog.close()
                        if (dialog.lineId)
                            dialog.kiosk.sale.removeLineDiscount(dialog.lineId)
                        else
                            dialog.kiosk.sale.removeCartDiscount()
                    }
                }
                Button {
                    objectName: "applyDiscountButton"
                    text: qsTr("Apply")
                    highlighted: true
                    enabled: dialog.value > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        const kind = dialog.percent ? "percent" : "amount"
                        const amount = dialog.percent ? dialog.value * 100 : dialog.value
                        dialog.close()
                        if (dialog.lineId)
                            dialog.kiosk.sale.setLineDiscount(dialog.lineId, kind, amount, reason.text)
                        else
                            dialog.kiosk.sale.setCartDiscount(kind, amount, reason.text)
                    }
                }
            }
        }
    }
}

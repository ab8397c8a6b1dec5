import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// A new unit price for one line, with the reason; an associate needs a manager for it.
KioskDialog {
    id: dialog

    property string lineId: ""
    property int price: 0

    function openFor(id) { lineId = id; price = 0; reason.reset(); open() }

    objectName: "priceDialog"
    title: qsTr("Change price")
    width: Math.min(parent.width - 32, 760)

    RowLayout {
        anchors.fill: parent
        spacing: 24
        ColumnLayout {
            Layout.preferredWidth: 250
            Label {
                objectName: "newPrice"
                text: dialog.kiosk.format.money(dialog.price)
                font.pixelSize: 30
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Keypad {
                doubleZero: true
                keyHeight: 52
                Layout.fillWidth: true
                onDigits: (text) => {
                    const grown = Number(String(dialog.price) + text)
                    if (grown < 100000000)
                        dialog.price = grown
                }
                onErase: dialog.price = Math.floor(dialog.price / 10)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("The new price for one unit, and why.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReasonField {
                id: reason
                presets: [qsTr("Shelf price differs"), qsTr("Damaged item"), qsTr("Price match")]
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
                    objectName: "applyPriceButton"
                    text: qsTr("Change price")
                    highlighted: true
                    enabled: reason.text.trim().length > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        dialog.close()
                        dialog.kiosk.sale.overridePrice(dialog.lineId, dialog.price, reason.text)
                    }
                }
            }
        }
    }
}

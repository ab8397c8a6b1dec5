import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Waste, damage, theft, expiry (or a correction) for one product: scan it or find it, say how
// many and why. Head office hears about it, and about a stockout at once.
OpsFrame {
    id: screen

    readonly property var adjust: kiosk.adjust

    objectName: "adjustScreen"
    title: qsTr("Waste and damage")
    subtitle: qsTr("Scan the product (each scan counts one), or find it by name.")

    RowLayout {
        anchors.fill: parent
        spacing: 16
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            OpsProductSearch { kiosk: screen.kiosk; Layout.fillWidth: true }
            Label {
                objectName: "adjustProduct"
                text: screen.adjust.productName || qsTr("No product chosen yet.")
                font.pixelSize: 22
                font.bold: screen.adjust.productName !== ""
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: screen.adjust.onHand >= 0
                text: qsTr("On hand: %1").arg(screen.adjust.onHand)
                color: "#546E7A"
            }
            Label { text: qsTr("Reason"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: screen.adjust.reasons
                    Button {
                        required property string code
                        required property string label
                        text: label
                        checkable: true
                        highlighted: checked
                        checked: screen.adjust.reason === code
                        height: 52
                        onClicked: screen.adjust.setReason(code)
                    }
                }
            }
            RowLayout {
                visible: screen.adjust.reason === "correction"
                Button {
                    text: qsTr("Take out")
                    checkable: true
                    highlighted: checked
                    checked: !screen.adjust.adding
                    Layout.preferredHeight: 52
                    onClicked: screen.adjust.setAdding(false)
                }
                Button {
                    text: qsTr("Put back")
                    checkable: true
                    highlighted: checked
                    checked: screen.adjust.adding
                    Layout.preferredHeight: 52
                    onClicked: screen.adjust.setAdding(true)
                }
            }
            TextField {
                id: note
                objectName: "adjustNoteField"
                placeholderText: qsTr("Note (optional)")
                Accessible.name: placeholderText
                font.pixelSize: 16
                Layout.fillWidth: true
                Layout.preferredHeight: 52
            }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            Layout.preferredWidth: 280
            Layout.fillWidth: false  // the list beside it takes the rest
            Layout.fillHeight: true
            spacing: 8
            Label { text: qsTr("How many"); color: "#546E7A"; font.pixelSize: 17 }
            Label {
                objectName: "adjustQuantity"
                text: (screen.adjust.adding ? "+" : "−") + screen.adjust.quantity
                font.pixelSize: 34
                font.bold: true
            }
            Keypad {
                keyHeight: 54
                Layout.fillWidth: true
                onDigits: (text) => screen.adjust.digits(text)
                onErase: screen.adjust.erase()
                onClear: screen.adjust.clearQuantity()
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "recordAdjustmentButton"
                text: qsTr("Record")
                highlighted: true
                enabled: screen.adjust.ready && !screen.adjust.busy
                font.pixelSize: 20
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: { screen.adjust.record(note.text); note.text = "" }
            }
        }
    }
}

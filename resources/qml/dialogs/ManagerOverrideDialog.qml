import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// A manager approves ONE action with their PIN and a reason; the action then runs.
KioskDialog {
    id: dialog

    property string pin: ""
    readonly property var approval: kiosk.approval

    objectName: "managerOverrideDialog"
    title: qsTr("Manager approval")
    visible: approval.pending
    onAboutToShow: { pin = ""; reason.reset() }
    width: Math.min(parent.width - 32, 780)

    RowLayout {
        anchors.fill: parent
        spacing: 24

        ColumnLayout {
            Layout.preferredWidth: 250
            spacing: 8
            Row {
                spacing: 12
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 20
                Repeater {
                    model: Math.max(4, dialog.pin.length)
                    Rectangle {
                        required property int index
                        width: 16; height: 16; radius: 8
                        color: index < dialog.pin.length ? "#00897B" : "transparent"
                        border.color: "#00897B"
                        border.width: 2
                    }
                }
            }
            Keypad {
                phoneOrder: true
                keyHeight: 52
                Layout.fillWidth: true
                onDigits: (text) => { if (dialog.pin.length < 8) dialog.pin += text }
                onErase: dialog.pin = dialog.pin.slice(0, -1)
                onClear: dialog.pin = ""
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                objectName: "approvalWhat"
                text: dialog.approval.what
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Manager: enter your PIN on the pad and give a reason.")
                wrapMode: Text.Wrap
                color: "#546E7A"
                Layout.fillWidth: true
            }
            ReasonField {
                id: reason
                presets: [qsTr("Damaged item"), qsTr("Price match"), qsTr("Customer complaint"),
                          qsTr("Scanned by mistake")]
                Layout.fillWidth: true
            }
            Label {
                objectName: "approvalMessage"
                visible: text !== ""
                text: dialog.approval.message
                color: "#C62828"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Cancel")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: dialog.approval.cancel()
                }
                Button {
                    objectName: "approveButton"
                    text: qsTr("Approve")
                    highlighted: true
                    enabled: !dialog.approval.busy && dialog.pin.length > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        dialog.approval.approve(dialog.pin, reason.text)
                        dialog.pin = ""
                    }
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Kiosk mode: the till was asked to close. It stays open; an admin's PIN opens maintenance.
// Above the lock screen, because the request can come while nobody is signed in.
KioskDialog {
    id: dialog

    property string pin: ""
    readonly property var mode: kiosk.kioskMode

    objectName: "adminPinDialog"
    title: qsTr("Maintenance")
    visible: mode.asking
    z: 200
    onAboutToShow: pin = ""
    width: Math.min(parent.width - 32, 460)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("The till stays open for customers. An admin's PIN opens the maintenance screen.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
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
        Label {
            objectName: "adminPinMessage"
            visible: text !== ""
            text: dialog.mode.message
            color: "#C62828"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Keypad {
            phoneOrder: true
            keyHeight: 52
            enabled: !dialog.mode.busy
            Layout.fillWidth: true
            onDigits: (text) => { if (dialog.pin.length < 8) dialog.pin += text }
            onErase: dialog.pin = dialog.pin.slice(0, -1)
            onClear: dialog.pin = ""
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: dialog.mode.cancel()
            }
            Button {
                objectName: "openMaintenanceButton"
                text: qsTr("Open maintenance")
                highlighted: true
                enabled: !dialog.mode.busy && dialog.pin.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: { dialog.mode.unlock(dialog.pin); dialog.pin = "" }
            }
        }
    }
}

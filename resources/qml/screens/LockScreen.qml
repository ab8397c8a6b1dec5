import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Covers everything while nobody is signed in. A PIN on the pad (or typed) or a badge scan
// signs in; the open sale, if any, waits underneath for whoever signs in next.
Popup {
    id: lock

    required property var kiosk
    property string pin: ""
    readonly property bool inputBlocked: kiosk.auth.busy || kiosk.auth.lockoutSecondsLeft > 0

    function press(digit) {
        if (!inputBlocked && pin.length < 8)
            pin += digit
    }
    function submit() {
        if (!inputBlocked && pin.length > 0) {
            kiosk.auth.loginPin(pin)
            pin = ""
        }
    }

    objectName: "lockScreen"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent.width
    height: parent.height
    z: 100
    modal: true
    closePolicy: Popup.NoAutoClose
    // No open/close animation: a kiosk answers a tap at once, and nothing half-faded can
    // swallow the next tap.
    enter: Transition { }
    exit: Transition { }
    visible: kiosk.auth.locked
    padding: 0
    background: Rectangle { color: "#263238" }
    onVisibleChanged: pin = ""

    contentItem: FocusScope {
        focus: true
        Keys.onPressed: (event) => {
            if (event.text >= "0" && event.text <= "9" && event.text.length === 1) {
                lock.press(event.text)
                event.accepted = true
            } else if (event.key === Qt.Key_Backspace) {
                lock.pin = lock.pin.slice(0, -1)
                event.accepted = true
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                lock.submit()
                event.accepted = true
            }
        }

        Pane {
            anchors.centerIn: parent
            width: Math.min(parent.width - 32, 440)
            Material.elevation: 6
            padding: 24

            ColumnLayout {
                anchors.fill: parent
                spacing: 12

                Label {
                    objectName: "lockStoreName"
                    text: lock.kiosk.storeName
                    font.pixelSize: 28
                    font.bold: true
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "lockClock"
                    text: lock.kiosk.status.time
                    font.pixelSize: 20
                    color: "#546E7A"
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("Enter your PIN or scan your badge")
                    font.pixelSize: 17
                    color: "#546E7A"
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Row {
                    objectName: "pinDots"
                    spacing: 14
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredHeight: 22
                    Repeater {
                        model: Math.max(4, lock.pin.length)
                        Rectangle {
                            required property int index
                            width: 18; height: 18; radius: 9
                            color: index < lock.pin.length ? "#00897B" : "transparent"
                            border.color: "#00897B"
                            border.width: 2
                        }
                    }
                }
                Label {
                    objectName: "lockMessage"
                    visible: text !== ""
                    text: lock.kiosk.auth.lockoutSecondsLeft > 0
                          ? qsTr("Too many wrong PINs. Try again in %n s.", "", lock.kiosk.auth.lockoutSecondsLeft)
                          : lock.kiosk.auth.message
                    color: "#C62828"
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Keypad {
                    phoneOrder: true
                    enabled: !lock.inputBlocked
                    Layout.fillWidth: true
                    onDigits: (text) => lock.press(text)
                    onErase: lock.pin = lock.pin.slice(0, -1)
                    onClear: lock.pin = ""
                }
                Button {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !lock.inputBlocked && lock.pin.length > 0
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: lock.submit()
                }
                Label {
                    visible: lock.kiosk.sale.hasItems
                    text: qsTr("A sale with %n item(s) is open.", "", lock.kiosk.sale.itemCount)
                    color: "#546E7A"
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
    }
}

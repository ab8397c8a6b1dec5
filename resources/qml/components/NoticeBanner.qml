import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// The one place messages appear: an error from any action, or a hint. Stays until dismissed
// (or until the next successful scan), never blocks the screen.
Popup {
    id: banner

    required property var kiosk

    objectName: "notice"
    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: 12
    width: Math.min(parent.width - 48, 760)
    z: 50
    modal: false
    focus: false
    closePolicy: Popup.NoAutoClose
    // No open/close animation: a kiosk answers a tap at once, and nothing half-faded can
    // swallow the next tap.
    enter: Transition { }
    exit: Transition { }
    visible: kiosk.notices.shown
    padding: 16
    background: Rectangle {
        radius: 10
        color: banner.kiosk.notices.level === "error" ? "#C62828" : "#37474F"
    }

    RowLayout {
        width: parent.width
        spacing: 16
        Label {
            objectName: "noticeText"
            text: banner.kiosk.notices.text
            color: "white"
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            Material.foreground: "white"
            Layout.preferredHeight: 56
            onClicked: banner.kiosk.notices.dismiss()
        }
    }
}

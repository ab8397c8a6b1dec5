import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// The one place messages appear: an error from any action, or a hint. It is a bar at the top
// of the window that pushes the screen down rather than covering any of its controls, and it
// stays until dismissed (or until the next successful scan).
Rectangle {
    id: banner

    required property var kiosk

    objectName: "notice"
    visible: kiosk.notices.shown
    implicitHeight: row.implicitHeight + 16
    color: kiosk.notices.level === "error" ? "#C62828" : "#37474F"

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
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

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// No shift is open, so nothing can be sold: the associate counts the float into the drawer.
OpsFrame {
    id: screen

    objectName: "openShiftScreen"
    title: qsTr("Open the shift")
    subtitle: qsTr("No shift is open. Count the float in the drawer, then open the shift to sell.")

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        CashCountPanel {
            count: screen.kiosk.shift.floatCount
            enabled: !screen.kiosk.shift.busy
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: qsTr("Log out")
                Layout.preferredHeight: 60
                onClicked: screen.kiosk.auth.logout()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "openShiftButton"
                text: qsTr("Open shift")
                highlighted: true
                enabled: !screen.kiosk.shift.busy
                font.pixelSize: 20
                Layout.preferredWidth: 280
                Layout.preferredHeight: 64
                onClicked: screen.kiosk.shift.openShift()
            }
        }
    }
}

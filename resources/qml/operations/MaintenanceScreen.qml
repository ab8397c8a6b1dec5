import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Kiosk mode's maintenance screen, for an admin: what this till is and how its devices are,
// a sync, and the only way to leave the app. It closes itself after the idle time.
Popup {
    id: screen

    required property var kiosk
    readonly property var mode: kiosk.kioskMode

    objectName: "maintenanceScreen"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent.width
    height: parent.height
    z: 150
    modal: true
    closePolicy: Popup.NoAutoClose
    enter: Transition { }
    exit: Transition { }
    visible: mode.maintenance
    padding: 24
    background: Rectangle { color: "#ECEFF1" }
    onVisibleChanged: screen.kiosk.scans.setHeld(objectName, visible)

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: qsTr("Maintenance")
            font.pixelSize: 28
            font.bold: true
        }
        Label {
            text: qsTr("Signed in as %1 (admin).").arg(screen.mode.adminName)
            color: "#546E7A"
        }
        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 6
            Label { text: qsTr("Version"); color: "#546E7A" }
            Label { text: screen.kiosk.version }
            Label { text: qsTr("Store"); color: "#546E7A" }
            Label { text: screen.kiosk.storeName + " · " + screen.kiosk.kioskCode }
            Label { text: qsTr("Data folder"); color: "#546E7A" }
            Label { text: screen.kiosk.dataDir }
            Label { text: qsTr("Printer"); color: "#546E7A" }
            Label { text: screen.kiosk.status.printerState + " " + screen.kiosk.status.printerDetail }
            Label { text: qsTr("Scanner"); color: "#546E7A" }
            Label { text: screen.kiosk.status.scannerState + " " + screen.kiosk.status.scannerDetail }
            Label { text: qsTr("Head office"); color: "#546E7A" }
            Label { text: screen.kiosk.status.syncDetail }
            Label { text: qsTr("Screen kept awake"); color: "#546E7A" }
            Label {
                objectName: "screenAwakeState"
                text: screen.kiosk.screenAwake.state === "inhibited" ? qsTr("yes, blanking inhibited")
                    : qsTr("by the session (nothing to inhibit)")
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Button {
                text: qsTr("Sync now")
                enabled: screen.kiosk.sync.canSync
                Layout.preferredHeight: 60
                onClicked: screen.kiosk.sync.syncNow()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "exitAppButton"
                text: qsTr("Exit the app")
                Layout.preferredHeight: 60
                onClicked: screen.mode.exitApp()
            }
            Button {
                objectName: "backToTillButton"
                text: qsTr("Back to the till")
                highlighted: true
                Layout.preferredHeight: 60
                onClicked: screen.mode.leaveMaintenance()
            }
        }
    }
}

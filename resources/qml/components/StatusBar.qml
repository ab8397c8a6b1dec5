import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// Who is signed in, whether HQ is reachable and how much waits to sync, the devices, the time.
ToolBar {
    id: bar

    required property var kiosk

    objectName: "statusBar"
    Material.background: "#37474F"
    Material.foreground: "white"
    implicitHeight: 40

    function printerText(state) {
        switch (state) {
        case "ready": return qsTr("Printer ready")
        case "simulated": return qsTr("Printer simulated")
        case "busy": return qsTr("Printer busy")
        case "paper_low": return qsTr("Paper low")
        case "paper_out": return qsTr("Printer out of paper")
        case "cover_open": return qsTr("Printer cover open")
        case "offline": return qsTr("Printer offline")
        case "error": return qsTr("Printer error")
        case "interrupted": return qsTr("Receipt interrupted")
        default: return qsTr("Printer unknown")
        }
    }
    function scannerText(state) {
        switch (state) {
        case "ready": return qsTr("Scanner ready")
        case "keyboard": return qsTr("Scanner (keyboard)")
        case "offline": return qsTr("Scanner offline")
        case "error": return qsTr("Scanner error")
        default: return qsTr("Scanner unknown")
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 24

        Label {
            objectName: "statusAssociate"
            text: bar.kiosk.auth.locked ? qsTr("Locked") : bar.kiosk.auth.associateName
            font.bold: true
        }
        Label {
            objectName: "statusSync"
            text: (bar.kiosk.status.online ? qsTr("Online") : qsTr("Offline")) + " · "
                  + qsTr("%n event(s) waiting to sync", "", bar.kiosk.status.waitingToSync)
            color: bar.kiosk.status.online ? "white" : "#FFCC80"
        }
        Label {
            objectName: "statusPrinter"
            text: bar.printerText(bar.kiosk.status.printerState)
            color: ["ready", "simulated", "busy"].indexOf(bar.kiosk.status.printerState) >= 0
                   ? "white" : "#FFCC80"
        }
        Label {
            objectName: "statusScanner"
            text: bar.scannerText(bar.kiosk.status.scannerState)
        }
        Label {
            objectName: "statusScansWaiting"
            visible: bar.kiosk.scans.waiting > 0
            text: qsTr("%n scan(s) waiting", "", bar.kiosk.scans.waiting)
            color: "#FFCC80"
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "statusClock"
            text: bar.kiosk.status.time
            font.pixelSize: 16
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// The shift so far (the X report, which changes nothing) and what can be done with the drawer.
OpsFrame {
    id: screen

    signal moveCash(string kind)

    objectName: "shiftScreen"
    title: kiosk.shift.reportTitle || qsTr("Shift")
    subtitle: kiosk.shift.isOpen
              ? qsTr("Opened by %1, %2 · float %3").arg(kiosk.shift.openedBy)
                    .arg(kiosk.shift.openedAt).arg(kiosk.shift.floatTotal)
              : qsTr("No shift is open.")

    RowLayout {
        anchors.fill: parent
        spacing: 16
        ReportView {
            model: screen.kiosk.shift.reportRows
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.fillWidth: false  // the list beside it takes the rest
            Layout.fillHeight: true
            spacing: 8
            Button {
                objectName: "printXButton"
                text: qsTr("Print X report")
                enabled: screen.kiosk.shift.isOpen && !screen.kiosk.shift.busy
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: screen.kiosk.shift.printX()
            }
            Button {
                text: qsTr("Cash in")
                enabled: screen.kiosk.shift.isOpen
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: screen.moveCash("in")
            }
            Button {
                text: qsTr("Cash out")
                enabled: screen.kiosk.shift.isOpen
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: screen.moveCash("out")
            }
            Button {
                text: qsTr("No sale")
                enabled: screen.kiosk.shift.isOpen
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: screen.moveCash("no_sale")
            }
            Label {
                visible: !screen.kiosk.auth.isManager
                text: qsTr("Cash in and out and “No sale” need a manager's approval.")
                color: "#546E7A"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "startCloseButton"
                text: qsTr("Close shift")
                enabled: screen.kiosk.shift.isOpen
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: screen.kiosk.ops.show("closeShift")
            }
        }
    }
}

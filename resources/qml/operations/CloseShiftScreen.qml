import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// The blind close: count the drawer by note and coin without being told what should be there.
// Only after the count is stored does the Z report show the expected cash and the variance.
OpsFrame {
    id: screen

    readonly property bool counted: kiosk.shift.reportKind === "Z"

    objectName: "closeShiftScreen"
    title: counted ? kiosk.shift.reportTitle : qsTr("Close the shift")
    subtitle: counted ? qsTr("The Z report is stored and printing.")
                      : qsTr("Count the drawer by note and coin. What it should hold is shown after the count.")
    canLeave: !counted

    ColumnLayout {
        anchors.fill: parent
        visible: !screen.counted
        spacing: 8
        CashCountPanel {
            count: screen.kiosk.shift.closeCount
            enabled: !screen.kiosk.shift.busy
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "closeShiftButton"
                text: qsTr("Close shift")
                highlighted: true
                enabled: !screen.kiosk.shift.busy
                font.pixelSize: 20
                Layout.preferredWidth: 280
                Layout.preferredHeight: 64
                onClicked: confirm.open()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: screen.counted
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
            Label { text: qsTr("Variance"); font.pixelSize: 18; color: "#546E7A" }
            Label {
                objectName: "zVariance"
                text: screen.kiosk.shift.variance
                font.pixelSize: 40
                font.bold: true
                color: screen.kiosk.shift.varianceMinor < 0 ? "#C62828"
                     : screen.kiosk.shift.varianceMinor > 0 ? "#E65100" : "#00695C"
            }
            Label {
                text: screen.kiosk.shift.varianceMinor < 0 ? qsTr("Cash is missing from the drawer.")
                    : screen.kiosk.shift.varianceMinor > 0 ? qsTr("There is more cash than expected.")
                    : qsTr("The drawer is exact.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "reprintZButton"
                text: qsTr("Reprint (copy)")
                enabled: !screen.kiosk.shift.busy
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: screen.kiosk.shift.reprintReport()
            }
            Button {
                objectName: "zDoneButton"
                text: qsTr("Done")
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: screen.kiosk.shift.finishClose()
            }
        }
    }

    KioskDialog {
        id: confirm
        kiosk: screen.kiosk
        objectName: "confirmCloseDialog"
        title: qsTr("Close the shift?")
        width: Math.min(parent.width - 32, 520)
        ColumnLayout {
            anchors.fill: parent
            spacing: 12
            Label {
                text: qsTr("You counted %1. The shift closes and the Z report prints; this cannot be undone.")
                      .arg(screen.kiosk.shift.closeCount.total)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Count again")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: confirm.close()
                }
                Button {
                    objectName: "confirmCloseButton"
                    text: qsTr("Close shift")
                    highlighted: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: { confirm.close(); screen.kiosk.shift.closeShift() }
                }
            }
        }
    }
}

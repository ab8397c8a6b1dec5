import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// This till's part of the daily reconciliation with head office, read from the local store:
// last run, what waits to be sent, errors, clock skew, "upgrade needed", and today's figures.
OpsFrame {
    id: screen

    readonly property var sync: kiosk.sync

    objectName: "syncScreen"
    title: qsTr("Sync with head office")
    subtitle: sync.enrolled ? sync.hqUrl
                            : qsTr("This till is not connected to head office yet (kiosk enroll).")

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Rectangle {
            objectName: "upgradeNeeded"
            visible: screen.sync.upgradeNeeded
            color: "#C62828"
            radius: 4
            Layout.fillWidth: true
            Layout.preferredHeight: upgradeText.implicitHeight + 24
            Label {
                id: upgradeText
                anchors.fill: parent
                anchors.margins: 12
                text: qsTr("Upgrade needed: head office no longer accepts this version of the till. Install the update; sales are kept and will be sent after it.")
                color: "white"
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 8
            Layout.fillWidth: true

            Label { text: qsTr("Last run"); color: "#546E7A" }
            Label { objectName: "syncLastRun"; text: screen.sync.lastRun; font.pixelSize: 17 }

            Label { text: qsTr("Last successful sync"); color: "#546E7A" }
            Label { text: screen.sync.lastSuccess; font.pixelSize: 17 }

            Label { text: qsTr("Waiting to be sent"); color: "#546E7A" }
            Label {
                objectName: "syncWaiting"
                text: screen.sync.waiting === 0 ? qsTr("nothing")
                      : qsTr("%n event(s), the oldest %1 old", "", screen.sync.waiting).arg(screen.sync.oldestWaiting)
                font.pixelSize: 17
            }

            Label { text: qsTr("Last error"); color: "#546E7A"; visible: screen.sync.lastError !== "" }
            Label {
                objectName: "syncLastError"
                visible: screen.sync.lastError !== ""
                text: screen.sync.lastError
                color: "#C62828"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label { text: qsTr("Clock"); color: "#546E7A"; visible: screen.sync.clockSkew !== "" }
            Label {
                objectName: "syncClockSkew"
                visible: screen.sync.clockSkew !== ""
                text: screen.sync.skewWarning
                      ? qsTr("%1: check the till's clock (more than 5 minutes off)").arg(screen.sync.clockSkew)
                      : screen.sync.clockSkew
                color: screen.sync.skewWarning ? "#C62828" : "#263238"
                font.bold: screen.sync.skewWarning
                font.pixelSize: 17
            }

            Label { text: qsTr("Today (%1)").arg(screen.sync.today); color: "#546E7A" }
            Label {
                objectName: "syncToday"
                text: qsTr("%n sale(s), %1", "", screen.sync.todaySales).arg(screen.sync.todayTotal)
                      + (screen.sync.todayAnomalies > 0
                         ? " · " + qsTr("%n anomaly(ies) reported by head office", "", screen.sync.todayAnomalies)
                         : "")
                font.pixelSize: 17
            }
        }

        Item { Layout.fillHeight: true }

        ColumnLayout {
            visible: screen.sync.running
            Layout.fillWidth: true
            Label { objectName: "syncStep"; text: screen.sync.step }
            ProgressBar {
                objectName: "syncProgress"
                indeterminate: screen.sync.fraction < 0
                value: Math.max(0, screen.sync.fraction)
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "syncNowButton"
                text: qsTr("Sync now")
                highlighted: true
                enabled: screen.sync.canSync
                font.pixelSize: 20
                Layout.preferredWidth: 240
                Layout.preferredHeight: 64
                onClicked: screen.sync.syncNow()
            }
        }
    }
}

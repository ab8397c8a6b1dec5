import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Everything besides selling, from the sell screen's "Menu". Associates see all of it: what
// needs a manager says so, and asks for the manager's approval when it is done.
KioskDialog {
    id: dialog

    signal moveCash(string kind)

    function go(screen) { close(); kiosk.ops.show(screen) }

    objectName: "operationsMenu"
    title: qsTr("Menu")
    width: Math.min(parent.width - 32, 860)

    component MenuButton: Button {
        Layout.fillWidth: true
        Layout.preferredHeight: 60
    }
    component Heading: Label {
        font.bold: true
        font.pixelSize: 17
        Layout.topMargin: 4
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 8
                Heading { text: qsTr("Shift and cash") }
                MenuButton { text: qsTr("X report"); onClicked: dialog.go("shift") }
                MenuButton { text: qsTr("Cash in"); onClicked: { dialog.close(); dialog.moveCash("in") } }
                MenuButton { text: qsTr("Cash out"); onClicked: { dialog.close(); dialog.moveCash("out") } }
                MenuButton { text: qsTr("No sale"); onClicked: { dialog.close(); dialog.moveCash("no_sale") } }
                MenuButton {
                    objectName: "menuCloseShift"
                    text: qsTr("Close shift")
                    onClicked: dialog.go("closeShift")
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 8
                Heading { text: qsTr("Customers") }
                MenuButton { text: qsTr("Returns"); onClicked: dialog.go("returns") }
                MenuButton {
                    text: qsTr("Refund last sale")
                    onClicked: { dialog.go("returns"); dialog.kiosk.returns.finder.lastSale() }
                }
                Heading { text: qsTr("Head office and till") }
                MenuButton { text: qsTr("Sync"); onClicked: dialog.go("sync") }
                MenuButton {
                    text: qsTr("Maintenance")
                    visible: dialog.kiosk.kioskMode.on
                    onClicked: { dialog.close(); dialog.kiosk.kioskMode.requestExit() }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: 8
                Heading { text: qsTr("Stock") }
                MenuButton { text: qsTr("Receive delivery"); onClicked: dialog.go("receiving") }
                MenuButton { text: qsTr("Stock count"); onClicked: dialog.go("count") }
                MenuButton { text: qsTr("Waste and damage"); onClicked: dialog.go("adjust") }
                MenuButton { text: qsTr("Low stock"); onClicked: dialog.go("lowStock") }
            }
        }
        Label {
            visible: !dialog.kiosk.auth.isManager
            text: qsTr("Cash in, cash out and “No sale” need a manager's approval.")
            color: "#546E7A"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Close")
            flat: true
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: dialog.close()
        }
    }
}

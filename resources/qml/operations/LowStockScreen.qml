import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// What is running out, emptiest first: for reordering and for telling customers.
OpsFrame {
    id: screen

    objectName: "lowStockScreen"
    title: qsTr("Low stock")
    subtitle: qsTr("Products with few or none left on hand, emptiest first.")
    headerItems: [
        Button {
            text: qsTr("Refresh")
            Layout.preferredHeight: 56
            onClicked: screen.kiosk.lowStock.refresh()
        }
    ]

    ListView {
        id: list
        objectName: "lowStockList"
        anchors.fill: parent
        clip: true
        model: screen.kiosk.lowStock
        delegate: Rectangle {
            id: row
            required property int index
            required property string name
            required property string sku
            required property int onHand
            required property string price
            width: list.width
            height: 48
            color: index % 2 ? "#FAFAFA" : "white"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                Label { text: row.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: row.sku; color: "#607D8B"; Layout.preferredWidth: 120 }
                Label { text: row.price; Layout.preferredWidth: 100 }
                Label {
                    text: row.onHand <= 0 ? qsTr("Out of stock") : qsTr("%1 left").arg(row.onHand)
                    color: row.onHand <= 0 ? "#C62828" : "#E65100"
                    font.bold: true
                    Layout.preferredWidth: 130
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Nothing is running low.")
            color: "#90A4AE"
        }
        ScrollIndicator.vertical: ScrollIndicator { }
    }
}

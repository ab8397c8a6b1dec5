import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Parked sales, oldest first; resuming one brings it back into the (empty) cart.
KioskDialog {
    id: dialog

    objectName: "parkedSalesDialog"
    title: qsTr("Parked sales")
    width: Math.min(parent.width - 32, 640)
    height: Math.min(parent.height - 32, 560)
    onAboutToShow: kiosk.parking.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            visible: dialog.kiosk.sale.hasItems
            text: qsTr("Finish or park the current sale before resuming another.")
            color: "#BF360C"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "parkedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.kiosk.parked
            spacing: 4
            delegate: Rectangle {
                id: entry
                required property string parkedId
                required property string label
                required property int items
                required property string total
                required property string parkedAt
                width: list.width
                height: 64
                color: "#FAFAFA"
                Accessible.role: Accessible.ListItem
                Accessible.name: label
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    Label {
                        text: entry.label
                        font.pixelSize: 17
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%n item(s)", "", entry.items) + " · " + entry.total + " · " + entry.parkedAt
                        color: "#546E7A"
                    }
                    Button {
                        text: qsTr("Resume")
                        enabled: !dialog.kiosk.sale.hasItems
                        Layout.preferredHeight: 56
                        onClicked: { dialog.close(); dialog.kiosk.parking.resume(entry.parkedId) }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No parked sales.")
                color: "#90A4AE"
            }
        }
        Button {
            text: qsTr("Close")
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: dialog.close()
        }
    }
}

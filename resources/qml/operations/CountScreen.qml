import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// A cycle count: scan each item on the shelf (every scan counts one) or type the number found
// on the keypad, then save. The variance report follows.
OpsFrame {
    id: screen

    readonly property var counting: kiosk.stockCount

    objectName: "countScreen"
    title: qsTr("Stock count")
    subtitle: counting.stage === "counting"
              ? qsTr("Scan every item on the shelf, or tap a line and type how many you found.")
              : qsTr("Variance: %1 units, %2 at selling price").arg(counting.varianceUnits)
                    .arg(counting.varianceValue)

    RowLayout {
        anchors.fill: parent
        visible: screen.counting.stage === "counting"
        spacing: 16
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            OpsProductSearch { kiosk: screen.kiosk; Layout.fillWidth: true }
            ListView {
                id: countList
                objectName: "countLines"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: screen.counting.lines
                spacing: 2
                delegate: Rectangle {
                    id: line
                    required property int index
                    required property string name
                    required property string sku
                    required property int counted
                    required property bool selected
                    objectName: "countLine"
                    width: countList.width
                    height: 60
                    radius: 4
                    color: line.selected ? "#E0F2F1" : "white"
                    border.color: line.selected ? "#00897B" : "#E0E0E0"
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 8
                        Item {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Accessible.role: Accessible.Button
                            Accessible.name: line.name
                            Accessible.onPressAction: screen.counting.select(line.index)
                            ColumnLayout {
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.leftMargin: 8
                                spacing: 0
                                Label { text: line.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                                Label { text: line.sku; font.pixelSize: 13; color: "#607D8B" }
                            }
                            TapHandler {
                                gesturePolicy: TapHandler.ReleaseWithinBounds
                                onTapped: screen.counting.select(line.index)
                            }
                        }
                        Label {
                            objectName: "countedQuantity"
                            text: line.counted
                            font.pixelSize: 22
                            font.bold: true
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: 70
                        }
                        Button {
                            text: qsTr("Remove")
                            flat: true
                            Layout.preferredHeight: 52
                            onClicked: screen.counting.remove(line.index)
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    visible: countList.count === 0
                    text: qsTr("Scan the first item of the shelf.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: "#90A4AE"
                }
                ScrollIndicator.vertical: ScrollIndicator { }
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 280
            Layout.fillWidth: false  // the list beside it takes the rest
            Layout.fillHeight: true
            spacing: 8
            Keypad {
                enabled: countList.count > 0
                keyHeight: 54
                Layout.fillWidth: true
                onDigits: (text) => screen.counting.digits(text)
                onErase: screen.counting.erase()
                onClear: screen.counting.clearCount()
            }
            Item { Layout.fillHeight: true }
            Button {
                objectName: "saveCountButton"
                text: qsTr("Save count")
                highlighted: true
                enabled: countList.count > 0 && !screen.counting.busy
                font.pixelSize: 20
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: screen.counting.save()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: screen.counting.stage === "done"
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Product"); color: "#546E7A"; Layout.fillWidth: true }
            Label { text: qsTr("Expected"); color: "#546E7A"; Layout.preferredWidth: 90 }
            Label { text: qsTr("Counted"); color: "#546E7A"; Layout.preferredWidth: 90 }
            Label { text: qsTr("Difference"); color: "#546E7A"; Layout.preferredWidth: 100 }
            Label { text: qsTr("Value"); color: "#546E7A"; Layout.preferredWidth: 110 }
        }
        ListView {
            id: variance
            objectName: "varianceReport"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: screen.counting.variance
            delegate: Rectangle {
                id: row
                required property int index
                required property string name
                required property int expected
                required property int counted
                required property string delta
                required property string value
                objectName: "varianceLine"
                width: variance.width
                height: 40
                color: index % 2 ? "#FAFAFA" : "white"
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    Label { text: row.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label { text: row.expected; Layout.preferredWidth: 90 }
                    Label { text: row.counted; Layout.preferredWidth: 90 }
                    Label {
                        objectName: "varianceDelta"
                        text: row.delta
                        font.bold: row.delta !== "0"
                        color: row.delta.charAt(0) === "-" ? "#C62828" : "#263238"
                        Layout.preferredWidth: 100
                    }
                    Label { text: row.value; Layout.preferredWidth: 110 }
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
        Button {
            text: qsTr("New count")
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: 56
            onClicked: screen.kiosk.ops.show("count")
        }
    }
}

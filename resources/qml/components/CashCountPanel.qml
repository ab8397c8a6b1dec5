import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// Counting a drawer: one row per note and coin. Tap a row (or scan down with "Next") and type
// how many pieces lie there on the keypad; −/+ step one. The total follows as you count.
RowLayout {
    id: panel

    required property var count  // a CashCountModel (disable the panel while it is saved)

    spacing: 16

    ListView {
        id: rows
        objectName: "denominationList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: panel.count
        spacing: 2
        currentIndex: panel.count.selectedRow
        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
        delegate: Rectangle {
            id: row
            required property int index
            required property string label
            required property int pieces
            required property string subtotal
            required property bool selected
            width: rows.width
            height: 56
            radius: 4
            color: row.selected ? "#E0F2F1" : "white"
            border.color: row.selected ? "#00897B" : "#E0E0E0"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 4
                anchors.rightMargin: 12
                spacing: 6
                PadButton {
                    text: row.label
                    tint: row.selected ? "#B2DFDB" : "#ECEFF1"
                    fontSize: 18
                    Layout.preferredWidth: 120
                    Layout.preferredHeight: 50
                    onClicked: panel.count.select(row.index)
                }
                Stepper {
                    value: row.pieces
                    visible: !panel.count.byTotal
                    valueWidth: 56
                    onLess: panel.count.step(row.index, -1)
                    onMore: panel.count.step(row.index, 1)
                }
                Label {
                    objectName: "countSubtotal"
                    text: row.subtotal
                    font.pixelSize: 17
                    horizontalAlignment: Text.AlignRight
                    Layout.fillWidth: true
                }
            }
        }
        ScrollIndicator.vertical: ScrollIndicator { }
    }

    ColumnLayout {
        Layout.preferredWidth: 280
        Layout.fillWidth: false  // the list beside it takes the rest
        Layout.fillHeight: true
        spacing: 8
        Label { text: qsTr("Counted"); font.pixelSize: 17; color: "#546E7A" }
        Label {
            objectName: "countTotal"
            text: panel.count.total
            font.pixelSize: 34
            font.bold: true
        }
        Keypad {
            keyHeight: 54
            Layout.fillWidth: true
            onDigits: (text) => panel.count.digits(text)
            onErase: panel.count.erase()
            onClear: panel.count.clearRow()
        }
        Button {
            text: qsTr("Next")
            visible: !panel.count.byTotal
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: panel.count.next()
        }
        Item { Layout.fillHeight: true }
    }
}

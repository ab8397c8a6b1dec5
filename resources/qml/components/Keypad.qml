import QtQuick
import QtQuick.Layouts

// Digits for PINs (phone order, 1 at the top) and amounts (calculator order, 7 at the top).
// The bottom-left key is "00" for amounts or "Clear" for PINs.
GridLayout {
    id: pad

    property bool phoneOrder: false
    property bool doubleZero: false
    property real keyHeight: 56
    signal digits(string text)
    signal erase()
    signal clear()

    columns: 3
    rowSpacing: 8
    columnSpacing: 8

    Repeater {
        model: pad.phoneOrder ? ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                              : ["7", "8", "9", "4", "5", "6", "1", "2", "3"]
        PadButton {
            required property string modelData
            text: modelData
            Layout.fillWidth: true
            Layout.preferredHeight: pad.keyHeight
            onClicked: pad.digits(modelData)
        }
    }
    PadButton {
        text: pad.doubleZero ? "00" : qsTr("Clear")
        fontSize: pad.doubleZero ? 22 : 17
        Layout.fillWidth: true
        Layout.preferredHeight: pad.keyHeight
        onClicked: pad.doubleZero ? pad.digits("00") : pad.clear()
    }
    PadButton {
        text: "0"
        Layout.fillWidth: true
        Layout.preferredHeight: pad.keyHeight
        onClicked: pad.digits("0")
    }
    PadButton {
        text: qsTr("Delete")
        fontSize: 17
        Layout.fillWidth: true
        Layout.preferredHeight: pad.keyHeight
        onClicked: pad.erase()
    }
}

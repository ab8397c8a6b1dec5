import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// −, a number, +: for quantities in lists (returns, receiving). Keys are 52 dp, never less.
RowLayout {
    id: stepper

    property int value: 0
    property int maximum: 9999
    property int valueWidth: 40
    signal less()
    signal more()

    spacing: 4

    PadButton {
        text: "−"
        enabled: stepper.value > 0
        Layout.preferredWidth: 52
        Layout.preferredHeight: 52
        onClicked: stepper.less()
    }
    Text {
        objectName: "stepperValue"
        text: stepper.value
        font.pixelSize: 18
        horizontalAlignment: Text.AlignHCenter
        Layout.preferredWidth: stepper.valueWidth
    }
    PadButton {
        text: "+"
        enabled: stepper.value < stepper.maximum
        Layout.preferredWidth: 52
        Layout.preferredHeight: 52
        onClicked: stepper.more()
    }
}

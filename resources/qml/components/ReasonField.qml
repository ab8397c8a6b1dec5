import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// A reason: tap a common one, or type it on the on-screen keyboard.
ColumnLayout {
    id: reason

    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property var presets: []
    function reset() { field.text = ""; field.focus = false }

    spacing: 4

    TextField {
        id: field
        objectName: "reasonField"
        placeholderText: qsTr("Reason")
        Accessible.name: placeholderText
        font.pixelSize: 17
        Layout.fillWidth: true
        Layout.preferredHeight: 56
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: reason.presets
            Button {
                required property string modelData
                text: modelData
                flat: true
                height: 48
                font.pixelSize: 15
                onClicked: field.text = modelData
            }
        }
    }
}

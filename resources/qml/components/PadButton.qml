import QtQuick
import QtQuick.Controls.Material

// A big flat key for keypads and quantity steppers. Deliberately light (no ripple, no
// shadow) so lists of them build fast, and never smaller than 48 dp in either direction.
Rectangle {
    id: key

    property string text
    property color tint: "#ECEFF1"
    property int fontSize: 22
    signal clicked()

    implicitWidth: 64
    implicitHeight: 56
    radius: 6
    color: !enabled ? "#F5F5F5" : tap.pressed ? Qt.darker(tint, 1.18) : tint
    border.color: "#CFD8DC"

    Label {
        anchors.fill: parent
        anchors.margins: 2
        text: key.text
        font.pixelSize: key.fontSize
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: key.enabled ? "#263238" : "#9E9E9E"
    }

    TapHandler {
        id: tap
        // Exclusive: a tap belongs to the topmost control only, never also to one beneath it
        // (the default passive grab would let a tile under a dialog's key fire too).
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: key.clicked()
    }

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (enabled) clicked()
}

import QtQuick
import QtQuick.Controls.Material

// One product in the grid. Without a picture it shows its category colour and initials, so
// tiles stay recognisable at a glance. Kept to a few plain items: grids build many of them.
Rectangle {
    id: tile

    required property int index
    required property string name
    required property string price
    required property string tint
    required property string initials
    required property string imageUrl
    required property bool soldOut
    signal picked(int index)

    objectName: "productTile"
    radius: 8
    color: tap.pressed ? "#ECEFF1" : "white"
    border.color: "#DDE3E6"

    Rectangle {
        id: swatch
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
        height: parent.height * 0.48
        radius: 6
        color: tile.tint

        Text {
            anchors.centerIn: parent
            visible: tile.imageUrl === ""
            text: tile.initials
            color: "white"
            font.pixelSize: 26
            font.bold: true
        }
        Image {
            anchors.fill: parent
            visible: tile.imageUrl !== ""
            source: tile.imageUrl
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
    }
    Text {
        anchors { left: parent.left; right: parent.right; top: swatch.bottom; margins: 8; topMargin: 4 }
        text: tile.name
        font.pixelSize: 15
        color: "#263238"
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    Rectangle {
        // Nothing on hand by the till's ledger: it can still be sold (it is in the customer's
        // hand), but the associate sees why a shelf may be empty.
        objectName: "stockoutBadge"
        visible: tile.soldOut
        anchors { left: parent.left; top: parent.top; margins: 10 }
        width: badgeText.implicitWidth + 12
        height: 22
        radius: 11
        color: "#C62828"
        Text {
            id: badgeText
            anchors.centerIn: parent
            text: qsTr("Out of stock")
            color: "white"
            font.pixelSize: 12
            font.bold: true
        }
    }
    Text {
        anchors { right: parent.right; bottom: parent.bottom; margins: 8 }
        text: tile.price
        font.pixelSize: 16
        font.bold: true
        color: "#00695C"
    }
    TapHandler {
        id: tap
        // Exclusive: a tap belongs to the topmost control only, never also to one beneath it
        // (the default passive grab would let a tile under a dialog's key fire too).
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: tile.picked(tile.index)
    }

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: price
    Accessible.onPressAction: picked(index)
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// An X or Z report on screen: labelled figures, the important ones in bold. It flicks.
ListView {
    id: view

    objectName: "reportView"
    clip: true
    spacing: 0
    boundsBehavior: Flickable.StopAtBounds
    delegate: Rectangle {
        id: row
        required property int index
        required property string label
        required property string value
        required property bool strong
        required property bool indent
        width: view.width
        height: 34
        color: index % 2 ? "#FAFAFA" : "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: row.indent ? 32 : 12
            anchors.rightMargin: 12
            Label {
                text: row.label
                font.pixelSize: 16
                font.bold: row.strong
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.value
                font.pixelSize: 16
                font.bold: row.strong
            }
        }
    }
    ScrollIndicator.vertical: ScrollIndicator { }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// The frame of every operations screen: its title and, unless this screen must be finished
// first (no open shift), the way back to the sale. The screen's content fills the rest.
Pane {
    id: frame

    required property var kiosk
    property string title
    property string subtitle: ""
    property bool canLeave: true  // false while a step must be finished (the Z report)
    property alias headerItems: extra.data
    default property alias content: body.data

    padding: 12
    background: Rectangle { color: "#F5F7F8" }

    // Taps on the frame's empty parts stop here and never reach the sell screen beneath.
    MouseArea { anchors.fill: parent; z: -1 }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "opsTitle"
                    text: frame.title
                    font.pixelSize: 24
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: frame.subtitle !== ""
                    text: frame.subtitle
                    color: "#546E7A"
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                id: extra
                spacing: 8
            }
            Button {
                objectName: "backToSellingButton"
                text: qsTr("Back to selling")
                visible: frame.canLeave && !frame.kiosk.ops.required
                Layout.preferredHeight: 56
                onClicked: frame.kiosk.ops.close()
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}

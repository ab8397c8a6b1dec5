import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// What the (simulated) printer printed: its PNG when there is one, else the receipt as text.
Pane {
    id: panel

    required property var kiosk

    objectName: "receiptPreview"
    Material.elevation: 2

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("Receipt preview (simulated printer)")
            font.pixelSize: 16
            font.bold: true
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: paper.height
            ScrollIndicator.vertical: ScrollIndicator { }

            Rectangle {
                id: paper
                width: parent.width
                height: Math.max(receiptImage.visible ? receiptImage.paintedHeight : receiptText.implicitHeight + 24, 100)
                color: "#FFFDF5"
                border.color: "#E0E0E0"

                Image {
                    id: receiptImage
                    visible: panel.kiosk.preview.imageUrl !== ""
                    source: panel.kiosk.preview.imageUrl
                    width: parent.width
                    fillMode: Image.PreserveAspectFit
                }
                Text {
                    id: receiptText
                    objectName: "receiptText"
                    visible: !receiptImage.visible
                    x: 12
                    y: 12
                    width: parent.width - 24
                    text: panel.kiosk.preview.text || qsTr("Nothing printed yet.")
                    font.family: "monospace"
                    font.pixelSize: Math.max(9, Math.min(14, (parent.width - 24) / 26))
                    color: "#212121"
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Park the sale (the customer went to fetch something) under a name to find it again.
KioskDialog {
    id: dialog

    function openNew() { label.text = ""; open() }

    objectName: "parkDialog"
    title: qsTr("Park sale")
    width: Math.min(parent.width - 32, 520)

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            text: qsTr("Who or what is it for? (optional)")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: label
            objectName: "parkLabelField"
            placeholderText: qsTr("Name or note")
            Accessible.name: placeholderText
            font.pixelSize: 18
            Layout.fillWidth: true
            Layout.preferredHeight: 56
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: dialog.close()
            }
            Button {
                objectName: "parkConfirmButton"
                text: qsTr("Park sale")
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: { dialog.close(); dialog.kiosk.parking.park(label.text) }
            }
        }
    }
}

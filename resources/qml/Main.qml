import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

ApplicationWindow {
    id: window
    required property string storeName
    required property bool demo

    width: 1280
    height: 800
    visible: true
    title: qsTr("Kiosk POS — %1").arg(storeName)
    Material.theme: Material.Light
    Material.accent: Material.Teal

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 16

        Label {
            objectName: "storeName"
            text: window.storeName
            font.pixelSize: 40
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: window.demo ? qsTr("Demo store — simulated devices") : qsTr("Ready")
            font.pixelSize: 20
            Layout.alignment: Qt.AlignHCenter
        }
    }
}

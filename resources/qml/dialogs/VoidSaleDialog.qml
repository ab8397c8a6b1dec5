import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Voiding the whole sale is final (and recorded); ask once more.
KioskDialog {
    id: dialog

    objectName: "voidSaleDialog"
    title: qsTr("Void the whole sale?")
    width: Math.min(parent.width - 32, 520)

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            text: qsTr("All %n item(s) will be removed. This is recorded.", "", dialog.kiosk.sale.itemCount)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Keep sale")
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: dialog.close()
            }
            Button {
                objectName: "confirmVoidButton"
                text: qsTr("Void sale")
                highlighted: true
                Material.accent: Material.Red
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: { dialog.close(); dialog.kiosk.sale.voidSale() }
            }
        }
    }
}

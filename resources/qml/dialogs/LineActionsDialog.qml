import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// What can be done to one cart line: a discount, a new price, or removing it.
KioskDialog {
    id: dialog

    property int row: -1
    readonly property string lineId: row >= 0 ? kiosk.cart.get(row, "lineId") || "" : ""
    signal discount(string lineId)
    signal changePrice(string lineId)

    function openFor(index) { row = index; open() }

    objectName: "lineActionsDialog"
    title: row >= 0 ? kiosk.cart.get(row, "name") || "" : ""
    width: Math.min(parent.width - 32, 460)

    onAboutToShow: if (row >= 0) kiosk.stock.load(kiosk.cart.get(row, "sku") || "")

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "stockLevels"
            text: dialog.kiosk.stock.text
            visible: text !== ""
            font.pixelSize: 15
            color: dialog.kiosk.stock.reserved > 0 ? "#BF360C" : "#546E7A"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Discount…")
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: { dialog.close(); dialog.discount(dialog.lineId) }
        }
        Button {
            text: qsTr("Change price…")
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: { dialog.close(); dialog.changePrice(dialog.lineId) }
        }
        Button {
            objectName: "removeLineButton"
            text: qsTr("Remove item")
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: { dialog.close(); dialog.kiosk.sale.removeLine(dialog.lineId) }
        }
        Button {
            text: qsTr("Close")
            flat: true
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            onClicked: dialog.close()
        }
    }
}

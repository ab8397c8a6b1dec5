import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// One line of the cart: tap the name for discount, price and remove; −/+ change the quantity.
Rectangle {
    id: line

    required property int index
    required property string lineId
    required property string name
    required property int quantity
    required property string unitPrice
    required property string amount
    required property string discountText
    required property bool priceOverridden
    property bool current: false
    signal open(int index)
    signal less(string lineId)
    signal more(string lineId)

    objectName: "cartLine"
    implicitHeight: 68
    color: current ? "#E0F2F1" : index % 2 ? "#FAFAFA" : "white"
    Accessible.role: Accessible.ListItem
    Accessible.name: name

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 8
        spacing: 6

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "lineDetails"
            Accessible.role: Accessible.Button
            Accessible.name: line.name
            Accessible.onPressAction: line.open(line.index)

            Column {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                spacing: 2
                Text {
                    width: parent.width
                    text: line.name
                    font.pixelSize: 16
                    elide: Text.ElideRight
                    color: "#263238"
                }
                Text {
                    width: parent.width
                    text: qsTr("%1 × %2").arg(line.quantity).arg(line.unitPrice)
                          + (line.discountText ? "   " + line.discountText : "")
                          + (line.priceOverridden ? "   " + qsTr("price changed") : "")
                    font.pixelSize: 13
                    elide: Text.ElideRight
                    color: line.discountText || line.priceOverridden ? "#BF360C" : "#607D8B"
                }
            }
            TapHandler {
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: line.open(line.index)
            }
        }
        PadButton {
            text: "−"
            enabled: line.quantity > 1
            Layout.preferredWidth: 52
            Layout.preferredHeight: 52
            onClicked: line.less(line.lineId)
        }
        Text {
            objectName: "lineQuantity"
            text: line.quantity
            font.pixelSize: 18
            horizontalAlignment: Text.AlignHCenter
            Layout.preferredWidth: 34
        }
        PadButton {
            text: "+"
            Layout.preferredWidth: 52
            Layout.preferredHeight: 52
            onClicked: line.more(line.lineId)
        }
        Text {
            objectName: "lineAmount"
            text: line.amount
            font.pixelSize: 17
            font.bold: true
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 92
            color: "#263238"
        }
    }
}

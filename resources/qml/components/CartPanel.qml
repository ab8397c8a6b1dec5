import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// The sale: its lines, running totals with tax, and what can be done with it.
Pane {
    id: panel

    required property var kiosk
    signal openLine(int index)
    signal discountSale()
    signal parkSale()
    signal voidSale()

    objectName: "cartPanel"
    padding: 0
    Material.elevation: 2

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.topMargin: 4
            Layout.bottomMargin: 4
            Label {
                text: qsTr("Sale")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "itemCount"
                text: qsTr("%n item(s)", "", panel.kiosk.sale.itemCount)
                font.pixelSize: 16
                color: "#607D8B"
            }
            // Online orders are collected from here; the badge counts those waiting.
            Button {
                objectName: "pickupButton"
                text: qsTr("Pickups")
                flat: true
                Layout.preferredHeight: 52
                Layout.leftMargin: 8
                onClicked: panel.kiosk.pickup.open()
                Rectangle {
                    visible: panel.kiosk.pickup.waiting > 0
                    anchors { right: parent.right; top: parent.top; margins: 2 }
                    width: 22; height: 22; radius: 11
                    color: "#00897B"
                    Text {
                        anchors.centerIn: parent
                        text: panel.kiosk.pickup.waiting
                        color: "white"
                        font.pixelSize: 12
                        font.bold: true
                    }
                }
            }
        }

        ListView {
            id: cartList
            objectName: "cartList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.kiosk.cart
            boundsBehavior: Flickable.DragOverBounds
            delegate: CartLine {
                width: cartList.width
                current: ListView.isCurrentItem
                onOpen: (index) => panel.openLine(index)
                onLess: (lineId) => panel.kiosk.sale.decrement(lineId)
                onMore: (lineId) => panel.kiosk.sale.increment(lineId)
            }
            ScrollIndicator.vertical: ScrollIndicator { }

            Connections {
                target: panel.kiosk.sale
                function onLineAdded(row) {
                    cartList.currentIndex = row
                    cartList.positionViewAtIndex(row, ListView.Contain)
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: cartList.count === 0
                text: qsTr("Scan a product, or tap one on the left.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: 17
                color: "#90A4AE"
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: "#E0E0E0" }

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            columns: 2
            rowSpacing: 2

            Label { text: qsTr("Subtotal"); font.pixelSize: 16; Layout.fillWidth: true }
            Label { objectName: "subtotal"; text: panel.kiosk.sale.subtotal; font.pixelSize: 16 }

            Label {
                visible: panel.kiosk.sale.hasDiscount
                text: panel.kiosk.sale.cartDiscount
                      ? qsTr("Discounts (sale %1)").arg(panel.kiosk.sale.cartDiscount)
                      : qsTr("Discounts")
                font.pixelSize: 16
                color: "#BF360C"
            }
            Label {
                visible: panel.kiosk.sale.hasDiscount
                objectName: "discountTotal"
                text: "−" + panel.kiosk.sale.discountTotal
                font.pixelSize: 16
                color: "#BF360C"
            }

            Label {
                text: panel.kiosk.sale.taxIncluded ? qsTr("Included tax") : qsTr("Tax")
                font.pixelSize: 15
                color: "#607D8B"
            }
            Label {
                objectName: "taxTotal"
                text: panel.kiosk.sale.taxTotal
                font.pixelSize: 15
                color: "#607D8B"
            }

            Label { text: qsTr("Total"); font.pixelSize: 26; font.bold: true }
            Label {
                objectName: "total"
                text: panel.kiosk.sale.total
                font.pixelSize: 30
                font.bold: true
                color: "#00695C"
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: 12
            columns: 3
            columnSpacing: 8

            Button {
                text: qsTr("Discount")
                enabled: panel.kiosk.sale.hasItems
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: panel.discountSale()
            }
            Button {
                text: qsTr("Park")
                enabled: panel.kiosk.sale.hasItems
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: panel.parkSale()
            }
            Button {
                objectName: "voidSaleButton"
                text: qsTr("Void sale")
                enabled: panel.kiosk.sale.hasItems
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: panel.voidSale()
            }
            Button {
                objectName: "payButton"
                text: qsTr("Pay")
                enabled: panel.kiosk.sale.hasItems
                highlighted: true
                font.pixelSize: 24
                Layout.columnSpan: 3
                Layout.fillWidth: true
                Layout.preferredHeight: 72
                onClicked: panel.kiosk.sale.startPayment()
            }
        }
    }
}

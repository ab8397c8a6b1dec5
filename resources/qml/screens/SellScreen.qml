import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Selling: find products (category tabs, a grid, search as you type) on the left, the sale on
// the right. Scans land in the cart from anywhere on this screen.
Item {
    id: screen

    required property var kiosk
    signal openLine(int index)
    signal discountSale()
    signal parkSale()
    signal voidSale()
    signal showParked()
    signal showOperations()

    objectName: "sellScreen"

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                TextField {
                    id: searchField
                    objectName: "searchField"
                    placeholderText: qsTr("Search products")
                    Accessible.name: placeholderText
                    font.pixelSize: 18
                    inputMethodHints: Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onTextChanged: screen.kiosk.search.query = text
                    Connections {
                        target: screen.kiosk.search
                        function onQueryChanged() {
                            if (searchField.text !== screen.kiosk.search.query)
                                searchField.text = screen.kiosk.search.query
                        }
                    }
                }
                Button {
                    text: qsTr("Clear")
                    visible: searchField.text !== ""
                    Layout.preferredHeight: 56
                    onClicked: { searchField.text = ""; searchField.focus = false }
                }
                Button {
                    objectName: "parkedButton"
                    text: qsTr("Parked sales")
                    Layout.preferredHeight: 56
                    onClicked: screen.showParked()
                    Rectangle {
                        visible: screen.kiosk.parked.count > 0
                        anchors { right: parent.right; top: parent.top; margins: 2 }
                        width: 22; height: 22; radius: 11
                        color: "#E65100"
                        Text {
                            anchors.centerIn: parent
                            text: screen.kiosk.parked.count
                            color: "white"
                            font.pixelSize: 12
                            font.bold: true
                        }
                    }
                }
                Button {
                    text: qsTr("Lock")
                    Layout.preferredHeight: 56
                    onClicked: screen.kiosk.auth.lock()
                }
                Button {
                    text: qsTr("Log out")
                    Layout.preferredHeight: 56
                    onClicked: screen.kiosk.auth.logout()
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TabBar {
                    id: tabs
                    objectName: "categoryTabs"
                    clip: true  // more tabs than fit: they flick, and never slide under the cart
                    visible: !screen.kiosk.search.active
                    Layout.fillWidth: true
                    Repeater {
                        model: screen.kiosk.categories
                        TabButton {
                            required property string code
                            required property string name
                            required property string tint
                            text: name.replace(/&/g, "&&")  // "&" would mark a mnemonic
                            Accessible.name: name
                            width: Math.max(120, implicitWidth)
                            height: 52
                            font.pixelSize: 16
                            onClicked: screen.kiosk.products.showCategory(code)
                        }
                    }
                }
                Label {
                    objectName: "searchSummary"
                    visible: screen.kiosk.search.active
                    text: grid.count > 0
                          ? qsTr("Results for “%1”").arg(screen.kiosk.search.query)
                          : qsTr("No product matches “%1”. Check the spelling or try part of the name.").arg(screen.kiosk.search.query)
                    font.pixelSize: 17
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.preferredHeight: 52
                    verticalAlignment: Text.AlignVCenter
                }
                // Shifts, returns, stock and sync (resources/qml/operations).
                Button {
                    objectName: "operationsButton"
                    text: qsTr("Menu")
                    Layout.preferredHeight: 52
                    onClicked: screen.showOperations()
                }
            }

            GridView {
                id: grid
                objectName: "productGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: screen.kiosk.search.active ? screen.kiosk.results : screen.kiosk.products
                onModelChanged: positionViewAtBeginning()
                readonly property int columns: Math.max(2, Math.floor(width / 170))
                cellWidth: width / columns
                cellHeight: 138
                delegate: ProductTile {
                    width: grid.cellWidth - 8
                    height: grid.cellHeight - 8
                    onPicked: (index) => {
                        grid.model.addToCart(index)
                        Qt.inputMethod.hide()  // found it: the keyboard makes way for the cart
                    }
                }
                ScrollIndicator.vertical: ScrollIndicator { }
            }
        }

        CartPanel {
            kiosk: screen.kiosk
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(400, screen.width * 0.38)
            onOpenLine: (index) => screen.openLine(index)
            onDiscountSale: screen.discountSale()
            onParkSale: screen.parkSale()
            onVoidSale: screen.voidSale()
        }
    }
}

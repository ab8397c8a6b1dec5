import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// Finding the sale to refund: by receipt number, or any of part of it, the day and the total;
// or the last sale in one tap; or no receipt at all.
RowLayout {
    id: find

    required property var kiosk
    readonly property var returns: kiosk.returns
    readonly property var finder: kiosk.returns.finder

    spacing: 16
    onVisibleChanged: {
        if (visible) {  // a new return starts with empty fields
            receiptField.text = ""
            dayField.text = ""
            amountField.text = ""
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: receiptField
                objectName: "receiptNumberField"
                placeholderText: qsTr("Receipt number")
                Accessible.name: placeholderText
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                font.pixelSize: 18
                Layout.fillWidth: true
                Layout.preferredHeight: 56
            }
            TextField {
                id: dayField
                objectName: "saleDayField"
                placeholderText: qsTr("Day (YYYY-MM-DD)")
                Accessible.name: placeholderText
                inputMethodHints: Qt.ImhPreferNumbers
                font.pixelSize: 18
                Layout.preferredWidth: 200
                Layout.preferredHeight: 56
            }
            TextField {
                id: amountField
                objectName: "saleAmountField"
                placeholderText: qsTr("Total")
                Accessible.name: placeholderText
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                font.pixelSize: 18
                Layout.preferredWidth: 170
                Layout.preferredHeight: 56
            }
            Button {
                objectName: "findSaleButton"
                text: qsTr("Find")
                highlighted: true
                enabled: !find.returns.busy
                Layout.preferredHeight: 56
                onClicked: {
                    Qt.inputMethod.hide()
                    const exact = /^[A-Za-z][A-Za-z0-9]{0,7}-[0-9]{6,}$/.test(receiptField.text.trim())
                    if (exact && !dayField.text && !amountField.text)
                        find.finder.findReceipt(receiptField.text)
                    else
                        find.finder.search(receiptField.text, dayField.text, Number(amountField.text || 0))
                }
            }
        }
        Label {
            visible: amountField.text !== ""
            text: qsTr("Total: %1").arg(find.kiosk.format.money(Number(amountField.text || 0)))
            color: "#546E7A"
        }
        ListView {
            id: found
            objectName: "foundSales"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: find.finder
            spacing: 4
            delegate: Rectangle {
                id: sale
                required property int index
                required property string receiptNo
                required property string when
                required property string total
                required property int items
                width: found.width
                height: 60
                color: "#FFFFFF"
                Accessible.role: Accessible.ListItem
                Accessible.name: receiptNo
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    Label { text: sale.receiptNo; font.pixelSize: 17; font.bold: true }
                    Label {
                        text: sale.when + " · " + qsTr("%n item(s)", "", sale.items) + " · " + sale.total
                        color: "#546E7A"
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Open")
                        Layout.preferredHeight: 52
                        onClicked: find.finder.openFound(sale.index)
                    }
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
    }
    ColumnLayout {
        Layout.preferredWidth: 280
        Layout.fillWidth: false  // the list beside it takes the rest
        Layout.fillHeight: true
        spacing: 8
        Button {
            objectName: "lastSaleButton"
            text: qsTr("Refund last sale")
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: 72
            onClicked: find.finder.lastSale()
        }
        Label {
            text: qsTr("The common “wrong item” case: the sale just made, every item selected.")
            wrapMode: Text.Wrap
            color: "#546E7A"
            Layout.fillWidth: true
        }
        Item { Layout.preferredHeight: 16 }
        Button {
            objectName: "noReceiptButton"
            text: qsTr("No receipt")
            Layout.fillWidth: true
            Layout.preferredHeight: 60
            onClicked: find.returns.withoutReceipt(receiptField.text)
        }
        Label {
            text: qsTr("Also for another till's receipt that head office cannot confirm. Items are refunded at today's price; a manager approves.")
            wrapMode: Text.Wrap
            color: "#546E7A"
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}

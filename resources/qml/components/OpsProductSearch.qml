import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts

// Finding a product without a barcode on a stock or return screen: type part of its name on
// the on-screen keyboard and tap it in the list that opens below.
ColumnLayout {
    id: finder

    required property var kiosk

    spacing: 4

    TextField {
        id: field
        objectName: "opsSearchField"
        placeholderText: qsTr("Find a product by name")
        Accessible.name: placeholderText
        inputMethodHints: Qt.ImhNoPredictiveText
        font.pixelSize: 17
        Layout.fillWidth: true
        Layout.preferredHeight: 56
        onTextChanged: finder.kiosk.opsSearch.query = text
        Connections {
            target: finder.kiosk.opsSearch
            function onQueryChanged() {
                if (field.text !== finder.kiosk.opsSearch.query)
                    field.text = finder.kiosk.opsSearch.query
            }
        }
    }
    ListView {
        id: results
        objectName: "opsSearchResults"
        visible: field.text !== ""
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 4 * 58)
        clip: true
        model: finder.kiosk.opsResults
        spacing: 2
        delegate: Button {
            required property int index
            required property string name
            required property string price
            width: results.width
            height: 56
            flat: true
            text: name
            onClicked: {
                // Last: picking clears the search, which removes this very delegate.
                field.focus = false
                Qt.inputMethod.hide()
                finder.kiosk.opsResults.addToCart(index)
            }
        }
        ScrollIndicator.vertical: ScrollIndicator { }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// What comes back: how many of each line (never more than sold minus already returned),
// back on sale or written off, a reason, and how the money goes back.
RowLayout {
    id: lines

    required property var kiosk
    readonly property var returns: kiosk.returns
    property string reason: ""
    property string method: "cash"

    spacing: 16

    onVisibleChanged: {
        if (visible) {
            reason = returns.suggestedReason
            method = "cash"
            reference.text = ""
            note.text = ""
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 6
        OpsProductSearch {
            visible: !lines.returns.withReceipt
            kiosk: lines.kiosk
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "returnLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: lines.returns.lines
            spacing: 2
            delegate: Rectangle {
                id: line
                required property int index
                required property string name
                required property string detail
                required property int quantity
                required property int maximum
                required property bool restock
                required property string amount
                objectName: "returnLine"
                width: list.width
                height: 64
                color: line.quantity > 0 ? "#E0F2F1" : "white"
                Accessible.role: Accessible.ListItem
                Accessible.name: name
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 10
                    anchors.rightMargin: 8
                    spacing: 8
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label { text: line.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: line.detail; font.pixelSize: 13; color: "#607D8B"; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    Stepper {
                        value: line.quantity
                        maximum: line.maximum
                        enabled: line.maximum > 0
                        onLess: lines.returns.step(line.index, -1)
                        onMore: lines.returns.step(line.index, 1)
                    }
                    Switch {
                        text: qsTr("Back on sale")
                        checked: line.restock
                        Layout.preferredHeight: 52
                        onToggled: lines.returns.setRestock(line.index, checked)
                    }
                    Label {
                        text: line.amount
                        font.pixelSize: 16
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 84
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: list.count === 0
                text: qsTr("Scan the items the customer brings back, or find them by name.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: "#90A4AE"
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Select all")
                visible: lines.returns.withReceipt
                Layout.preferredHeight: 56
                onClicked: lines.returns.selectAll()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel return")
                Layout.preferredHeight: 56
                onClicked: lines.returns.newReturn()
            }
        }
    }

    ColumnLayout {
        Layout.preferredWidth: 360
        Layout.fillWidth: false  // the list beside it takes the rest
        Layout.fillHeight: true
        spacing: 6
        Label { text: qsTr("Reason"); font.pixelSize: 16; font.bold: true }
        Flow {
            objectName: "refundReasons"
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: lines.returns.reasons
                Button {
                    required property string code
                    required property string label
                    text: label
                    checkable: true
                    highlighted: checked
                    checked: lines.reason === code
                    height: 48
                    onClicked: lines.reason = code
                }
            }
        }
        TextField {
            id: note
            objectName: "refundNoteField"
            placeholderText: qsTr("Note (optional)")
            Accessible.name: placeholderText
            font.pixelSize: 16
            Layout.fillWidth: true
            Layout.preferredHeight: 52
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cash")
                checkable: true
                highlighted: checked
                checked: lines.method === "cash"
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                onClicked: lines.method = "cash"
            }
            Button {
                text: qsTr("To the card")
                checkable: true
                highlighted: checked
                checked: lines.method === "card"
                enabled: lines.returns.cardLeftMinor > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                onClicked: lines.method = "card"
            }
        }
        TextField {
            id: reference
            objectName: "refundReferenceField"
            visible: lines.method === "card"
            placeholderText: qsTr("Terminal reference")
            Accessible.name: placeholderText
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            font.pixelSize: 16
            Layout.fillWidth: true
            Layout.preferredHeight: 52
        }
        Item { Layout.fillHeight: true }
        Label {
            objectName: "refundTotal"
            text: qsTr("To refund: %1").arg(lines.returns.total)
            font.pixelSize: 22
            font.bold: true
        }
        Button {
            objectName: "refundButton"
            text: qsTr("Refund")
            highlighted: true
            font.pixelSize: 20
            enabled: !lines.returns.busy && lines.returns.totalMinor > 0 && lines.reason !== ""
                     && (lines.method === "cash" || reference.text.trim() !== "")
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            onClicked: lines.returns.refund(lines.reason, note.text, lines.method, reference.text)
        }
    }
}

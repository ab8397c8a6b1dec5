import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Cash into or out of the drawer, or opening it without a sale: an amount (not for "no sale")
// and a reason. An associate's request goes on to a manager's approval; the drawer opens once
// it is recorded.
KioskDialog {
    id: dialog

    property string kind: "in"  // "in" | "out" | "no_sale"
    property int amount: 0

    function openFor(what) { kind = what; amount = 0; reason.reset(); open() }

    objectName: "cashMovementDialog"
    title: kind === "in" ? qsTr("Cash in") : kind === "out" ? qsTr("Cash out") : qsTr("No sale")
    width: Math.min(parent.width - 32, 780)

    Connections {
        target: dialog.kiosk.shift
        function onMovementRecorded() { dialog.close() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 24

        ColumnLayout {
            visible: dialog.kind !== "no_sale"
            Layout.preferredWidth: 250
            Label {
                objectName: "cashMovementAmount"
                text: dialog.kiosk.format.money(dialog.amount)
                font.pixelSize: 30
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Keypad {
                doubleZero: true
                keyHeight: 52
                Layout.fillWidth: true
                onDigits: (text) => {
                    const grown = Number(String(dialog.amount) + text)
                    if (grown < 100000000)
                        dialog.amount = grown
                }
                onErase: dialog.amount = Math.floor(dialog.amount / 10)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: dialog.kind === "in" ? qsTr("Cash put into the drawer, e.g. change from the bank.")
                    : dialog.kind === "out" ? qsTr("Cash taken out of the drawer, e.g. for the bank or a supplier.")
                    : qsTr("Opens the drawer without a sale; it is recorded with the reason.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReasonField {
                id: reason
                presets: dialog.kind === "in" ? [qsTr("Change from the bank"), qsTr("Float top-up")]
                       : dialog.kind === "out" ? [qsTr("Bank deposit"), qsTr("Paid a supplier")]
                       : [qsTr("Give change"), qsTr("Check the drawer")]
                Layout.fillWidth: true
            }
            Label {
                visible: !dialog.kiosk.auth.isManager
                text: qsTr("A manager approves this next.")
                color: "#546E7A"
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
                    objectName: "recordCashButton"
                    text: qsTr("Record")
                    highlighted: true
                    enabled: !dialog.kiosk.shift.busy && reason.text.trim().length >= 3
                             && (dialog.kind === "no_sale" || dialog.amount > 0)
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        if (dialog.kind === "no_sale")
                            dialog.kiosk.shift.noSale(reason.text)
                        else
                            dialog.kiosk.shift.moveCash(dialog.kind, dialog.amount, reason.text)
                    }
                }
            }
        }
    }
}

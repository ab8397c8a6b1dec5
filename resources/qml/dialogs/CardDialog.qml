import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Card on the external terminal: charge the amount there, then confirm it here with the
// approval code the terminal shows. A smaller amount leaves the rest for another tender.
KioskDialog {
    id: dialog

    property int amount: 0

    function openForRemaining() {
        amount = kiosk.payment.remainingMinor
        reference.text = ""
        open()
    }

    objectName: "cardDialog"
    title: qsTr("Card payment")
    width: Math.min(parent.width - 32, 760)

    RowLayout {
        anchors.fill: parent
        spacing: 24
        ColumnLayout {
            Layout.preferredWidth: 250
            Label { text: qsTr("Amount on the card"); color: "#546E7A" }
            Label {
                objectName: "cardAmount"
                text: dialog.kiosk.format.money(dialog.amount)
                font.pixelSize: 30
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Keypad {
                doubleZero: true
                keyHeight: 50
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
                text: qsTr("Charge %1 on the card terminal, then enter the approval code it shows.")
                      .arg(dialog.kiosk.format.money(dialog.amount))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: reference
                objectName: "approvalCodeField"
                placeholderText: qsTr("Approval code")
                Accessible.name: placeholderText
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                font.pixelSize: 18
                Layout.fillWidth: true
                Layout.preferredHeight: 56
            }
            Label {
                objectName: "cardMessage"
                visible: text !== ""
                text: dialog.kiosk.payment.cardMessage
                color: "#C62828"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
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
                    objectName: "confirmCardButton"
                    text: qsTr("Card approved")
                    highlighted: true
                    enabled: reference.text.trim().length > 0 && dialog.amount > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    onClicked: {
                        if (dialog.kiosk.payment.payCard(dialog.amount, reference.text))
                            dialog.close()
                        else
                            reference.text = ""  // never leave a mistyped card number on screen
                    }
                }
            }
        }
    }
}

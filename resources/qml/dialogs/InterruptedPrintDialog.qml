import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// The printer stopped in the middle of a receipt: print it again (whole, marked as a copy),
// or not. Never decided without the associate: the customer may already hold half of it.
KioskDialog {
    id: dialog

    objectName: "interruptedPrintDialog"
    title: qsTr("A receipt was cut off")
    visible: kiosk.interrupted.pending && !kiosk.auth.locked
    width: Math.min(parent.width - 32, 560)

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            objectName: "interruptedWhat"
            text: qsTr("The printer stopped in the middle of %1. Fix the printer, then print it again (marked as a copy) or leave it.")
                  .arg(dialog.kiosk.interrupted.what)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Do not print")
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: dialog.kiosk.interrupted.dontPrint()
            }
            Button {
                text: qsTr("Print again")
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: dialog.kiosk.interrupted.printAgain()
            }
        }
    }
}

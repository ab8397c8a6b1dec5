import QtQuick
import QtQuick.Controls.Material
import "../components"

// The daily-operations screens, over the sell screen (whose sale waits underneath), and the
// dialogs that go with them. Only the screen that is open exists; the bridges keep the state.
Item {
    id: layer

    required property var kiosk
    property real keyboardTop: height

    // The screen shown follows the bridge one event later, so a screen is never destroyed
    // while the change that closes it is still being delivered. Screens get `kiosk` as a value
    // when created (no binding to this file's ids, which vanish first when one is unloaded).
    readonly property var files: ({
        "openShift": "OpenShiftScreen.qml", "shift": "ShiftScreen.qml",
        "closeShift": "CloseShiftScreen.qml", "returns": "ReturnsScreen.qml",
        "receiving": "ReceivingScreen.qml", "count": "CountScreen.qml",
        "adjust": "AdjustScreen.qml", "lowStock": "LowStockScreen.qml", "sync": "SyncScreen.qml"
    })
    property string shown: ""
    function follow() {
        const wanted = kiosk.ops.screen
        if (wanted === shown)
            return
        shown = wanted
        if (files[wanted])
            current.setSource(Qt.resolvedUrl(files[wanted]), { "kiosk": kiosk })
        else
            current.source = ""
    }

    objectName: "operationsLayer"
    visible: shown !== ""

    Connections {
        target: layer.kiosk.ops
        function onChanged() { Qt.callLater(layer.follow) }
    }
    Loader { id: current; anchors.fill: parent }
    Connections {
        target: current.item
        ignoreUnknownSignals: true
        function onMoveCash(kind) { layer.openCash(kind) }
    }

    // The dialogs are loaded the first time they are needed (the kiosk-mode ones only in kiosk
    // mode): most shifts never open them, and the till starts faster without them.
    property var menu: null
    property var cashDialog: null
    function made(file) {
        const component = Qt.createComponent(file)
        return component.createObject(layer, {
            "kiosk": kiosk, "keyboardTop": Qt.binding(() => layer.keyboardTop)
        })
    }
    function openMenu() {
        if (!menu) {
            menu = made("OperationsMenuDialog.qml")
            menu.moveCash.connect(openCash)
        }
        menu.open()
    }
    function openCash(kind) {
        if (!cashDialog)
            cashDialog = made("CashMovementDialog.qml")
        cashDialog.openFor(kind)
    }
    Component.onCompleted: {
        follow()
        if (kiosk.kioskMode.on) {
            made("AdminPinDialog.qml")
            Qt.createComponent("MaintenanceScreen.qml").createObject(layer, { "kiosk": kiosk })
        }
    }
}

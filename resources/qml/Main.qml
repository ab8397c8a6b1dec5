import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import "components"
import "screens"
import "dialogs"
import "operations"

// The kiosk window. Python hands over `kiosk`: the bridges (auth, sale, cart, payment, ...)
// and a few constants; QML only binds to them and calls their slots.
ApplicationWindow {
    id: window

    required property var kiosk
    readonly property real keyboardTop: inputPanel.active ? inputPanel.y : height

    width: 1280
    height: 800
    visible: true
    title: qsTr("Kiosk POS — %1").arg(kiosk.storeName)
    font.pixelSize: 16
    Material.theme: Material.Light
    Material.accent: Material.Teal
    Material.primary: Material.BlueGrey

    header: NoticeBanner { kiosk: window.kiosk }
    footer: StatusBar { kiosk: window.kiosk }

    StackLayout {
        id: screens
        objectName: "screens"
        anchors.fill: parent
        // The on-screen keyboard takes the bottom of the window: the screen shrinks above it
        // rather than hiding its buttons underneath.
        anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
        currentIndex: window.kiosk.pickup.active
                      ? 3 : ["selling", "paying", "receipt"].indexOf(window.kiosk.sale.stage)

        SellScreen {
            kiosk: window.kiosk
            onOpenLine: (index) => lineActions.openFor(index)
            onDiscountSale: discountDialog.openFor("")
            onParkSale: parkDialog.openNew()
            onVoidSale: voidDialog.open()
            onShowParked: parkedDialog.open()
            onShowOperations: operations.openMenu()
        }
        PayScreen {
            kiosk: window.kiosk
            onPayByCard: cardDialog.openForRemaining()
        }
        ReceiptScreen {
            kiosk: window.kiosk
        }
        Loader {
            // Built when first opened: a kiosk that never hands over an order pays nothing
            // for the screen at start-up.
            active: window.kiosk.pickup.active
            sourceComponent: PickupScreen { kiosk: window.kiosk }
        }
    }

    // Shifts, returns, stock, sync and kiosk-mode maintenance, over the selling screens.
    OperationsLayer {
        id: operations
        anchors.fill: screens
        kiosk: window.kiosk
        keyboardTop: window.keyboardTop
    }

    LineActionsDialog {
        id: lineActions
        kiosk: window.kiosk
        keyboardTop: window.keyboardTop
        onDiscount: (lineId) => discountDialog.openFor(lineId)
        onChangePrice: (lineId) => priceDialog.openFor(lineId)
    }
    DiscountDialog { id: discountDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    PriceDialog { id: priceDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    ParkDialog { id: parkDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    ParkedSalesDialog { id: parkedDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    VoidSaleDialog { id: voidDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    CardDialog { id: cardDialog; kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    ManagerOverrideDialog { kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    InterruptedPrintDialog { kiosk: window.kiosk; keyboardTop: window.keyboardTop }
    LockScreen { kiosk: window.kiosk }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 1000
        width: Math.min(window.width, 1100)
        x: (window.width - width) / 2
        y: active ? parent.height - height : parent.height
        visible: active  // no slide animation: a tap right after must land on the screen
    }
}

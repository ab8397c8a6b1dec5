import QtQuick
import QtQuick.Controls.Material

// Base for every dialog: modal, closed only by its own buttons (no stray tap dismisses it),
// kept above the on-screen keyboard, and holding scans while open so that a scan waits for
// the dialog to close instead of landing in one of its fields.
Dialog {
    id: dialog

    required property var kiosk
    property real keyboardTop: parent ? parent.height : 0

    parent: Overlay.overlay
    modal: true
    closePolicy: Popup.NoAutoClose
    // No open/close animation: a kiosk answers a tap at once, and nothing half-faded can
    // swallow the next tap.
    enter: Transition { }
    exit: Transition { }
    x: (parent.width - width) / 2
    y: Math.max(8, Math.min((parent.height - height) / 2, keyboardTop - height - 8))
    font.pixelSize: 17

    onVisibleChanged: kiosk.scans.setHeld(objectName, visible)
}

import QtQuick
import QtQuick.Controls.Material

// The customer signs with a finger. Each stroke goes to Python as it ends (x0, y0, x1, y1, ...
// in pad pixels); Python draws the PNG kept as proof, so the picture never depends on the
// screen it was signed on.
Rectangle {
    id: pad

    property var strokes: []        // what is drawn here, for painting only
    property var current: []
    signal strokeFinished(var flat)

    function clear() { strokes = []; current = []; canvas.requestPaint() }

    color: "white"
    border.color: "#90A4AE"
    radius: 6
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Signature pad")

    Text {
        anchors.centerIn: parent
        visible: pad.strokes.length === 0 && pad.current.length === 0
        text: qsTr("Customer signs here")
        color: "#B0BEC5"
        font.pixelSize: 18
    }
    Rectangle {  // the line to sign on
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        anchors { leftMargin: 24; rightMargin: 24; bottomMargin: parent.height * 0.25 }
        height: 1
        color: "#CFD8DC"
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.lineWidth = 3
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = "#263238"
            const all = pad.strokes.concat(pad.current.length ? [pad.current] : [])
            for (const stroke of all) {
                if (stroke.length < 4)
                    continue
                ctx.beginPath()
                ctx.moveTo(stroke[0], stroke[1])
                for (let i = 2; i + 1 < stroke.length; i += 2)
                    ctx.lineTo(stroke[i], stroke[i + 1])
                ctx.stroke()
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        preventStealing: true  // a signature is not a flick of the page around it
        onPressed: (mouse) => { pad.current = [mouse.x, mouse.y] }
        onPositionChanged: (mouse) => {
            pad.current = pad.current.concat([mouse.x, mouse.y])
            canvas.requestPaint()
        }
        onReleased: {
            if (pad.current.length >= 4) {
                pad.strokes = pad.strokes.concat([pad.current])
                pad.strokeFinished(pad.current)
            }
            pad.current = []
            canvas.requestPaint()
        }
    }
}

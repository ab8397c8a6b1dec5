import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Online orders collected here. Left: the orders waiting (search by name or order number).
// Right: the hand-over of one order: scan each item as it goes over the counter, say how the
// customer was identified, let them sign, hand over. Then the add-on offer, if there is one.
Item {
    id: screen

    required property var kiosk
    readonly property var pickup: kiosk.pickup
    readonly property var handover: kiosk.handover
    property string chosenMethod: ""
    property string reasonCode: ""
    property string shownOrder: ""
    readonly property string method: chosenMethod !== "" ? chosenMethod
        : handover.openedByCode ? "code" : handover.hasPhone ? "name_phone" : "id_checked"
    readonly property bool partial: handover.anyScanned && !handover.complete
    readonly property bool ready: handover.anyScanned && (!partial || reasonCode !== "")
        && (method !== "name_phone" || phoneField.text.length >= 3)

    objectName: "pickupScreen"

    Connections {
        target: screen.handover
        function onChanged() {
            if (screen.handover.orderNo !== "" && screen.handover.orderNo !== screen.shownOrder) {
                screen.shownOrder = screen.handover.orderNo  // a new hand-over: a clean form
                screen.chosenMethod = ""
                screen.reasonCode = ""
                phoneField.text = ""
                documentField.text = ""
                noteField.text = ""
                signature.clear()
            } else if (screen.handover.orderNo === "") {
                screen.shownOrder = ""
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 12

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(320, screen.width * 0.34)
            Layout.maximumWidth: Math.max(320, screen.width * 0.34)
            spacing: 6

            TextField {
                id: searchField
                objectName: "pickupSearch"
                placeholderText: qsTr("Name or order number")
                Accessible.name: placeholderText
                font.pixelSize: 18
                inputMethodHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onTextChanged: screen.pickup.search(text)
            }
            Label {
                text: qsTr("Waiting for pickup: %1").arg(screen.pickup.waiting)
                font.pixelSize: 16
                color: "#546E7A"
            }
            ListView {
                id: orderList
                objectName: "pickupOrderList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: screen.kiosk.pickupOrders
                delegate: ItemDelegate {
                    id: row
                    required property string orderId
                    required property string orderNo
                    required property string customer
                    required property string items
                    required property string until
                    required property string state
                    required property bool flagged
                    width: orderList.width
                    height: 72
                    text: qsTr("%1 · %2").arg(orderNo).arg(customer)
                    enabled: !flagged && screen.pickup.stage !== "handover"
                    contentItem: Column {
                        spacing: 2
                        Text {
                            width: parent.width
                            text: row.text
                            font.pixelSize: 17
                            font.bold: true
                            elide: Text.ElideRight
                            color: row.flagged ? "#BF360C" : "#263238"
                        }
                        Text {
                            width: parent.width
                            text: row.flagged ? row.state
                                  : qsTr("%1 · until %2 · %3").arg(row.items).arg(row.until).arg(row.state)
                            font.pixelSize: 13
                            elide: Text.ElideRight
                            color: row.flagged ? "#BF360C" : "#607D8B"
                        }
                    }
                    onClicked: screen.pickup.pick(orderId)
                }
                ScrollIndicator.vertical: ScrollIndicator { }
            }
            Button {
                objectName: "backToSelling"
                text: qsTr("Back to selling")
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                onClicked: { searchField.text = ""; screen.pickup.close() }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["list", "handover", "done"].indexOf(screen.pickup.stage)

            Item {
                Label {
                    anchors.centerIn: parent
                    width: parent.width * 0.8
                    text: qsTr("Scan the customer's pickup code, or choose the order from the list.")
                    font.pixelSize: 22
                    color: "#546E7A"
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            Flickable {
                id: handoverView
                objectName: "handoverView"
                clip: true
                contentWidth: width
                contentHeight: handoverColumn.implicitHeight + 16
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { }

                ColumnLayout {
                    id: handoverColumn
                    width: handoverView.width - 12
                    spacing: 8

                    Label {
                        objectName: "pickupOrderNo"
                        text: qsTr("Order %1").arg(screen.handover.orderNo)
                        font.pixelSize: 26
                        font.bold: true
                    }
                    Label {
                        text: qsTr("%1 · %2 · pickup until %3").arg(screen.handover.customer)
                              .arg(screen.handover.contact).arg(screen.handover.until)
                        font.pixelSize: 16
                        color: "#546E7A"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: screen.kiosk.pickupLines
                        delegate: Rectangle {
                            id: lineRow
                            required property string sku
                            required property string name
                            required property int toCollect
                            required property int scanned
                            required property int toGo
                            objectName: "pickupLine"
                            Accessible.role: Accessible.ListItem
                            Accessible.name: name
                            Layout.fillWidth: true
                            implicitHeight: 60
                            radius: 6
                            color: toGo === 0 ? "#E0F2F1" : "#FAFAFA"
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 10
                                anchors.rightMargin: 6
                                Text {
                                    text: lineRow.name
                                    font.pixelSize: 17
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Text {
                                    objectName: "pickupLineLeft"
                                    text: lineRow.toGo === 0 ? qsTr("all %1 handed over").arg(lineRow.toCollect)
                                          : qsTr("%1 of %2 to go").arg(lineRow.toGo).arg(lineRow.toCollect)
                                    font.pixelSize: 16
                                    font.bold: lineRow.toGo > 0
                                    color: lineRow.toGo === 0 ? "#00695C" : "#263238"
                                }
                                PadButton {
                                    text: "−"
                                    enabled: lineRow.scanned > 0
                                    Layout.preferredWidth: 52
                                    Layout.preferredHeight: 52
                                    onClicked: screen.handover.uncountOne(lineRow.sku)
                                }
                                PadButton {
                                    text: "+"
                                    enabled: lineRow.toGo > 0
                                    Layout.preferredWidth: 52
                                    Layout.preferredHeight: 52
                                    onClicked: screen.handover.countOne(lineRow.sku)
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "pickupMessage"
                        text: screen.handover.message
                        visible: text !== ""
                        font.pixelSize: 17
                        color: screen.handover.messageOk ? "#00695C" : "#C62828"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }

                    Label { text: qsTr("How was the customer identified?"); font.pixelSize: 16; font.bold: true }
                    ButtonGroup { id: methods }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: [
                                { code: "code", label: qsTr("Pickup code scanned") },
                                { code: "name_phone", label: qsTr("Name and phone") },
                                { code: "id_checked", label: qsTr("ID checked") }
                            ]
                            Button {
                                required property var modelData
                                text: modelData.label
                                checkable: true
                                checked: screen.method === modelData.code
                                enabled: modelData.code !== "code" || screen.handover.openedByCode
                                ButtonGroup.group: methods
                                height: 52
                                onClicked: screen.chosenMethod = modelData.code
                            }
                        }
                    }
                    TextField {
                        id: phoneField
                        objectName: "phoneDigits"
                        visible: screen.method === "name_phone"
                        placeholderText: qsTr("Last digits of the customer's phone")
                        Accessible.name: placeholderText
                        inputMethodHints: Qt.ImhDigitsOnly
                        font.pixelSize: 18
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                    }
                    TextField {
                        id: documentField
                        objectName: "idDocument"
                        visible: screen.method === "id_checked"
                        placeholderText: qsTr("Which document (not its number)")
                        Accessible.name: placeholderText
                        font.pixelSize: 18
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                    }

                    Label {
                        visible: screen.partial
                        text: qsTr("Not everything is handed over. Why?")
                        font.pixelSize: 16
                        font.bold: true
                        color: "#BF360C"
                    }
                    ButtonGroup { id: reasons }
                    Flow {
                        visible: screen.partial
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: screen.handover.reasons
                            Button {
                                required property var modelData
                                text: modelData.label
                                checkable: true
                                checked: screen.reasonCode === modelData.code
                                ButtonGroup.group: reasons
                                height: 52
                                onClicked: screen.reasonCode = modelData.code
                            }
                        }
                    }
                    TextField {
                        id: noteField
                        visible: screen.partial
                        placeholderText: qsTr("Note (optional)")
                        Accessible.name: placeholderText
                        font.pixelSize: 17
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Signature (optional)")
                            font.pixelSize: 16
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Button {
                            text: qsTr("Clear signature")
                            flat: true
                            enabled: screen.handover.signed
                            Layout.preferredHeight: 52
                            onClicked: { signature.clear(); screen.handover.clearSignature() }
                        }
                    }
                    SignaturePad {
                        id: signature
                        objectName: "signaturePad"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 150
                        onStrokeFinished: (flat) => screen.handover.addStroke(flat)
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Button {
                            text: qsTr("Cancel pickup")
                            Layout.fillWidth: true
                            Layout.preferredHeight: 64
                            onClicked: screen.pickup.cancelHandover()
                        }
                        Button {
                            objectName: "handOverButton"
                            text: screen.partial ? qsTr("Hand over part") : qsTr("Hand over")
                            highlighted: true
                            enabled: screen.ready
                            font.pixelSize: 20
                            Layout.fillWidth: true
                            Layout.preferredHeight: 64
                            onClicked: {
                                Qt.inputMethod.hide()
                                screen.handover.handOver({
                                    method: screen.method,
                                    phoneDigits: phoneField.text,
                                    document: documentField.text,
                                    reasonCode: screen.partial ? screen.reasonCode : "",
                                    reasonNote: screen.partial ? noteField.text : "",
                                    padWidth: signature.width,
                                    padHeight: signature.height
                                })
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                spacing: 12
                Label {
                    objectName: "pickupResult"
                    text: screen.pickup.result
                    font.pixelSize: 26
                    font.bold: true
                    color: "#00695C"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("The pickup receipt is printing.")
                    font.pixelSize: 17
                    color: "#546E7A"
                }
                Frame {
                    objectName: "offerPanel"
                    visible: screen.pickup.offer !== ""
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 8
                        Label {
                            text: qsTr("Add-on offer for this customer")
                            font.pixelSize: 18
                            font.bold: true
                        }
                        Label {
                            objectName: "offerText"
                            text: screen.pickup.offer
                            font.pixelSize: 20
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Button {
                                text: qsTr("No, thanks")
                                Layout.fillWidth: true
                                Layout.preferredHeight: 56
                                onClicked: screen.pickup.nextPickup()
                            }
                            Button {
                                objectName: "acceptOffer"
                                text: qsTr("Add to a sale")
                                highlighted: true
                                Layout.fillWidth: true
                                Layout.preferredHeight: 56
                                onClicked: screen.pickup.acceptOffer()
                            }
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                Button {
                    objectName: "nextPickup"
                    text: qsTr("Next pickup")
                    highlighted: screen.pickup.offer === ""
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: screen.pickup.nextPickup()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import "../components"

// Receiving a delivery: scan the delivery note's code (or pick the shipment), scan each item
// as it goes on the shelf, mark the damaged ones, confirm. Differences go to head office.
OpsFrame {
    id: screen

    readonly property var receiving: kiosk.receiving

    objectName: "receivingScreen"
    title: receiving.stage === "pick" ? qsTr("Receive a delivery")
         : qsTr("Shipment %1").arg(receiving.shipmentId)
    subtitle: receiving.stage === "pick" ? qsTr("Scan the code on the delivery note, or choose the shipment.")
            : receiving.stage === "lines" ? qsTr("Scan each item as you shelve it: %1 of %2 units so far.")
                                               .arg(receiving.receivedUnits).arg(receiving.expectedUnits)
            : qsTr("The delivery is recorded and head office is told.")

    ListView {
        id: shipments
        objectName: "openShipments"
        anchors.fill: parent
        visible: screen.receiving.stage === "pick"
        clip: true
        model: screen.receiving.shipments
        spacing: 4
        delegate: Rectangle {
            id: shipment
            required property string shipmentId
            required property string expected
            required property int lines
            required property string note
            width: shipments.width
            height: 64
            Accessible.role: Accessible.ListItem
            Accessible.name: shipmentId
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                Label { text: shipment.shipmentId; font.pixelSize: 17; font.bold: true }
                Label {
                    text: [qsTr("%n line(s)", "", shipment.lines), shipment.expected, shipment.note]
                          .filter(function (part) { return part !== "" }).join(" · ")
                    color: "#546E7A"
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Receive")
                    Layout.preferredHeight: 52
                    onClicked: screen.receiving.openShipment(shipment.shipmentId)
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: shipments.count === 0
            text: qsTr("No delivery is on its way to this till. A shipment shows here once head office has sent it and the till has synced.")
            width: parent.width - 48
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: "#90A4AE"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: screen.receiving.stage === "lines"
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Product"); color: "#546E7A"; Layout.fillWidth: true }
            Label { text: qsTr("Expected"); color: "#546E7A"; Layout.preferredWidth: 80 }
            Label { text: qsTr("Received"); color: "#546E7A"; Layout.preferredWidth: 160 }
            Label { text: qsTr("Damaged"); color: "#546E7A"; Layout.preferredWidth: 160 }
            Item { Layout.preferredWidth: 80 }
        }
        ListView {
            id: arrivals
            objectName: "deliveryLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: screen.receiving.lines
            spacing: 2
            delegate: Rectangle {
                id: arrival
                required property int index
                required property string sku
                required property string name
                required property int expected
                required property int good
                required property int damaged
                required property string issue
                objectName: "deliveryLine"
                width: arrivals.width
                height: 60
                color: arrival.issue === "" && arrival.good > 0 ? "#E0F2F1" : "white"
                Accessible.role: Accessible.ListItem
                Accessible.name: name
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 10
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label { text: arrival.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: arrival.sku; font.pixelSize: 13; color: "#607D8B" }
                    }
                    Label { text: arrival.expected; font.pixelSize: 18; Layout.preferredWidth: 80 }
                    Stepper {
                        objectName: "receivedStepper"
                        value: arrival.good
                        Layout.preferredWidth: 160
                        onLess: screen.receiving.step(arrival.index, -1)
                        onMore: screen.receiving.step(arrival.index, 1)
                    }
                    Stepper {
                        objectName: "damagedStepper"
                        value: arrival.damaged
                        Layout.preferredWidth: 160
                        onLess: screen.receiving.stepDamaged(arrival.index, -1)
                        onMore: screen.receiving.stepDamaged(arrival.index, 1)
                    }
                    Label {
                        objectName: "deliveryIssue"
                        text: arrival.issue
                        color: "#BF360C"
                        font.bold: true
                        Layout.preferredWidth: 80
                    }
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("All arrived as listed")
                Layout.preferredHeight: 56
                onClicked: screen.receiving.allAsListed()
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "confirmDeliveryButton"
                text: qsTr("Confirm delivery")
                highlighted: true
                enabled: !screen.receiving.busy
                font.pixelSize: 20
                Layout.preferredWidth: 280
                Layout.preferredHeight: 64
                onClicked: screen.receiving.confirm()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: screen.receiving.stage === "done"
        spacing: 6
        Label {
            text: differences.count === 0 ? qsTr("Everything arrived as listed.")
                                          : qsTr("Differences reported to head office:")
            font.pixelSize: 20
            font.bold: true
        }
        ListView {
            id: differences
            objectName: "deliveryDifferences"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: screen.receiving.differences
            delegate: RowLayout {
                id: difference
                required property string name
                required property int expected
                required property int good
                required property int damaged
                required property string issue
                width: differences.width
                height: 40
                Label { text: difference.name; font.pixelSize: 16; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    text: qsTr("expected %1, received %2, damaged %3").arg(difference.expected)
                          .arg(difference.good).arg(difference.damaged)
                    color: "#546E7A"
                }
                Label {
                    text: difference.issue
                    color: "#BF360C"
                    font.bold: true
                    Layout.preferredWidth: 90
                }
            }
        }
    }
}

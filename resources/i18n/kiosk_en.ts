<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="20"/>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="28"/>
        <source>Amount on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="52"/>
        <source>Charge %1 on the card terminal, then enter the approval code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="60"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="85"/>
        <source>Card approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartLine</name>
    <message>
        <location filename="../qml/components/CartLine.qml" line="55"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartLine.qml" line="57"/>
        <source>price changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="29"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/CartPanel.qml" line="36"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="43"/>
        <source>Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="93"/>
        <source>Scan a product, or tap one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="109"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="115"/>
        <source>Discounts (sale %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="116"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="129"/>
        <source>Included tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="129"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="140"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="159"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="166"/>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="174"/>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="182"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../kiosk/ui/catalog_models.py" line="197"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="18"/>
        <source>Discount on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="18"/>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="55"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="63"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="72"/>
        <source>Up to %1 without a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="77"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Price match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Staff discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="90"/>
        <source>No discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="103"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedPrintDialog</name>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="12"/>
        <source>A receipt was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="21"/>
        <source>The printer stopped in the middle of %1. Fix the printer, then print it again (marked as a copy) or leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="29"/>
        <source>Do not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="35"/>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/components/Keypad.qml" line="32"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/Keypad.qml" line="45"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineActionsDialog</name>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="36"/>
        <source>Discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="42"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="49"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../qml/screens/LockScreen.qml" line="84"/>
        <source>Enter your PIN or scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/LockScreen.qml" line="111"/>
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/LockScreen.qml" line="129"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/LockScreen.qml" line="139"/>
        <source>A sale with %n item(s) is open.</source>
        <translation>
            <numerusform>A sale with %n item is open.</numerusform>
            <numerusform>A sale with %n items is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="20"/>
        <source>Kiosk POS — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="14"/>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="62"/>
        <source>Manager: enter your PIN on the pad and give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Price match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Customer complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="70"/>
        <source>Scanned by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="91"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="64"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="67"/>
        <source>Give a reason for the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="108"/>
        <location filename="../../kiosk/ui/messages.py" line="75"/>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/auth.py" line="68"/>
        <source>Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="35"/>
        <source>removing a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36"/>
        <source>voiding the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="37"/>
        <source>a discount above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38"/>
        <source>changing a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39"/>
        <source>opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40"/>
        <source>selling stock reserved for online orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53"/>
        <source>Too many wrong PINs. The till is locked for %1 s; a manager can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59"/>
        <source>Wrong PIN. Tries left before the till locks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="65"/>
        <source>This barcode is damaged or misread. Scan it again or type the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="70"/>
        <source>No product has the code %1. Set the item aside and ask a manager, or find it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="79"/>
        <source>The disk is full, so nothing was saved. Free some space (or call support) and try again; the sale is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87"/>
        <source>Only %1 x %2 may be sold: %3 are reserved for online orders. Take the extra items off the sale, or ask a manager to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="97"/>
        <source>The payment does not cover the total yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="101"/>
        <source>Something went wrong (%1). It was logged; try again or call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="164"/>
        <source>Enter the amount the terminal charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="167"/>
        <source>The card amount is more than what is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="244"/>
        <source>The sale is saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="151"/>
        <source>The receipt did not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="178"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="180"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="181"/>
        <source>Cash and card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale.py" line="112"/>
        <source>Finish or cancel the payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/parking.py" line="51"/>
        <source>Sale parked. Resume it from “Parked sales”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/parking.py" line="78"/>
        <location filename="../../kiosk/ui/sale.py" line="286"/>
        <source>Finish or park the current sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="145"/>
        <location filename="../../kiosk/ui/scans.py" line="163"/>
        <source>Sign in first, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="166"/>
        <source>That is a badge. Lock the till first to sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="169"/>
        <source>That is a receipt. Returns are not handled on this screen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="172"/>
        <source>That is a pickup order. Pickups are not handled here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="175"/>
        <source>That is a delivery note. Deliveries are not handled here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="180"/>
        <source>That code is not used on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/interrupted.py" line="108"/>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/interrupted.py" line="109"/>
        <source>a printout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="33"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="13"/>
        <location filename="../qml/dialogs/ParkDialog.qml" line="43"/>
        <source>Park sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="20"/>
        <source>Who or what is it for? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="27"/>
        <source>Name or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="11"/>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="21"/>
        <source>Finish or park the current sale before resuming another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="56"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="60"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="70"/>
        <source>No parked sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="75"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="29"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="38"/>
        <source>Still to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="57"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="57"/>
        <location filename="../qml/screens/PayScreen.qml" line="190"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="64"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="72"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/PayScreen.qml" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="117"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="124"/>
        <source>Back to sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="138"/>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="159"/>
        <source>Exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="180"/>
        <source>Take cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="95"/>
        <source>Pickup cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="68"/>
        <source>Scan each item as you hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="155"/>
        <source>Choose how the customer was identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="174"/>
        <source>Order %1 is partly handed over; %2 items wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="176"/>
        <source>Order %1 is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="183"/>
        <source>The pickup is saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="228"/>
        <source>Item missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="229"/>
        <source>Item damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="230"/>
        <source>Customer declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="231"/>
        <source>Collects the rest later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="25"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="26"/>
        <source>partly collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="27"/>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="28"/>
        <source>not collected in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="29"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="30"/>
        <source>handed over, but cancelled at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="31"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="47"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="103"/>
        <source>%1 for %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="57"/>
        <source>Name or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="66"/>
        <source>Waiting for pickup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="89"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="104"/>
        <source>%1 · until %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="116"/>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="132"/>
        <source>Scan the customer&apos;s pickup code, or choose the order from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="156"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="161"/>
        <source>%1 · %2 · pickup until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="196"/>
        <source>all %1 handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="197"/>
        <source>%1 of %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="229"/>
        <source>How was the customer identified?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="236"/>
        <source>Pickup code scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="237"/>
        <source>Name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="238"/>
        <source>ID checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="256"/>
        <source>Last digits of the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="267"/>
        <source>Which document (not its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="276"/>
        <source>Not everything is handed over. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="302"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="312"/>
        <source>Signature (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="318"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="337"/>
        <source>Cancel pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="344"/>
        <source>Hand over part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="344"/>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="379"/>
        <source>The pickup receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="391"/>
        <source>Add-on offer for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="405"/>
        <source>No, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="412"/>
        <source>Add to a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="424"/>
        <source>Next pickup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="16"/>
        <location filename="../qml/dialogs/PriceDialog.qml" line="66"/>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="47"/>
        <source>The new price for one unit, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Shelf price differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Price match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../qml/components/ReasonField.qml" line="19"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewPanel</name>
    <message>
        <location filename="../qml/components/ReceiptPreviewPanel.qml" line="17"/>
        <source>Receipt preview (simulated printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReceiptPreviewPanel.qml" line="50"/>
        <source>Nothing printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="27"/>
        <source>Sale complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="34"/>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="38"/>
        <source>Total %1, paid by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="43"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/ReceiptScreen.qml" line="56"/>
        <source>%n copy/copies printed</source>
        <translation>
            <numerusform>%n copy printed</numerusform>
            <numerusform>%n copies printed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="65"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="73"/>
        <source>Reprint (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="82"/>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="37"/>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="53"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="60"/>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="78"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="83"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="114"/>
        <source>Results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="115"/>
        <source>No product matches “%1”. Check the spelling or try part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/components/SignaturePad.qml" line="20"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignaturePad.qml" line="25"/>
        <source>Customer signs here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="18"/>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="19"/>
        <source>Printer simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="20"/>
        <source>Printer busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="21"/>
        <source>Paper low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="22"/>
        <source>Printer out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="23"/>
        <source>Printer cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="24"/>
        <source>Printer offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="25"/>
        <source>Printer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="26"/>
        <source>Receipt interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="27"/>
        <source>Printer unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="32"/>
        <source>Scanner ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="33"/>
        <source>Scanner (keyboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="34"/>
        <source>Scanner offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="35"/>
        <source>Scanner error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="36"/>
        <source>Scanner unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="48"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="53"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="53"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/StatusBar.qml" line="54"/>
        <source>%n event(s) waiting to sync</source>
        <translation>
            <numerusform>%n event waiting to sync</numerusform>
            <numerusform>%n events waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/StatusBar.qml" line="70"/>
        <source>%n scan(s) waiting</source>
        <translation>
            <numerusform>%n scan waiting</numerusform>
            <numerusform>%n scans waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../kiosk/ui/stock_levels.py" line="45"/>
        <source>On hand %1 · reserved %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="11"/>
        <source>Void the whole sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="18"/>
        <source>All %n item(s) will be removed. This is recorded.</source>
        <translation>
            <numerusform>The %n item will be removed. This is recorded.</numerusform>
            <numerusform>All %n items will be removed. This is recorded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="25"/>
        <source>Keep sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="32"/>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

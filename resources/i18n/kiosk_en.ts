<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustScreen</name>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="14"/>
        <source>Waste and damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="15"/>
        <source>Scan the product (each scan counts one), or find it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="27"/>
        <source>No product chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="35"/>
        <source>On hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="38"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="59"/>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="67"/>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="78"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="91"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="108"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="15"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="25"/>
        <source>The till stays open for customers. An admin&apos;s PIN opens the maintenance screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="71"/>
        <source>Open maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CashCountPanel</name>
    <message>
        <location filename="../qml/components/CashCountPanel.qml" line="73"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CashCountPanel.qml" line="88"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="56"/>
        <source>Cash put into the drawer, e.g. change from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="57"/>
        <source>Cash taken out of the drawer, e.g. for the bank or a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="58"/>
        <source>Opens the drawer without a sale; it is recorded with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="64"/>
        <source>Change from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="64"/>
        <source>Float top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="65"/>
        <source>Bank deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="65"/>
        <source>Paid a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="66"/>
        <source>Give change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="66"/>
        <source>Check the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="71"/>
        <source>A manager approves this next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="84"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../kiosk/ui/catalog_models.py" line="227"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftScreen</name>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="14"/>
        <source>Close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="15"/>
        <source>The Z report is stored and printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="16"/>
        <source>Count the drawer by note and coin. What it should hold is shown after the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="34"/>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="120"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="59"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="69"/>
        <source>Cash is missing from the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="70"/>
        <source>There is more cash than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="71"/>
        <source>The drawer is exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="78"/>
        <source>Reprint (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="86"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="99"/>
        <source>Close the shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="105"/>
        <source>You counted %1. The shift closes and the Z report prints; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="113"/>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="14"/>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="16"/>
        <source>Scan every item on the shelf, or tap a line and type how many you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="17"/>
        <source>Variance: %1 units, %2 at selling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="83"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="94"/>
        <source>Scan the first item of the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="118"/>
        <source>Save count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="135"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="136"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="137"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="138"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="139"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="179"/>
        <source>New count</source>
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
    <name>LowStockScreen</name>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="11"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="12"/>
        <source>Products with few or none left on hand, emptiest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="15"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="45"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="45"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="55"/>
        <source>Nothing is running low.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Kiosk POS — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="33"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="38"/>
        <source>Signed in as %1 (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="45"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="47"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="49"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="51"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="53"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="55"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="57"/>
        <source>Screen kept awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="60"/>
        <source>yes, blanking inhibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="61"/>
        <source>by the session (nothing to inhibit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="69"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="77"/>
        <source>Exit the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="83"/>
        <source>Back to the till</source>
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
        <location filename="../../kiosk/ui/messages.py" line="83"/>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/auth.py" line="68"/>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="77"/>
        <source>Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36"/>
        <source>removing a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="37"/>
        <source>voiding the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38"/>
        <source>a discount above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39"/>
        <source>changing a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40"/>
        <source>opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41"/>
        <source>selling stock reserved for online orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="42"/>
        <source>cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43"/>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44"/>
        <source>a refund above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45"/>
        <source>a refund without this till&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48"/>
        <source>stock operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61"/>
        <source>Too many wrong PINs. The till is locked for %1 s; a manager can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="67"/>
        <source>Wrong PIN. Tries left before the till locks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73"/>
        <source>This barcode is damaged or misread. Scan it again or type the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="78"/>
        <source>No product has the code %1. Set the item aside and ask a manager, or find it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87"/>
        <source>The disk is full, so nothing was saved. Free some space (or call support) and try again; the sale is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95"/>
        <source>Only %1 x %2 may be sold: %3 are reserved for online orders. Take the extra items off the sale, or ask a manager to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107"/>
        <source>The payment does not cover the total yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="111"/>
        <source>Something went wrong (%1). It was logged; try again or call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="119"/>
        <source>Head office cannot be reached, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="124"/>
        <source>This till is not connected to head office, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="129"/>
        <source>Head office has no sale with this number at this shop yet, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="134"/>
        <source>Head office refused the question, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="165"/>
        <source>Enter the amount the terminal charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="168"/>
        <source>The card amount is more than what is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="246"/>
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
        <location filename="../../kiosk/ui/scans.py" line="159"/>
        <location filename="../../kiosk/ui/scans.py" line="179"/>
        <source>Sign in first, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="183"/>
        <source>That is a badge. Lock the till first to sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="187"/>
        <location filename="../../kiosk/ui/stock_adjust.py" line="81"/>
        <location filename="../../kiosk/ui/stock_count.py" line="82"/>
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
    <name>OpenShiftScreen</name>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="11"/>
        <source>Open the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="12"/>
        <source>No shift is open. Count the float in the drawer, then open the shift to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="27"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="34"/>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kiosk/ui/cash_count.py" line="112"/>
        <source>Counted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="92"/>
        <source>Shift open with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="114"/>
        <source>The report is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="128"/>
        <source>A copy of the report is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="173"/>
        <source>Cash in of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="175"/>
        <source>Cash out of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="187"/>
        <source>Drawer opened. Recorded as “no sale”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="260"/>
        <source>Z report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="261"/>
        <source>X report (the shift so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsMenuDialog</name>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="16"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="41"/>
        <source>Shift and cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="42"/>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="43"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="44"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="45"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="48"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="57"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="58"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="60"/>
        <source>Refund last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="63"/>
        <source>Head office and till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="64"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="66"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="76"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="77"/>
        <source>Receive delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="78"/>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="79"/>
        <source>Waste and damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="80"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="85"/>
        <source>Cash in, cash out and “No sale” need a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="91"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpsFrame</name>
    <message>
        <location filename="../qml/components/OpsFrame.qml" line="55"/>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpsProductSearch</name>
    <message>
        <location filename="../qml/components/OpsProductSearch.qml" line="17"/>
        <source>Find a product by name</source>
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
    <name>ProductTile</name>
    <message>
        <location filename="../qml/components/ProductTile.qml" line="68"/>
        <source>Out of stock</source>
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
    <name>Receiving</name>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="62"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="63"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="64"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="130"/>
        <source>Shipment %1 was received already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="158"/>
        <source>Scan the delivery note&apos;s code first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="14"/>
        <source>Receive a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="15"/>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="16"/>
        <source>Scan the code on the delivery note, or choose the shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="17"/>
        <source>Scan each item as you shelve it: %1 of %2 units so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="19"/>
        <source>The delivery is recorded and head office is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/ReceivingScreen.qml" line="44"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="51"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="60"/>
        <source>No delivery is on its way to this till. A shipment shows here once head office has sent it and the till has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="74"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="75"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="76"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="77"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="141"/>
        <source>All arrived as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="148"/>
        <source>Confirm delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="164"/>
        <source>Everything arrived as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="165"/>
        <source>Differences reported to head office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="187"/>
        <source>expected %1, received %2, damaged %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="22"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="22"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="39"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="43"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="49"/>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="57"/>
        <source>Refunds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="64"/>
        <source>Discounts (%1 sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="69"/>
        <source>Tax included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="70"/>
        <source>Manager approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="72"/>
        <source>Voided lines / sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="75"/>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="76"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="77"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="78"/>
        <source>Drawer opened without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="80"/>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="85"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="86"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnFind</name>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="32"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="42"/>
        <source>Day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="52"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="62"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="78"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/ReturnFind.qml" line="106"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="128"/>
        <source>Refund last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="135"/>
        <source>The common “wrong item” case: the sale just made, every item selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="143"/>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="149"/>
        <source>Also for another till&apos;s receipt that head office cannot confirm. Items are refunded at today&apos;s price; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnLines</name>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="78"/>
        <source>Back on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="96"/>
        <source>Scan the items the customer brings back, or find them by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="106"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="113"/>
        <source>Cancel return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="125"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="147"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="156"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="165"/>
        <source>To the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="179"/>
        <source>Terminal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="189"/>
        <source>To refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="195"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="114"/>
        <source>today&apos;s price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="116"/>
        <source>sold %1, all returned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="119"/>
        <source>sold %1, %2 returned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="123"/>
        <source>sold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="52"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="53"/>
        <source>Wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="54"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="55"/>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="56"/>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="57"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="140"/>
        <source>Everything on receipt %1 was refunded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="187"/>
        <source>%1 is not on this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="210"/>
        <source>Scan the receipt first, or choose “No receipt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale_finder.py" line="77"/>
        <source>Receipt %1 is from another till: asking head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale_finder.py" line="137"/>
        <source>No sale matches. Check the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="14"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="15"/>
        <source>Scan the receipt&apos;s barcode, or find the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="16"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="18"/>
        <source>Receipt %1 from till %2 · %3 · total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="20"/>
        <source>Receipt %1 · %2 · total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="22"/>
        <source>Receipt %1 from another till: scan or find the items; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="23"/>
        <source>Without a receipt: scan or find the items; a manager approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="50"/>
        <source>%1 refunded to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="51"/>
        <source>Give the customer %1 from the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="58"/>
        <source>The refund receipt is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="83"/>
        <source>New return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="38"/>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="54"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="61"/>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="79"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="84"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="118"/>
        <source>Results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="119"/>
        <source>No product matches “%1”. Check the spelling or try part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="129"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="13"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="15"/>
        <source>Opened by %1, %2 · float %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="17"/>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="34"/>
        <source>Print X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="41"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="48"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="55"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="63"/>
        <source>Cash in and out and “No sale” need a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="71"/>
        <source>Close shift</source>
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
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="31"/>
        <source>Waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="32"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="33"/>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="34"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="35"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="148"/>
        <source>Recorded: %1 × %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="27"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="29"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="32"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="37"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="45"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="46"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="47"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="48"/>
        <source>HQ not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="49"/>
        <source>upgrade needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="50"/>
        <source>refused by HQ (enrol again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="57"/>
        <source>Sending sales and stock to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="59"/>
        <source>Receiving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="61"/>
        <source>Comparing the stock ledger with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="63"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="116"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="142"/>
        <location filename="../../kiosk/ui/sync_panel.py" line="147"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="164"/>
        <source>in step with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="166"/>
        <source>%1 ahead of HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="167"/>
        <source>%1 behind HQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="14"/>
        <source>Sync with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="16"/>
        <source>This till is not connected to head office yet (kiosk enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="33"/>
        <source>Upgrade needed: head office no longer accepts this version of the till. Install the update; sales are kept and will be sent after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="47"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="50"/>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="53"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="56"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="57"/>
        <source>%n event(s), the oldest %1 old</source>
        <translation>
            <numerusform>%n event, %1 old</numerusform>
            <numerusform>%n events, the oldest %1 old</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="61"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="71"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="76"/>
        <source>%1: check the till&apos;s clock (more than 5 minutes off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="83"/>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="86"/>
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n sale, %1</numerusform>
            <numerusform>%n sales, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="88"/>
        <source>%n anomaly(ies) reported by head office</source>
        <translation>
            <numerusform>%n anomaly reported by head office</numerusform>
            <numerusform>%n anomalies reported by head office</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="112"/>
        <source>Sync now</source>
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

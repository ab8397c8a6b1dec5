<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdjustScreen</name>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="14"/>
        <source>Waste and damage</source>
        <translation>Schwund und Schäden</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="15"/>
        <source>Scan the product (each scan counts one), or find it by name.</source>
        <translation>Artikel scannen (jeder Scan zählt eins) oder nach Namen suchen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="27"/>
        <source>No product chosen yet.</source>
        <translation>Noch kein Artikel gewählt.</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="35"/>
        <source>On hand: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="38"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="59"/>
        <source>Take out</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="67"/>
        <source>Put back</source>
        <translation>Einbuchen</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="78"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="91"/>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdjustScreen.qml" line="108"/>
        <source>Record</source>
        <translation>Buchen</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="15"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="25"/>
        <source>The till stays open for customers. An admin&apos;s PIN opens the maintenance screen.</source>
        <translation>Die Kasse bleibt für Kunden geöffnet. Die PIN eines Administrators öffnet die Wartung.</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/operations/AdminPinDialog.qml" line="71"/>
        <source>Open maintenance</source>
        <translation>Wartung öffnen</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="20"/>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="28"/>
        <source>Amount on the card</source>
        <translation>Betrag auf der Karte</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="52"/>
        <source>Charge %1 on the card terminal, then enter the approval code it shows.</source>
        <translation>Buchen Sie %1 am Kartenterminal und geben Sie dann den angezeigten Genehmigungscode ein.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="60"/>
        <source>Approval code</source>
        <translation>Genehmigungscode</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="78"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/CardDialog.qml" line="85"/>
        <source>Card approved</source>
        <translation>Karte genehmigt</translation>
    </message>
</context>
<context>
    <name>CartLine</name>
    <message>
        <location filename="../qml/components/CartLine.qml" line="55"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../qml/components/CartLine.qml" line="57"/>
        <source>price changed</source>
        <translation>Preis geändert</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="29"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/CartPanel.qml" line="36"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="43"/>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="93"/>
        <source>Scan a product, or tap one on the left.</source>
        <translation>Scannen Sie einen Artikel oder tippen Sie links auf einen.</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="109"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="115"/>
        <source>Discounts (sale %1)</source>
        <translation>Rabatte (Verkauf %1)</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="116"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="129"/>
        <source>Included tax</source>
        <translation>Enthaltene MwSt.</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="129"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="140"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="159"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="166"/>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="174"/>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <location filename="../qml/components/CartPanel.qml" line="182"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
</context>
<context>
    <name>CashCountPanel</name>
    <message>
        <location filename="../qml/components/CashCountPanel.qml" line="73"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../qml/components/CashCountPanel.qml" line="88"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="18"/>
        <source>No sale</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="56"/>
        <source>Cash put into the drawer, e.g. change from the bank.</source>
        <translation>Bargeld, das in die Lade kommt, z. B. Wechselgeld von der Bank.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="57"/>
        <source>Cash taken out of the drawer, e.g. for the bank or a supplier.</source>
        <translation>Bargeld, das aus der Lade genommen wird, z. B. für die Bank oder einen Lieferanten.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="58"/>
        <source>Opens the drawer without a sale; it is recorded with the reason.</source>
        <translation>Öffnet die Lade ohne Verkauf; das wird mit dem Grund aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="64"/>
        <source>Change from the bank</source>
        <translation>Wechselgeld von der Bank</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="64"/>
        <source>Float top-up</source>
        <translation>Wechselgeld aufgefüllt</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="65"/>
        <source>Bank deposit</source>
        <translation>Bankeinzahlung</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="65"/>
        <source>Paid a supplier</source>
        <translation>Lieferant bezahlt</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="66"/>
        <source>Give change</source>
        <translation>Wechselgeld geben</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="66"/>
        <source>Check the drawer</source>
        <translation>Lade prüfen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="71"/>
        <source>A manager approves this next.</source>
        <translation>Als Nächstes gibt ein Manager das frei.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="77"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CashMovementDialog.qml" line="84"/>
        <source>Record</source>
        <translation>Buchen</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../kiosk/ui/catalog_models.py" line="227"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>CloseShiftScreen</name>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="14"/>
        <source>Close the shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="15"/>
        <source>The Z report is stored and printing.</source>
        <translation>Der Z-Bericht ist gespeichert und wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="16"/>
        <source>Count the drawer by note and coin. What it should hold is shown after the count.</source>
        <translation>Zählen Sie die Lade nach Scheinen und Münzen. Der Sollbestand wird erst nach dem Zählen gezeigt.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="34"/>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="120"/>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="59"/>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="69"/>
        <source>Cash is missing from the drawer.</source>
        <translation>In der Lade fehlt Bargeld.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="70"/>
        <source>There is more cash than expected.</source>
        <translation>In der Lade ist mehr Bargeld als erwartet.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="71"/>
        <source>The drawer is exact.</source>
        <translation>Die Lade stimmt genau.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="78"/>
        <source>Reprint (copy)</source>
        <translation>Nachdruck (Kopie)</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="86"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="99"/>
        <source>Close the shift?</source>
        <translation>Schicht abschließen?</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="105"/>
        <source>You counted %1. The shift closes and the Z report prints; this cannot be undone.</source>
        <translation>Sie haben %1 gezählt. Die Schicht wird abgeschlossen und der Z-Bericht gedruckt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CloseShiftScreen.qml" line="113"/>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="14"/>
        <source>Stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="16"/>
        <source>Scan every item on the shelf, or tap a line and type how many you found.</source>
        <translation>Scannen Sie jeden Artikel im Regal oder tippen Sie eine Zeile an und geben Sie die gefundene Menge ein.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="17"/>
        <source>Variance: %1 units, %2 at selling price</source>
        <translation>Differenz: %1 Stück, %2 zum Verkaufspreis</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="83"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="94"/>
        <source>Scan the first item of the shelf.</source>
        <translation>Scannen Sie den ersten Artikel im Regal.</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="118"/>
        <source>Save count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="135"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="136"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="137"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="138"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="139"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../qml/operations/CountScreen.qml" line="179"/>
        <source>New count</source>
        <translation>Neue Zählung</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="18"/>
        <source>Discount on this item</source>
        <translation>Rabatt auf diesen Artikel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="18"/>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Verkauf</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="55"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="63"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="72"/>
        <source>Up to %1 without a manager.</source>
        <translation>Bis %1 ohne Filialleitung.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="77"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Damaged item</source>
        <translation>Beschädigter Artikel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Price match</source>
        <translation>Preisangleich</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="78"/>
        <source>Staff discount</source>
        <translation>Personalrabatt</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="90"/>
        <source>No discount</source>
        <translation>Kein Rabatt</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/DiscountDialog.qml" line="103"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>InterruptedPrintDialog</name>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="12"/>
        <source>A receipt was cut off</source>
        <translation>Ein Beleg wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="21"/>
        <source>The printer stopped in the middle of %1. Fix the printer, then print it again (marked as a copy) or leave it.</source>
        <translation>Der Drucker hat mitten in %1 angehalten. Beheben Sie das Problem am Drucker und drucken Sie ihn dann erneut (als Kopie) oder lassen Sie es.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="29"/>
        <source>Do not print</source>
        <translation>Nicht drucken</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/InterruptedPrintDialog.qml" line="35"/>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/components/Keypad.qml" line="32"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../qml/components/Keypad.qml" line="45"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>LineActionsDialog</name>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="36"/>
        <source>Discount…</source>
        <translation>Rabatt…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="42"/>
        <source>Change price…</source>
        <translation>Preis ändern…</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="49"/>
        <source>Remove item</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/LineActionsDialog.qml" line="55"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../qml/screens/LockScreen.qml" line="84"/>
        <source>Enter your PIN or scan your badge</source>
        <translation>PIN eingeben oder Ausweis scannen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/LockScreen.qml" line="111"/>
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Erneut versuchen in %n s.</numerusform>
            <numerusform>Zu viele falsche PINs. Erneut versuchen in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/LockScreen.qml" line="129"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/LockScreen.qml" line="139"/>
        <source>A sale with %n item(s) is open.</source>
        <translation>
            <numerusform>Ein Verkauf mit %n Artikel ist offen.</numerusform>
            <numerusform>Ein Verkauf mit %n Artikeln ist offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LowStockScreen</name>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="11"/>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="12"/>
        <source>Products with few or none left on hand, emptiest first.</source>
        <translation>Artikel mit wenig oder keinem Bestand, die leersten zuerst.</translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="15"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="45"/>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="45"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../qml/operations/LowStockScreen.qml" line="55"/>
        <source>Nothing is running low.</source>
        <translation>Kein Bestand ist knapp.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>Kiosk POS — %1</source>
        <translation>Kiosk-Kasse — %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="33"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="38"/>
        <source>Signed in as %1 (admin).</source>
        <translation>Angemeldet als %1 (Administrator).</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="47"/>
        <source>Store</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="49"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="51"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="53"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="55"/>
        <source>Head office</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="57"/>
        <source>Screen kept awake</source>
        <translation>Bildschirm bleibt an</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="60"/>
        <source>yes, blanking inhibited</source>
        <translation>ja, Abschalten verhindert</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="61"/>
        <source>by the session (nothing to inhibit)</source>
        <translation>durch die Sitzung (nichts zu verhindern)</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="69"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="77"/>
        <source>Exit the app</source>
        <translation>App beenden</translation>
    </message>
    <message>
        <location filename="../qml/operations/MaintenanceScreen.qml" line="83"/>
        <source>Back to the till</source>
        <translation>Zurück zur Kasse</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="14"/>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="62"/>
        <source>Manager: enter your PIN on the pad and give a reason.</source>
        <translation>Filialleitung: PIN auf dem Ziffernblock eingeben und einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Damaged item</source>
        <translation>Beschädigter Artikel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Price match</source>
        <translation>Preisangleich</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="69"/>
        <source>Customer complaint</source>
        <translation>Kundenreklamation</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="70"/>
        <source>Scanned by mistake</source>
        <translation>Versehentlich gescannt</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ManagerOverrideDialog.qml" line="91"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="64"/>
        <source>Enter the manager&apos;s PIN.</source>
        <translation>Bitte die PIN der Filialleitung eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="67"/>
        <source>Give a reason for the approval.</source>
        <translation>Bitte einen Grund für die Freigabe angeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval.py" line="108"/>
        <location filename="../../kiosk/ui/messages.py" line="83"/>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/auth.py" line="68"/>
        <location filename="../../kiosk/ui/kiosk_mode.py" line="77"/>
        <source>Enter your PIN.</source>
        <translation>Bitte PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36"/>
        <source>removing a line</source>
        <translation>das Entfernen einer Position</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="37"/>
        <source>voiding the whole sale</source>
        <translation>das Stornieren des ganzen Verkaufs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38"/>
        <source>a discount above the limit</source>
        <translation>ein Rabatt über der Grenze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39"/>
        <source>changing a price</source>
        <translation>eine Preisänderung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40"/>
        <source>opening the drawer without a sale</source>
        <translation>das Öffnen der Kassenlade ohne Verkauf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41"/>
        <source>selling stock reserved for online orders</source>
        <translation>der Verkauf von Ware, die für Online-Bestellungen reserviert ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="42"/>
        <source>cash in or out</source>
        <translation>Einlagen und Entnahmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43"/>
        <source>a refund</source>
        <translation>eine Erstattung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44"/>
        <source>a refund above the limit</source>
        <translation>eine Erstattung über dem Limit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45"/>
        <source>a refund without this till&apos;s receipt</source>
        <translation>eine Erstattung ohne Beleg dieser Kasse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48"/>
        <source>stock operations</source>
        <translation>Bestandsbuchungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61"/>
        <source>Too many wrong PINs. The till is locked for %1 s; a manager can help.</source>
        <translation>Zu viele falsche PINs. Die Kasse ist für %1 s gesperrt; die Filialleitung kann helfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="67"/>
        <source>Wrong PIN. Tries left before the till locks: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche, bevor die Kasse sperrt: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73"/>
        <source>This barcode is damaged or misread. Scan it again or type the SKU.</source>
        <translation>Dieser Barcode ist beschädigt oder falsch gelesen. Erneut scannen oder die Artikelnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="78"/>
        <source>No product has the code %1. Set the item aside and ask a manager, or find it by name.</source>
        <translation>Kein Artikel hat den Code %1. Legen Sie ihn beiseite und fragen Sie die Filialleitung, oder suchen Sie ihn über den Namen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87"/>
        <source>The disk is full, so nothing was saved. Free some space (or call support) and try again; the sale is still on screen.</source>
        <translation>Der Datenträger ist voll, es wurde nichts gespeichert. Schaffen Sie Platz (oder rufen Sie den Support) und versuchen Sie es erneut; der Verkauf bleibt auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95"/>
        <source>Only %1 x %2 may be sold: %3 are reserved for online orders. Take the extra items off the sale, or ask a manager to approve.</source>
        <translation>Nur %1 × %2 dürfen verkauft werden: %3 sind für Online-Bestellungen reserviert. Nehmen Sie die übrigen Artikel aus dem Verkauf oder lassen Sie eine Führungskraft zustimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107"/>
        <source>The payment does not cover the total yet.</source>
        <translation>Die Zahlung deckt den Gesamtbetrag noch nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="111"/>
        <source>Something went wrong (%1). It was logged; try again or call support.</source>
        <translation>Etwas ist schiefgegangen (%1). Es wurde protokolliert; versuchen Sie es erneut oder rufen Sie den Support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="119"/>
        <source>Head office cannot be reached, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation>Die Zentrale ist nicht erreichbar, daher kann Beleg %1 nicht geprüft werden. Ohne Beleg erstatten; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="124"/>
        <source>This till is not connected to head office, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation>Diese Kasse ist nicht mit der Zentrale verbunden, daher kann Beleg %1 nicht geprüft werden. Ohne Beleg erstatten; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="129"/>
        <source>Head office has no sale with this number at this shop yet, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation>Die Zentrale kennt in dieser Filiale noch keinen Verkauf mit dieser Nummer, daher kann Beleg %1 nicht geprüft werden. Ohne Beleg erstatten; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="134"/>
        <source>Head office refused the question, so receipt %1 cannot be checked. Refund without the receipt; a manager approves.</source>
        <translation>Die Zentrale hat die Anfrage abgelehnt, daher kann Beleg %1 nicht geprüft werden. Ohne Beleg erstatten; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="165"/>
        <source>Enter the amount the terminal charged.</source>
        <translation>Geben Sie den am Terminal gebuchten Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="168"/>
        <source>The card amount is more than what is still due.</source>
        <translation>Der Kartenbetrag ist höher als der noch offene Betrag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="246"/>
        <source>The sale is saved, but: %1</source>
        <translation>Der Verkauf ist gespeichert, aber: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="151"/>
        <source>The receipt did not print: %1</source>
        <translation>Der Beleg wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="178"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="180"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receipt.py" line="181"/>
        <source>Cash and card</source>
        <translation>Bar und Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale.py" line="112"/>
        <source>Finish or cancel the payment first.</source>
        <translation>Schließen Sie zuerst die Zahlung ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/parking.py" line="51"/>
        <source>Sale parked. Resume it from “Parked sales”.</source>
        <translation>Verkauf geparkt. Fortsetzen über „Geparkte Verkäufe“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/parking.py" line="78"/>
        <location filename="../../kiosk/ui/sale.py" line="286"/>
        <source>Finish or park the current sale first.</source>
        <translation>Schließen oder parken Sie zuerst den aktuellen Verkauf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="159"/>
        <location filename="../../kiosk/ui/scans.py" line="179"/>
        <source>Sign in first, then scan again.</source>
        <translation>Erst anmelden, dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="183"/>
        <source>That is a badge. Lock the till first to sign in as someone else.</source>
        <translation>Das ist ein Ausweis. Sperren Sie zuerst die Kasse, um sich als jemand anderes anzumelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="187"/>
        <location filename="../../kiosk/ui/stock_adjust.py" line="81"/>
        <location filename="../../kiosk/ui/stock_count.py" line="82"/>
        <source>That code is not used on this screen.</source>
        <translation>Dieser Code wird auf diesem Bildschirm nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/interrupted.py" line="108"/>
        <source>receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/interrupted.py" line="109"/>
        <source>a printout</source>
        <translation>einem Ausdruck</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="33"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OpenShiftScreen</name>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="11"/>
        <source>Open the shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="12"/>
        <source>No shift is open. Count the float in the drawer, then open the shift to sell.</source>
        <translation>Keine Schicht ist offen. Zählen Sie das Wechselgeld in der Lade und öffnen Sie dann die Schicht, um zu verkaufen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="27"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../qml/operations/OpenShiftScreen.qml" line="34"/>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kiosk/ui/cash_count.py" line="112"/>
        <source>Counted amount</source>
        <translation>Gezählter Betrag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="92"/>
        <source>Shift open with a float of %1.</source>
        <translation>Schicht offen mit %1 Wechselgeld.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="114"/>
        <source>The report is printing.</source>
        <translation>Der Bericht wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="128"/>
        <source>A copy of the report is printing.</source>
        <translation>Eine Kopie des Berichts wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="173"/>
        <source>Cash in of %1 recorded.</source>
        <translation>Einlage von %1 gebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="175"/>
        <source>Cash out of %1 recorded.</source>
        <translation>Entnahme von %1 gebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="187"/>
        <source>Drawer opened. Recorded as “no sale”.</source>
        <translation>Lade geöffnet. Als „Lade öffnen“ aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="260"/>
        <source>Z report No. %1</source>
        <translation>Z-Bericht Nr. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift.py" line="261"/>
        <source>X report (the shift so far)</source>
        <translation>X-Bericht (die Schicht bisher)</translation>
    </message>
</context>
<context>
    <name>OperationsMenuDialog</name>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="16"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="41"/>
        <source>Shift and cash</source>
        <translation>Schicht und Bargeld</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="42"/>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="43"/>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="44"/>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="45"/>
        <source>No sale</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="48"/>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="57"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="58"/>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="60"/>
        <source>Refund last sale</source>
        <translation>Letzten Verkauf erstatten</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="63"/>
        <source>Head office and till</source>
        <translation>Zentrale und Kasse</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="64"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="66"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="76"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="77"/>
        <source>Receive delivery</source>
        <translation>Lieferung annehmen</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="78"/>
        <source>Stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="79"/>
        <source>Waste and damage</source>
        <translation>Schwund und Schäden</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="80"/>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="85"/>
        <source>Cash in, cash out and “No sale” need a manager&apos;s approval.</source>
        <translation>Einlage, Entnahme und „Lade öffnen“ brauchen die Freigabe eines Managers.</translation>
    </message>
    <message>
        <location filename="../qml/operations/OperationsMenuDialog.qml" line="91"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OpsFrame</name>
    <message>
        <location filename="../qml/components/OpsFrame.qml" line="55"/>
        <source>Back to selling</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>OpsProductSearch</name>
    <message>
        <location filename="../qml/components/OpsProductSearch.qml" line="17"/>
        <source>Find a product by name</source>
        <translation>Artikel nach Namen suchen</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="13"/>
        <location filename="../qml/dialogs/ParkDialog.qml" line="43"/>
        <source>Park sale</source>
        <translation>Verkauf parken</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="20"/>
        <source>Who or what is it for? (optional)</source>
        <translation>Für wen oder was? (optional)</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="27"/>
        <source>Name or note</source>
        <translation>Name oder Notiz</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkDialog.qml" line="36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="11"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="21"/>
        <source>Finish or park the current sale before resuming another.</source>
        <translation>Schließen oder parken Sie den aktuellen Verkauf, bevor Sie einen anderen fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="56"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="60"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="70"/>
        <source>No parked sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/ParkedSalesDialog.qml" line="75"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="29"/>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="38"/>
        <source>Still to pay: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="57"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="57"/>
        <location filename="../qml/screens/PayScreen.qml" line="190"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="64"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="72"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/PayScreen.qml" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="117"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="124"/>
        <source>Back to sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="138"/>
        <source>Cash received</source>
        <translation>Erhaltenes Bargeld</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="159"/>
        <source>Exact amount</source>
        <translation>Passender Betrag</translation>
    </message>
    <message>
        <location filename="../qml/screens/PayScreen.qml" line="180"/>
        <source>Take cash</source>
        <translation>Bar kassieren</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="95"/>
        <source>Pickup cancelled; nothing was recorded.</source>
        <translation>Abholung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="68"/>
        <source>Scan each item as you hand it over.</source>
        <translation>Scannen Sie jeden Artikel bei der Übergabe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="155"/>
        <source>Choose how the customer was identified.</source>
        <translation>Wählen Sie, wie sich der Kunde ausgewiesen hat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="174"/>
        <source>Order %1 is partly handed over; %2 items wait for it.</source>
        <translation>Bestellung %1 ist teilweise übergeben; %2 Artikel warten noch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="176"/>
        <source>Order %1 is handed over.</source>
        <translation>Bestellung %1 ist übergeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup.py" line="183"/>
        <source>The pickup is saved, but: %1</source>
        <translation>Die Abholung ist gespeichert, aber: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="228"/>
        <source>Item missing</source>
        <translation>Artikel fehlt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="229"/>
        <source>Item damaged</source>
        <translation>Artikel beschädigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="230"/>
        <source>Customer declined</source>
        <translation>Kunde lehnt ab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/handover.py" line="231"/>
        <source>Collects the rest later</source>
        <translation>Holt den Rest später</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="25"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="26"/>
        <source>partly collected</source>
        <translation>teilweise abgeholt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="27"/>
        <source>collected</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="28"/>
        <source>not collected in time</source>
        <translation>nicht rechtzeitig abgeholt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="29"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="30"/>
        <source>handed over, but cancelled at HQ</source>
        <translation>übergeben, aber von der Zentrale storniert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="31"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="47"/>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_rows.py" line="103"/>
        <source>%1 for %2 instead of %3</source>
        <translation>%1 für %2 statt %3</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="57"/>
        <source>Name or order number</source>
        <translation>Name oder Bestellnummer</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="66"/>
        <source>Waiting for pickup: %1</source>
        <translation>Warten auf Abholung: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="89"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="104"/>
        <source>%1 · until %2 · %3</source>
        <translation>%1 · bis %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="116"/>
        <source>Back to selling</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="132"/>
        <source>Scan the customer&apos;s pickup code, or choose the order from the list.</source>
        <translation>Scannen Sie den Abholcode des Kunden oder wählen Sie die Bestellung aus der Liste.</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="156"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="161"/>
        <source>%1 · %2 · pickup until %3</source>
        <translation>%1 · %2 · abholbar bis %3</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="196"/>
        <source>all %1 handed over</source>
        <translation>alle %1 übergeben</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="197"/>
        <source>%1 of %2 to go</source>
        <translation>noch %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="229"/>
        <source>How was the customer identified?</source>
        <translation>Wie hat sich der Kunde ausgewiesen?</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="236"/>
        <source>Pickup code scanned</source>
        <translation>Abholcode gescannt</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="237"/>
        <source>Name and phone</source>
        <translation>Name und Telefon</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="238"/>
        <source>ID checked</source>
        <translation>Ausweis geprüft</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="256"/>
        <source>Last digits of the customer&apos;s phone</source>
        <translation>Letzte Ziffern der Telefonnummer</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="267"/>
        <source>Which document (not its number)</source>
        <translation>Welches Dokument (nicht die Nummer)</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="276"/>
        <source>Not everything is handed over. Why?</source>
        <translation>Nicht alles wurde übergeben. Warum?</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="302"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="312"/>
        <source>Signature (optional)</source>
        <translation>Unterschrift (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="318"/>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="337"/>
        <source>Cancel pickup</source>
        <translation>Abholung abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="344"/>
        <source>Hand over part</source>
        <translation>Teil übergeben</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="344"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="379"/>
        <source>The pickup receipt is printing.</source>
        <translation>Der Abholbeleg wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="391"/>
        <source>Add-on offer for this customer</source>
        <translation>Zusatzangebot für diesen Kunden</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="405"/>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="412"/>
        <source>Add to a sale</source>
        <translation>Als Verkauf hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/screens/PickupScreen.qml" line="424"/>
        <source>Next pickup</source>
        <translation>Nächste Abholung</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="16"/>
        <location filename="../qml/dialogs/PriceDialog.qml" line="66"/>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="47"/>
        <source>The new price for one unit, and why.</source>
        <translation>Der neue Preis pro Stück, und warum.</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Shelf price differs</source>
        <translation>Regalpreis weicht ab</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Damaged item</source>
        <translation>Beschädigter Artikel</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="53"/>
        <source>Price match</source>
        <translation>Preisangleich</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/PriceDialog.qml" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <location filename="../qml/components/ProductTile.qml" line="68"/>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../qml/components/ReasonField.qml" line="19"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewPanel</name>
    <message>
        <location filename="../qml/components/ReceiptPreviewPanel.qml" line="17"/>
        <source>Receipt preview (simulated printer)</source>
        <translation>Belegvorschau (simulierter Drucker)</translation>
    </message>
    <message>
        <location filename="../qml/components/ReceiptPreviewPanel.qml" line="50"/>
        <source>Nothing printed yet.</source>
        <translation>Noch nichts gedruckt.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="27"/>
        <source>Sale complete</source>
        <translation>Verkauf abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="34"/>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="38"/>
        <source>Total %1, paid by %2</source>
        <translation>Gesamt %1, bezahlt mit %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="43"/>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/ReceiptScreen.qml" line="56"/>
        <source>%n copy/copies printed</source>
        <translation>
            <numerusform>%n Kopie gedruckt</numerusform>
            <numerusform>%n Kopien gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="65"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="73"/>
        <source>Reprint (copy)</source>
        <translation>Nachdruck (Kopie)</translation>
    </message>
    <message>
        <location filename="../qml/screens/ReceiptScreen.qml" line="82"/>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="62"/>
        <source>short</source>
        <translation>zu wenig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="63"/>
        <source>over</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="64"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="130"/>
        <source>Shipment %1 was received already.</source>
        <translation>Lieferung %1 wurde bereits angenommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/receiving.py" line="158"/>
        <source>Scan the delivery note&apos;s code first.</source>
        <translation>Scannen Sie zuerst den Code auf dem Lieferschein.</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="14"/>
        <source>Receive a delivery</source>
        <translation>Lieferung annehmen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="15"/>
        <source>Shipment %1</source>
        <translation>Lieferung %1</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="16"/>
        <source>Scan the code on the delivery note, or choose the shipment.</source>
        <translation>Scannen Sie den Code auf dem Lieferschein oder wählen Sie die Lieferung.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="17"/>
        <source>Scan each item as you shelve it: %1 of %2 units so far.</source>
        <translation>Scannen Sie jeden Artikel beim Einräumen: bisher %1 von %2 Stück.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="19"/>
        <source>The delivery is recorded and head office is told.</source>
        <translation>Die Lieferung ist gebucht und die Zentrale informiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/ReceivingScreen.qml" line="44"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="51"/>
        <source>Receive</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="60"/>
        <source>No delivery is on its way to this till. A shipment shows here once head office has sent it and the till has synced.</source>
        <translation>Keine Lieferung ist zu dieser Kasse unterwegs. Eine Lieferung erscheint hier, sobald die Zentrale sie verschickt und die Kasse synchronisiert hat.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="74"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="75"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="76"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="77"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="141"/>
        <source>All arrived as listed</source>
        <translation>Alles wie gelistet angekommen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="148"/>
        <source>Confirm delivery</source>
        <translation>Lieferung bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="164"/>
        <source>Everything arrived as listed.</source>
        <translation>Alles ist wie gelistet angekommen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="165"/>
        <source>Differences reported to head office:</source>
        <translation>An die Zentrale gemeldete Abweichungen:</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReceivingScreen.qml" line="187"/>
        <source>expected %1, received %2, damaged %3</source>
        <translation>erwartet %1, erhalten %2, beschädigt %3</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="22"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="22"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="39"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="43"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="49"/>
        <source>Sales (%1)</source>
        <translation>Verkäufe (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="57"/>
        <source>Refunds (%1)</source>
        <translation>Erstattungen (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="64"/>
        <source>Discounts (%1 sales)</source>
        <translation>Rabatte (%1 Verkäufe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="69"/>
        <source>Tax included</source>
        <translation>Enthaltene Steuer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="70"/>
        <source>Manager approvals</source>
        <translation>Manager-Freigaben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="72"/>
        <source>Voided lines / sales</source>
        <translation>Stornierte Positionen / Verkäufe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="75"/>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="76"/>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="77"/>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="78"/>
        <source>Drawer opened without a sale</source>
        <translation>Lade ohne Verkauf geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="80"/>
        <source>Expected in the drawer</source>
        <translation>Soll in der Lade</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="85"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_report_view.py" line="86"/>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>ReturnFind</name>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="32"/>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="42"/>
        <source>Day (YYYY-MM-DD)</source>
        <translation>Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="52"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="62"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="78"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/ReturnFind.qml" line="106"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="112"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="128"/>
        <source>Refund last sale</source>
        <translation>Letzten Verkauf erstatten</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="135"/>
        <source>The common “wrong item” case: the sale just made, every item selected.</source>
        <translation>Der häufige Fall „falscher Artikel“: der gerade gemachte Verkauf, alle Artikel ausgewählt.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="143"/>
        <source>No receipt</source>
        <translation>Ohne Beleg</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnFind.qml" line="149"/>
        <source>Also for another till&apos;s receipt that head office cannot confirm. Items are refunded at today&apos;s price; a manager approves.</source>
        <translation>Auch für den Beleg einer anderen Kasse, den die Zentrale nicht bestätigen kann. Artikel werden zum heutigen Preis erstattet; ein Manager gibt frei.</translation>
    </message>
</context>
<context>
    <name>ReturnLines</name>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="78"/>
        <source>Back on sale</source>
        <translation>Wieder verkaufen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="96"/>
        <source>Scan the items the customer brings back, or find them by name.</source>
        <translation>Scannen Sie die zurückgebrachten Artikel oder suchen Sie sie nach Namen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="106"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="113"/>
        <source>Cancel return</source>
        <translation>Rückgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="125"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="147"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="156"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="165"/>
        <source>To the card</source>
        <translation>Auf die Karte</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="179"/>
        <source>Terminal reference</source>
        <translation>Terminal-Referenz</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="189"/>
        <source>To refund: %1</source>
        <translation>Zu erstatten: %1</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnLines.qml" line="195"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="114"/>
        <source>today&apos;s price %1</source>
        <translation>heutiger Preis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="116"/>
        <source>sold %1, all returned already</source>
        <translation>verkauft %1, alle schon zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="119"/>
        <source>sold %1, %2 returned already</source>
        <translation>verkauft %1, %2 schon zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/return_lines.py" line="123"/>
        <source>sold %1</source>
        <translation>verkauft %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="52"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="53"/>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="54"/>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="55"/>
        <source>Changed mind</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="56"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="57"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="140"/>
        <source>Everything on receipt %1 was refunded already.</source>
        <translation>Alles auf Beleg %1 wurde bereits erstattet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="187"/>
        <source>%1 is not on this receipt.</source>
        <translation>%1 steht nicht auf diesem Beleg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns.py" line="210"/>
        <source>Scan the receipt first, or choose “No receipt”.</source>
        <translation>Scannen Sie zuerst den Beleg oder wählen Sie „Ohne Beleg“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale_finder.py" line="77"/>
        <source>Receipt %1 is from another till: asking head office.</source>
        <translation>Beleg %1 stammt von einer anderen Kasse: die Zentrale wird gefragt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sale_finder.py" line="137"/>
        <source>No sale matches. Check the details.</source>
        <translation>Kein Verkauf passt. Prüfen Sie die Angaben.</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="14"/>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="15"/>
        <source>Scan the receipt&apos;s barcode, or find the sale.</source>
        <translation>Scannen Sie den Barcode des Belegs oder suchen Sie den Verkauf.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="16"/>
        <source>Refund %1</source>
        <translation>Erstattung %1</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="18"/>
        <source>Receipt %1 from till %2 · %3 · total %4</source>
        <translation>Beleg %1 von Kasse %2 · %3 · gesamt %4</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="20"/>
        <source>Receipt %1 · %2 · total %3</source>
        <translation>Beleg %1 · %2 · gesamt %3</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="22"/>
        <source>Receipt %1 from another till: scan or find the items; a manager approves.</source>
        <translation>Beleg %1 einer anderen Kasse: Artikel scannen oder suchen; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="23"/>
        <source>Without a receipt: scan or find the items; a manager approves.</source>
        <translation>Ohne Beleg: Artikel scannen oder suchen; ein Manager gibt frei.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="50"/>
        <source>%1 refunded to the card.</source>
        <translation>%1 auf die Karte erstattet.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="51"/>
        <source>Give the customer %1 from the drawer.</source>
        <translation>Geben Sie dem Kunden %1 aus der Lade.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="58"/>
        <source>The refund receipt is printing.</source>
        <translation>Der Erstattungsbeleg wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ReturnsScreen.qml" line="83"/>
        <source>New return</source>
        <translation>Neue Rückgabe</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="38"/>
        <source>Search products</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="54"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="61"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="79"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="84"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="118"/>
        <source>Results for “%1”</source>
        <translation>Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="119"/>
        <source>No product matches “%1”. Check the spelling or try part of the name.</source>
        <translation>Kein Artikel passt zu „%1“. Prüfen Sie die Schreibweise oder versuchen Sie einen Teil des Namens.</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="129"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="13"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="15"/>
        <source>Opened by %1, %2 · float %3</source>
        <translation>Geöffnet von %1, %2 · Wechselgeld %3</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="17"/>
        <source>No shift is open.</source>
        <translation>Keine Schicht ist offen.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="34"/>
        <source>Print X report</source>
        <translation>X-Bericht drucken</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="41"/>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="48"/>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="55"/>
        <source>No sale</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="63"/>
        <source>Cash in and out and “No sale” need a manager&apos;s approval.</source>
        <translation>Einlage, Entnahme und „Lade öffnen“ brauchen die Freigabe eines Managers.</translation>
    </message>
    <message>
        <location filename="../qml/operations/ShiftScreen.qml" line="71"/>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/components/SignaturePad.qml" line="20"/>
        <source>Signature pad</source>
        <translation>Unterschriftsfeld</translation>
    </message>
    <message>
        <location filename="../qml/components/SignaturePad.qml" line="25"/>
        <source>Customer signs here</source>
        <translation>Hier unterschreibt der Kunde</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="18"/>
        <source>Printer ready</source>
        <translation>Drucker bereit</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="19"/>
        <source>Printer simulated</source>
        <translation>Drucker simuliert</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="20"/>
        <source>Printer busy</source>
        <translation>Drucker beschäftigt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="21"/>
        <source>Paper low</source>
        <translation>Papier fast leer</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="22"/>
        <source>Printer out of paper</source>
        <translation>Drucker ohne Papier</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="23"/>
        <source>Printer cover open</source>
        <translation>Druckerdeckel offen</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="24"/>
        <source>Printer offline</source>
        <translation>Drucker nicht verbunden</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="25"/>
        <source>Printer error</source>
        <translation>Druckerfehler</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="26"/>
        <source>Receipt interrupted</source>
        <translation>Beleg unterbrochen</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="27"/>
        <source>Printer unknown</source>
        <translation>Drucker unbekannt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="32"/>
        <source>Scanner ready</source>
        <translation>Scanner bereit</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="33"/>
        <source>Scanner (keyboard)</source>
        <translation>Scanner (Tastatur)</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="34"/>
        <source>Scanner offline</source>
        <translation>Scanner nicht verbunden</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="35"/>
        <source>Scanner error</source>
        <translation>Scannerfehler</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="36"/>
        <source>Scanner unknown</source>
        <translation>Scanner unbekannt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="48"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="53"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="53"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/StatusBar.qml" line="54"/>
        <source>%n event(s) waiting to sync</source>
        <translation>
            <numerusform>%n Ereignis wartet auf Abgleich</numerusform>
            <numerusform>%n Ereignisse warten auf Abgleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/StatusBar.qml" line="70"/>
        <source>%n scan(s) waiting</source>
        <translation>
            <numerusform>%n Scan wartet</numerusform>
            <numerusform>%n Scans warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../kiosk/ui/stock_levels.py" line="45"/>
        <source>On hand %1 · reserved %2 · available %3</source>
        <translation>Bestand %1 · reserviert %2 · verfügbar %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="31"/>
        <source>Waste</source>
        <translation>Verderb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="32"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="33"/>
        <source>Theft</source>
        <translation>Diebstahl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="34"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="35"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stock_adjust.py" line="148"/>
        <source>Recorded: %1 × %2 (%3).</source>
        <translation>Gebucht: %1 × %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="29"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="32"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="37"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="45"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="46"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="47"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="48"/>
        <source>HQ not reachable</source>
        <translation>Zentrale nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="49"/>
        <source>upgrade needed</source>
        <translation>Update nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="50"/>
        <source>refused by HQ (enrol again)</source>
        <translation>von der Zentrale abgewiesen (neu anmelden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="57"/>
        <source>Sending sales and stock to HQ</source>
        <translation>Verkäufe und Bestand an die Zentrale senden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="59"/>
        <source>Receiving %1</source>
        <translation>Empfange %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="61"/>
        <source>Comparing the stock ledger with HQ</source>
        <translation>Bestandsbuch mit der Zentrale abgleichen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="63"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="116"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="142"/>
        <location filename="../../kiosk/ui/sync_panel.py" line="147"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="164"/>
        <source>in step with HQ</source>
        <translation>gleich mit der Zentrale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="166"/>
        <source>%1 ahead of HQ</source>
        <translation>%1 vor der Zentrale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_panel.py" line="167"/>
        <source>%1 behind HQ</source>
        <translation>%1 hinter der Zentrale</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="14"/>
        <source>Sync with head office</source>
        <translation>Mit der Zentrale synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="16"/>
        <source>This till is not connected to head office yet (kiosk enroll).</source>
        <translation>Diese Kasse ist noch nicht mit der Zentrale verbunden (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="33"/>
        <source>Upgrade needed: head office no longer accepts this version of the till. Install the update; sales are kept and will be sent after it.</source>
        <translation>Update nötig: Die Zentrale nimmt diese Version der Kasse nicht mehr an. Installieren Sie das Update; die Verkäufe bleiben erhalten und werden danach gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="47"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="50"/>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="53"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="56"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="57"/>
        <source>%n event(s), the oldest %1 old</source>
        <translation>
            <numerusform>%n Ereignis, seit %1</numerusform>
            <numerusform>%n Ereignisse, das älteste seit %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="61"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="71"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="76"/>
        <source>%1: check the till&apos;s clock (more than 5 minutes off)</source>
        <translation>%1: Uhr der Kasse prüfen (mehr als 5 Minuten Abweichung)</translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="83"/>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="86"/>
        <source>%n sale(s), %1</source>
        <translation>
            <numerusform>%n Verkauf, %1</numerusform>
            <numerusform>%n Verkäufe, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/operations/SyncScreen.qml" line="88"/>
        <source>%n anomaly(ies) reported by head office</source>
        <translation>
            <numerusform>%n Auffälligkeit von der Zentrale gemeldet</numerusform>
            <numerusform>%n Auffälligkeiten von der Zentrale gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/operations/SyncScreen.qml" line="112"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="11"/>
        <source>Void the whole sale?</source>
        <translation>Den ganzen Verkauf stornieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="18"/>
        <source>All %n item(s) will be removed. This is recorded.</source>
        <translation>
            <numerusform>Der %n Artikel wird entfernt. Das wird protokolliert.</numerusform>
            <numerusform>Alle %n Artikel werden entfernt. Das wird protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="25"/>
        <source>Keep sale</source>
        <translation>Verkauf behalten</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/VoidSaleDialog.qml" line="32"/>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
</context>
</TS>

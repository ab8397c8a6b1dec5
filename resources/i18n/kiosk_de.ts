<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Catalog</name>
    <message>
        <location filename="../../kiosk/ui/catalog_models.py" line="197"/>
        <source>All</source>
        <translation>Alle</translation>
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
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="20"/>
        <source>Kiosk POS — %1</source>
        <translation>Kiosk-Kasse — %1</translation>
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
        <location filename="../../kiosk/ui/messages.py" line="75"/>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 braucht die Freigabe der Filialleitung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/auth.py" line="68"/>
        <source>Enter your PIN.</source>
        <translation>Bitte PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="35"/>
        <source>removing a line</source>
        <translation>das Entfernen einer Position</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36"/>
        <source>voiding the whole sale</source>
        <translation>das Stornieren des ganzen Verkaufs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="37"/>
        <source>a discount above the limit</source>
        <translation>ein Rabatt über der Grenze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38"/>
        <source>changing a price</source>
        <translation>eine Preisänderung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39"/>
        <source>opening the drawer without a sale</source>
        <translation>das Öffnen der Kassenlade ohne Verkauf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40"/>
        <source>selling stock reserved for online orders</source>
        <translation>der Verkauf von Ware, die für Online-Bestellungen reserviert ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53"/>
        <source>Too many wrong PINs. The till is locked for %1 s; a manager can help.</source>
        <translation>Zu viele falsche PINs. Die Kasse ist für %1 s gesperrt; die Filialleitung kann helfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59"/>
        <source>Wrong PIN. Tries left before the till locks: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche, bevor die Kasse sperrt: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="65"/>
        <source>This barcode is damaged or misread. Scan it again or type the SKU.</source>
        <translation>Dieser Barcode ist beschädigt oder falsch gelesen. Erneut scannen oder die Artikelnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="70"/>
        <source>No product has the code %1. Set the item aside and ask a manager, or find it by name.</source>
        <translation>Kein Artikel hat den Code %1. Legen Sie ihn beiseite und fragen Sie die Filialleitung, oder suchen Sie ihn über den Namen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="79"/>
        <source>The disk is full, so nothing was saved. Free some space (or call support) and try again; the sale is still on screen.</source>
        <translation>Der Datenträger ist voll, es wurde nichts gespeichert. Schaffen Sie Platz (oder rufen Sie den Support) und versuchen Sie es erneut; der Verkauf bleibt auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87"/>
        <source>Only %1 x %2 may be sold: %3 are reserved for online orders. Take the extra items off the sale, or ask a manager to approve.</source>
        <translation>Nur %1 × %2 dürfen verkauft werden: %3 sind für Online-Bestellungen reserviert. Nehmen Sie die übrigen Artikel aus dem Verkauf oder lassen Sie eine Führungskraft zustimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="97"/>
        <source>The payment does not cover the total yet.</source>
        <translation>Die Zahlung deckt den Gesamtbetrag noch nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="101"/>
        <source>Something went wrong (%1). It was logged; try again or call support.</source>
        <translation>Etwas ist schiefgegangen (%1). Es wurde protokolliert; versuchen Sie es erneut oder rufen Sie den Support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="164"/>
        <source>Enter the amount the terminal charged.</source>
        <translation>Geben Sie den am Terminal gebuchten Betrag ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="167"/>
        <source>The card amount is more than what is still due.</source>
        <translation>Der Kartenbetrag ist höher als der noch offene Betrag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/payment.py" line="244"/>
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
        <location filename="../../kiosk/ui/scans.py" line="145"/>
        <location filename="../../kiosk/ui/scans.py" line="163"/>
        <source>Sign in first, then scan again.</source>
        <translation>Erst anmelden, dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="166"/>
        <source>That is a badge. Lock the till first to sign in as someone else.</source>
        <translation>Das ist ein Ausweis. Sperren Sie zuerst die Kasse, um sich als jemand anderes anzumelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="169"/>
        <source>That is a receipt. Returns are not handled on this screen yet.</source>
        <translation>Das ist ein Beleg. Rückgaben werden auf diesem Bildschirm noch nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="172"/>
        <source>That is a pickup order. Pickups are not handled here yet.</source>
        <translation>Das ist eine Abholbestellung. Abholungen werden hier noch nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="175"/>
        <source>That is a delivery note. Deliveries are not handled here yet.</source>
        <translation>Das ist ein Lieferschein. Lieferungen werden hier noch nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/scans.py" line="180"/>
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
    <name>SellScreen</name>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="37"/>
        <source>Search products</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="53"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="60"/>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="78"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="83"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="114"/>
        <source>Results for “%1”</source>
        <translation>Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../qml/screens/SellScreen.qml" line="115"/>
        <source>No product matches “%1”. Check the spelling or try part of the name.</source>
        <translation>Kein Artikel passt zu „%1“. Prüfen Sie die Schreibweise oder versuchen Sie einen Teil des Namens.</translation>
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

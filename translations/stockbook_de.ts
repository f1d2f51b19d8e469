<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InvoiceListPage</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;New sale</source>
        <translation>Neuer Ver&amp;kauf</translation>
    </message>
    <message>
        <source>&amp;New purchase</source>
        <translation>Neue&amp;r Einkauf</translation>
    </message>
    <message>
        <source>Sales &amp;list</source>
        <translation>Ve&amp;rkaufsliste</translation>
    </message>
    <message>
        <source>Purchases &amp;list</source>
        <translation>Ein&amp;kaufsliste</translation>
    </message>
</context>
<context>
    <name>Stockbook</name>
    <message>
        <source>A company on a server has no company key to change: the server keeps its data and checks the passwords.</source>
        <translation>Eine Firma auf einem Server hat keinen Firmenschlüssel, der sich ändern ließe: Der Server hält ihre Daten und prüft die Passwörter.</translation>
    </message>
    <message>
        <source>A company on a server is backed up with its administrator&apos;s password: stockbook-cli backup --db URL --user ADMIN.</source>
        <translation>Eine Firma auf einem Server wird mit dem Passwort ihres Administrators gesichert: stockbook-cli backup --db URL --user ADMIN.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 exists already: nothing is overwritten. Choose another file name.</source>
        <translation>%1 gibt es schon: Nichts wird überschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>This company is a file: back it up as a file (BackupService).</source>
        <translation>Diese Firma ist eine Datei: Sichern Sie sie als Datei (BackupService).</translation>
    </message>
    <message>
        <source>No working folder could be made beside %1: %2. Check that the folder exists and can be written.</source>
        <translation>Neben %1 konnte kein Arbeitsordner angelegt werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>No working folder could be made to unpack the backup: %1</source>
        <translation>Es konnte kein Arbeitsordner zum Entpacken der Sicherung angelegt werden: %1</translation>
    </message>
    <message>
        <source>Reading the list of tables</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <source>The two companies do not have the same tables (%1 against %2): both must be at this program&apos;s schema version.</source>
        <translation>Die beiden Firmen haben nicht dieselben Tabellen (%1 gegenüber %2): Beide müssen die Schemaversion dieses Programms haben.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the two companies (%2 against %3): both must be at this program&apos;s schema version.</source>
        <translation>Die Tabelle %1 hat in den beiden Firmen andere Spalten (%2 gegenüber %3): Beide müssen die Schemaversion dieses Programms haben.</translation>
    </message>
    <message>
        <source>Emptying %1</source>
        <translation>Leeren von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>Reading the id sequences</source>
        <translation>Lesen der ID-Sequenzen</translation>
    </message>
    <message>
        <source>Moving the id sequence of %1</source>
        <translation>Weitersetzen der ID-Sequenz von %1</translation>
    </message>
    <message>
        <source>Creating the login of %1</source>
        <translation>Anlegen der Anmeldung von %1</translation>
    </message>
    <message>
        <source>Copying the company</source>
        <translation>Kopieren der Firma</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <source>These user names cannot be logins on a server, which takes a lower-case letter, then up to 62 lower-case letters, digits or _ . -: %1. Add users with such names in the company file, move their work to them and deactivate the old ones, then try again.</source>
        <translation>Diese Benutzernamen können auf einem Server keine Anmeldungen sein, die mit einem Kleinbuchstaben beginnen und danach bis zu 62 Kleinbuchstaben, Ziffern oder _ . - enthalten: %1. Legen Sie in der Firmendatei Benutzer mit solchen Namen an, übergeben Sie ihnen die Arbeit, deaktivieren Sie die alten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator of the company.</source>
        <translation>%1 ist kein aktiver Administrator der Firma.</translation>
    </message>
    <message>
        <source>Disabling the login of %1</source>
        <translation>Sperren der Anmeldung von %1</translation>
    </message>
    <message>
        <source>%1 cannot be a user name on a server: use a lower-case letter, then up to 62 lower-case letters, digits or _ . -</source>
        <translation>%1 kann auf einem Server kein Benutzername sein: Verwenden Sie einen Kleinbuchstaben, dann bis zu 62 Kleinbuchstaben, Ziffern oder _ . -</translation>
    </message>
    <message>
        <source>%1 failed on the server: %2</source>
        <translation>%1 ist auf dem Server fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not a company database name: use a lower-case letter, then up to 39 lower-case letters, digits or _.</source>
        <translation>%1 ist kein Name für eine Firmendatenbank: Verwenden Sie einen Kleinbuchstaben, dann bis zu 39 Kleinbuchstaben, Ziffern oder _.</translation>
    </message>
    <message>
        <source>A SCRAM verifier needs a salt and iterations.</source>
        <translation>Ein SCRAM-Prüfwert braucht ein Salz und Iterationen.</translation>
    </message>
    <message>
        <source>Adding the administrator</source>
        <translation>Hinzufügen des Administrators</translation>
    </message>
    <message>
        <source>Applying the server&apos;s roles and rights</source>
        <translation>Anwenden der Rollen und Rechte des Servers</translation>
    </message>
    <message>
        <source>Checking the server account</source>
        <translation>Prüfen des Serverkontos</translation>
    </message>
    <message>
        <source>Connect to the server as a superuser first.</source>
        <translation>Verbinden Sie sich zuerst als Superuser mit dem Server.</translation>
    </message>
    <message>
        <source>Connecting to the new database</source>
        <translation>Verbinden mit der neuen Datenbank</translation>
    </message>
    <message>
        <source>Creating a company needs a superuser&apos;s connection to the server (for example postgres).</source>
        <translation>Zum Anlegen einer Firma braucht es eine Superuser-Verbindung zum Server (zum Beispiel postgres).</translation>
    </message>
    <message>
        <source>Creating the administrator&apos;s login</source>
        <translation>Anlegen der Anmeldung des Administrators</translation>
    </message>
    <message>
        <source>Creating the company&apos;s roles</source>
        <translation>Anlegen der Rollen der Firma</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Finishing the set-up</source>
        <translation>Abschließen der Einrichtung</translation>
    </message>
    <message>
        <source>Looking for %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>Starting the set-up</source>
        <translation>Beginnen der Einrichtung</translation>
    </message>
    <message>
        <source>Storing the company&apos;s name</source>
        <translation>Speichern des Firmennamens</translation>
    </message>
    <message>
        <source>The database %1 exists on this server already. Choose another name, or open that company.</source>
        <translation>Die Datenbank %1 existiert auf diesem Server bereits. Wählen Sie einen anderen Namen oder öffnen Sie diese Firma.</translation>
    </message>
    <message>
        <source>The password&apos;s server verifier could not be computed (OpenSSL failed).</source>
        <translation>Der Server-Prüfwert des Passworts konnte nicht berechnet werden (OpenSSL ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The role %1 exists on this server already. Choose another company database or user name.</source>
        <translation>Die Rolle %1 existiert auf diesem Server bereits. Wählen Sie eine andere Firmendatenbank oder einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>The server&apos;s security script is missing from this program.</source>
        <translation>Das Sicherheitsskript des Servers fehlt in diesem Programm.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so no password opens %2. Use its recovery key.</source>
        <translation>Die Schlüsseldatei %1 fehlt, daher öffnet kein Passwort %2. Verwenden Sie ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Replacing %1 needs the sign-in of one of its administrators or its recovery key: the user name and password that opened the backup do not open %1 as it is now. %1 was not changed.</source>
        <translation>Um %1 zu ersetzen, braucht es die Anmeldung eines seiner Administratoren oder seinen Wiederherstellungsschlüssel: Benutzername und Passwort, die die Sicherung geöffnet haben, öffnen %1 in seinem jetzigen Stand nicht. %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The user name or password for %1 is wrong; %1 was not changed.</source>
        <translation>Benutzername oder Passwort für %1 ist falsch; %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another company, or the key was changed since it was printed. %1 was not changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet %1 nicht: Er gehört zu einer anderen Firma, oder der Schlüssel wurde geändert, seit er ausgedruckt wurde. %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened to check who may replace it (%2). Restore into another file, or move %1 away first.</source>
        <translation>%1 kann nicht geöffnet werden, um zu prüfen, wer es ersetzen darf (%2). Stellen Sie in eine andere Datei wieder her, oder verschieben Sie %1 zuerst.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of %2, so %1 may not replace it. Replacing it needs the sign-in of one of its administrators or its recovery key; %2 was not changed.</source>
        <translation>%1 ist kein Administrator von %2, daher darf %1 es nicht ersetzen. Zum Ersetzen braucht es die Anmeldung eines seiner Administratoren oder seinen Wiederherstellungsschlüssel; %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This backup is of “%1”, not of the company in %2; %2 was not changed.</source>
        <translation>Diese Sicherung ist von „%1“, nicht von der Firma in %2; %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This backup is of “%1”, not of “%3” (%2); %2 was not changed.</source>
        <translation>Diese Sicherung ist von „%1“, nicht von „%3“ (%2); %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Stockbook never writes through one. Choose the real file or another name.</source>
        <translation>%1 ist eine symbolische Verknüpfung; Stockbook schreibt nie durch eine solche. Wählen Sie die eigentliche Datei oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or confirm replacing it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder bestätigen Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>There is no warehouse %1. Check the warehouse code.</source>
        <translation>Es gibt kein Lager %1. Prüfen Sie den Lagercode.</translation>
    </message>
    <message>
        <source>There is no product %1. Check the SKU.</source>
        <translation>Es gibt keinen Artikel %1. Prüfen Sie die Artikelnummer.</translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive. Reactivate it first or choose another warehouse.</source>
        <translation>Lager %1 ist inaktiv. Reaktivieren Sie es zuerst oder wählen Sie ein anderes Lager.</translation>
    </message>
    <message>
        <source>%1 is on lines %2 and %3. Put each product on one line only.</source>
        <translation>%1 steht in den Zeilen %2 und %3. Erfassen Sie jeden Artikel nur in einer Zeile.</translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation>Eine Umlagerung braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>Line %1: the quantity to transfer must be above zero.</source>
        <translation>Zeile %1: Die umzulagernde Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>Stock cannot be transferred from warehouse %1 to itself. Choose another destination.</source>
        <translation>Bestand kann nicht von Lager %1 in dasselbe Lager umgelagert werden. Wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>A stocktake needs a reason, for example &quot;annual count&quot; or &quot;breakage&quot;.</source>
        <translation>Eine Inventur braucht einen Grund, zum Beispiel „Jahresinventur“ oder „Bruch“.</translation>
    </message>
    <message>
        <source>A stocktake needs at least one counted product.</source>
        <translation>Eine Inventur braucht mindestens einen gezählten Artikel.</translation>
    </message>
    <message>
        <source>Line %1: a counted quantity cannot be below zero.</source>
        <translation>Zeile %1: Eine gezählte Menge kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>%1: the product total is negative (%2).</source>
        <translation>%1: Der Gesamtbestand des Artikels ist negativ (%2).</translation>
    </message>
    <message>
        <source>%1: the product total is %2 but its warehouse levels add up to %3.</source>
        <translation>%1: Der Gesamtbestand des Artikels ist %2, die Lagerbestände ergeben aber %3.</translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is negative (%3).</source>
        <translation>%1 in Lager %2: Der Bestand ist negativ (%3).</translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is %3 but the stock movements add up to %4.</source>
        <translation>%1 in Lager %2: Der Bestand ist %3, die Lagerbewegungen ergeben aber %4.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in and try again.</source>
        <translation>Niemand ist angemeldet. Melden Sie sich an und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Die Sitzung wurde nach %n Minute ohne Aktivität gesperrt. Melden Sie sich erneut an.</numerusform>
            <numerusform>Die Sitzung wurde nach %n Minuten ohne Aktivität gesperrt. Melden Sie sich erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is temporary. Choose a new password before doing anything else.</source>
        <translation>Ihr Passwort ist vorläufig. Wählen Sie zuerst ein neues Passwort.</translation>
    </message>
    <message>
        <source>Enter the company name (1 to %1 characters).</source>
        <translation>Geben Sie den Firmennamen ein (1 bis %1 Zeichen).</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>Die Adresse ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A tax number has at most %1 letters, digits, spaces, &apos;-&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>Eine Steuernummer hat höchstens %1 Buchstaben, Ziffern, Leerzeichen, „-“, „.“ oder „/“.</translation>
    </message>
    <message>
        <source>Enter the currency as its three-letter ISO 4217 code in capitals, such as EUR, GBP or USD.</source>
        <translation>Geben Sie die Währung als dreibuchstabigen ISO-4217-Code in Großbuchstaben ein, etwa EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>%1 is not a year of the number series: enter a year from 2000 to 9999.</source>
        <translation>%1 ist kein Jahr der Nummernkreise: Geben Sie ein Jahr von 2000 bis 9999 ein.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>The logo is too large: at most %1 KiB. Use a smaller image.</source>
        <translation>Das Logo ist zu groß: höchstens %1 KiB. Verwenden Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The idle lock is 1 to 30 minutes.</source>
        <translation>Die Sperre bei Inaktivität liegt zwischen 1 und 30 Minuten.</translation>
    </message>
    <message>
        <source>An account locks after 3 to 20 failed sign-ins.</source>
        <translation>Ein Konto wird nach 3 bis 20 fehlgeschlagenen Anmeldungen gesperrt.</translation>
    </message>
    <message>
        <source>Choose the system&apos;s language, en, de or fr.</source>
        <translation>Wählen Sie die Systemsprache, en, de oder fr.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters; shorten it.</source>
        <translation>Das Feld „%1“ ist länger als %2 Zeichen; kürzen Sie es.</translation>
    </message>
    <message>
        <source>The %1 holds a control character; remove it.</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name is empty; enter one.</source>
        <translation>Der Name ist leer; geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not of the form name@example.com.</source>
        <translation>Die E-Mail-Adresse %1 hat nicht die Form name@example.com.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The phone number %1 may hold only digits, spaces and + ( ) . / -.</source>
        <translation>Die Telefonnummer %1 darf nur Ziffern, Leerzeichen und + ( ) . / - enthalten.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Das Zahlungsziel liegt zwischen 0 und 365 Tagen.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another customer.</source>
        <translation>Die E-Mail-Adresse %1 gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another supplier.</source>
        <translation>Die E-Mail-Adresse %1 gehört zu einem anderen Lieferanten.</translation>
    </message>
    <message>
        <source>No customer %1 was found.</source>
        <translation>Kein Kunde %1 gefunden.</translation>
    </message>
    <message>
        <source>No supplier %1 was found.</source>
        <translation>Kein Lieferant %1 gefunden.</translation>
    </message>
    <message>
        <source>There is no invoice with the id %1.</source>
        <translation>Es gibt keine Rechnung mit der ID %1.</translation>
    </message>
    <message>
        <source>The period starts after it ends; swap the dates.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende; tauschen Sie die Daten.</translation>
    </message>
    <message>
        <source>The period is day, week or month, not %1.</source>
        <translation>Der Zeitraum ist Tag, Woche oder Monat, nicht %1.</translation>
    </message>
    <message>
        <source>Rank by revenue or quantity, not %1.</source>
        <translation>Sortieren Sie nach Umsatz oder Menge, nicht nach %1.</translation>
    </message>
    <message>
        <source>The limit is a whole number from 1 to 100000.</source>
        <translation>Das Limit ist eine ganze Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail %1.</source>
        <translation>Es gibt keinen Kunden mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is not a percentage; write it like 20 or 7.5.</source>
        <translation>Der Steuersatz „%1“ ist kein Prozentsatz; schreiben Sie ihn wie 20 oder 7.5.</translation>
    </message>
    <message>
        <source>No active tax rate of %1 % exists; create it first.</source>
        <translation>Es gibt keinen aktiven Steuersatz von %1 %; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount; write it like 12.50.</source>
        <translation>Der Preis „%1“ ist kein Betrag; schreiben Sie ihn wie 12.50.</translation>
    </message>
    <message>
        <source>The reorder level &quot;%1&quot; is not a quantity; write it like 5 or 1.5.</source>
        <translation>Der Meldebestand „%1“ ist keine Menge; schreiben Sie ihn wie 5 oder 1.5.</translation>
    </message>
    <message>
        <source>Active is 1 or 0.</source>
        <translation>Aktiv ist 1 oder 0.</translation>
    </message>
    <message>
        <source>The category name is longer than 100 characters.</source>
        <translation>Der Kategoriename ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>No active supplier has the e-mail address %1.</source>
        <translation>Kein aktiver Lieferant hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The SKU %1 appears already on line %2 of this file.</source>
        <translation>Die Artikelnummer %1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>The barcode %1 appears already on line %2 of this file.</source>
        <translation>Der Barcode %1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>The payment terms &quot;%1&quot; are not a whole number of days.</source>
        <translation>Das Zahlungsziel „%1“ ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>The e-mail address %1 appears already on line %2 of this file.</source>
        <translation>Die E-Mail-Adresse %1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The first line must be the header: %1</source>
        <translation>Die erste Zeile muss die Kopfzeile sein: %1</translation>
    </message>
    <message>
        <source>The header column &quot;%1&quot; is unknown or repeated; the header is: %2</source>
        <translation>Die Spalte „%1“ der Kopfzeile ist unbekannt oder doppelt; die Kopfzeile lautet: %2</translation>
    </message>
    <message>
        <source>The header lacks columns; it is: %1</source>
        <translation>In der Kopfzeile fehlen Spalten; sie lautet: %1</translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation>%1 Felder erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Reading the users and roles</source>
        <translation>Lesen der Benutzer und Rollen</translation>
    </message>
    <message>
        <source>audit row %1 names %2 as its author but is signed with the key of %3</source>
        <translation>Protokollzeile %1 nennt %2 als Urheber, ist aber mit dem Schlüssel von %3 signiert</translation>
    </message>
    <message>
        <source>audit row %1 is not signed by %2: its signature does not match their key</source>
        <translation>Protokollzeile %1 ist nicht von %2 signiert: Ihre Signatur passt nicht zu dessen Schlüssel</translation>
    </message>
    <message>
        <source>audit row %1 in the name of %2 carries no signature: it was not written by Stockbook</source>
        <translation>Protokollzeile %1 im Namen von %2 trägt keine Signatur: Sie wurde nicht von Stockbook geschrieben</translation>
    </message>
    <message>
        <source>The checkpoint could not be signed.</source>
        <translation>Der Prüfpunkt konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>audit row %1 (%2) changed users after the checkpoint of %3 signed by %4, and no later checkpoint covers it: a newer checkpoint was removed</source>
        <translation>Protokollzeile %1 (%2) hat Benutzer nach dem Prüfpunkt vom %3, signiert von %4, geändert, und kein späterer Prüfpunkt deckt sie ab: Ein neuerer Prüfpunkt wurde entfernt</translation>
    </message>
    <message>
        <source>Only an administrator whose key file holds the administrators&apos; key can sign a checkpoint. Sign in as an administrator of this company and try again.</source>
        <translation>Nur ein Administrator, dessen Schlüsseldatei den Schlüssel der Administratoren enthält, kann einen Prüfpunkt signieren. Melden Sie sich als Administrator dieser Firma an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the checkpoint of %1 (giving %2 as its signer) is not signed by the administrators&apos; key</source>
        <translation>der Prüfpunkt vom %1 (mit %2 als Unterzeichner) ist nicht mit dem Schlüssel der Administratoren signiert</translation>
    </message>
    <message>
        <source>no checkpoint yet: no administrator has signed the users, roles and audit log of this company</source>
        <translation>noch kein Prüfpunkt: Kein Administrator hat die Benutzer, Rollen und das Prüfprotokoll dieser Firma signiert</translation>
    </message>
    <message>
        <source>users changed since the checkpoint of %1 signed by %2</source>
        <translation>Benutzer seit dem Prüfpunkt vom %1, signiert von %2, geändert</translation>
    </message>
    <message>
        <source>roles changed since the checkpoint of %1 signed by %2</source>
        <translation>Rollen seit dem Prüfpunkt vom %1, signiert von %2, geändert</translation>
    </message>
    <message>
        <source>permissions changed since the checkpoint of %1 signed by %2</source>
        <translation>Berechtigungen seit dem Prüfpunkt vom %1, signiert von %2, geändert</translation>
    </message>
    <message>
        <source>audit history changed since the checkpoint of %1 signed by %2: row %3 is no longer the row it recorded</source>
        <translation>Prüfprotokoll seit dem Prüfpunkt vom %1, signiert von %2, geändert: Zeile %3 ist nicht mehr die dort erfasste Zeile</translation>
    </message>
    <message>
        <source>audit rows after the checkpoint of %1 signed by %2, not yet attested: %3</source>
        <translation>Protokollzeilen nach dem Prüfpunkt vom %1, signiert von %2, noch nicht bestätigt: %3</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>audit row %1 is missing (the next row is %2)</source>
        <translation>Protokollzeile %1 fehlt (die nächste Zeile ist %2)</translation>
    </message>
    <message>
        <source>audit row %1 appears out of order</source>
        <translation>Protokollzeile %1 steht an falscher Stelle</translation>
    </message>
    <message>
        <source>audit row %1 does not follow row %2: rows were removed or reordered</source>
        <translation>Protokollzeile %1 folgt nicht auf Zeile %2: Zeilen wurden entfernt oder umsortiert</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written</source>
        <translation>Protokollzeile %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>audit row %1 has an unknown hash version %2</source>
        <translation>Protokollzeile %1 hat die unbekannte Hash-Version %2</translation>
    </message>
    <message>
        <source>audit row %1 has hash version %2 after rows of version %3: the log was rewritten</source>
        <translation>Protokollzeile %1 hat die Hash-Version %2 nach Zeilen der Version %3: Das Protokoll wurde neu geschrieben</translation>
    </message>
    <message>
        <source>audit row %1 differs from the copy recorded outside the database: the log was rewritten</source>
        <translation>Protokollzeile %1 weicht von der außerhalb der Datenbank gespeicherten Kopie ab: Das Protokoll wurde neu geschrieben</translation>
    </message>
    <message>
        <source>the audit log ends at row %1, but row %2 was recorded outside the database: rows were removed from the end</source>
        <translation>Das Prüfprotokoll endet bei Zeile %1, aber Zeile %2 wurde außerhalb der Datenbank erfasst: Zeilen wurden am Ende entfernt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A field is longer than %1 KiB; shorten it.</source>
        <translation>Ein Feld ist länger als %1 KiB; kürzen Sie es.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte; it is not a text file.</source>
        <translation>Die Datei enthält ein NUL-Byte; sie ist keine Textdatei.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>Nicht genug Speicher beim Lesen der Datei.</translation>
    </message>
    <message>
        <source>A quote is misplaced: quote the whole field and double any quote inside it (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen steht falsch: Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>There is no invoice numbered %1. Check the number.</source>
        <translation>Es gibt keine Rechnung mit der Nummer %1. Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation>Kein Lieferant passt zu %1.</translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation>Kein Kunde passt zu %1.</translation>
    </message>
    <message>
        <source>Give the partner&apos;s e-mail address or id.</source>
        <translation>Geben Sie die E-Mail-Adresse oder ID des Geschäftspartners an.</translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation>Kein Artikel hat die Artikelnummer %1.</translation>
    </message>
    <message>
        <source>No warehouse has the code %1.</source>
        <translation>Kein Lager hat den Code %1.</translation>
    </message>
    <message>
        <source>A stock movement needs a quantity above zero.</source>
        <translation>Eine Lagerbewegung braucht eine Menge größer als null.</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Der Artikel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Not enough stock of %1 (%2) in warehouse %3: %4 available, %5 needed.</source>
        <translation>Nicht genug Bestand von %1 (%2) in Lager %3: %4 verfügbar, %5 benötigt.</translation>
    </message>
    <message>
        <source>Another workstation took stock this invoice needs while it was being posted. Nothing was posted: check the stock levels and post again.</source>
        <translation>Eine andere Arbeitsstation hat Bestand, den diese Rechnung braucht, während des Buchens entnommen. Es wurde nichts gebucht: Prüfen Sie die Bestände und buchen Sie erneut.</translation>
    </message>
    <message>
        <source>The number series could not be read. Post the invoice again.</source>
        <translation>Der Nummernkreis konnte nicht gelesen werden. Buchen Sie die Rechnung erneut.</translation>
    </message>
    <message>
        <source>The demo company was cancelled.</source>
        <translation>Die Demofirma wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Setting the password of %1</source>
        <translation>Setzen des Passworts von %1</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Der Server hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>A temporary folder could not be made: %1</source>
        <translation>Ein temporärer Ordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>moving onto the server</source>
        <translation>Übertragen auf den Server</translation>
    </message>
    <message>
        <source>warehouses and categories</source>
        <translation>Lager und Kategorien</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name for the demo company.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Dateinamen für die Demofirma.</translation>
    </message>
    <message>
        <source>The %1 is empty; enter one.</source>
        <translation>Das Feld „%1“ ist leer; geben Sie etwas ein.</translation>
    </message>
    <message>
        <source>The SKU is empty; enter one.</source>
        <translation>Die Artikelnummer ist leer; geben Sie eine ein.</translation>
    </message>
    <message>
        <source>The SKU is longer than 64 characters; shorten it.</source>
        <translation>Die Artikelnummer ist länger als 64 Zeichen; kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The SKU %1 may hold only letters, digits and . _ / # + -; no spaces.</source>
        <translation>Die Artikelnummer %1 darf nur Buchstaben, Ziffern und . _ / # + - enthalten; keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The barcode %1 may hold only letters and digits, at most 64.</source>
        <translation>Der Barcode %1 darf nur Buchstaben und Ziffern enthalten, höchstens 64.</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>The unit %1 is unknown; use piece, kg, litre or metre.</source>
        <translation>Die Einheit %1 ist unbekannt; verwenden Sie piece, kg, litre oder metre.</translation>
    </message>
    <message>
        <source>The price is negative; enter 0 or more.</source>
        <translation>Der Preis ist negativ; geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>The price is more than %1.</source>
        <translation>Der Preis ist höher als %1.</translation>
    </message>
    <message>
        <source>The reorder level is negative; enter 0 or more.</source>
        <translation>Der Meldebestand ist negativ; geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product; choose another.</source>
        <translation>Die Artikelnummer %1 wird bereits von einem anderen Artikel verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Der Barcode %1 wird bereits von einem anderen Artikel verwendet.</translation>
    </message>
    <message>
        <source>The category does not exist; pick one from the list.</source>
        <translation>Die Kategorie existiert nicht; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>The supplier does not exist or is inactive; pick an active one.</source>
        <translation>Der Lieferant existiert nicht oder ist inaktiv; wählen Sie einen aktiven.</translation>
    </message>
    <message>
        <source>The tax rate does not exist or is inactive; pick an active one.</source>
        <translation>Der Steuersatz existiert nicht oder ist inaktiv; wählen Sie einen aktiven.</translation>
    </message>
    <message>
        <source>The category %1 exists already.</source>
        <translation>Die Kategorie %1 existiert bereits.</translation>
    </message>
    <message>
        <source>No default tax rate is set; choose one.</source>
        <translation>Es ist kein Standardsteuersatz festgelegt; wählen Sie einen.</translation>
    </message>
    <message>
        <source>No product %1 was found.</source>
        <translation>Kein Artikel %1 gefunden.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that you may write to the folder and that the disk is not full, then try again.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden. Prüfen Sie, ob Sie in den Ordner schreiben dürfen und der Datenträger nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end.</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Check the path.</source>
        <translation>Die Sicherung %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. Check that you may read it.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>it is not a Stockbook backup (a backup starts with STOCKBOOK-BACKUP).</source>
        <translation>Sie ist keine Stockbook-Sicherung (eine Sicherung beginnt mit STOCKBOOK-BACKUP).</translation>
    </message>
    <message>
        <source>it is incomplete: it ends inside its header.</source>
        <translation>Sie ist unvollständig: Sie endet innerhalb ihres Kopfes.</translation>
    </message>
    <message>
        <source>it is of backup format %1, which this version of Stockbook does not read. Restore it with a newer Stockbook.</source>
        <translation>Sie hat das Sicherungsformat %1, das diese Stockbook-Version nicht lesen kann. Stellen Sie sie mit einem neueren Stockbook wieder her.</translation>
    </message>
    <message>
        <source>it is incomplete or damaged: its manifest does not fit in the file.</source>
        <translation>Sie ist unvollständig oder beschädigt: Ihr Manifest passt nicht in die Datei.</translation>
    </message>
    <message>
        <source>its manifest is damaged.</source>
        <translation>Ihr Manifest ist beschädigt.</translation>
    </message>
    <message>
        <source>it is incomplete: it has %1 bytes of %2, so it was cut short while it was written or copied.</source>
        <translation>Sie ist unvollständig: Sie hat %1 von %2 Bytes, wurde also beim Schreiben oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest accounts for.</source>
        <translation>Sie hat %1 Bytes mehr, als ihr Manifest angibt.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to the end.</source>
        <translation>Die Sicherung %1 kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>its final checksum does not match its contents, so it was damaged or changed after it was written.</source>
        <translation>Ihre Prüfsumme passt nicht zum Inhalt, sie wurde also nach dem Schreiben beschädigt oder verändert.</translation>
    </message>
    <message>
        <source>its key file part does not have the size its manifest records.</source>
        <translation>Ihr Schlüsseldateiteil hat nicht die im Manifest angegebene Größe.</translation>
    </message>
    <message>
        <source>its key file part does not match the checksum recorded when it was made.</source>
        <translation>Ihr Schlüsseldateiteil passt nicht zur bei der Erstellung gespeicherten Prüfsumme.</translation>
    </message>
    <message>
        <source>its database part does not have the size its manifest records.</source>
        <translation>Ihr Datenbankteil hat nicht die im Manifest angegebene Größe.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that you may write to the folder.</source>
        <translation>%1 konnte nicht angelegt werden. Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked to %1. Check that the disk is not full.</source>
        <translation>Die Sicherung konnte nicht nach %1 entpackt werden. Prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>its database part does not match the checksum recorded when it was made.</source>
        <translation>Ihr Datenbankteil passt nicht zur bei der Erstellung gespeicherten Prüfsumme.</translation>
    </message>
    <message>
        <source>The %1 name is empty; enter one.</source>
        <translation>Der Name (%1) ist leer; geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The %1 name is longer than 100 characters.</source>
        <translation>Der Name (%1) ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 % and 100 %.</source>
        <translation>Ein Steuersatz liegt zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>The parent category does not exist.</source>
        <translation>Die übergeordnete Kategorie existiert nicht.</translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation>Keine Kategorie %1 gefunden.</translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation>Kein Steuersatz %1 gefunden.</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>A tax rate named %1 exists already.</source>
        <translation>Ein Steuersatz mit dem Namen %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The tax rate %1 is inactive and cannot be the default.</source>
        <translation>Der Steuersatz %1 ist inaktiv und kann nicht Standard sein.</translation>
    </message>
    <message>
        <source>The tax rate %1 is the default; make another rate the default first.</source>
        <translation>Der Steuersatz %1 ist der Standard; machen Sie zuerst einen anderen Satz zum Standard.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>A credit note is made from a posted sale, not entered as a draft.</source>
        <translation>Eine Gutschrift wird aus einem gebuchten Verkauf erstellt, nicht als Entwurf erfasst.</translation>
    </message>
    <message>
        <source>Choose the %1 of the invoice.</source>
        <translation>Der %1 der Rechnung fehlt; wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>This %1 is inactive. Reactivate it or choose another.</source>
        <translation>Dieser %1 ist inaktiv. Reaktivieren Sie ihn oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Choose the warehouse of the invoice.</source>
        <translation>Wählen Sie das Lager der Rechnung.</translation>
    </message>
    <message>
        <source>This warehouse is inactive. Choose another.</source>
        <translation>Dieses Lager ist inaktiv. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The issue date must lie between 2000 and 9999.</source>
        <translation>Das Rechnungsdatum muss zwischen 2000 und 9999 liegen.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Eine Rechnung braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>Zeile %1: Wählen Sie einen Artikel.</translation>
    </message>
    <message>
        <source>Line %1: %2 is inactive and cannot be invoiced.</source>
        <translation>Zeile %1: %2 ist inaktiv und kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Line %1: enter a quantity above zero.</source>
        <translation>Zeile %1: Geben Sie eine Menge größer als null ein.</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>Zeile %1: Der Einzelpreis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Line %1: the discount must lie between 0 and 100 %.</source>
        <translation>Zeile %1: Der Rabatt muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Line %1: the tax rate must lie between 0 and 1000 %.</source>
        <translation>Zeile %1: Der Steuersatz muss zwischen 0 und 1000 % liegen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is posted and can no longer be changed. Void it or issue a credit note instead.</source>
        <translation>Rechnung %1 ist gebucht und kann nicht mehr geändert werden. Stornieren Sie sie oder erstellen Sie stattdessen eine Gutschrift.</translation>
    </message>
    <message>
        <source>Only the author of a draft may %1 it.</source>
        <translation>Nur der Verfasser eines Entwurfs darf ihn %1.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation>Rechnung %1 ist bereits gebucht.</translation>
    </message>
    <message>
        <source>%1 was saved on another workstation at %2, after you opened it, so your changes were not saved. They stay on screen: open it again to see the other changes, then make yours again.</source>
        <translation>%1 wurde um %2 an einer anderen Arbeitsstation gespeichert, nachdem Sie ihn geöffnet hatten; Ihre Änderungen wurden daher nicht gespeichert. Sie bleiben auf dem Bildschirm: Öffnen Sie ihn erneut, um die anderen Änderungen zu sehen, und nehmen Sie Ihre dann noch einmal vor.</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <source>The %1 of this draft no longer exists.</source>
        <translation>Der %1 dieses Entwurfs existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is inactive. Reactivate it before posting.</source>
        <translation>%1 ist inaktiv. Reaktivieren Sie es vor dem Buchen.</translation>
    </message>
    <message>
        <source>The warehouse name is empty; enter one.</source>
        <translation>Der Lagername ist leer; geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The warehouse name is longer than 100 characters.</source>
        <translation>Der Lagername ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The warehouse code %1 is already used; choose another.</source>
        <translation>Der Lagercode %1 wird bereits verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The warehouse code &quot;%1&quot; must be 1 to 16 of the characters A-Z, 0-9, - and _.</source>
        <translation>Der Lagercode „%1“ muss aus 1 bis 16 der Zeichen A-Z, 0-9, - und _ bestehen.</translation>
    </message>
    <message>
        <source>No warehouse %1 was found.</source>
        <translation>Kein Lager %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 is the default warehouse and cannot be deactivated.</source>
        <translation>%1 ist das Standardlager und kann nicht deaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %n product(s); move or adjust it out first.</source>
        <translation>
            <numerusform>%1 hat noch Bestand von %n Artikel; lagern Sie ihn zuerst um oder buchen Sie ihn aus.</numerusform>
            <numerusform>%1 hat noch Bestand von %n Artikeln; lagern Sie ihn zuerst um oder buchen Sie ihn aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be %2. Make another user an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator und kann nicht %2 werden. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>No random numbers are available for a password.</source>
        <translation>Für ein Passwort sind keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>demoted</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie einen anderen Administrator.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your key slot does not open this company.</source>
        <translation>Ihr Schlüsselplatz öffnet diese Firma nicht.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters: letters, digits and . _ - @, starting with a letter or digit.</source>
        <translation>Ein Benutzername hat 1 bis 64 Zeichen: Buchstaben, Ziffern und . _ - @, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is no role %1. Choose admin, manager or clerk.</source>
        <translation>Es gibt keine Rolle %1. Wählen Sie admin, manager oder clerk.</translation>
    </message>
    <message>
        <source>The user name %1 is taken. Choose another one.</source>
        <translation>Der Benutzername %1 ist vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another user.</source>
        <translation>Die E-Mail-Adresse %1 gehört zu einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>Geben Sie an, warum die Rechnung storniert wird.</translation>
    </message>
    <message>
        <source>Credit note %1 cannot be voided: it is final once issued.</source>
        <translation>Gutschrift %1 kann nicht storniert werden: Sie ist nach der Ausstellung endgültig.</translation>
    </message>
    <message>
        <source>A draft is not voided: delete it instead.</source>
        <translation>Ein Entwurf wird nicht storniert: Löschen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation>Rechnung %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 payment(s) recorded. Reverse them first, then void the invoice.</source>
        <translation>Zu Rechnung %1 sind %2 Zahlung(en) erfasst. Stornieren Sie diese zuerst, dann die Rechnung.</translation>
    </message>
    <message>
        <source>Invoice %1 has credit notes and cannot be voided. Credit its remaining lines instead.</source>
        <translation>Rechnung %1 hat Gutschriften und kann nicht storniert werden. Schreiben Sie stattdessen die übrigen Zeilen gut.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: the stock it brought in is no longer all there. %2</source>
        <translation>Rechnung %1 kann nicht storniert werden: Der damit eingebuchte Bestand ist nicht mehr vollständig vorhanden. %2</translation>
    </message>
    <message>
        <source>Credit notes are issued for sales only.</source>
        <translation>Gutschriften gibt es nur für Verkäufe.</translation>
    </message>
    <message>
        <source>Only a posted sale can be credited; this one is %1.</source>
        <translation>Nur ein gebuchter Verkauf kann gutgeschrieben werden; dieser ist %1.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Wählen Sie mindestens eine Zeile für die Gutschrift.</translation>
    </message>
    <message>
        <source>Sale %1 has no line %2.</source>
        <translation>Verkauf %1 hat keine Zeile %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 (%3): enter a quantity above zero and at most %4, what is not yet credited.</source>
        <translation>Zeile %1 von %2 (%3): Geben Sie eine Menge größer als null und höchstens %4 ein, den noch nicht gutgeschriebenen Rest.</translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of %2.</source>
        <translation>Es gibt keinen Bericht namens %1; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>There is no warehouse %1.</source>
        <translation>Es gibt kein Lager %1.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Es gibt keine Kategorie %1.</translation>
    </message>
    <message>
        <source>There is no supplier with the e-mail %1.</source>
        <translation>Es gibt keinen Lieferanten mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The movements report needs a product, a warehouse or both; name one.</source>
        <translation>Der Bewegungsbericht braucht einen Artikel, ein Lager oder beides; nennen Sie eines.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>No company is open. Open the company file first.</source>
        <translation>Keine Firma ist geöffnet. Öffnen Sie zuerst die Firmendatei.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key slot does not open the company that is open. Ask an administrator to reset the password.</source>
        <translation>Dieser Schlüsselplatz öffnet die geöffnete Firma nicht. Bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The key slot of %1 is not the one this company recorded: the key file was changed or an old copy was put back. Ask an administrator to reset your password.</source>
        <translation>Der Schlüsselplatz von %1 ist nicht der, den diese Firma gespeichert hat: Die Schlüsseldatei wurde geändert oder eine alte Kopie zurückgespielt. Bitten Sie einen Administrator, Ihr Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation>Das Konto %1 ist deaktiviert. Bitten Sie einen Administrator, es zu reaktivieren.</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins until %2. Wait, or open the company with the recovery key.</source>
        <translation>Das Konto %1 ist nach wiederholten fehlgeschlagenen Anmeldungen bis %2 gesperrt. Warten Sie oder öffnen Sie die Firma mit dem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins. Ask an administrator to unlock it.</source>
        <translation>Das Konto %1 ist nach wiederholten fehlgeschlagenen Anmeldungen gesperrt. Bitten Sie einen Administrator, es zu entsperren.</translation>
    </message>
    <message>
        <source>%1 is not a known currency code. Enter the three-letter ISO 4217 code of your currency, such as EUR, GBP or USD.</source>
        <translation>%1 ist kein bekannter Währungscode. Geben Sie den dreibuchstabigen ISO-4217-Code Ihrer Währung ein, etwa EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>Enter a tax rate from 0 to 1000 %.</source>
        <translation>Geben Sie einen Steuersatz von 0 bis 1000 % ein.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <source>A key file %1 already exists. Choose another name for the company file.</source>
        <translation>Eine Schlüsseldatei %1 existiert bereits. Wählen Sie einen anderen Namen für die Firmendatei.</translation>
    </message>
    <message>
        <source>No random numbers are available to make a key.</source>
        <translation>Zum Erzeugen eines Schlüssels sind keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Die Firmendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so nobody can sign in with a password. Open the company with its recovery key to set a new administrator password.</source>
        <translation>Die Schlüsseldatei %1 fehlt, daher kann sich niemand mit einem Passwort anmelden. Öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel, um ein neues Administratorpasswort festzulegen.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another company, or the key was changed since it was printed.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet %1 nicht: Er gehört zu einer anderen Firma, oder der Schlüssel wurde nach dem Ausdrucken geändert.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator; the recovery key sets a new password for an active administrator only.</source>
        <translation>%1 ist kein aktiver Administrator; der Wiederherstellungsschlüssel setzt nur für einen aktiven Administrator ein neues Passwort.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation>Es gibt keine Zahlung mit der ID %1.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>A credit note takes no payments.</source>
        <translation>Eine Gutschrift nimmt keine Zahlungen an.</translation>
    </message>
    <message>
        <source>Invoice %1 is paid in full.</source>
        <translation>Rechnung %1 ist vollständig bezahlt.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and takes no payments; post it first.</source>
        <translation>Rechnung %1 ist %2 und nimmt keine Zahlungen an; buchen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due on invoice %3.</source>
        <translation>%1 ist mehr als die noch offenen %2 der Rechnung %3.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation>Geben Sie an, warum die Zahlung storniert wird.</translation>
    </message>
    <message>
        <source>This payment was already reversed.</source>
        <translation>Diese Zahlung wurde bereits storniert.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert, Sie hineinschreiben dürfen und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>The company file could not be brought up to date on disk, because it is still in use. Close other windows of this company and try again.</source>
        <translation>Die Firmendatei konnte auf dem Datenträger nicht aktualisiert werden, weil sie noch verwendet wird. Schließen Sie andere Fenster dieser Firma und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 Use another backup; the current company file was not changed.</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2 Verwenden Sie eine andere Sicherung; die aktuelle Firmendatei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The company is not open. Sign in again.</source>
        <translation>Die Firma ist nicht geöffnet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your key slot does not hold the key of the open company file. Sign out, sign in again and retry.</source>
        <translation>Ihr Schlüsselplatz enthält nicht den Schlüssel der geöffneten Firmendatei. Melden Sie sich ab, wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No random numbers are available for a new key. Try again.</source>
        <translation>Für einen neuen Schlüssel sind keine Zufallszahlen verfügbar. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The company key could not be changed; the company file still uses its old key and the old recovery key. Check the disk and try again.</source>
        <translation>Der Firmenschlüssel konnte nicht geändert werden; die Firmendatei verwendet weiterhin ihren alten Schlüssel und den alten Wiederherstellungsschlüssel. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The company key could not be changed and the company file does not open with either key. Keep the file and its key files as they are and restore the latest backup into another folder.</source>
        <translation>Der Firmenschlüssel konnte nicht geändert werden, und die Firmendatei lässt sich mit keinem der beiden Schlüssel öffnen. Lassen Sie die Datei und ihre Schlüsseldateien unverändert und stellen Sie die neueste Sicherung in einem anderen Ordner wieder her.</translation>
    </message>
    <message>
        <source>The company key was changed, but the key file could not be replaced. Rename %1 to %2 before signing out, or nobody can sign in; then rotate the key again to get a recovery key.</source>
        <translation>Der Firmenschlüssel wurde geändert, aber die Schlüsseldatei konnte nicht ersetzt werden. Benennen Sie %1 vor dem Abmelden in %2 um, sonst kann sich niemand anmelden; wechseln Sie dann den Schlüssel erneut, um einen Wiederherstellungsschlüssel zu erhalten.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup; an existing file is never overwritten.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen für die Sicherung; eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner von %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The backup %1 could not be created. Check that you may write to the folder.</source>
        <translation>Die Sicherung %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the disk is not full, then try again.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup copy does not carry the schema version. Try again.</source>
        <translation>Die Sicherungskopie enthält keine Schemaversion. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check after writing (%2) and was removed. Check the disk and try again.</source>
        <translation>Die Sicherung %1 hat die Prüfung nach dem Schreiben nicht bestanden (%2) und wurde entfernt. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself. Choose another target.</source>
        <translation>Eine Sicherung kann nicht über sich selbst wiederhergestellt werden. Wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Create it first.</source>
        <translation>Der Ordner von %1 existiert nicht. Legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>%1 is open in Stockbook. Close it everywhere, then restore.</source>
        <translation>%1 ist in Stockbook geöffnet. Schließen Sie die Datei überall und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>The password or recovery key does not open the backup %1. Use the password you had when the backup was made, or the recovery key of that time; the current company file was not changed.</source>
        <translation>Das Passwort oder der Wiederherstellungsschlüssel öffnet die Sicherung %1 nicht. Verwenden Sie das Passwort oder den Wiederherstellungsschlüssel zum Zeitpunkt der Sicherung; die aktuelle Firmendatei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its audit log does not match its manifest (%1).</source>
        <translation>Ihr Prüfprotokoll passt nicht zu ihrem Manifest (%1).</translation>
    </message>
    <message>
        <source>The key of %1 in the backup&apos;s key file does not match the backup. Use the recovery key instead.</source>
        <translation>Der Schlüssel von %1 in der Schlüsseldatei der Sicherung passt nicht zur Sicherung. Verwenden Sie stattdessen den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>%1 may not restore backups. Sign in with an administrator&apos;s password from the time of the backup, or use the recovery key.</source>
        <translation>%1 darf keine Sicherungen wiederherstellen. Melden Sie sich mit dem Passwort eines Administrators zum Zeitpunkt der Sicherung an oder verwenden Sie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2; nothing was restored.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The verified copy %1 could not be renamed to %2. Rename it by hand; the previous company file was kept as %2.before-restore.</source>
        <translation>Die geprüfte Kopie %1 konnte nicht in %2 umbenannt werden. Benennen Sie sie von Hand um; die bisherige Firmendatei wurde als %2.before-restore aufbewahrt.</translation>
    </message>
    <message>
        <source>The company is closed. Sign in again to see this list.</source>
        <translation>Die Firma ist geschlossen. Melden Sie sich erneut an, um diese Liste zu sehen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer / supplier</source>
        <translation>Kunde / Lieferant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Umlagerung (Abgang)</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Umlagerung (Zugang)</translation>
    </message>
    <message>
        <source>Adjustment in</source>
        <translation>Korrektur (Zugang)</translation>
    </message>
    <message>
        <source>Adjustment out</source>
        <translation>Korrektur (Abgang)</translation>
    </message>
    <message>
        <source>Void (in)</source>
        <translation>Storno (Zugang)</translation>
    </message>
    <message>
        <source>Void (out)</source>
        <translation>Storno (Abgang)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The value of %1 is already used by another record; enter a different one.</source>
        <translation>Der Wert von %1 wird bereits von einem anderen Datensatz verwendet; geben Sie einen anderen ein.</translation>
    </message>
    <message>
        <source>A value breaks the rule %1; correct it and try again.</source>
        <translation>Ein Wert verletzt die Regel %1; korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is required; fill it in and try again.</source>
        <translation>%1 ist erforderlich; füllen Sie es aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes a record that others still refer to.</source>
        <translation>Die Änderung verweist auf einen Datensatz, der nicht existiert, oder entfernt einen Datensatz, auf den andere noch verweisen.</translation>
    </message>
    <message>
        <source>The change is not allowed: %1.</source>
        <translation>Die Änderung ist nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>The company file is damaged: a page failed its integrity check. Restore the latest backup.</source>
        <translation>Die Firmendatei ist beschädigt: Eine Seite hat die Integritätsprüfung nicht bestanden. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The company file is busy with another change; try again in a moment.</source>
        <translation>Die Firmendatei ist mit einer anderen Änderung beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The company file %1 does not exist. Check the path, or create a new company.</source>
        <translation>Die Firmendatei %1 existiert nicht. Prüfen Sie den Pfad oder legen Sie eine neue Firma an.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name; an existing file is never overwritten.</source>
        <translation>Unter %1 existiert bereits eine Datei. Wählen Sie einen anderen Namen; eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Stockbook company file. Stockbook only opens encrypted company files.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, keine Stockbook-Firmendatei. Stockbook öffnet nur verschlüsselte Firmendateien.</translation>
    </message>
    <message>
        <source>%1 is not a Stockbook company file (it is empty or holds another kind of data). Choose the company&apos;s .stockbook file.</source>
        <translation>%1 ist keine Stockbook-Firmendatei (sie ist leer oder enthält andere Daten). Wählen Sie die .stockbook-Datei der Firma.</translation>
    </message>
    <message>
        <source>%1 is shorter than the company file it was: it has been cut off, perhaps by an incomplete copy. Restore the latest backup.</source>
        <translation>%1 ist kürzer als die Firmendatei, die sie war: Sie wurde abgeschnitten, vielleicht durch eine unvollständige Kopie. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it fails its integrity check. Restore the latest backup.</source>
        <translation>%1 ist beschädigt: Ein Teil besteht die Integritätsprüfung nicht. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key does not open %1: the password or recovery key is wrong, or the file belongs to another company.</source>
        <translation>Der Schlüssel öffnet %1 nicht: Das Passwort oder der Wiederherstellungsschlüssel ist falsch, oder die Datei gehört zu einer anderen Firma.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written. Check that the folder exists and that you may write to it.</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden. Prüfen Sie, ob der Ordner existiert und Sie hineinschreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A company key must be 256 bits long.</source>
        <translation>Ein Firmenschlüssel muss 256 Bit lang sein.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Stockbook (process %2 on %3). Close it there first, or open the file read-only.</source>
        <translation>%1 ist in einem anderen Stockbook zum Schreiben geöffnet (Prozess %2 auf %3). Schließen Sie die Datei dort zuerst oder öffnen Sie sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>The company file cannot be opened: %1</source>
        <translation>Die Firmendatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Stockbook (schema %2; this program knows up to %3). Update Stockbook to open it.</source>
        <translation>%1 wurde von einem neueren Stockbook geschrieben (Schema %2; dieses Programm kennt bis %3). Aktualisieren Sie Stockbook, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>Die Firmendatei ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The company file is damaged (%n problem(s) found). Restore the latest backup.</source>
        <translation>
            <numerusform>Die Firmendatei ist beschädigt (%n Problem gefunden). Stellen Sie die neueste Sicherung wieder her.</numerusform>
            <numerusform>Die Firmendatei ist beschädigt (%n Probleme gefunden). Stellen Sie die neueste Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist. Restore the latest backup.</source>
        <translation>
            <numerusform>%n Datensatz verweist auf nicht existierende Datensätze. Stellen Sie die neueste Sicherung wieder her.</numerusform>
            <numerusform>%n Datensätze verweisen auf nicht existierende Datensätze. Stellen Sie die neueste Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Two migrations share the number %1.</source>
        <translation>Zwei Migrationen haben die Nummer %1.</translation>
    </message>
    <message>
        <source>No schema migrations are available.</source>
        <translation>Keine Schema-Migrationen verfügbar.</translation>
    </message>
    <message>
        <source>The company file has schema %1, newer than this program&apos;s %2. Update Stockbook to open it.</source>
        <translation>Die Firmendatei hat Schema %1, neuer als %2 dieses Programms. Aktualisieren Sie Stockbook, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed; it was left at schema %3. %4</source>
        <translation>Die Aktualisierung der Firmendatei auf Schema %1 (%2) ist fehlgeschlagen; sie bleibt bei Schema %3. %4</translation>
    </message>
    <message>
        <source>The company database is not open.</source>
        <translation>Die Firmendatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading the schema version of the company database failed: %1</source>
        <translation>Die Schemaversion der Firmendatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The company database has schema %1, newer than this program&apos;s %2. Update Stockbook to use it.</source>
        <translation>Die Firmendatenbank hat Schema %1, neuer als %2 dieses Programms. Aktualisieren Sie Stockbook, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Updating the company database to schema %1 (%2) failed; it was left at schema %3. %4</source>
        <translation>Die Aktualisierung der Firmendatenbank auf Schema %1 (%2) ist fehlgeschlagen; sie bleibt bei Schema %3. %4</translation>
    </message>
    <message>
        <source>The key derivation settings are outside the range this version of Stockbook supports. Update Stockbook.</source>
        <translation>Die Einstellungen der Schlüsselableitung liegen außerhalb des Bereichs, den diese Stockbook-Version unterstützt. Aktualisieren Sie Stockbook.</translation>
    </message>
    <message>
        <source>The password could not be checked: the computer ran out of memory (this needs %1 MiB). Close other programs and try again.</source>
        <translation>Das Passwort konnte nicht geprüft werden: Der Computer hat nicht genug Speicher (benötigt werden %1 MiB). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The role %1 may not do this (%2). Ask an administrator if you need it.</source>
        <translation>Die Rolle %1 darf das nicht (%2). Fragen Sie einen Administrator, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in state file %1: %2</source>
        <translation>Die Anmeldestatusdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The key file is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder keine Stockbook-Schlüsseldatei, daher kann kein Passwort geprüft werden. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt oder keine Stockbook-Schlüsseldatei, daher kann kein Passwort geprüft werden. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Stockbook (key file format %2). Update Stockbook to open this company.</source>
        <translation>Die Schlüsseldatei %1 wurde von einer neueren Stockbook-Version geschrieben (Schlüsseldateiformat %2). Aktualisieren Sie Stockbook, um diese Firma zu öffnen.</translation>
    </message>
    <message>
        <source>The password is too short: %1 characters, at least %2 are needed.</source>
        <translation>Das Passwort ist zu kurz: %1 Zeichen, mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>The password is too long: %1 characters, at most %2 are allowed.</source>
        <translation>Das Passwort ist zu lang: %1 Zeichen, höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The password contains the user name. Choose one that does not.</source>
        <translation>Das Passwort enthält den Benutzernamen. Wählen Sie eines ohne ihn.</translation>
    </message>
    <message>
        <source>The password is too common or too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Das Passwort ist zu verbreitet oder zu leicht zu erraten. Verwenden Sie mehrere unzusammenhängende Wörter oder einen längeren Satz.</translation>
    </message>
    <message>
        <source>The password is built on your name or the company&apos;s name. Choose words that have nothing to do with them.</source>
        <translation>Das Passwort beruht auf Ihrem Namen oder dem Firmennamen. Wählen Sie Wörter, die nichts damit zu tun haben.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Make it longer or less predictable.</source>
        <translation>Das Passwort ist zu leicht zu erraten. Machen Sie es länger oder weniger vorhersehbar.</translation>
    </message>
    <message>
        <source>The key could not be protected because the system&apos;s cryptography failed. Try again; if it keeps failing, restart the computer.</source>
        <translation>Der Schlüssel konnte nicht geschützt werden, weil die Kryptografie des Systems versagt hat. Versuchen Sie es erneut; wenn es weiter fehlschlägt, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full; the previous key file, if any, is unchanged.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert, Sie hineinschreiben dürfen und der Datenträger nicht voll ist; die bisherige Schlüsseldatei ist, falls vorhanden, unverändert.</translation>
    </message>
    <message>
        <source>The key file %1 is missing; it belongs beside the company file. Restore it from a backup, or open the company with its recovery key.</source>
        <translation>Die Schlüsseldatei %1 fehlt; sie gehört neben die Firmendatei. Stellen Sie sie aus einer Sicherung wieder her oder öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check that you may read it.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A user name of 1 to %1 bytes is needed to store a key for the user.</source>
        <translation>Um einen Schlüssel für den Benutzer zu speichern, wird ein Benutzername von 1 bis %1 Bytes benötigt.</translation>
    </message>
    <message>
        <source>An empty password cannot protect the company key. Enter a password.</source>
        <translation>Ein leeres Passwort kann den Firmenschlüssel nicht schützen. Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The key derivation settings are outside the supported range.</source>
        <translation>Die Einstellungen der Schlüsselableitung liegen außerhalb des unterstützten Bereichs.</translation>
    </message>
    <message>
        <source>Another user already has a key under the name %1. Choose another name.</source>
        <translation>Ein anderer Benutzer hat bereits einen Schlüssel unter dem Namen %1. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The key file holds as many users as it can.</source>
        <translation>Die Schlüsseldatei enthält bereits so viele Benutzer wie möglich.</translation>
    </message>
    <message>
        <source>The company key does not belong to this key file, so no key can be added to it. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation>Der Firmenschlüssel gehört nicht zu dieser Schlüsseldatei, daher kann ihr kein Schlüssel hinzugefügt werden. Prüfen Sie, ob die Schlüsseldatei neben der Firmendatei die der Firma ist.</translation>
    </message>
    <message>
        <source>The password is right, but the company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Das Passwort ist richtig, aber der in der Schlüsseldatei gespeicherte Firmenschlüssel ist beschädigt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This key file is in an older format that cannot follow a change of the company key. Open the company with its recovery key to start a new key file first.</source>
        <translation>Diese Schlüsseldatei hat ein älteres Format, das einem Wechsel des Firmenschlüssels nicht folgen kann. Öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel, um zuerst eine neue Schlüsseldatei anzulegen.</translation>
    </message>
    <message>
        <source>The key file holds no user&apos;s key yet.</source>
        <translation>Die Schlüsseldatei enthält noch keinen Benutzerschlüssel.</translation>
    </message>
    <message>
        <source>The company key does not belong to this key file. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation>Der Firmenschlüssel gehört nicht zu dieser Schlüsseldatei. Prüfen Sie, ob die Schlüsseldatei neben der Firmendatei die der Firma ist.</translation>
    </message>
    <message>
        <source>The company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Der in der Schlüsseldatei gespeicherte Firmenschlüssel ist beschädigt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder öffnen Sie die Firma mit ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This user&apos;s key does not match the one the company file records: it was copied from another user or put back from an older copy of the key file. Ask an admin to reset this user&apos;s password.</source>
        <translation>Der Schlüssel dieses Benutzers passt nicht zu dem, den die Firmendatei gespeichert hat: Er wurde von einem anderen Benutzer kopiert oder aus einer älteren Kopie der Schlüsseldatei zurückgespielt. Bitten Sie einen Administrator, das Passwort dieses Benutzers zurückzusetzen.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both, and that Caps Lock is off, then try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie beides und ob die Feststelltaste aus ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Character %1 of group %2 of the recovery key cannot be part of a recovery key (it uses the letters A to Z and the digits 2 to 7). Check that group against the printed key.</source>
        <translation>Zeichen %1 von Gruppe %2 des Wiederherstellungsschlüssels kann nicht Teil eines Wiederherstellungsschlüssels sein (er besteht aus den Buchstaben A bis Z und den Ziffern 2 bis 7). Vergleichen Sie diese Gruppe mit dem ausgedruckten Schlüssel.</translation>
    </message>
    <message>
        <source>Enter the recovery key: %1 groups of %2 characters.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein: %1 Gruppen zu %2 Zeichen.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key has %2 characters; every group has %3. Check that group against the printed key.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels hat %2 Zeichen; jede Gruppe hat %3. Vergleichen Sie diese Gruppe mit dem ausgedruckten Schlüssel.</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters, but it should have %2: %3 groups of %4. Look for a missing or an extra character.</source>
        <translation>Der Wiederherstellungsschlüssel hat %1 Zeichen, sollte aber %2 haben: %3 Gruppen zu %4. Suchen Sie nach einem fehlenden oder überzähligen Zeichen.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the printed key.</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels ist falsch eingegeben. Vergleichen Sie sie mit dem ausgedruckten Schlüssel.</translation>
    </message>
    <message>
        <source>Groups %1 of the recovery key are mistyped. Check them against the printed key.</source>
        <translation>Die Gruppen %1 des Wiederherstellungsschlüssels sind falsch eingegeben. Vergleichen Sie sie mit dem ausgedruckten Schlüssel.</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Lagerbewertung</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Lagerbewegungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Fälligkeitsanalyse Forderungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Zu bestellen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Supplier e-mail</source>
        <translation>E-Mail des Lieferanten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Abgang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The company file does not open with its key any more. Keep the file and its key files as they are and restore the latest backup into another folder.</source>
        <translation>Die Firmendatei lässt sich mit ihrem Schlüssel nicht mehr öffnen. Lassen Sie die Datei und ihre Schlüsseldateien unverändert und stellen Sie die letzte Sicherung in einen anderen Ordner wieder her.</translation>
    </message>
    <message>
        <source>A report is exported as csv, json or table, not %1.</source>
        <translation>Ein Bericht wird als csv, json oder table exportiert, nicht als %1.</translation>
    </message>
    <message>
        <source>%1 is not open for writing in this program. Sign in to the company again.</source>
        <translation>%1 ist in diesem Programm nicht zum Schreiben geöffnet. Melden Sie sich erneut bei der Firma an.</translation>
    </message>
    <message>
        <source>Receivables by days past due</source>
        <translation>Forderungen nach Tagen überfällig</translation>
    </message>
    <message>
        <source>Sales, last 12 months (gross)</source>
        <translation>Verkäufe, letzte 12 Monate (brutto)</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Gross sales per period</source>
        <translation>Bruttoumsatz je Zeitraum</translation>
    </message>
    <message>
        <source>Gross purchases per period</source>
        <translation>Bruttoeinkäufe je Zeitraum</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Lagerwert nach Kategorie</translation>
    </message>
    <message>
        <source>A credit note takes no refunds: refund on the invoice it credits.</source>
        <translation>Eine Gutschrift nimmt keine Erstattung an: Erstatten Sie auf der Rechnung, die sie gutschreibt.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and has nothing to refund.</source>
        <translation>Rechnung %1 ist %2 und hat nichts zu erstatten.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing paid over what it owes, so there is nothing to refund.</source>
        <translation>Auf Rechnung %1 ist nicht mehr bezahlt, als sie schuldet; es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>This refund was already reversed.</source>
        <translation>Diese Erstattung wurde bereits storniert.</translation>
    </message>
    <message>
        <source>Reversing this payment of %1 would leave less paid on invoice %2 than was refunded on it. Reverse the refund first.</source>
        <translation>Die Stornierung dieser Zahlung von %1 ließe auf Rechnung %2 weniger bezahlt, als darauf erstattet wurde. Stornieren Sie zuerst die Erstattung.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 paid over what invoice %3 owes. Refund at most %2.</source>
        <translation>%1 ist mehr als die %2, die über den offenen Betrag von Rechnung %3 hinaus bezahlt sind. Erstatten Sie höchstens %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Das System</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 posted purchase %2 from %3 for %4</source>
        <translation>%1 hat Einkauf %2 von %3 über %4 gebucht</translation>
    </message>
    <message>
        <source>%1 posted credit note %2 to %3 for %4</source>
        <translation>%1 hat Gutschrift %2 an %3 über %4 gebucht</translation>
    </message>
    <message>
        <source>%1 posted sale %2 to %3 for %4</source>
        <translation>%1 hat Verkauf %2 an %3 über %4 gebucht</translation>
    </message>
    <message>
        <source>%1 started a draft purchase from %2 for %3</source>
        <translation>%1 hat einen Einkaufsentwurf von %2 über %3 begonnen</translation>
    </message>
    <message>
        <source>%1 started a draft sale to %2 for %3</source>
        <translation>%1 hat einen Verkaufsentwurf an %2 über %3 begonnen</translation>
    </message>
    <message>
        <source>%1 changed the draft for %2, now %3</source>
        <translation>%1 hat den Entwurf für %2 geändert, jetzt %3</translation>
    </message>
    <message>
        <source>%1 deleted the draft for %2 of %3</source>
        <translation>%1 hat den Entwurf für %2 über %3 gelöscht</translation>
    </message>
    <message>
        <source>%1 voided %2 of %3: %4</source>
        <translation>%1 hat %2 von %3 storniert: %4</translation>
    </message>
    <message>
        <source>%1 credited %2 of %3 with %4 for %5</source>
        <translation>%1 hat %2 von %3 mit %4 über %5 gutgeschrieben</translation>
    </message>
    <message>
        <source>%1 recorded a payment of %2 for %3</source>
        <translation>%1 hat eine Zahlung von %2 für %3 erfasst</translation>
    </message>
    <message>
        <source>%1 reversed a payment of %2 for %3: %4</source>
        <translation>%1 hat eine Zahlung von %2 für %3 storniert: %4</translation>
    </message>
    <message>
        <source>%1 moved %2 from %3 to %4</source>
        <translation>%1 hat %2 von %3 nach %4 umgelagert</translation>
    </message>
    <message>
        <source>%1 counted %2 in %3: %4</source>
        <translation>%1 hat %2 in %3 gezählt: %4</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 hat sich angemeldet</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed</source>
        <translation>Eine Anmeldung als %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was refused %2</source>
        <translation>%1 wurde %2 verweigert</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created product %2 %3 at %4</source>
        <translation>%1 hat Produkt %2 %3 zu %4 angelegt</translation>
    </message>
    <message>
        <source>%1 changed product %2: %3</source>
        <translation>%1 hat Produkt %2 geändert: %3</translation>
    </message>
    <message>
        <source>%1 created the user %2 as %3</source>
        <translation>%1 hat den Benutzer %2 als %3 angelegt</translation>
    </message>
    <message>
        <source>%1 refunded %2 on %3</source>
        <translation>%1 hat %2 auf %3 erstattet</translation>
    </message>
    <message>
        <source>%1&apos;s unsaved invoice was kept as a draft when the window locked</source>
        <translation>Die ungespeicherte Rechnung von %1 wurde beim Sperren als Entwurf behalten</translation>
    </message>
    <message>
        <source>%1 made %2 %3 (was %4)</source>
        <translation>%1 hat %2 zum %3 gemacht (vorher %4)</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 hat das Passwort von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 deactivated the user %2</source>
        <translation>%1 hat den Benutzer %2 deaktiviert</translation>
    </message>
    <message>
        <source>%1 reactivated the user %2</source>
        <translation>%1 hat den Benutzer %2 reaktiviert</translation>
    </message>
    <message>
        <source>%1 created the company %2</source>
        <translation>%1 hat die Firma %2 angelegt</translation>
    </message>
    <message>
        <source>%1 made the backup %2</source>
        <translation>%1 hat die Sicherung %2 erstellt</translation>
    </message>
    <message>
        <source>%1 changed the company key</source>
        <translation>%1 hat den Firmenschlüssel geändert</translation>
    </message>
    <message>
        <source>%1 set the currency to %2 and the default tax rate to %3 %</source>
        <translation>%1 hat die Währung auf %2 und den Standardsteuersatz auf %3 % gesetzt</translation>
    </message>
    <message>
        <source>%1 changed a password</source>
        <translation>%1 hat ein Passwort geändert</translation>
    </message>
    <message>
        <source>A key file of this format is resealed, not re-encrypted.</source>
        <translation>Eine Schlüsseldatei dieses Formats wird neu versiegelt, nicht neu verschlüsselt.</translation>
    </message>
    <message>
        <source>The key of %1 in the key file is protected more weakly than Stockbook ever writes it (scrypt N below 2^15), so it was changed outside Stockbook. Ask an administrator to reset the password.</source>
        <translation>Der Schlüssel von %1 in der Schlüsseldatei ist schwächer geschützt, als Stockbook ihn je schreibt (scrypt N unter 2^15), er wurde also außerhalb von Stockbook verändert. Bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The password is right, but the keys stored for this user in the key file are damaged. Restore the key file from a backup, or ask an administrator to reset the password.</source>
        <translation>Das Passwort ist richtig, aber die in der Schlüsseldatei für diesen Benutzer gespeicherten Schlüssel sind beschädigt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can give a user a key. Sign in as an administrator and try again.</source>
        <translation>Nur ein mit seinem eigenen Schlüssel angemeldeter Administrator kann einem Benutzer einen Schlüssel geben. Melden Sie sich als Administrator an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your password is right, but your key was withdrawn when the company key was changed. Ask an administrator to reset your password.</source>
        <translation>Ihr Passwort ist richtig, aber Ihr Schlüssel wurde beim Wechsel des Firmenschlüssels entzogen. Bitten Sie einen Administrator, Ihr Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The user has no key in this key file.</source>
        <translation>Der Benutzer hat keinen Schlüssel in dieser Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can withdraw a user&apos;s key.</source>
        <translation>Nur ein mit seinem eigenen Schlüssel angemeldeter Administrator kann einem Benutzer den Schlüssel entziehen.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can give a user the company key.</source>
        <translation>Nur ein mit seinem eigenen Schlüssel angemeldeter Administrator kann einem Benutzer den Firmenschlüssel geben.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can change who holds the administrators&apos; key.</source>
        <translation>Nur ein mit seinem eigenen Schlüssel angemeldeter Administrator kann ändern, wer den Schlüssel der Administratoren besitzt.</translation>
    </message>
    <message>
        <source>This key file is in an older format.</source>
        <translation>Diese Schlüsseldatei hat ein älteres Format.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can change the company key.</source>
        <translation>Nur ein mit seinem eigenen Schlüssel angemeldeter Administrator kann den Firmenschlüssel ändern.</translation>
    </message>
    <message>
        <source>The recovery key recorded in the key file was changed outside Stockbook, so no new company key is sealed to it. Restore the key file from a backup.</source>
        <translation>Der in der Schlüsseldatei gespeicherte Wiederherstellungsschlüssel wurde außerhalb von Stockbook verändert, daher wird kein neuer Firmenschlüssel für ihn versiegelt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this company: it is another company&apos;s, or a newer one was made since it was printed.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu dieser Firma: Er gehört zu einer anderen Firma, oder seit seinem Ausdruck wurde ein neuerer erstellt.</translation>
    </message>
    <message>
        <source>The recovery key is right, but what the key file keeps for it is damaged. Restore the key file from a backup and try again.</source>
        <translation>Der Wiederherstellungsschlüssel ist richtig, aber was die Schlüsseldatei für ihn aufbewahrt, ist beschädigt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This key file cannot be upgraded this way.</source>
        <translation>Diese Schlüsseldatei kann nicht auf diese Weise auf das neue Format umgestellt werden.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so nobody can sign in. Put it back from a backup (every backup holds it); the recovery key, too, works only with the key file.</source>
        <translation>Die Schlüsseldatei %1 fehlt, daher kann sich niemand anmelden. Spielen Sie sie aus einer Sicherung zurück (jede Sicherung enthält sie); auch der Wiederherstellungsschlüssel funktioniert nur mit der Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, and the recovery key works only together with it. Put the key file back from a backup (every backup holds it) and try again.</source>
        <translation>Die Schlüsseldatei %1 fehlt, und der Wiederherstellungsschlüssel funktioniert nur zusammen mit ihr. Spielen Sie die Schlüsseldatei aus einer Sicherung zurück (jede Sicherung enthält sie) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key file does not match the company file, so it cannot be upgraded.</source>
        <translation>Die Schlüsseldatei passt nicht zur Firmendatei und kann daher nicht auf das neue Format umgestellt werden.</translation>
    </message>
    <message>
        <source>No random numbers are available for a new key.</source>
        <translation>Für einen neuen Schlüssel sind keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>%1 is deactivated, but the company key could not be changed: %2 Change the company key in Settings before the user could use a copy of it.</source>
        <translation>%1 ist deaktiviert, aber der Firmenschlüssel konnte nicht geändert werden: %2 Ändern Sie den Firmenschlüssel in den Einstellungen, bevor der Benutzer eine Kopie davon verwenden kann.</translation>
    </message>
    <message>
        <source>The program asked the database for a column named %1, which the statement does not return (it returns %2). Please report this fault; the value was read as empty.</source>
        <translation>Das Programm hat die Datenbank nach einer Spalte namens %1 gefragt, die die Abfrage nicht liefert (sie liefert %2). Bitte melden Sie diesen Fehler; der Wert wurde als leer gelesen.</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>keine Spalten</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the server address is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ in der Serveradresse ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate %1 is missing. Stockbook needs it to check that it talks to the real server. The server&apos;s administrator gives it out (stockbook-cli server init prints it): save it as that file, or name its file with ?sslrootcert=FILE in the server address.</source>
        <translation>Das Stammzertifikat des Servers %1 fehlt. Stockbook braucht es, um zu prüfen, dass es mit dem echten Server spricht. Der Administrator des Servers gibt es aus (stockbook-cli server init gibt es aus): Speichern Sie es unter diesem Namen, oder nennen Sie seine Datei mit ?sslrootcert=DATEI in der Serveradresse.</translation>
    </message>
    <message>
        <source>No company given: name a company file or a server address (postgresql://HOST/DBNAME).</source>
        <translation>Keine Firma angegeben: Nennen Sie eine Firmendatei oder eine Serveradresse (postgresql://HOST/DBNAME).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a server address: a server address starts with postgresql://.</source>
        <translation>„%1“ ist weder eine Datei noch eine Serveradresse: Eine Serveradresse beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>The server address has a part after &apos;#&apos;, which means nothing here; remove it.</source>
        <translation>Die Serveradresse hat einen Teil nach &apos;#&apos;, der hier nichts bedeutet; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The server address contains a password (after the user name and &apos;:&apos;). Remove it: an address stays in the shell history and is visible to other programs. Type the password when Stockbook asks for it.</source>
        <translation>Die Serveradresse enthält ein Passwort (nach dem Benutzernamen und &apos;:&apos;). Entfernen Sie es: Eine Adresse bleibt im Verlauf der Shell und ist für andere Programme sichtbar. Geben Sie das Passwort ein, wenn Stockbook danach fragt.</translation>
    </message>
    <message>
        <source>The IPv6 address in the server address lacks its closing &apos;]&apos;.</source>
        <translation>Der IPv6-Adresse in der Serveradresse fehlt die schließende &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the IPv6 address; write [ADDRESS]:PORT.</source>
        <translation>Unerwartetes „%1“ nach der IPv6-Adresse; schreiben Sie [ADRESSE]:PORT.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; looks like an IPv6 address: write it in brackets, e.g. postgresql://[%1]/DBNAME.</source>
        <translation>Der Host „%1“ sieht wie eine IPv6-Adresse aus: Schreiben Sie ihn in eckigen Klammern, z. B. postgresql://[%1]/DBNAME.</translation>
    </message>
    <message>
        <source>The server address names no database: add /DBNAME after the host, e.g. postgresql://db.example.com/shop.</source>
        <translation>Die Serveradresse nennt keine Datenbank: Fügen Sie /DBNAME nach dem Host an, z. B. postgresql://db.example.com/shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a company&apos;s database name: use lower-case letters, digits and &apos;_&apos;, starting with a letter, at most 40 characters.</source>
        <translation>„%1“ ist kein Datenbankname einer Firma: Verwenden Sie Kleinbuchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben, höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>The server address contains a password (password=). Remove it: an address stays in the shell history and is visible to other programs. Type the password when Stockbook asks for it.</source>
        <translation>Die Serveradresse enthält ein Passwort (password=). Entfernen Sie es: Eine Adresse bleibt im Verlauf der Shell und ist für andere Programme sichtbar. Geben Sie das Passwort ein, wenn Stockbook danach fragt.</translation>
    </message>
    <message>
        <source>The server address has an unknown parameter &quot;%1&quot;. Known are sslmode, host, sslrootcert and connect_timeout.</source>
        <translation>Die Serveradresse hat einen unbekannten Parameter „%1“. Bekannt sind sslmode, host, sslrootcert und connect_timeout.</translation>
    </message>
    <message>
        <source>The parameter %1 appears twice in the server address; give it once.</source>
        <translation>Der Parameter %1 steht zweimal in der Serveradresse; geben Sie ihn einmal an.</translation>
    </message>
    <message>
        <source>The parameter %1 in the server address has no value: write %1=VALUE.</source>
        <translation>Der Parameter %1 in der Serveradresse hat keinen Wert: Schreiben Sie %1=WERT.</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; is not known. Use verify-full (the default), verify-ca, require, prefer, allow or disable.</source>
        <translation>Der sslmode „%1“ ist unbekannt. Verwenden Sie verify-full (die Vorgabe), verify-ca, require, prefer, allow oder disable.</translation>
    </message>
    <message>
        <source>The server address gives the host twice (%1 and host=%2); give it once.</source>
        <translation>Die Serveradresse nennt den Host zweimal (%1 und host=%2); geben Sie ihn einmal an.</translation>
    </message>
    <message>
        <source>The root certificate&apos;s path %1 contains &apos;;&apos;, which the PostgreSQL driver cannot pass on; move the file to a path without it.</source>
        <translation>Der Pfad des Stammzertifikats %1 enthält &apos;;&apos;, das der PostgreSQL-Treiber nicht weitergeben kann; verschieben Sie die Datei an einen Pfad ohne dieses Zeichen.</translation>
    </message>
    <message>
        <source>The connect_timeout &quot;%1&quot; is not a whole number of seconds from 0 to 3600.</source>
        <translation>Der connect_timeout „%1“ ist keine ganze Zahl von Sekunden von 0 bis 3600.</translation>
    </message>
    <message>
        <source>the local socket in %1 (port %2)</source>
        <translation>dem lokalen Socket in %1 (Port %2)</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The user %1 may not sign in to this server (the account is deactivated). Ask an administrator.</source>
        <translation>Der Benutzer %1 darf sich an diesem Server nicht anmelden (das Konto ist deaktiviert). Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept the user %2 for the database %3 from this computer (no matching pg_hba.conf entry). Ask the administrator to allow this workstation.</source>
        <translation>Der Server an %1 nimmt den Benutzer %2 für die Datenbank %3 von diesem Computer nicht an (kein passender Eintrag in pg_hba.conf). Bitten Sie den Administrator, diesen Arbeitsplatz zuzulassen.</translation>
    </message>
    <message>
        <source>The user %1 may not open the company database %2 on this server. Ask an administrator.</source>
        <translation>Der Benutzer %1 darf die Firmendatenbank %2 auf diesem Server nicht öffnen. Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>The server at %1 has no company database %2. Check the database name in the address.</source>
        <translation>Der Server an %1 hat keine Firmendatenbank %2. Prüfen Sie den Datenbanknamen in der Adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2, the host in the address. Write the host as the certificate names it, or ask the administrator for a certificate that names %2.</source>
        <translation>Das Zertifikat des Servers ist auf %1 ausgestellt, nicht auf %2, den Host in der Adresse. Schreiben Sie den Host so, wie das Zertifikat ihn nennt, oder bitten Sie den Administrator um ein Zertifikat, das %2 nennt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified with the root certificate %1, so the server at %2 may not be the company&apos;s server. Do not go on: ask the administrator for the right root certificate.</source>
        <translation>Das Zertifikat des Servers ließ sich mit dem Stammzertifikat %1 nicht prüfen, daher ist der Server an %2 vielleicht nicht der Server der Firma. Machen Sie nicht weiter: Bitten Sie den Administrator um das richtige Stammzertifikat.</translation>
    </message>
    <message>
        <source>The root certificate %1 cannot be read. Ask the administrator for the server&apos;s root certificate again.</source>
        <translation>Das Stammzertifikat %1 lässt sich nicht lesen. Bitten Sie den Administrator erneut um das Stammzertifikat des Servers.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), which the address requires. Ask the administrator to switch on TLS on the server.</source>
        <translation>Der Server an %1 bietet keine verschlüsselte Verbindung (TLS) an, die die Adresse verlangt. Bitten Sie den Administrator, TLS auf dem Server einzuschalten.</translation>
    </message>
    <message>
        <source>The server at %1 cannot take the connection now (%2). Try again in a moment.</source>
        <translation>Der Server an %1 kann die Verbindung gerade nicht annehmen (%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server name %1 is not known here. Check the host in the address.</source>
        <translation>Der Servername %1 ist hier nicht bekannt. Prüfen Sie den Host in der Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the network and that the server is running.</source>
        <translation>Der Server an %1 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <source>No server listens on %1. Check that the PostgreSQL server is running, and the socket folder and port in the address.</source>
        <translation>An %1 lauscht kein Server. Prüfen Sie, ob der PostgreSQL-Server läuft, sowie den Socket-Ordner und den Port in der Adresse.</translation>
    </message>
    <message>
        <source>No server answers at %1 (connection refused). Check the host and port in the address, and that the PostgreSQL server is running and accepts connections from this computer.</source>
        <translation>An %1 antwortet kein Server (Verbindung abgelehnt). Prüfen Sie Host und Port in der Adresse und ob der PostgreSQL-Server läuft und Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed: %2</source>
        <translation>Die Verbindung zum Server an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No user name for the server: give it in the address (postgresql://USER@HOST/DBNAME) or when asked.</source>
        <translation>Kein Benutzername für den Server: Geben Sie ihn in der Adresse an (postgresql://BENUTZER@HOST/DBNAME) oder wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database %1 is not a Stockbook company (it has no schema_migrations table). Check the database name in the address.</source>
        <translation>Die Datenbank %1 ist keine Stockbook-Firma (sie hat keine Tabelle schema_migrations). Prüfen Sie den Datenbanknamen in der Adresse.</translation>
    </message>
    <message>
        <source>Reading the company&apos;s schema version</source>
        <translation>Lesen der Schemaversion der Firma</translation>
    </message>
    <message>
        <source>The company %1 has schema %2, older than this Stockbook (schema %3). Upgrading a company on a server is not supported yet: open it with the Stockbook version that made it.</source>
        <translation>Die Firma %1 hat Schema %2, älter als dieses Stockbook (Schema %3). Eine Firma auf einem Server lässt sich noch nicht aktualisieren: Öffnen Sie sie mit der Stockbook-Version, die sie angelegt hat.</translation>
    </message>
    <message>
        <source>This works on a company file only, not on %1, a company on a server.</source>
        <translation>Das geht nur mit einer Firmendatei, nicht mit %1, einer Firma auf einem Server.</translation>
    </message>
    <message>
        <source>Another workstation changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Ein anderer Arbeitsplatz hat im selben Moment dieselben Daten geändert; nichts wurde gespeichert. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The server refused this for your role (%1). Ask an administrator if you need it.</source>
        <translation>Der Server hat das für Ihre Rolle abgelehnt (%1). Fragen Sie einen Administrator, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing was saved. Try again.</source>
        <translation>Die Verbindung zum Server ist abgebrochen; nichts wurde gespeichert. Versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>stockbook</name>
    <message>
        <source>Stockbook, the desktop ERP for small shops.</source>
        <translation>Stockbook, die Warenwirtschaft für kleine Geschäfte.</translation>
    </message>
    <message>
        <source>The company to use: a company file or a server address (postgresql://USER@HOST/DBNAME).</source>
        <translation>Die zu verwendende Firma: eine Firmendatei oder eine Serveradresse (postgresql://USER@HOST/DBNAME).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Save a picture of the main window as a PNG file, then exit.</source>
        <translation>Ein Bild des Hauptfensters als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Run &quot;stockbook --help&quot; for the options.</source>
        <translation>Mit „stockbook --help“ werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Create a company in a temporary folder, save a PNG of every screen into the folder, then exit.</source>
        <translation>Eine Firma in einem temporären Ordner anlegen, von jedem Bildschirm ein PNG in den Ordner speichern und beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>stockbook::cli</name>
    <message>
        <source>Onto a server, restore takes --from, --db URL and --user ADMIN only: the database it makes is new, and the backup opens with its administrator&apos;s password.</source>
        <translation>Auf einen Server nimmt restore nur --from, --db URL und --user ADMIN: Die Datenbank, die es anlegt, ist neu, und die Sicherung öffnet sich mit dem Passwort ihres Administrators.</translation>
    </message>
    <message>
        <source>The company to move: its file, or its server URL postgresql://ADMIN@HOST[:PORT]/DBNAME.</source>
        <translation>Die zu verschiebende Firma: ihre Datei oder ihre Server-URL postgresql://ADMIN@HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>Where it goes: a new file, or a new database on a server, reached as a PostgreSQL superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME.</source>
        <translation>Wohin sie kommt: eine neue Datei oder eine neue Datenbank auf einem Server, erreicht als PostgreSQL-Superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>An administrator of the company (from a server URL: its user).</source>
        <translation>Ein Administrator der Firma (bei einer Server-URL: deren Benutzer).</translation>
    </message>
    <message>
        <source>migrate takes no arguments besides its options.</source>
        <translation>migrate nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>migrate braucht --from und --to.</translation>
    </message>
    <message>
        <source>migrate moves a company from a file to a server or from a server to a file: one of --from and --to is a postgresql:// URL, the other a file.</source>
        <translation>migrate verschiebt eine Firma aus einer Datei auf einen Server oder von einem Server in eine Datei: Eines von --from und --to ist eine postgresql://-URL, das andere eine Datei.</translation>
    </message>
    <message>
        <source>Name the administrator who moves the company with --user.</source>
        <translation>Nennen Sie mit --user den Administrator, der die Firma verschiebt.</translation>
    </message>
    <message>
        <source>Write down the new file&apos;s recovery key: it is shown only now.</source>
        <translation>Notieren Sie den Wiederherstellungsschlüssel der neuen Datei: Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>move a company from its file to a PostgreSQL server, or back</source>
        <translation>eine Firma aus ihrer Datei auf einen PostgreSQL-Server verschieben, oder zurück</translation>
    </message>
    <message>
        <source>The database %1 exists on this server already. Choose another name, or open that company. The database name is the last part of the URL: postgresql://HOST/OTHERNAME.</source>
        <translation>Die Datenbank %1 gibt es auf diesem Server schon. Wählen Sie einen anderen Namen oder öffnen Sie diese Firma. Der Datenbankname ist der letzte Teil der URL: postgresql://HOST/ANDERERNAME.</translation>
    </message>
    <message>
        <source>The server has no account %1. Name a superuser in the URL, e.g. postgresql://postgres@HOST/DBNAME, or run the command as an operating system user that has an account on the server (sudo -u postgres stockbook-cli ...).</source>
        <translation>Der Server hat kein Konto %1. Nennen Sie einen Superuser in der URL, z. B. postgresql://postgres@HOST/DBNAME, oder führen Sie den Befehl als ein Benutzer des Betriebssystems aus, der ein Konto auf dem Server hat (sudo -u postgres stockbook-cli ...).</translation>
    </message>
    <message>
        <source>Over the local socket the server lets %1 in only for the operating system user of that name: run the command as that user (sudo -u %1 stockbook-cli ...).</source>
        <translation>Über den lokalen Socket lässt der Server %1 nur für den gleichnamigen Benutzer des Betriebssystems zu: Führen Sie den Befehl als dieser Benutzer aus (sudo -u %1 stockbook-cli ...).</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Check it, and that Caps Lock is off, then try again.</source>
        <translation>Der Server hat das Passwort von %1 abgelehnt. Prüfen Sie es und ob die Feststelltaste aus ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Der Server hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The server account %1 is not a superuser; creating a company needs one. Name a superuser in the URL, e.g. postgresql://postgres@HOST/DBNAME.</source>
        <translation>Das Serverkonto %1 ist kein Superuser; zum Anlegen einer Firma ist einer nötig. Nennen Sie einen Superuser in der URL, z. B. postgresql://postgres@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>The new company&apos;s database on the server, reached as a PostgreSQL superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</source>
        <translation>Die Datenbank der neuen Firma auf dem Server, erreicht als PostgreSQL-Superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</translation>
    </message>
    <message>
        <source>server init takes no arguments besides its options.</source>
        <translation>server init nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>server init needs --url, --company and --admin.</source>
        <translation>server init braucht --url, --company und --admin.</translation>
    </message>
    <message>
        <source>--url names a server, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, not a file like %1. A company file is made with stockbook-cli init.</source>
        <translation>--url nennt einen Server, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, keine Datei wie %1. Eine Firmendatei legt stockbook-cli init an.</translation>
    </message>
    <message>
        <source>Give the company&apos;s name with --company.</source>
        <translation>Geben Sie den Namen der Firma mit --company an.</translation>
    </message>
    <message>
        <source>%1 cannot be a user name on a server: use a lower-case letter, then up to 62 lower-case letters, digits or _ . -</source>
        <translation>%1 kann auf einem Server kein Benutzername sein: Verwenden Sie einen Kleinbuchstaben, dann bis zu 62 Kleinbuchstaben, Ziffern oder _ . -</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Password of the server&apos;s superuser %1</source>
        <translation>Passwort des Server-Superusers %1</translation>
    </message>
    <message>
        <source>The database name is the last part of --url: postgresql://HOST/OTHERNAME.</source>
        <translation>Der Datenbankname ist der letzte Teil von --url: postgresql://HOST/ANDERERNAME.</translation>
    </message>
    <message>
        <source>Give another --admin name.</source>
        <translation>Geben Sie einen anderen Namen mit --admin an.</translation>
    </message>
    <message>
        <source>this URL reaches the server over its local socket, from the server itself only; workstations use postgresql://%1@SERVER:%2/%3?sslmode=verify-full with the server&apos;s root certificate.</source>
        <translation>Diese URL erreicht den Server über seinen lokalen Socket, nur vom Server selbst aus; Arbeitsplätze verwenden postgresql://%1@SERVER:%2/%3?sslmode=verify-full mit dem Stammzertifikat des Servers.</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli server init [options]; it has --help.</source>
        <translation>Aufruf: stockbook-cli server init [Optionen]; mit --help.</translation>
    </message>
    <message>
        <source>  init      create a company on a PostgreSQL server and print what a workstation needs</source>
        <translation>  init      eine Firma auf einem PostgreSQL-Server anlegen und ausgeben, was ein Arbeitsplatz braucht</translation>
    </message>
    <message>
        <source>Name the action: init.</source>
        <translation>Nennen Sie die Aktion: init.</translation>
    </message>
    <message>
        <source>Unknown server action &quot;%1&quot;; the action is init.</source>
        <translation>Unbekannte Server-Aktion „%1“; die Aktion ist init.</translation>
    </message>
    <message>
        <source>create a company on a PostgreSQL server (superusers)</source>
        <translation>eine Firma auf einem PostgreSQL-Server anlegen (Superuser)</translation>
    </message>
    <message>
        <source>An administrator of the company file that --db names now, when their password there is not the one that opens the backup (read after it).</source>
        <translation>Ein Administrator der Firmendatei, die --db nennt, in ihrem jetzigen Stand, wenn sein Passwort dort nicht das ist, das die Sicherung öffnet (wird danach gelesen).</translation>
    </message>
    <message>
        <source>Read the recovery key of the company file that --db names now (after the backup&apos;s).</source>
        <translation>Den Wiederherstellungsschlüssel der Firmendatei lesen, die --db jetzt nennt (nach dem der Sicherung).</translation>
    </message>
    <message>
        <source>Replace the company file even though the backup is of another company.</source>
        <translation>Die Firmendatei ersetzen, auch wenn die Sicherung von einer anderen Firma ist.</translation>
    </message>
    <message>
        <source>Give --target-user or --target-recovery-key, not both.</source>
        <translation>Geben Sie --target-user oder --target-recovery-key an, nicht beides.</translation>
    </message>
    <message>
        <source>Password for %1 in %2 now</source>
        <translation>Jetziges Passwort für %1 in %2</translation>
    </message>
    <message>
        <source>Recovery key of %1</source>
        <translation>Wiederherstellungsschlüssel von %1</translation>
    </message>
    <message>
        <source>To replace it with this backup, add --replace-other-company.</source>
        <translation>Um sie durch diese Sicherung zu ersetzen, fügen Sie --replace-other-company hinzu.</translation>
    </message>
    <message>
        <source>Name one of its administrators with --target-user, or use --target-recovery-key.</source>
        <translation>Nennen Sie einen ihrer Administratoren mit --target-user, oder verwenden Sie --target-recovery-key.</translation>
    </message>
    <message>
        <source>The company file it replaced was kept as %1.</source>
        <translation>Die ersetzte Firmendatei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it.</source>
        <translation>%1 existiert; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>--force applies to --out only.</source>
        <translation>--force gilt nur zusammen mit --out.</translation>
    </message>
    <message>
        <source>--force applies to invoice pdf only.</source>
        <translation>--force gilt nur für invoice pdf.</translation>
    </message>
    <message>
        <source>--force applies to export only.</source>
        <translation>--force gilt nur für export.</translation>
    </message>
    <message>
        <source>The company&apos;s name.</source>
        <translation>Der Name der Firma.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation>Der Benutzername des ersten Administrators.</translation>
    </message>
    <message>
        <source>init needs --db, --company and --admin.</source>
        <translation>init braucht --db, --company und --admin.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the administrator %3.</source>
        <translation>%1 für %2 mit dem Administrator %3 angelegt.</translation>
    </message>
    <message>
        <source>Write down the recovery key and keep it safe: it is shown only now, and it opens the company when every password is lost.</source>
        <translation>Notieren Sie den Wiederherstellungsschlüssel und bewahren Sie ihn sicher auf: Er wird nur jetzt angezeigt und öffnet die Firma, wenn alle Passwörter verloren sind.</translation>
    </message>
    <message>
        <source>admin, manager or clerk.</source>
        <translation>admin, manager oder clerk.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>list, add, set-role, reset-password, deactivate, reactivate or unlock</source>
        <translation>list, add, set-role, reset-password, deactivate, reactivate oder unlock</translation>
    </message>
    <message>
        <source>The user to act on (all but list).</source>
        <translation>Der Benutzer, auf den sich die Aktion bezieht (außer bei list).</translation>
    </message>
    <message>
        <source>Name the action: %1.</source>
        <translation>Nennen Sie die Aktion: %1.</translation>
    </message>
    <message>
        <source>user needs --db and --user.</source>
        <translation>user braucht --db und --user.</translation>
    </message>
    <message>
        <source>user %1 needs the user name to act on.</source>
        <translation>user %1 braucht den Benutzernamen, auf den sich die Aktion bezieht.</translation>
    </message>
    <message>
        <source>user %1 needs --role admin|manager|clerk.</source>
        <translation>user %1 braucht --role admin|manager|clerk.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>letzte Anmeldung</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Passwort von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Erledigt: %1 %2.</translation>
    </message>
    <message>
        <source>passwd needs --db and --user.</source>
        <translation>passwd braucht --db und --user.</translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation>Aktuelles Passwort für %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>recover needs --db and --user.</source>
        <translation>recover braucht --db und --user.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>%1 has a new password and can sign in.</source>
        <translation>%1 hat ein neues Passwort und kann sich anmelden.</translation>
    </message>
    <message>
        <source>verify needs --db and --user.</source>
        <translation>verify braucht --db und --user.</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: ok</source>
        <translation>Datenbankintegrität und Fremdschlüssel: ok</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: FAILED: %1</source>
        <translation>Datenbankintegrität und Fremdschlüssel: FEHLER: %1</translation>
    </message>
    <message>
        <source>The demo company&apos;s new file, or its new database on a PostgreSQL server, reached as a superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</source>
        <translation>Die neue Datei der Demofirma oder ihre neue Datenbank auf einem PostgreSQL-Server, erreicht als Superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</translation>
    </message>
    <message>
        <source>No recovery key: a company on a server has none; an administrator gives a user who lost their password a new one.</source>
        <translation>Kein Wiederherstellungsschlüssel: Eine Firma auf einem Server hat keinen; ein Administrator gibt einem Benutzer, der sein Passwort verloren hat, ein neues.</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: kept by the server (PostgreSQL checks them on every write)</source>
        <translation>Datenbankintegrität und Fremdschlüssel: vom Server gewahrt (PostgreSQL prüft sie bei jedem Schreibvorgang)</translation>
    </message>
    <message>
        <source>audit chain: FAILED: %1</source>
        <translation>Prüfkette: FEHLER: %1</translation>
    </message>
    <message>
        <source>audit chain: FAILED at row %1: %2</source>
        <translation>Prüfkette: FEHLER bei Zeile %1: %2</translation>
    </message>
    <message>
        <source>audit chain: ok (%1 rows)</source>
        <translation>Prüfkette: ok (%1 Zeilen)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>checkpoint: FAILED: %1</source>
        <translation>Prüfpunkt: FEHLER: %1</translation>
    </message>
    <message>
        <source>checkpoint: ok (%1 signed by %2, audit row %3)</source>
        <translation>Prüfpunkt: ok (%1 signiert von %2, Protokollzeile %3)</translation>
    </message>
    <message>
        <source>checkpoint: %1</source>
        <translation>Prüfpunkt: %1</translation>
    </message>
    <message>
        <source>After reporting them, accept the changes found since the last checkpoint and sign a new one (administrators).</source>
        <translation>Die seit dem letzten Prüfpunkt gefundenen Änderungen nach dem Bericht annehmen und einen neuen Prüfpunkt signieren (Administratoren).</translation>
    </message>
    <message>
        <source>checkpoint: the changes were accepted and a new checkpoint was signed</source>
        <translation>Prüfpunkt: Die Änderungen wurden angenommen und ein neuer Prüfpunkt wurde signiert</translation>
    </message>
    <message>
        <source>audit row signatures: FAILED: %1</source>
        <translation>Signaturen der Protokollzeilen: FEHLER: %1</translation>
    </message>
    <message>
        <source>audit row signatures: ok (signed rows checked: %1)</source>
        <translation>Signaturen der Protokollzeilen: ok (geprüfte signierte Zeilen: %1)</translation>
    </message>
    <message>
        <source>audit anchor: %1</source>
        <translation>Prüfanker: %1</translation>
    </message>
    <message>
        <source>ok (row %1 matches the copy kept outside the database)</source>
        <translation>ok (Zeile %1 stimmt mit der außerhalb der Datenbank aufbewahrten Kopie überein)</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>noch keiner erfasst</translation>
    </message>
    <message>
        <source>audit head: row %1, hash %2</source>
        <translation>Protokollkopf: Zeile %1, Hash %2</translation>
    </message>
    <message>
        <source>stock levels: FAILED: %1</source>
        <translation>Lagerbestände: FEHLER: %1</translation>
    </message>
    <message>
        <source>stock levels: ok (levels match the stock movements, none negative)</source>
        <translation>Lagerbestände: ok (Bestände stimmen mit den Lagerbewegungen überein, keiner negativ)</translation>
    </message>
    <message>
        <source>verify: no problems found</source>
        <translation>verify: keine Probleme gefunden</translation>
    </message>
    <message>
        <source>verify: problems found</source>
        <translation>verify: Probleme gefunden</translation>
    </message>
    <message>
        <source>The failed check could not be written to the audit log: %1</source>
        <translation>Die fehlgeschlagene Prüfung konnte nicht ins Prüfprotokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>rekey needs --db and --user.</source>
        <translation>rekey braucht --db und --user.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The company key was replaced; every user keeps their password. The old recovery key no longer opens the company: write down the new one and destroy the old one.</source>
        <translation>Der Firmenschlüssel wurde ersetzt; jeder Benutzer behält sein Passwort. Der alte Wiederherstellungsschlüssel öffnet die Firma nicht mehr: Notieren Sie den neuen und vernichten Sie den alten.</translation>
    </message>
    <message>
        <source>The backup file to write (never overwritten).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird nie überschrieben).</translation>
    </message>
    <message>
        <source>backup needs --db, --user and --out.</source>
        <translation>backup braucht --db, --user und --out.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Read the recovery key instead of a password.</source>
        <translation>Den Wiederherstellungsschlüssel statt eines Passworts lesen.</translation>
    </message>
    <message>
        <source>restore needs --from, --db and --user (or --recovery-key).</source>
        <translation>restore braucht --from, --db und --user (oder --recovery-key).</translation>
    </message>
    <message>
        <source>Password for %1 at the time of the backup</source>
        <translation>Passwort für %1 zum Zeitpunkt der Sicherung</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>create a company file, its key file and the first administrator</source>
        <translation>Firmendatei, Schlüsseldatei und ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>list, add and manage users (administrators)</source>
        <translation>Benutzer auflisten, hinzufügen und verwalten (Administratoren)</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>eigenes Passwort ändern</translation>
    </message>
    <message>
        <source>set a new administrator password with the recovery key</source>
        <translation>mit dem Wiederherstellungsschlüssel ein neues Administratorpasswort setzen</translation>
    </message>
    <message>
        <source>check the database, its foreign keys, the audit chain and the stock levels</source>
        <translation>Datenbank, Fremdschlüssel, Prüfkette und Lagerbestände prüfen</translation>
    </message>
    <message>
        <source>replace the company key and show a new recovery key (administrators)</source>
        <translation>Firmenschlüssel ersetzen und neuen Wiederherstellungsschlüssel anzeigen (Administratoren)</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>geprüfte, verschlüsselte Sicherung schreiben</translation>
    </message>
    <message>
        <source>restore a company file from a backup</source>
        <translation>Firmendatei aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Run the command with --help for its usage.</source>
        <translation>Rufen Sie den Befehl mit --help auf, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH --user NAME [--password-stdin]</source>
        <translation>Verwendung: stockbook-cli report NAME [Filter] [--format table|csv|json] [--out DATEI] --db PFAD --user NAME [--password-stdin]</translation>
    </message>
    <message>
        <source>  NAME: %1</source>
        <translation>  NAME: %1</translation>
    </message>
    <message>
        <source>  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, --customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N</source>
        <translation>  Filter: --from --to --as-of JJJJ-MM-TT, --warehouse CODE, --category NAME, --supplier E-MAIL, --customer E-MAIL, --product ARTNR, --period day|week|month, --by revenue|quantity, --limit N</translation>
    </message>
    <message>
        <source>Name the report.</source>
        <translation>Nennen Sie den Bericht.</translation>
    </message>
    <message>
        <source>There is no report %1; choose one of %2.</source>
        <translation>Es gibt keinen Bericht %1; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>In diese Datei statt auf den Bildschirm schreiben.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Erster Tag.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Letzter Tag.</translation>
    </message>
    <message>
        <source>The day to report as of.</source>
        <translation>Der Stichtag des Berichts.</translation>
    </message>
    <message>
        <source>A warehouse code.</source>
        <translation>Ein Lagercode.</translation>
    </message>
    <message>
        <source>A category name.</source>
        <translation>Ein Kategoriename.</translation>
    </message>
    <message>
        <source>A supplier&apos;s e-mail.</source>
        <translation>Die E-Mail-Adresse eines Lieferanten.</translation>
    </message>
    <message>
        <source>A customer&apos;s e-mail.</source>
        <translation>Die E-Mail-Adresse eines Kunden.</translation>
    </message>
    <message>
        <source>A product SKU.</source>
        <translation>Eine Artikelnummer.</translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation>day, week oder month.</translation>
    </message>
    <message>
        <source>revenue or quantity.</source>
        <translation>revenue oder quantity.</translation>
    </message>
    <message>
        <source>How many rows.</source>
        <translation>Wie viele Zeilen.</translation>
    </message>
    <message>
        <source>report needs --db and --user.</source>
        <translation>report braucht --db und --user.</translation>
    </message>
    <message>
        <source>--format is table, csv or json.</source>
        <translation>--format ist table, csv oder json.</translation>
    </message>
    <message>
        <source>The %1 report does not take --%2.</source>
        <translation>Der Bericht %1 nimmt kein --%2 an.</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not %2.</source>
        <translation>--%1 ist ein Datum als JJJJ-MM-TT, nicht %2.</translation>
    </message>
    <message>
        <source>--limit is a whole number above 0, not %1.</source>
        <translation>--limit ist eine ganze Zahl größer als 0, nicht %1.</translation>
    </message>
    <message>
        <source>--period is day, week or month.</source>
        <translation>--period ist day, week oder month.</translation>
    </message>
    <message>
        <source>--by is revenue or quantity.</source>
        <translation>--by ist revenue oder quantity.</translation>
    </message>
    <message>
        <source>report %1 needs %2.</source>
        <translation>report %1 braucht %2.</translation>
    </message>
    <message>
        <source>report %1 needs %2, %3 or both.</source>
        <translation>report %1 braucht %2, %3 oder beides.</translation>
    </message>
    <message>
        <source>stock, sales, purchase, top-list, aging and dashboard reports</source>
        <translation>Bestands-, Verkaufs-, Einkaufs-, Top-, Fälligkeits- und Übersichtsberichte</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Jede Zeile prüfen und melden; nichts schreiben.</translation>
    </message>
    <message>
        <source>import or export</source>
        <translation>import oder export</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row: %1).</source>
        <translation>Die CSV-Datei (UTF-8, Kopfzeile: %1).</translation>
    </message>
    <message>
        <source>%1 needs an action and a file: %1 import FILE or %1 export FILE.</source>
        <translation>%1 braucht eine Aktion und eine Datei: %1 import DATEI oder %1 export DATEI.</translation>
    </message>
    <message>
        <source>%1 %2 needs --db and --user.</source>
        <translation>%1 %2 braucht --db und --user.</translation>
    </message>
    <message>
        <source>--dry-run applies to import only.</source>
        <translation>--dry-run gilt nur für import.</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation>%1 Zeile(n) nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 row(s) checked; no problem found; nothing written (dry run).</source>
        <translation>%1 Zeile(n) geprüft; kein Problem gefunden; nichts geschrieben (Probelauf).</translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation>%1 Zeile(n) importiert.</translation>
    </message>
    <message>
        <source>import or export products as CSV</source>
        <translation>Artikel als CSV importieren oder exportieren</translation>
    </message>
    <message>
        <source>import or export customers as CSV</source>
        <translation>Kunden als CSV importieren oder exportieren</translation>
    </message>
    <message>
        <source>import or export suppliers as CSV</source>
        <translation>Lieferanten als CSV importieren oder exportieren</translation>
    </message>
    <message>
        <source>small (hundreds of products, a few thousand invoices) or large (10,000 products, 200,000 sales; takes minutes).</source>
        <translation>small (Hunderte Artikel, einige Tausend Rechnungen) oder large (10.000 Artikel, 200.000 Verkäufe; dauert Minuten).</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>demo needs --db PATH: the demo company file to make.</source>
        <translation>demo braucht --db PFAD: die anzulegende Demo-Firmendatei.</translation>
    </message>
    <message>
        <source>--size is small or large.</source>
        <translation>--size ist small oder large.</translation>
    </message>
    <message>
        <source>Making the demo company: %1 %2/%3 (%4 %)</source>
        <translation>Demofirma wird angelegt: %1 %2/%3 (%4 %)</translation>
    </message>
    <message>
        <source>Made %1: %2 products, %3 customers, %4 suppliers, %5 purchases, %6 sales (%7 voided), %8 credit notes, %9 payments.</source>
        <translation>%1 angelegt: %2 Artikel, %3 Kunden, %4 Lieferanten, %5 Einkäufe, %6 Verkäufe (%7 storniert), %8 Gutschriften, %9 Zahlungen.</translation>
    </message>
    <message>
        <source>Write down the recovery key: it is shown only now.</source>
        <translation>Notieren Sie den Wiederherstellungsschlüssel: Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The command needs --db and --user.</source>
        <translation>Der Befehl braucht --db und --user.</translation>
    </message>
    <message>
        <source>sale or purchase.</source>
        <translation>sale oder purchase.</translation>
    </message>
    <message>
        <source>The customer or supplier: e-mail or id.</source>
        <translation>Der Kunde oder Lieferant: E-Mail-Adresse oder ID.</translation>
    </message>
    <message>
        <source>The warehouse code.</source>
        <translation>Der Lagercode.</translation>
    </message>
    <message>
        <source>A line: SKU:QTY[:PRICE[:DISCOUNT]] (discount in %).</source>
        <translation>Eine Zeile: ARTNR:MENGE[:PREIS[:RABATT]] (Rabatt in %).</translation>
    </message>
    <message>
        <source>Post the invoice at once.</source>
        <translation>Die Rechnung sofort buchen.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>--type must be sale or purchase.</source>
        <translation>--type muss sale oder purchase sein.</translation>
    </message>
    <message>
        <source>invoice create needs --partner, --warehouse and at least one --line.</source>
        <translation>invoice create braucht --partner, --warehouse und mindestens eine --line.</translation>
    </message>
    <message>
        <source>A line is SKU:QTY[:PRICE[:DISCOUNT]], not %1.</source>
        <translation>Eine Zeile ist ARTNR:MENGE[:PREIS[:RABATT]], nicht %1.</translation>
    </message>
    <message>
        <source>The quantity in %1 is not a number with at most 3 decimals.</source>
        <translation>Die Menge in %1 ist keine Zahl mit höchstens 3 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The price in %1 is not an amount with at most 2 decimals.</source>
        <translation>Der Preis in %1 ist kein Betrag mit höchstens 2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The discount in %1 is not a percentage.</source>
        <translation>Der Rabatt in %1 ist kein Prozentsatz.</translation>
    </message>
    <message>
        <source>Why the invoice is voided.</source>
        <translation>Warum die Rechnung storniert wird.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>list: at most N invoices, newest first (default 500).</source>
        <translation>list: höchstens N Rechnungen, neueste zuerst (Standard 500).</translation>
    </message>
    <message>
        <source>The draft id (post) or the invoice number.</source>
        <translation>Die Entwurfs-ID (post) oder die Rechnungsnummer.</translation>
    </message>
    <message>
        <source>invoice %1 needs the draft id or invoice number.</source>
        <translation>invoice %1 braucht die Entwurfs-ID oder die Rechnungsnummer.</translation>
    </message>
    <message>
        <source>invoice void needs --reason TEXT.</source>
        <translation>invoice void braucht --reason TEXT.</translation>
    </message>
    <message>
        <source>--format is text or json.</source>
        <translation>--format ist text oder json.</translation>
    </message>
    <message>
        <source>invoice post needs the draft&apos;s id.</source>
        <translation>invoice post braucht die ID des Entwurfs.</translation>
    </message>
    <message>
        <source>--limit needs a number above zero.</source>
        <translation>--limit braucht eine Zahl größer als null.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Date: %1  Due: %2  Warehouse: %3</source>
        <translation>Datum: %1  Fällig: %2  Lager: %3</translation>
    </message>
    <message>
        <source>Subtotal: %1  Tax: %2  Total: %3  Paid: %4  Balance: %5</source>
        <translation>Zwischensumme: %1  Steuer: %2  Gesamt: %3  Bezahlt: %4  Saldo: %5</translation>
    </message>
    <message>
        <source>cash, card, bank or other.</source>
        <translation>cash, card, bank oder other.</translation>
    </message>
    <message>
        <source>A reference (slip, transfer id).</source>
        <translation>Eine Referenz (Beleg, Überweisungs-ID).</translation>
    </message>
    <message>
        <source>The payment date (default today).</source>
        <translation>Das Zahlungsdatum (Standard: heute).</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation>Die Rechnungsnummer.</translation>
    </message>
    <message>
        <source>The amount, e.g. 12.34.</source>
        <translation>Der Betrag, z. B. 12.34.</translation>
    </message>
    <message>
        <source>Use: payment add NUMBER AMOUNT --method cash|card|bank|other.</source>
        <translation>Verwendung: payment add NUMMER BETRAG --method cash|card|bank|other.</translation>
    </message>
    <message>
        <source>The amount must be above zero with at most 2 decimals, e.g. 12.34.</source>
        <translation>Der Betrag muss größer als null sein, mit höchstens 2 Nachkommastellen, z. B. 12.34.</translation>
    </message>
    <message>
        <source>--method must be cash, card, bank or other.</source>
        <translation>--method muss cash, card, bank oder other sein.</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date muss JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>%1: paid %2 of %3, status %4</source>
        <translation>%1: %2 von %3 bezahlt, Status %4</translation>
    </message>
    <message>
        <source>--line %1 is not SKU:QUANTITY with a decimal quantity such as 2 or 1.5.</source>
        <translation>--line %1 ist nicht ARTNR:MENGE mit einer Dezimalmenge wie 2 oder 1.5.</translation>
    </message>
    <message>
        <source>The source warehouse code.</source>
        <translation>Der Code des Quelllagers.</translation>
    </message>
    <message>
        <source>The destination warehouse code.</source>
        <translation>Der Code des Ziellagers.</translation>
    </message>
    <message>
        <source>A product and the quantity to move (repeatable).</source>
        <translation>Ein Artikel und die umzulagernde Menge (wiederholbar).</translation>
    </message>
    <message>
        <source>A reference for the transfer.</source>
        <translation>Eine Referenz für die Umlagerung.</translation>
    </message>
    <message>
        <source>stock transfer needs --db, --user, --from, --to and at least one --line.</source>
        <translation>stock transfer braucht --db, --user, --from, --to und mindestens eine --line.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3:</source>
        <translation>Umlagerung %1 von %2 nach %3:</translation>
    </message>
    <message>
        <source>The counted warehouse&apos;s code.</source>
        <translation>Der Code des gezählten Lagers.</translation>
    </message>
    <message>
        <source>A product and the quantity counted (repeatable).</source>
        <translation>Ein Artikel und die gezählte Menge (wiederholbar).</translation>
    </message>
    <message>
        <source>Why the stock is adjusted.</source>
        <translation>Warum der Bestand korrigiert wird.</translation>
    </message>
    <message>
        <source>stock adjust needs --db, --user, --warehouse, --reason and at least one --line.</source>
        <translation>stock adjust braucht --db, --user, --warehouse, --reason und mindestens eine --line.</translation>
    </message>
    <message>
        <source>Stocktake of %1:</source>
        <translation>Inventur von %1:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Only this warehouse.</source>
        <translation>Nur dieses Lager.</translation>
    </message>
    <message>
        <source>stock levels needs --db and --user.</source>
        <translation>stock levels braucht --db und --user.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli stock transfer|adjust|levels [options]; each has --help.</source>
        <translation>Verwendung: stockbook-cli stock transfer|adjust|levels [Optionen]; jede hat --help.</translation>
    </message>
    <message>
        <source>  transfer  move stock between warehouses (managers)</source>
        <translation>  transfer  Bestand zwischen Lagern umlagern (Manager)</translation>
    </message>
    <message>
        <source>  adjust    record a stocktake: counted quantities with a reason (managers)</source>
        <translation>  adjust    Inventur erfassen: gezählte Mengen mit Grund (Manager)</translation>
    </message>
    <message>
        <source>  levels    stock per product and warehouse as a table, CSV or JSON</source>
        <translation>  levels    Bestand je Artikel und Lager als Tabelle, CSV oder JSON</translation>
    </message>
    <message>
        <source>Name the action: transfer, adjust or levels.</source>
        <translation>Nennen Sie die Aktion: transfer, adjust oder levels.</translation>
    </message>
    <message>
        <source>transfer stock, record a stocktake, list levels</source>
        <translation>Bestand umlagern, Inventur erfassen, Bestände auflisten</translation>
    </message>
    <message>
        <source>pdf: the PDF file to write.</source>
        <translation>pdf: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>create, post, void, show, pdf or list</source>
        <translation>create, post, void, show, pdf oder list</translation>
    </message>
    <message>
        <source>Name the action: create, post, void, show, pdf or list.</source>
        <translation>Nennen Sie die Aktion: create, post, void, show, pdf oder list.</translation>
    </message>
    <message>
        <source>invoice pdf needs --out FILE.</source>
        <translation>invoice pdf braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%1 als %2 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n Problem gefunden; nichts wurde importiert.</numerusform>
            <numerusform>%n Probleme gefunden; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company file, or the company&apos;s server address (postgresql://USER@HOST[:PORT]/DBNAME).</source>
        <translation>Die Firmendatei oder die Serveradresse der Firma (postgresql://USER@HOST[:PORT]/DBNAME).</translation>
    </message>
    <message>
        <source>The user who runs the command.</source>
        <translation>Der Benutzer, der den Befehl ausführt.</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line.</source>
        <translation>Passwörter von der Standardeingabe lesen, eines pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>stock levels: FAILED (%n problem(s))</source>
        <translation>
            <numerusform>Lagerbestände: FEHLER (%n Problem)</numerusform>
            <numerusform>Lagerbestände: FEHLER (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>make a demo company and print its logins</source>
        <translation>Demofirma anlegen und ihre Anmeldedaten ausgeben</translation>
    </message>
    <message>
        <source>create, post, void, show and list invoices</source>
        <translation>Rechnungen anlegen, buchen, stornieren, anzeigen und auflisten</translation>
    </message>
    <message>
        <source>record a payment on an invoice</source>
        <translation>eine Zahlung zu einer Rechnung erfassen</translation>
    </message>
    <message>
        <source>Command-line companion of Stockbook, the desktop ERP for small shops.</source>
        <translation>Kommandozeilen-Begleiter von Stockbook, der Warenwirtschaft für kleine Geschäfte.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command has --help. Passwords are read from the terminal, or with --password-stdin one per line from standard input; never from arguments or the environment.</source>
        <translation>Jeder Befehl hat --help. Passwörter werden vom Terminal gelesen oder mit --password-stdin eines pro Zeile von der Standardeingabe; nie aus Argumenten oder der Umgebung.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage, 3 authentication failed or locked, 4 permission denied.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falsche Verwendung, 3 Anmeldung fehlgeschlagen oder gesperrt, 4 keine Berechtigung.</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli COMMAND [options]</source>
        <translation>Verwendung: stockbook-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>the key file was upgraded; the old recovery key no longer works. New recovery key (write it down and keep it safe; it is shown only now): %1</source>
        <translation>die Schlüsseldatei wurde auf das neue Format umgestellt; der alte Wiederherstellungsschlüssel funktioniert nicht mehr. Neuer Wiederherstellungsschlüssel (notieren Sie ihn und bewahren Sie ihn sicher auf; er wird nur jetzt angezeigt): %1</translation>
    </message>
</context>
<context>
    <name>stockbook::cli::PasswordSource</name>
    <message>
        <source>No terminal to read the password from. Use --password-stdin to pass it on standard input.</source>
        <translation>Kein Terminal zum Lesen des Passworts. Verwenden Sie --password-stdin, um es über die Standardeingabe zu übergeben.</translation>
    </message>
    <message>
        <source>Expected a password on standard input: %1.</source>
        <translation>Passwort auf der Standardeingabe erwartet: %1.</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Die beiden Passwörter unterscheiden sich. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>stockbook::print</name>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Gutschrift zu Rechnung</translation>
    </message>
    <message>
        <source>Supplier&apos;s reference</source>
        <translation>Referenz des Lieferanten</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>STORNIERT: %1</translation>
    </message>
    <message>
        <source>DRAFT — not a valid invoice</source>
        <translation>ENTWURF – keine gültige Rechnung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Unit prices include tax.</source>
        <translation>Stückpreise inklusive Steuer.</translation>
    </message>
    <message>
        <source>Unit prices exclude tax.</source>
        <translation>Stückpreise zuzüglich Steuer.</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>Steueraufstellung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Amount due (void)</source>
        <translation>Offener Betrag (storniert)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Payment terms: due on receipt.</source>
        <translation>Zahlungsbedingungen: fällig bei Erhalt.</translation>
    </message>
    <message>
        <source>Payment terms: %1 days net, due by %2.</source>
        <translation>Zahlungsbedingungen: %1 Tage netto, fällig bis %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Gedruckt am %1 von %2</translation>
    </message>
    <message>
        <source>No rows match these filters.</source>
        <translation>Keine Zeilen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>stockbook::ui</name>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>Invoice %1 was saved as %2.</source>
        <translation>Die Rechnung %1 wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo company.</source>
        <translation>Der Ordner %1 für die Demofirma kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Making the demo company…</source>
        <translation>Demofirma wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Demofirma</translation>
    </message>
    <message>
        <source>Making the demo company: %1…</source>
        <translation>Demofirma wird angelegt: %1…</translation>
    </message>
    <message>
        <source>Cancelling: removing the half-made demo company…</source>
        <translation>Wird abgebrochen: die halb erstellte Demo-Firma wird entfernt…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Only your account can read the file.</source>
        <translation>Gespeichert unter %1. Nur Ihr Konto kann die Datei lesen.</translation>
    </message>
    <message>
        <source>Stockbook recovery key
Company file: %1

%2

Keep this sheet somewhere safe.</source>
        <translation>Stockbook-Wiederherstellungsschlüssel
Firmendatei: %1

%2

Bewahren Sie dieses Blatt sicher auf.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Artikelnummer, Barcode oder Name</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Neue &amp;Kategorie…</translation>
    </message>
    <message>
        <source>New &amp;tax rate…</source>
        <translation>Neuer S&amp;teuersatz…</translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>&amp;Neuer Lieferant</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>L&amp;ager:</translation>
    </message>
    <message>
        <source>Low stock onl&amp;y</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <source>Stock &amp;levels</source>
        <translation>Bes&amp;tände</translation>
    </message>
    <message>
        <source>W&amp;arehouse:</source>
        <translation>L&amp;ager:</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>Be&amp;wegungen</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>&amp;New warehouse</source>
        <translation>&amp;Neues Lager</translation>
    </message>
    <message>
        <source>Action, e.g. invoice. or login</source>
        <translation>Aktion, z. B. invoice. oder login</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation>Bestand &amp;umlagern…</translation>
    </message>
    <message>
        <source>Stoc&amp;ktake…</source>
        <translation>In&amp;ventur…</translation>
    </message>
    <message>
        <source>Transfers and adjustments</source>
        <translation>Umlagerungen und Korrekturen</translation>
    </message>
    <message>
        <source>Transfers and stocktake adjustments:</source>
        <translation>Umlagerungen und Inventurkorrekturen:</translation>
    </message>
    <message>
        <source>The file could not be written. Choose a folder you can write to.

%1</source>
        <translation>Die Datei konnte nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.

%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Details an&amp;zeigen</translation>
    </message>
    <message>
        <source>The selected entry as recorded, with its raw data</source>
        <translation>Der gewählte Eintrag, wie er aufgezeichnet wurde, mit seinen Rohdaten</translation>
    </message>
    <message>
        <source>Select an entry.</source>
        <translation>Wählen Sie einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AboutDialog</name>
    <message>
        <source>About Stockbook</source>
        <translation>Über Stockbook</translation>
    </message>
    <message>
        <source>Stockbook %1</source>
        <translation>Stockbook %1</translation>
    </message>
    <message>
        <source>Desktop ERP for small shops.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Desktop-ERP für kleine Läden.

Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Qt %1
SQLCipher %2
%3</source>
        <translation>Qt %1
SQLCipher %2
%3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Der erste Administrator</translation>
    </message>
    <message>
        <source>This account manages users, settings and backups. Its password opens the company file.</source>
        <translation>Dieses Konto verwaltet Benutzer, Einstellungen und Sicherungen. Sein Passwort öffnet die Firmendatei.</translation>
    </message>
    <message>
        <source>&amp;Create company</source>
        <translation>Firma &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::BackupTab</name>
    <message>
        <source>Not yet in the window for a company on a server: use stockbook-cli backup --db URL and restore --db URL (see the administration guide).</source>
        <translation>Im Fenster noch nicht für eine Firma auf einem Server: Verwenden Sie stockbook-cli backup --db URL und restore --db URL (siehe Administrationshandbuch).</translation>
    </message>
    <message>
        <source>This is a company on a server: back it up with stockbook-cli backup --db URL; it has no company key.</source>
        <translation>Dies ist eine Firma auf einem Server: Sichern Sie sie mit stockbook-cli backup --db URL; sie hat keinen Firmenschlüssel.</translation>
    </message>
    <message>
        <source>Not yet for a company on a server: its data is backed up on the server.</source>
        <translation>Noch nicht für eine Firma auf einem Server: Ihre Daten werden auf dem Server gesichert.</translation>
    </message>
    <message>
        <source>This is a company on a server: it has no company key and no recovery key; the server keeps its data and checks the passwords.</source>
        <translation>Dies ist eine Firma auf einem Server: Sie hat keinen Firmenschlüssel und keinen Wiederherstellungsschlüssel; der Server verwahrt ihre Daten und prüft die Passwörter.</translation>
    </message>
    <message>
        <source>This is a company on a server: backups, restoring and the company key are the server&apos;s.</source>
        <translation>Dies ist eine Firma auf einem Server: Sicherungen, Wiederherstellung und Firmenschlüssel sind Sache des Servers.</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>One file with the company file, still encrypted, and its key file. It is read back and checked before it counts as written; an existing file is never overwritten. The passwords of today open it. Keep backups on another disk.</source>
        <translation>Eine Datei mit der weiterhin verschlüsselten Firmendatei und ihrer Schlüsseldatei. Sie wird zurückgelesen und geprüft, bevor sie als geschrieben gilt; eine vorhandene Datei wird nie überschrieben. Die heutigen Passwörter öffnen sie. Bewahren Sie Sicherungen auf einem anderen Datenträger auf.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restores a backup into a company file of its own, after checking it whole, with a password from the time of the backup or the recovery key. The open company is not changed.</source>
        <translation>Stellt eine Sicherung in eine eigene Firmendatei wieder her, nachdem sie vollständig geprüft wurde, mit einem Passwort zum Zeitpunkt der Sicherung oder dem Wiederherstellungsschlüssel. Die geöffnete Firma wird nicht verändert.</translation>
    </message>
    <message>
        <source>Ch&amp;ange company key…</source>
        <translation>Firmen&amp;schlüssel ändern…</translation>
    </message>
    <message>
        <source>Company key</source>
        <translation>Firmenschlüssel</translation>
    </message>
    <message>
        <source>Encrypts the company file again with a new key and shows a new recovery key once. Passwords stay as they are; the old recovery key stops working. Make a backup first.</source>
        <translation>Verschlüsselt die Firmendatei neu mit einem neuen Schlüssel und zeigt einmalig einen neuen Wiederherstellungsschlüssel an. Die Passwörter bleiben, der alte Wiederherstellungsschlüssel wird ungültig. Legen Sie zuerst eine Sicherung an.</translation>
    </message>
    <message>
        <source>Back up the company</source>
        <translation>Firma sichern</translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup)</source>
        <translation>Stockbook-Sicherungen (*.backup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Sicherung wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>The company key was changed. Store the new recovery key.</source>
        <translation>Der Firmenschlüssel wurde geändert. Bewahren Sie den neuen Wiederherstellungsschlüssel auf.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the open company was not changed.</source>
        <translation>%1 aus %2 wiederhergestellt; die geöffnete Firma wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The open company was not changed.</source>
        <translation>Die Sicherung wurde in %1 wiederhergestellt. Die geöffnete Firma wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open it now to sign in to it; this company is closed once you are signed in.</source>
        <translation>Öffnen Sie sie jetzt, um sich anzumelden; diese Firma wird geschlossen, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>&amp;Open the restored company now</source>
        <translation>Wiederhergestellte Firma jetzt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Keep working here</source>
        <translation>&amp;Hier weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CategoryEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordnet:</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>Keine (oberste Ebene)</translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation>Keine Kategorie %1 gefunden.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Eigenes Passwort wählen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>%1, you signed in with a temporary password. Choose your own password before you go on.</source>
        <translation>%1, Sie haben sich mit einem vorläufigen Passwort angemeldet. Wählen Sie Ihr eigenes Passwort, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Passwort von %1 ändern.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyPage</name>
    <message>
        <source>Your company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>The name appears on invoices. The currency and the default tax rate can be changed later in the settings.</source>
        <translation>Der Name erscheint auf Rechnungen. Währung und Standardsteuersatz können später in den Einstellungen geändert werden.</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO code):</source>
        <translation>Wä&amp;hrung (ISO-Code):</translation>
    </message>
    <message>
        <source>Default &amp;tax rate (%):</source>
        <translation>Standard&amp;steuersatz (%):</translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage, such as 20 or 7.5.</source>
        <translation>Geben Sie den Steuersatz als Prozentsatz ein, etwa 20 oder 7,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>e.g. GB123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <source>the three-letter ISO 4217 code, e.g. EUR, GBP, USD</source>
        <translation>der dreibuchstabige ISO-4217-Code, z. B. EUR, GBP, USD</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Ch&amp;oose image…</source>
        <translation>B&amp;ild auswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Include tax (retail: the price is what the customer pays)</source>
        <translation>Preise in&amp;klusive Steuer (Einzelhandel: Der Preis ist, was der Kunde zahlt)</translation>
    </message>
    <message>
        <source>Exclu&amp;de tax (trade: tax is added on the invoice)</source>
        <translation>Preise e&amp;xklusive Steuer (Großhandel: Die Steuer wird auf der Rechnung aufgeschlagen)</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Preise:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>Die gespeicherten Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation>Die gespeicherten Werte werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation>Nichts zu übernehmen: Kein Wert wurde geändert.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation>Die oben markierten Werte wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Firmenlogo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The new logo is saved when you apply.</source>
        <translation>Das neue Logo wird beim Übernehmen gespeichert.</translation>
    </message>
    <message>
        <source>The logo is removed when you apply.</source>
        <translation>Das Logo wird beim Übernehmen entfernt.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>takes effect at the next start</source>
        <translation>gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>Quantities to &amp;credit (up to what is not yet credited):</source>
        <translation>&amp;Gutzuschreibende Mengen (bis zum noch nicht gutgeschriebenen Rest):</translation>
    </message>
    <message>
        <source>Quantities to credit</source>
        <translation>Gutzuschreibende Mengen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Creditable</source>
        <translation>Gutschreibbar</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschreiben</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Höchstens %1</translation>
    </message>
    <message>
        <source>&amp;Make credit note</source>
        <translation>Gutschrift &amp;erstellen</translation>
    </message>
    <message>
        <source>Credit note total: %1 %2</source>
        <translation>Gutschrift gesamt: %1 %2</translation>
    </message>
    <message>
        <source>Credit note total: enter every quantity as a number</source>
        <translation>Gutschrift gesamt: Geben Sie jede Menge als Zahl ein</translation>
    </message>
    <message>
        <source>Line %1: enter a quantity such as %2, or 0 to leave the line out.</source>
        <translation>Zeile %1: Geben Sie eine Menge ein, etwa %2, oder 0, um die Zeile auszulassen.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DashboardWidget</name>
    <message>
        <source>Dashboard — %1</source>
        <translation>Übersicht — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Loading the figures</source>
        <translation>Kennzahlen werden geladen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>Verkäufe heute</translation>
    </message>
    <message>
        <source>Sales this month</source>
        <translation>Verkäufe in diesem Monat</translation>
    </message>
    <message>
        <source>Products at or below reorder level</source>
        <translation>Artikel am oder unter dem Meldebestand</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Überfällige Forderungen</translation>
    </message>
    <message>
        <source>Sales of the last 12 months</source>
        <translation>Verkäufe der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Low stock report</source>
        <translation>Siehe Bericht „Niedriger Bestand“</translation>
    </message>
    <message>
        <source>Nothing to reorder</source>
        <translation>Nichts nachzubestellen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n Rechnung überfällig</numerusform>
            <numerusform>%n Rechnungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DemoPage</name>
    <message>
        <source>A demo company</source>
        <translation>Eine Demofirma</translation>
    </message>
    <message>
        <source>Try Stockbook on a sample shop before you set up your own.</source>
        <translation>Probieren Sie Stockbook an einem Beispielladen aus, bevor Sie Ihre eigene Firma einrichten.</translation>
    </message>
    <message>
        <source>Demo logins</source>
        <translation>Demo-Anmeldungen</translation>
    </message>
    <message>
        <source>The demo company could not be prepared.</source>
        <translation>Die Demofirma konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The demo company made earlier is in %1. Sign in with one of the logins shown when it was made; they are not kept anywhere. For new logins, delete that file and its .keys file, then choose the demo again. Finish shows the sign-in.</source>
        <translation>Die früher angelegte Demofirma liegt in %1. Melden Sie sich mit einer der Anmeldungen an, die beim Anlegen angezeigt wurden; sie werden nirgends gespeichert. Für neue Anmeldungen löschen Sie diese Datei und ihre .keys-Datei und wählen Sie die Demo erneut. „Fertigstellen“ zeigt die Anmeldung.</translation>
    </message>
    <message>
        <source>The demo company is ready in %1: products, customers, suppliers and a year of invoices to look at and change freely, apart from your own company. Each role has its own login, shown only now: note the one you want, then Finish shows the sign-in.</source>
        <translation>Die Demofirma ist in %1 bereit: Artikel, Kunden, Lieferanten und ein Jahr Rechnungen zum Ansehen und freien Ändern, getrennt von Ihrer eigenen Firma. Jede Rolle hat eine eigene Anmeldung, die nur jetzt angezeigt wird: Notieren Sie die gewünschte, dann zeigt „Fertigstellen“ die Anmeldung.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Wiederherstellungsschlüssel: %1</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::EditorDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FieldError</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Willkommen bei Stockbook</translation>
    </message>
    <message>
        <source>This version of Stockbook has no demo company.</source>
        <translation>Diese Stockbook-Version enthält keine Demofirma.</translation>
    </message>
    <message>
        <source>Recovery key stored?</source>
        <translation>Wiederherstellungsschlüssel gespeichert?</translation>
    </message>
    <message>
        <source>The company has been created. Its recovery key is shown only now and opens the company when every password is lost. Have you printed or saved it?</source>
        <translation>Die Firma wurde angelegt. Ihr Wiederherstellungsschlüssel wird nur jetzt angezeigt und öffnet die Firma, wenn alle Passwörter verloren sind. Haben Sie ihn gedruckt oder gespeichert?</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceDetailDialog</name>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Zahlungen:</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>Zahlung stor&amp;nieren…</translation>
    </message>
    <message>
        <source>Reverse the selected payment, with a reason</source>
        <translation>Die ausgewählte Zahlung mit Begründung stornieren</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>Zahlung e&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Issued %4, due %5 · warehouse %6</source>
        <translation>%1 · %2 · %3
Ausgestellt %4, fällig %5 · Lager %6</translation>
    </message>
    <message>
        <source>
Void: %1</source>
        <translation>
Storniert: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Net %1 · Tax %2 · Total %3 %4
Paid %5 · Credited %6 · Balance %7</source>
        <translation>Netto %1 · Steuer %2 · Gesamt %3 %4
Bezahlt %5 · Gutgeschrieben %6 · Saldo %7</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Why is %1 void? The reason is kept with the invoice.</source>
        <translation>Warum wird %1 storniert? Der Grund wird mit der Rechnung gespeichert.</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Rüc&amp;kzahlung…</translation>
    </message>
    <message>
        <source>Pay back what credit notes left paid over the total</source>
        <translation>Zurückzahlen, was nach Gutschriften über den Gesamtbetrag hinaus bezahlt ist</translation>
    </message>
    <message>
        <source>Refund reversed</source>
        <translation>Erstattung storniert</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Pay back the %1 paid over the total</source>
        <translation>Die über den Gesamtbetrag hinaus bezahlten %1 zurückzahlen</translation>
    </message>
    <message>
        <source>Nothing is paid over the total: there is nothing to refund.</source>
        <translation>Nichts ist über den Gesamtbetrag hinaus bezahlt: Es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>Enter the amount paid as a number such as %1.</source>
        <translation>Geben Sie den gezahlten Betrag als Zahl ein, etwa %1.</translation>
    </message>
    <message>
        <source>Credit note %1 made for %2 %3.</source>
        <translation>Gutschrift %1 über %2 %3 erstellt.</translation>
    </message>
    <message>
        <source>Refund of %1 %2 recorded; the balance is %3.</source>
        <translation>Erstattung von %1 %2 erfasst; der Saldo beträgt %3.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceEntry</name>
    <message>
        <source>Sign in again in the window that opens, then save again; the invoice stays here as typed.</source>
        <translation>Melden Sie sich im sich öffnenden Fenster erneut an und speichern Sie dann noch einmal; die Rechnung bleibt hier wie eingegeben.</translation>
    </message>
    <message>
        <source>1 line asks for more than the stock in this warehouse (see In stock).</source>
        <translation>1 Zeile verlangt mehr als den Bestand in diesem Lager (siehe Bestand).</translation>
    </message>
    <message>
        <source>%1 lines ask for more than the stock in this warehouse (see In stock).</source>
        <translation>%1 Zeilen verlangen mehr als den Bestand in diesem Lager (siehe Bestand).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>Nicht genug Bestand</translation>
    </message>
    <message>
        <source>1 line asks for more than the warehouse holds. Post anyway?</source>
        <translation>1 Zeile verlangt mehr, als das Lager enthält. Trotzdem buchen?</translation>
    </message>
    <message>
        <source>%1 lines ask for more than the warehouse holds. Post anyway?</source>
        <translation>%1 Zeilen verlangen mehr, als das Lager enthält. Trotzdem buchen?</translation>
    </message>
    <message>
        <source>Posted %1 · total %2 %3</source>
        <translation>%1 gebucht · Gesamt %2 %3</translation>
    </message>
    <message>
        <source>Draft %1 saved. Resume it later from the drafts list.</source>
        <translation>Entwurf %1 gespeichert. Sie können ihn später in der Entwurfsliste fortsetzen.</translation>
    </message>
    <message>
        <source>Resume a draft…</source>
        <translation>Entwurf fortsetzen…</translation>
    </message>
    <message>
        <source>Draft %1 · %2 · %3 · %4</source>
        <translation>Entwurf %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Save &amp;as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>New in&amp;voice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <source>Part of a name, e-mail or phone</source>
        <translation>Teil eines Namens, einer E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>Li&amp;eferant:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Kund&amp;e:</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Artikelnummer, Barcode oder Teil eines Namens scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Art&amp;ikel:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>L&amp;ager:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Rechnungsda&amp;tum:</translation>
    </message>
    <message>
        <source>Supplier&apos;s nu&amp;mber:</source>
        <translation>Nu&amp;mmer des Lieferanten:</translation>
    </message>
    <message>
        <source>D&amp;rafts:</source>
        <translation>Ent&amp;würfe:</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungszeilen</translation>
    </message>
    <message>
        <source>Rem&amp;ove line</source>
        <translation>&amp;Zeile entfernen</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Entwurf speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation>Buchen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceLinesModel</name>
    <message>
        <source>the quantity is empty; type e.g. %1</source>
        <translation>die Menge ist leer; geben Sie z. B. %1 ein</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>Menge „%1“ ist keine Zahl; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; must be above zero; type e.g. %2</source>
        <translation>Menge „%1“ muss größer als null sein; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>the unit price is empty; type e.g. %1</source>
        <translation>der Einzelpreis ist leer; geben Sie z. B. %1 ein</translation>
    </message>
    <message>
        <source>unit price &apos;%1&apos; is not an amount; type e.g. %2</source>
        <translation>Einzelpreis „%1“ ist kein Betrag; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>unit price &apos;%1&apos; cannot be negative; type e.g. %2</source>
        <translation>Einzelpreis „%1“ darf nicht negativ sein; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>discount &apos;%1&apos; is not a percentage; type e.g. %2</source>
        <translation>Rabatt „%1“ ist kein Prozentsatz; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>discount &apos;%1&apos; must lie between 0 and 100 %; type e.g. %2</source>
        <translation>Rabatt „%1“ muss zwischen 0 und 100 % liegen; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>the tax rate is empty; type e.g. %1</source>
        <translation>der Steuersatz ist leer; geben Sie z. B. %1 ein</translation>
    </message>
    <message>
        <source>tax rate &apos;%1&apos; is not a percentage; type e.g. %2</source>
        <translation>Steuersatz „%1“ ist kein Prozentsatz; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>tax rate &apos;%1&apos;: %2</source>
        <translation>Steuersatz „%1“: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>More than the %1 %2 in stock in this warehouse.</source>
        <translation>Mehr als die %1 %2 Bestand in diesem Lager.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, such as 2 or 1.5.</source>
        <translation>Geben Sie eine Menge größer als null ein, etwa 2 oder 1,5.</translation>
    </message>
    <message>
        <source>Enter the unit price as a number such as 12.50.</source>
        <translation>Geben Sie den Einzelpreis als Zahl ein, etwa 12,50.</translation>
    </message>
    <message>
        <source>Enter the discount as a percentage such as 10 or 2.5.</source>
        <translation>Geben Sie den Rabatt als Prozentsatz ein, etwa 10 oder 2,5.</translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage such as 20.</source>
        <translation>Geben Sie den Steuersatz als Prozentsatz ein, etwa 20.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceListPage</name>
    <message>
        <source>Starts with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Lie&amp;ferant:</translation>
    </message>
    <message>
        <source>Cust&amp;omer:</source>
        <translation>Kund&amp;e:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 Rechnung</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <source>1 posted, total %1</source>
        <translation>1 gebucht, Summe %1</translation>
    </message>
    <message>
        <source>%1 posted, total %2</source>
        <translation>%1 gebucht, Summe %2</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ListPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Cannot show the list: %1</source>
        <translation>Die Liste kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LockWidget</name>
    <message>
        <source>%1 locked the window. %1, enter your password to go on.</source>
        <translation>%1 hat das Fenster gesperrt. %1, geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Stockbook is locked</source>
        <translation>Stockbook ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Benutzer &amp;wechseln</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Another user signs in with their own password.</source>
        <translation>Ein anderer Benutzer meldet sich mit seinem eigenen Passwort an.</translation>
    </message>
    <message>
        <source>Locked after a time without activity. %1, enter your password to go on.</source>
        <translation>Nach einer Zeit ohne Aktivität gesperrt. %1, geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LoginDialog</name>
    <message>
        <source>Company on a server: %1</source>
        <translation>Firma auf einem Server: %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation>Firmendatei: %1</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>%n s warten</numerusform>
            <numerusform>%n s warten</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::MainWindow</name>
    <message>
        <source>Open on a ser&amp;ver…</source>
        <translation>Auf einem Ser&amp;ver öffnen…</translation>
    </message>
    <message>
        <source>Open a company on a PostgreSQL server and sign in</source>
        <translation>Eine Firma auf einem PostgreSQL-Server öffnen und anmelden</translation>
    </message>
    <message>
        <source>%1 — Stockbook</source>
        <translation>%1 — Stockbook</translation>
    </message>
    <message>
        <source>Company on a server: %1 (not opened)</source>
        <translation>Firma auf einem Server: %1 (nicht geöffnet)</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Signed in as another user: sign in as %1 to go on with this work, or sign out.</source>
        <translation>Als anderer Benutzer angemeldet: Melden Sie sich als %1 an, um mit dieser Arbeit fortzufahren, oder melden Sie sich ab.</translation>
    </message>
    <message>
        <source>Connected again to %1. Save again what was not saved.</source>
        <translation>Wieder mit %1 verbunden. Speichern Sie erneut, was nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>Your unsaved sale cannot be a draft yet (%1) and was kept as typed; it reopens when you unlock.</source>
        <translation>Ihr ungespeicherter Verkauf kann noch kein Entwurf sein (%1) und wurde so aufbewahrt, wie er eingegeben war; er öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Changes since the last checkpoint</source>
        <translation>Änderungen seit dem letzten Prüfpunkt</translation>
    </message>
    <message>
        <source>Signing in found changes to users, roles, permissions or the audit log that no administrator has signed: they may have been made outside Stockbook. Tell an administrator.</source>
        <translation>Bei der Anmeldung wurden Änderungen an Benutzern, Rollen, Berechtigungen oder dem Prüfprotokoll gefunden, die kein Administrator signiert hat: Sie wurden möglicherweise außerhalb von Stockbook vorgenommen. Informieren Sie einen Administrator.</translation>
    </message>
    <message>
        <source>Your unsaved purchase cannot be a draft yet (%1) and was kept as typed; it reopens when you unlock.</source>
        <translation>Ihr ungespeicherter Einkauf kann noch kein Entwurf sein (%1) und wurde so aufbewahrt, wie er eingegeben war; er öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Your unsaved transfer was kept and reopens when you unlock.</source>
        <translation>Ihre ungespeicherte Umlagerung wurde aufbewahrt und öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Your unsaved transfer could not be kept: %1</source>
        <translation>Ihre ungespeicherte Umlagerung konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Your unsaved stocktake was kept and reopens when you unlock.</source>
        <translation>Ihre ungespeicherte Inventur wurde aufbewahrt und öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Your unsaved stocktake could not be kept: %1</source>
        <translation>Ihre ungespeicherte Inventur konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Stockbook locks in %n second(s) without activity. Unsaved invoices are kept as your drafts.</source>
        <translation>
            <numerusform>Stockbook sperrt in %n Sekunde ohne Aktivität. Ungespeicherte Rechnungen werden als Ihre Entwürfe aufbewahrt.</numerusform>
            <numerusform>Stockbook sperrt in %n Sekunden ohne Aktivität. Ungespeicherte Rechnungen werden als Ihre Entwürfe aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved sale was kept as draft %1 and reopens when you unlock.</source>
        <translation>Ihr ungespeicherter Verkauf wurde als Entwurf %1 aufbewahrt und öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Your unsaved purchase was kept as draft %1 and reopens when you unlock.</source>
        <translation>Ihr ungespeicherter Einkauf wurde als Entwurf %1 aufbewahrt und öffnet sich beim Entsperren wieder.</translation>
    </message>
    <message>
        <source>Your unsaved sale could not be kept as a draft: %1</source>
        <translation>Ihr ungespeicherter Verkauf konnte nicht als Entwurf aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Your unsaved purchase could not be kept as a draft: %1</source>
        <translation>Ihr ungespeicherter Einkauf konnte nicht als Entwurf aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Stockbook</source>
        <translation>Stockbook</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <source>&amp;Open company…</source>
        <translation>Firma ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Stockbook</source>
        <translation>Stockbook schließen</translation>
    </message>
    <message>
        <source>&amp;About Stockbook</source>
        <translation>Ü&amp;ber Stockbook</translation>
    </message>
    <message>
        <source>Show the version and licence of Stockbook</source>
        <translation>Version und Lizenz von Stockbook anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No company open</source>
        <translation>Keine Firma geöffnet</translation>
    </message>
    <message>
        <source>Company file: %1 (not opened)</source>
        <translation>Firmendatei: %1 (nicht geöffnet)</translation>
    </message>
    <message>
        <source>%1

This page will hold: %2</source>
        <translation>%1

Diese Seite wird enthalten: %2</translation>
    </message>
    <message>
        <source>Find a page</source>
        <translation>Seite suchen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Create a company file with its first administrator</source>
        <translation>Eine Firmendatei mit ihrem ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>Choose a company file and sign in</source>
        <translation>Eine Firmendatei wählen und anmelden</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Close the company and return to the sign-in</source>
        <translation>Die Firma schließen und zur Anmeldung zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Cover the window until a password is entered</source>
        <translation>Das Fenster verdecken, bis ein Passwort eingegeben wird</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Passwort &amp;ändern…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Ein neues Passwort für Ihr Konto wählen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the current page</source>
        <translation>Die aktuelle Seite drucken</translation>
    </message>
    <message>
        <source>&amp;Find page</source>
        <translation>Seite &amp;suchen</translation>
    </message>
    <message>
        <source>Find a page by its name</source>
        <translation>Eine Seite nach ihrem Namen suchen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Company details, users, backups</source>
        <translation>Firmendaten, Benutzer, Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation>Bestand &amp;umlagern…</translation>
    </message>
    <message>
        <source>Move stock from one warehouse to another</source>
        <translation>Bestand von einem Lager in ein anderes umlagern</translation>
    </message>
    <message>
        <source>&amp;Stocktake…</source>
        <translation>&amp;Inventur…</translation>
    </message>
    <message>
        <source>Enter counted quantities; the differences are posted as adjustments</source>
        <translation>Gezählte Mengen eingeben; die Differenzen werden als Korrekturen gebucht</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Gesperrt — %1</translation>
    </message>
    <message>
        <source>Signed in: %1 — role: %2 — %3</source>
        <translation>Angemeldet: %1 — Rolle: %2 — %3</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Firma öffnen</translation>
    </message>
    <message>
        <source>Stockbook companies (*.stockbook)</source>
        <translation>Stockbook-Firmen (*.stockbook)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::NumberingTab</name>
    <message>
        <source>Each kind of document has its own series of numbers per year. A number is given when the document is posted, without gaps, and the series starts again at 1 in each new year (the year of the issue date). Drafts have no number; a voided invoice keeps its number. The numbers cannot be changed.</source>
        <translation>Jede Belegart hat je Jahr eine eigene Nummernfolge. Eine Nummer wird beim Buchen vergeben, lückenlos, und die Folge beginnt in jedem neuen Jahr (dem Jahr des Rechnungsdatums) wieder bei 1. Entwürfe haben keine Nummer; eine stornierte Rechnung behält ihre Nummer. Die Nummern können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummernkreise</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>First number in %1</source>
        <translation>Erste Nummer in %1</translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation>Ausgangsrechnungen</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Eingangsrechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::Pages</name>
    <message>
        <source>Sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Sales invoices: drafts, posting, payments received.</source>
        <translation>Ausgangsrechnungen: Entwürfe, Buchung, Zahlungseingänge.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Purchase invoices from suppliers; posting them brings stock in.</source>
        <translation>Eingangsrechnungen von Lieferanten; ihre Buchung bucht Bestand ein.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers, their details and what they owe.</source>
        <translation>Kunden, ihre Daten und ihre offenen Beträge.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Look up products, prices and tax rates.</source>
        <translation>Artikel, Preise und Steuersätze nachschlagen.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Look up stock levels per warehouse and the movements behind them.</source>
        <translation>Bestände je Lager und die zugrunde liegenden Bewegungen nachschlagen.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Edit products, categories, prices and tax rates.</source>
        <translation>Artikel, Kategorien, Preise und Steuersätze bearbeiten.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Suppliers and their details.</source>
        <translation>Lieferanten und ihre Daten.</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Warehouses and which one is the default.</source>
        <translation>Lager und welches das Standardlager ist.</translation>
    </message>
    <message>
        <source>Stock tasks</source>
        <translation>Lageraufgaben</translation>
    </message>
    <message>
        <source>Transfers between warehouses and stock adjustments.</source>
        <translation>Umlagerungen zwischen Lagern und Bestandskorrekturen.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Sales, stock valuation and other reports, with exports.</source>
        <translation>Verkaufs-, Lagerbewertungs- und weitere Berichte, mit Export.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who did what and when, with the hash chain&apos;s verification.</source>
        <translation>Wer hat was wann getan, mit Prüfung der Hash-Kette.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Company details, users and roles, backups and the key.</source>
        <translation>Firmendaten, Benutzer und Rollen, Sicherungen und der Schlüssel.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Today&apos;s and this month&apos;s sales, low stock, overdue receivables, 12 months of sales.</source>
        <translation>Verkäufe heute und im Monat, niedriger Bestand, überfällige Forderungen, 12 Monate Verkäufe.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PartnerEditor</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Edit supplier</source>
        <translation>Lieferant bearbeiten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Ste&amp;uernummer:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be chosen on new invoices</source>
        <translation>A&amp;ktiv: kann auf neuen Rechnungen gewählt werden</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PasswordStrength</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters that are hard to guess: a few unrelated words work well. Your name and the company&apos;s name do not count.</source>
        <translation>Verwenden Sie %1 bis %2 schwer zu erratende Zeichen: Einige unzusammenhängende Wörter eignen sich gut. Ihr Name und der Firmenname zählen nicht.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. This password can be used.</source>
        <translation>%1. Dieses Passwort kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductEditor</name>
    <message>
        <source>pieces</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>litres</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Artikelnummer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Default su&amp;pplier:</source>
        <translation>Standard&amp;lieferant:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Sale p&amp;rice:</source>
        <translation>Verkaufs&amp;preis:</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>&amp;Steuersatz:</translation>
    </message>
    <message>
        <source>Re&amp;order level:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <source>&amp;Active: offered for sale and purchase</source>
        <translation>Akti&amp;v: für Verkauf und Einkauf angeboten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Average cost:</source>
        <translation>Durchschnittskosten:</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>Vorhanden:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>No default supplier</source>
        <translation>Kein Standardlieferant</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 % (inactive)</source>
        <translation>%1 % (inaktiv)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The price is not a number; enter it like %1, with at most two decimals.</source>
        <translation>Der Preis ist keine Zahl; geben Sie ihn wie %1 ein, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>The reorder level is not a number; enter it like 5 or %1.</source>
        <translation>Der Meldebestand ist keine Zahl; geben Sie ihn wie 5 oder %1 ein.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductField</name>
    <message>
        <source>Several products match &quot;%1&quot;. Choose one from the list with the arrow keys and Enter, or type more of the name.</source>
        <translation>Mehrere Artikel passen zu „%1“. Wählen Sie einen in der Liste mit den Pfeiltasten und Eingabe, oder tippen Sie mehr vom Namen.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;: no SKU or barcode is that, and no name contains it. Check what you typed.</source>
        <translation>Kein Artikel passt zu „%1“: keine Artikelnummer und kein Barcode lautet so, und kein Name enthält es. Prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;. Check it or type part of the name.</source>
        <translation>Kein Artikel hat die Artikelnummer oder den Barcode „%1“. Prüfen Sie die Eingabe oder geben Sie einen Teil des Namens ein.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryKeyDialog</name>
    <message>
        <source>The new recovery key</source>
        <translation>Der neue Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The company key was changed. This is the new recovery key: it opens the company when every password is lost, and the old one no longer does. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation>Der Firmenschlüssel wurde geändert. Dies ist der neue Wiederherstellungsschlüssel: Er öffnet die Firma, wenn alle Passwörter verloren sind, der alte nicht mehr. Er wird nur jetzt angezeigt: Drucken oder speichern Sie ihn und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>I have stored the new recovery &amp;key</source>
        <translation>Ich habe den neuen Wiederherstellungsschlüssel &amp;aufbewahrt</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is kept safe, then copy something else over it.</source>
        <translation>Kopiert. Fügen Sie ihn an einem sicheren Ort ein und kopieren Sie dann etwas anderes darüber.</translation>
    </message>
    <message>
        <source>Store the recovery key first, then tick the box.</source>
        <translation>Bewahren Sie zuerst den Wiederherstellungsschlüssel auf und setzen Sie dann das Häkchen.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>It opens the company when every password is lost. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation>Er öffnet die Firma, wenn alle Passwörter verloren sind. Er wird nur jetzt angezeigt: Drucken oder speichern Sie ihn und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <source>I have stored the recovery &amp;key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;aufbewahrt</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation>Erstattung zu %1</translation>
    </message>
    <message>
        <source>After its credit notes, %1 has %2 %3 more paid than it owes. Record the money received back from %4: the balance returns to zero.</source>
        <translation>Nach ihren Gutschriften ist auf %1 %2 %3 mehr bezahlt, als sie schuldet. Erfassen Sie das von %4 zurückerhaltene Geld: Der Saldo geht auf null zurück.</translation>
    </message>
    <message>
        <source>After its credit notes, %1 has %2 %3 more paid than it owes. Record the money paid back to %4: the balance returns to zero.</source>
        <translation>Nach ihren Gutschriften ist auf %1 %2 %3 mehr bezahlt, als sie schuldet. Erfassen Sie das an %4 zurückgezahlte Geld: Der Saldo geht auf null zurück.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>Record &amp;refund</source>
        <translation>Rückzahlung e&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Enter the amount to refund as a number such as %1, at most %2.</source>
        <translation>Geben Sie den zu erstattenden Betrag als Zahl ein, etwa %1, höchstens %2.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 paid over what %3 owes. Refund at most %2.</source>
        <translation>%1 ist mehr als die %2, die über den offenen Betrag von %3 hinaus bezahlt sind. Erstatten Sie höchstens %2.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportFilterBar</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportPdfExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportRunner</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportView</name>
    <message>
        <source>Quantity per unit: %1</source>
        <translation>Menge je Einheit: %1</translation>
    </message>
    <message>
        <source>CSV, plain numbers: %1 (*.csv)</source>
        <translation>CSV, einfache Zahlen: %1 (*.csv)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>B&amp;ericht:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Run the report with these filters (%1)</source>
        <translation>Bericht mit diesen Filtern ausführen (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Running the report</source>
        <translation>Bericht wird ausgeführt</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Berichtszeilen</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Berichtsdiagramm</translation>
    </message>
    <message>
        <source>Choose the filters, then Run.</source>
        <translation>Wählen Sie die Filter, dann „Ausführen“.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), run at %1 in %2 s</source>
        <translation>
            <numerusform>%n Zeile, ausgeführt um %1 in %2 s</numerusform>
            <numerusform>%n Zeilen, ausgeführt um %1 in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a report first.</source>
        <translation>Führen Sie zuerst einen Bericht aus.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV, numbers as in this language: %1 (*.csv)</source>
        <translation>CSV, Zahlen wie in dieser Sprache: %1 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite(n)).</numerusform>
            <numerusform>%1 gespeichert (%n Seite(n)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>Der PDF-Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>A PDF is being written; wait for it or cancel it.</source>
        <translation>Eine PDF-Datei wird gerade geschrieben; warten Sie oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RestoreDialog</name>
    <message>
        <source>Replace it even with a backup of a &amp;different company</source>
        <translation>Auch durch die Sicherung einer anderen &amp;Firma ersetzen</translation>
    </message>
    <message>
        <source>Another company:</source>
        <translation>Andere Firma:</translation>
    </message>
    <message>
        <source>To replace it with this backup, tick “Replace it even with a backup of a different company”.</source>
        <translation>Um sie durch diese Sicherung zu ersetzen, kreuzen Sie „Auch durch die Sicherung einer anderen Firma ersetzen“ an.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup is checked whole before anything is written. It is restored into a company file of its own: the open company cannot be replaced while it is open. A file that exists under the chosen name is kept, renamed to end in &quot;.before-restore&quot;; replacing it needs the sign-in of one of its administrators (the same user name and password) or its recovery key.</source>
        <translation>Die Sicherung wird vollständig geprüft, bevor etwas geschrieben wird. Sie wird in eine eigene Firmendatei wiederhergestellt: Die geöffnete Firma kann nicht ersetzt werden, solange sie geöffnet ist. Eine Datei, die unter dem gewählten Namen existiert, bleibt erhalten und wird in „.before-restore“ umbenannt; um sie zu ersetzen, braucht es die Anmeldung eines ihrer Administratoren (derselbe Benutzername und dasselbe Passwort) oder ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the backup file</source>
        <translation>Nach der Sicherungsdatei suchen</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sic&amp;herungsdatei:</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Wiederherstellen nach</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the file to restore into</source>
        <translation>Nach der Zieldatei der Wiederherstellung suchen</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Wiederherstellen &amp;nach:</translation>
    </message>
    <message>
        <source>A &amp;user&apos;s password</source>
        <translation>Das Passwort eines &amp;Benutzers</translation>
    </message>
    <message>
        <source>The r&amp;ecovery key</source>
        <translation>Der &amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Öffnen mit:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>Password at the time of the backup</source>
        <translation>Passwort zum Zeitpunkt der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Password then:</source>
        <translation>Damaliges &amp;Passwort:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Wiederherstellungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Wiederhers&amp;tellen</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wiederherzustellende Sicherung wählen</translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup);;All files (*)</source>
        <translation>Stockbook-Sicherungen (*.backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Company files (*.stockbook)</source>
        <translation>Firmendateien (*.stockbook)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Sicherung wird geprüft und wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReversePaymentDialog</name>
    <message>
        <source>Reverse payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Reverse the payment of %1 made on %2 for %3? The invoice&apos;s balance grows by the amount again; the payment stays listed as reversed.</source>
        <translation>Die Zahlung von %1 vom %2 über %3 stornieren? Der Saldo der Rechnung steigt wieder um den Betrag; die Zahlung bleibt als storniert aufgeführt.</translation>
    </message>
    <message>
        <source>For example: card payment charged back</source>
        <translation>Zum Beispiel: Kartenzahlung zurückgebucht</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Re&amp;verse payment</source>
        <translation>Zahlung stor&amp;nieren</translation>
    </message>
    <message>
        <source>Reverse the refund of %1 made on %2 for %3? The invoice&apos;s balance falls by the amount again; the refund stays listed as reversed.</source>
        <translation>Die Erstattung von %1 vom %2 über %3 stornieren? Der Saldo der Rechnung sinkt wieder um den Betrag; die Erstattung bleibt als storniert aufgeführt.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RotateKeyDialog</name>
    <message>
        <source>Change the company key</source>
        <translation>Firmenschlüssel ändern</translation>
    </message>
    <message>
        <source>The company file is encrypted again with a new random key. Every user keeps their password. The current recovery key stops working and a new one is shown once: have a printer or a safe place for it ready. Backups made before keep their old recovery key.

Nobody else may use this company file meanwhile. Enter your password to go ahead.</source>
        <translation>Die Firmendatei wird mit einem neuen Zufallsschlüssel neu verschlüsselt. Jeder Benutzer behält sein Passwort. Der aktuelle Wiederherstellungsschlüssel wird ungültig und ein neuer wird einmalig angezeigt: Halten Sie einen Drucker oder einen sicheren Ort dafür bereit. Früher angelegte Sicherungen behalten ihren alten Wiederherstellungsschlüssel.

Niemand sonst darf diese Firmendatei währenddessen verwenden. Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>Schlüssel &amp;ändern</translation>
    </message>
    <message>
        <source>Changing the company key. This takes a while for a large company file…</source>
        <translation>Der Firmenschlüssel wird geändert. Bei einer großen Firmendatei dauert das eine Weile…</translation>
    </message>
    <message>
        <source>The company key was not changed.</source>
        <translation>Der Firmenschlüssel wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::SecurityTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Sperre nach Inaktivität, Minuten</translation>
    </message>
    <message>
        <source>1 to 30 minutes without input; then the window locks and the company file closes.</source>
        <translation>1 bis 30 Minuten ohne Eingabe; dann wird das Fenster gesperrt und die Firmendatei geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> Fehlversuchen</translation>
    </message>
    <message>
        <source>Lock an account after failed sign-ins</source>
        <translation>Ein Konto nach fehlgeschlagenen Anmeldungen sperren</translation>
    </message>
    <message>
        <source>3 to 20 consecutive failed sign-ins lock an account until an administrator unlocks it (the last active administrator: for 15 minutes). The recovery key always opens the company.</source>
        <translation>3 bis 20 aufeinanderfolgende fehlgeschlagene Anmeldungen sperren ein Konto, bis ein Administrator es entsperrt (der letzte aktive Administrator: für 15 Minuten). Der Wiederherstellungsschlüssel öffnet die Firma immer.</translation>
    </message>
    <message>
        <source>Lock an &amp;account after:</source>
        <translation>Ein &amp;Konto sperren nach:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>Die gespeicherten Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation>Die gespeicherten Werte werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>Sperre bei Inaktivität</translation>
    </message>
    <message>
        <source>lockout threshold</source>
        <translation>Sperrschwelle</translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation>Nichts zu übernehmen: Kein Wert wurde geändert.</translation>
    </message>
    <message>
        <source>Saved: %1. It applies from now on.</source>
        <translation>Gespeichert: %1. Gilt ab sofort.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation>Die oben markierten Werte wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Ta&amp;xes</source>
        <translation>S&amp;teuern</translation>
    </message>
    <message>
        <source>Invoice num&amp;bers</source>
        <translation>Rechnungsnu&amp;mmern</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>Bac&amp;kup and key</source>
        <translation>Sicherung und Schlüss&amp;el</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Change &amp;role to:</source>
        <translation>&amp;Rolle ändern in:</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>De&amp;aktivieren</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>New user &amp;name:</source>
        <translation>&amp;Name des neuen Benutzers:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>V&amp;ollständiger Name:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Add user with the role above</source>
        <translation>Benutzer mit der obigen Rolle hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Vorläufiges Passwort</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Reakti&amp;vieren</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Give %1 this temporary password; it is shown only now and must be changed at the first sign-in.</source>
        <translation>Geben Sie %1 dieses vorläufige Passwort; es wird nur jetzt angezeigt und muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1? Their current password stops working at once; they sign in with the temporary password shown next and must then choose a new one.</source>
        <translation>Das Passwort von %1 zurücksetzen? Das bisherige Passwort gilt sofort nicht mehr; die Anmeldung erfolgt mit dem danach angezeigten vorläufigen Passwort, danach muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in until an administrator reactivates them.</source>
        <translation>%1 deaktivieren? Eine Anmeldung ist erst wieder möglich, wenn ein Administrator das Konto reaktiviert.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StartPage</name>
    <message>
        <source>Open a company on a &amp;server</source>
        <translation>Firma auf einem &amp;Server öffnen</translation>
    </message>
    <message>
        <source>Signs in to a company that several workstations share on a PostgreSQL server; you need its address from your administrator.</source>
        <translation>Meldet Sie bei einer Firma an, die mehrere Arbeitsplätze auf einem PostgreSQL-Server teilen; die Adresse erhalten Sie von Ihrem Administrator.</translation>
    </message>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Willkommen bei Stockbook</translation>
    </message>
    <message>
        <source>No company file was found. What would you like to do?</source>
        <translation>Es wurde keine Firmendatei gefunden. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation>Meine Firma &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Explore a demo company</source>
        <translation>Eine &amp;Demofirma erkunden</translation>
    </message>
    <message>
        <source>Needs the demo data, which this version does not include yet.</source>
        <translation>Benötigt die Demodaten, die diese Version noch nicht enthält.</translation>
    </message>
    <message>
        <source>Sets up your company, its currency and tax rate, and you as its administrator.</source>
        <translation>Richtet Ihre Firma, ihre Währung und ihren Steuersatz ein, mit Ihnen als Administrator.</translation>
    </message>
    <message>
        <source>Opens a shop with sample products, customers and invoices.</source>
        <translation>Öffnet einen Laden mit Beispielartikeln, -kunden und -rechnungen.</translation>
    </message>
    <message>
        <source>Not available yet: it needs the demo data.</source>
        <translation>Noch nicht verfügbar: Es werden die Demodaten benötigt.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StockDialogs</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StockLinesModel</name>
    <message>
        <source>the quantity is empty; type e.g. %1</source>
        <translation>die Menge ist leer; geben Sie z. B. %1 ein</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>Menge „%1“ ist keine Zahl; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; must be above zero; type e.g. %2</source>
        <translation>Menge „%1“ muss größer als null sein; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>count &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>Zählung „%1“ ist keine Zahl; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>count &apos;%1&apos; cannot be below zero; type e.g. %2</source>
        <translation>Zählung „%1“ darf nicht unter null liegen; geben Sie z. B. %2 ein</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Only %1 %2</source>
        <translation>Nur %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>More than the %1 %2 in the warehouse the stock leaves.</source>
        <translation>Mehr als die %1 %2 im abgebenden Lager.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Inventur gebucht</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake of %1 posted: %n product(s) counted, %2 adjusted.</source>
        <translation>
            <numerusform>Inventur von %1 gebucht: %n Artikel gezählt, %2 korrigiert.</numerusform>
            <numerusform>Inventur von %1 gebucht: %n Artikel gezählt, %2 korrigiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Lager:</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Artikelnummer, Barcode oder Teil eines Namens scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Products and counts</source>
        <translation>Artikel und Zählungen</translation>
    </message>
    <message>
        <source>&amp;Counts: type what is on the shelf. Leave Counted empty for a product you did not count; it keeps its level.</source>
        <translation>&amp;Zählungen: Geben Sie ein, was im Regal liegt. Lassen Sie „Gezählt“ für nicht gezählte Artikel leer; ihr Bestand bleibt.</translation>
    </message>
    <message>
        <source>For example: annual count, breakage, theft</source>
        <translation>Zum Beispiel: Jahresinventur, Bruch, Diebstahl</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>P&amp;ost adjustments (Ctrl+Enter)</source>
        <translation>Korrekturen &amp;buchen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Post adjustments</source>
        <translation>Korrekturen buchen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the count as a number such as 12 or 2.5.</source>
        <translation>Geben Sie die Zählung als Zahl ein, etwa 12 oder 2,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. 20 or %1</source>
        <translation>z. B. 20 oder %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Satz:</translation>
    </message>
    <message>
        <source>&amp;Used for new products without a rate</source>
        <translation>Für neue Artikel ohne Satz &amp;verwenden</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Neuer Steuersatz</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Steuersatz bearbeiten</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation>Kein Steuersatz %1 gefunden.</translation>
    </message>
    <message>
        <source>To change the default, open another rate and make it the default.</source>
        <translation>Um den Standard zu ändern, öffnen Sie einen anderen Satz und machen Sie ihn zum Standard.</translation>
    </message>
    <message>
        <source>The rate is not a number; enter it in percent like 20 or %1.</source>
        <translation>Der Satz ist keine Zahl; geben Sie ihn in Prozent ein, etwa 20 oder %1.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRatesTab</name>
    <message>
        <source>Products use these rates; the default is given to new products without one. A rate used on posted invoices keeps its old value there when it is changed.</source>
        <translation>Artikel verwenden diese Sätze; der Standard wird neuen Artikeln ohne Satz zugewiesen. Ein auf gebuchten Rechnungen verwendeter Satz behält dort seinen alten Wert, wenn er geändert wird.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New tax rate…</source>
        <translation>&amp;Neuer Steuersatz…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Tax rate saved.</source>
        <translation>Steuersatz gespeichert.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation>Bestand umlagern</translation>
    </message>
    <message>
        <source>Stock transferred</source>
        <translation>Bestand umgelagert</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n product(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Artikel von %1 nach %2 umgelagert.</numerusform>
            <numerusform>%n Artikel von %1 nach %2 umgelagert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From warehouse:</source>
        <translation>&amp;Von Lager:</translation>
    </message>
    <message>
        <source>T&amp;o warehouse:</source>
        <translation>&amp;Nach Lager:</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Artikelnummer, Barcode oder Teil eines Namens scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Lines to transfer</source>
        <translation>Umzulagernde Zeilen</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Transfer (Ctrl+Enter)</source>
        <translation>&amp;Umlagern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagern</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Enter the quantity as a number such as 2 or 1.5.</source>
        <translation>Geben Sie die Menge als Zahl ein, etwa 2 oder 1,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WarehouseEditor</name>
    <message>
        <source>e.g. SHOP-2</source>
        <translation>z. B. LADEN-2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Active: stock can be moved in and out</source>
        <translation>&amp;Aktiv: Bestand kann ein- und ausgelagert werden</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Neues Lager</translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation>Lager bearbeiten</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>The default warehouse is always active.</source>
        <translation>Das Standardlager ist immer aktiv.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WelcomePage</name>
    <message>
        <source>Create a company file with its first administrator, open an existing one, or open a company on a server, and sign in.</source>
        <translation>Legen Sie eine Firmendatei mit ihrem ersten Administrator an, öffnen Sie eine vorhandene oder eine Firma auf einem Server, und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Willkommen bei Stockbook</translation>
    </message>
    <message>
        <source>No company is open yet.</source>
        <translation>Noch ist keine Firma geöffnet.</translation>
    </message>
    <message>
        <source>Create a company file with its first administrator, or open an existing one and sign in.</source>
        <translation>Legen Sie eine Firmendatei mit ihrem ersten Administrator an oder öffnen Sie eine vorhandene und melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ServerCompanyDialog</name>
    <message>
        <source>Open a company on a server</source>
        <translation>Firma auf einem Server öffnen</translation>
    </message>
    <message>
        <source>Type the company&apos;s server address, or fill in its parts below. The password is asked when you sign in.</source>
        <translation>Geben Sie die Serveradresse der Firma ein oder füllen Sie unten ihre Teile aus. Das Passwort wird bei der Anmeldung abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Or its parts</source>
        <translation>Oder ihre Teile</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Root certificate file:</source>
        <translation>&amp;Stammzertifikat-Datei:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>This is not a server address: it starts with postgresql://. To open a company file, use Open company.</source>
        <translation>Das ist keine Serveradresse: Sie beginnt mit postgresql://. Um eine Firmendatei zu öffnen, verwenden Sie „Firma öffnen“.</translation>
    </message>
    <message>
        <source>Root certificate file</source>
        <translation>Stammzertifikat-Datei</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>stockbook</name>
    <message>
        <source>Stockbook, the desktop ERP for small shops.</source>
        <translation>Stockbook, die Warenwirtschaft für kleine Geschäfte.</translation>
    </message>
    <message>
        <source>The company file to use.</source>
        <translation>Die zu verwendende Firmendatei.</translation>
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
</context>
<context>
    <name>stockbook-cli</name>
    <message>
        <source>Run &quot;stockbook-cli --help&quot; for usage.</source>
        <translation>Mit „stockbook-cli --help“ wird die Verwendung angezeigt.</translation>
    </message>
    <message>
        <source>Command-line companion of Stockbook, the desktop ERP for small shops.</source>
        <translation>Kommandozeilenwerkzeug zu Stockbook, der Warenwirtschaft für kleine Geschäfte.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::MainWindow</name>
    <message>
        <source>Stockbook</source>
        <translation>Stockbook</translation>
    </message>
    <message>
        <source>Comes with the sign-in screen; use stockbook-cli init today</source>
        <translation>Kommt mit dem Anmeldefenster; heute mit stockbook-cli init</translation>
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
        <source>&lt;h3&gt;Stockbook %1&lt;/h3&gt;&lt;p&gt;Desktop ERP for small shops.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockbook %1&lt;/h3&gt;&lt;p&gt;Warenwirtschaft für kleine Geschäfte.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Stockbook</source>
        <translation>Über Stockbook</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WelcomePage</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Willkommen bei Stockbook</translation>
    </message>
    <message>
        <source>No company is open yet.</source>
        <translation>Noch ist keine Firma geöffnet.</translation>
    </message>
    <message>
        <source>Creating and opening a company in this window comes with the next version. Today stockbook-cli creates a company, manages its users and makes backups.</source>
        <translation>Das Anlegen und Öffnen einer Firma in diesem Fenster kommt mit der nächsten Version. Heute legt stockbook-cli eine Firma an, verwaltet ihre Benutzer und erstellt Sicherungen.</translation>
    </message>
</context>
</TS>

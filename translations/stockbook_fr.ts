<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>stockbook</name>
    <message>
        <source>Stockbook, the desktop ERP for small shops.</source>
        <translation>Stockbook, le logiciel de gestion pour petits commerces.</translation>
    </message>
    <message>
        <source>The company file to use.</source>
        <translation>Le fichier d’entreprise à utiliser.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Save a picture of the main window as a PNG file, then exit.</source>
        <translation>Enregistrer une image de la fenêtre principale au format PNG, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Run &quot;stockbook --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;stockbook --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;.</source>
        <translation>Impossible d’enregistrer la capture d’écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>stockbook-cli</name>
    <message>
        <source>Run &quot;stockbook-cli --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;stockbook-cli --help&#xa0;» pour l’utilisation.</translation>
    </message>
    <message>
        <source>Command-line companion of Stockbook, the desktop ERP for small shops.</source>
        <translation>Outil en ligne de commande de Stockbook, le logiciel de gestion pour petits commerces.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
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
        <translation>Arrive avec l’écran de connexion ; aujourd’hui, utilisez stockbook-cli init</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>&amp;Open company…</source>
        <translation>&amp;Ouvrir une entreprise…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Stockbook</source>
        <translation>Fermer Stockbook</translation>
    </message>
    <message>
        <source>&amp;About Stockbook</source>
        <translation>À &amp;propos de Stockbook</translation>
    </message>
    <message>
        <source>Show the version and licence of Stockbook</source>
        <translation>Afficher la version et la licence de Stockbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>No company open</source>
        <translation>Aucune entreprise ouverte</translation>
    </message>
    <message>
        <source>Company file: %1 (not opened)</source>
        <translation>Fichier d’entreprise&#xa0;: %1 (non ouvert)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stockbook %1&lt;/h3&gt;&lt;p&gt;Desktop ERP for small shops.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stockbook %1&lt;/h3&gt;&lt;p&gt;Logiciel de gestion pour petits commerces.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Stockbook</source>
        <translation>À propos de Stockbook</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WelcomePage</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>No company is open yet.</source>
        <translation>Aucune entreprise n’est encore ouverte.</translation>
    </message>
    <message>
        <source>Creating and opening a company in this window comes with the next version. Today stockbook-cli creates a company, manages its users and makes backups.</source>
        <translation>La création et l’ouverture d’une entreprise dans cette fenêtre arrivent avec la prochaine version. Aujourd’hui, stockbook-cli crée une entreprise, gère ses utilisateurs et fait les sauvegardes.</translation>
    </message>
</context>
</TS>

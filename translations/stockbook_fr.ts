<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InvoiceListPage</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nouvelle vente</translation>
    </message>
    <message>
        <source>&amp;New purchase</source>
        <translation>&amp;Nouvel achat</translation>
    </message>
    <message>
        <source>Sales &amp;list</source>
        <translation>Liste des &amp;ventes</translation>
    </message>
    <message>
        <source>Purchases &amp;list</source>
        <translation>Liste des ac&amp;hats</translation>
    </message>
</context>
<context>
    <name>Stockbook</name>
    <message>
        <source>A company on a server has no company key to change: the server keeps its data and checks the passwords.</source>
        <translation>Une entreprise sur un serveur n’a pas de clé d’entreprise à changer : le serveur garde ses données et vérifie les mots de passe.</translation>
    </message>
    <message>
        <source>A company on a server is backed up with its administrator&apos;s password: stockbook-cli backup --db URL --user ADMIN.</source>
        <translation>Une entreprise sur un serveur se sauvegarde avec le mot de passe de son administrateur : stockbook-cli backup --db URL --user ADMIN.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 exists already: nothing is overwritten. Choose another file name.</source>
        <translation>%1 existe déjà : rien n’est écrasé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>This company is a file: back it up as a file (BackupService).</source>
        <translation>Cette entreprise est un fichier : sauvegardez-la comme un fichier (BackupService).</translation>
    </message>
    <message>
        <source>No working folder could be made beside %1: %2. Check that the folder exists and can be written.</source>
        <translation>Aucun dossier de travail n’a pu être créé à côté de %1 : %2. Vérifiez que le dossier existe et qu’on peut y écrire.</translation>
    </message>
    <message>
        <source>No working folder could be made to unpack the backup: %1</source>
        <translation>Aucun dossier de travail n’a pu être créé pour déballer la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Reading the list of tables</source>
        <translation>Lecture de la liste des tables</translation>
    </message>
    <message>
        <source>The two companies do not have the same tables (%1 against %2): both must be at this program&apos;s schema version.</source>
        <translation>Les deux entreprises n’ont pas les mêmes tables (%1 contre %2) : toutes deux doivent être à la version de schéma de ce programme.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the two companies (%2 against %3): both must be at this program&apos;s schema version.</source>
        <translation>La table %1 a d’autres colonnes dans les deux entreprises (%2 contre %3) : toutes deux doivent être à la version de schéma de ce programme.</translation>
    </message>
    <message>
        <source>Emptying %1</source>
        <translation>Vidage de %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Reading the id sequences</source>
        <translation>Lecture des séquences d’identifiants</translation>
    </message>
    <message>
        <source>Moving the id sequence of %1</source>
        <translation>Avancement de la séquence d’identifiants de %1</translation>
    </message>
    <message>
        <source>Creating the login of %1</source>
        <translation>Création de la connexion de %1</translation>
    </message>
    <message>
        <source>Copying the company</source>
        <translation>Copie de l’entreprise</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>These user names cannot be logins on a server, which takes a lower-case letter, then up to 62 lower-case letters, digits or _ . -: %1. Add users with such names in the company file, move their work to them and deactivate the old ones, then try again.</source>
        <translation>Ces noms d’utilisateur ne peuvent pas être des connexions sur un serveur, qui veut une lettre minuscule, puis jusqu’à 62 lettres minuscules, chiffres ou _ . - : %1. Ajoutez dans le fichier de l’entreprise des utilisateurs avec de tels noms, confiez-leur le travail, désactivez les anciens, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator of the company.</source>
        <translation>%1 n’est pas un administrateur actif de l’entreprise.</translation>
    </message>
    <message>
        <source>Disabling the login of %1</source>
        <translation>Désactivation de la connexion de %1</translation>
    </message>
    <message>
        <source>%1 cannot be a user name on a server: use a lower-case letter, then up to 62 lower-case letters, digits or _ . -</source>
        <translation>%1 ne peut pas être un nom d&apos;utilisateur sur un serveur : utilisez une lettre minuscule, puis jusqu&apos;à 62 lettres minuscules, chiffres ou _ . -</translation>
    </message>
    <message>
        <source>%1 failed on the server: %2</source>
        <translation>%1 a échoué sur le serveur : %2</translation>
    </message>
    <message>
        <source>%1 is not a company database name: use a lower-case letter, then up to 39 lower-case letters, digits or _.</source>
        <translation>%1 n&apos;est pas un nom de base de données d&apos;entreprise : utilisez une lettre minuscule, puis jusqu&apos;à 39 lettres minuscules, chiffres ou _.</translation>
    </message>
    <message>
        <source>A SCRAM verifier needs a salt and iterations.</source>
        <translation>Un vérificateur SCRAM a besoin d&apos;un sel et d&apos;itérations.</translation>
    </message>
    <message>
        <source>Adding the administrator</source>
        <translation>Ajout de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Applying the server&apos;s roles and rights</source>
        <translation>Application des rôles et des droits du serveur</translation>
    </message>
    <message>
        <source>Checking the server account</source>
        <translation>Vérification du compte du serveur</translation>
    </message>
    <message>
        <source>Connect to the server as a superuser first.</source>
        <translation>Connectez-vous d&apos;abord au serveur en tant que superutilisateur.</translation>
    </message>
    <message>
        <source>Connecting to the new database</source>
        <translation>Connexion à la nouvelle base de données</translation>
    </message>
    <message>
        <source>Creating a company needs a superuser&apos;s connection to the server (for example postgres).</source>
        <translation>La création d&apos;une entreprise nécessite une connexion de superutilisateur au serveur (par exemple postgres).</translation>
    </message>
    <message>
        <source>Creating the administrator&apos;s login</source>
        <translation>Création de la connexion de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Creating the company&apos;s roles</source>
        <translation>Création des rôles de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>Finishing the set-up</source>
        <translation>Fin de la mise en place</translation>
    </message>
    <message>
        <source>Looking for %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>Starting the set-up</source>
        <translation>Début de la mise en place</translation>
    </message>
    <message>
        <source>Storing the company&apos;s name</source>
        <translation>Enregistrement du nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The database %1 exists on this server already. Choose another name, or open that company.</source>
        <translation>La base de données %1 existe déjà sur ce serveur. Choisissez un autre nom ou ouvrez cette entreprise.</translation>
    </message>
    <message>
        <source>The password&apos;s server verifier could not be computed (OpenSSL failed).</source>
        <translation>Le vérificateur serveur du mot de passe n&apos;a pas pu être calculé (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>The role %1 exists on this server already. Choose another company database or user name.</source>
        <translation>Le rôle %1 existe déjà sur ce serveur. Choisissez une autre base de données d&apos;entreprise ou un autre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The server&apos;s security script is missing from this program.</source>
        <translation>Le script de sécurité du serveur manque dans ce programme.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so no password opens %2. Use its recovery key.</source>
        <translation>Le fichier de clés %1 est absent : aucun mot de passe n&apos;ouvre donc %2. Utilisez sa clé de récupération.</translation>
    </message>
    <message>
        <source>Replacing %1 needs the sign-in of one of its administrators or its recovery key: the user name and password that opened the backup do not open %1 as it is now. %1 was not changed.</source>
        <translation>Remplacer %1 demande la connexion de l&apos;un de ses administrateurs ou sa clé de récupération : le nom d&apos;utilisateur et le mot de passe qui ont ouvert la sauvegarde n&apos;ouvrent pas %1 tel qu&apos;il est maintenant. %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The user name or password for %1 is wrong; %1 was not changed.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe pour %1 est incorrect ; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another company, or the key was changed since it was printed. %1 was not changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas %1 : elle appartient à une autre entreprise, ou la clé a été changée depuis son impression. %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be opened to check who may replace it (%2). Restore into another file, or move %1 away first.</source>
        <translation>%1 ne peut pas être ouvert pour vérifier qui peut le remplacer (%2). Restaurez dans un autre fichier, ou déplacez d&apos;abord %1.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of %2, so %1 may not replace it. Replacing it needs the sign-in of one of its administrators or its recovery key; %2 was not changed.</source>
        <translation>%1 n&apos;est pas administrateur de %2, donc %1 ne peut pas le remplacer. Le remplacer demande la connexion de l&apos;un de ses administrateurs ou sa clé de récupération ; %2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This backup is of “%1”, not of the company in %2; %2 was not changed.</source>
        <translation>Cette sauvegarde est celle de « %1 », pas de l&apos;entreprise de %2 ; %2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This backup is of “%1”, not of “%3” (%2); %2 was not changed.</source>
        <translation>Cette sauvegarde est celle de « %1 », pas de « %3 » (%2) ; %2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Stockbook never writes through one. Choose the real file or another name.</source>
        <translation>%1 est un lien symbolique ; Stockbook n&apos;écrit jamais à travers un tel lien. Choisissez le fichier réel ou un autre nom.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or confirm replacing it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou confirmez son remplacement.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>There is no warehouse %1. Check the warehouse code.</source>
        <translation>Il n&apos;existe pas d&apos;entrepôt %1. Vérifiez le code de l&apos;entrepôt.</translation>
    </message>
    <message>
        <source>There is no product %1. Check the SKU.</source>
        <translation>Il n&apos;existe pas d&apos;article %1. Vérifiez la référence.</translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive. Reactivate it first or choose another warehouse.</source>
        <translation>L&apos;entrepôt %1 est inactif. Réactivez-le d&apos;abord ou choisissez un autre entrepôt.</translation>
    </message>
    <message>
        <source>%1 is on lines %2 and %3. Put each product on one line only.</source>
        <translation>%1 figure aux lignes %2 et %3. Ne mettez chaque article que sur une seule ligne.</translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation>Un transfert nécessite au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1: the quantity to transfer must be above zero.</source>
        <translation>Ligne %1 : la quantité à transférer doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Stock cannot be transferred from warehouse %1 to itself. Choose another destination.</source>
        <translation>Le stock ne peut pas être transféré de l&apos;entrepôt %1 vers lui-même. Choisissez une autre destination.</translation>
    </message>
    <message>
        <source>A stocktake needs a reason, for example &quot;annual count&quot; or &quot;breakage&quot;.</source>
        <translation>Un inventaire nécessite un motif, par exemple « inventaire annuel » ou « casse ».</translation>
    </message>
    <message>
        <source>A stocktake needs at least one counted product.</source>
        <translation>Un inventaire nécessite au moins un article compté.</translation>
    </message>
    <message>
        <source>Line %1: a counted quantity cannot be below zero.</source>
        <translation>Ligne %1 : une quantité comptée ne peut pas être inférieure à zéro.</translation>
    </message>
    <message>
        <source>%1: the product total is negative (%2).</source>
        <translation>%1 : le stock total de l&apos;article est négatif (%2).</translation>
    </message>
    <message>
        <source>%1: the product total is %2 but its warehouse levels add up to %3.</source>
        <translation>%1 : le stock total de l&apos;article est de %2, mais ses stocks par entrepôt totalisent %3.</translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is negative (%3).</source>
        <translation>%1 dans l&apos;entrepôt %2 : le stock est négatif (%3).</translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is %3 but the stock movements add up to %4.</source>
        <translation>%1 dans l&apos;entrepôt %2 : le stock est de %3, mais les mouvements de stock totalisent %4.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in and try again.</source>
        <translation>Personne n&apos;est connecté. Connectez-vous et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>La session a été verrouillée après %n minute d&apos;inactivité. Reconnectez-vous.</numerusform>
            <numerusform>La session a été verrouillée après %n minutes d&apos;inactivité. Reconnectez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is temporary. Choose a new password before doing anything else.</source>
        <translation>Votre mot de passe est provisoire. Choisissez un nouveau mot de passe avant toute autre chose.</translation>
    </message>
    <message>
        <source>Enter the company name (1 to %1 characters).</source>
        <translation>Saisissez le nom de l&apos;entreprise (1 à %1 caractères).</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>L&apos;adresse est trop longue : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>A tax number has at most %1 letters, digits, spaces, &apos;-&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation>Un numéro fiscal comporte au plus %1 lettres, chiffres, espaces, « - », « . » ou « / ».</translation>
    </message>
    <message>
        <source>Enter the currency as its three-letter ISO 4217 code in capitals, such as EUR, GBP or USD.</source>
        <translation>Saisissez la devise sous forme de code ISO 4217 à trois lettres majuscules, comme EUR, GBP ou USD.</translation>
    </message>
    <message>
        <source>%1 is not a year of the number series: enter a year from 2000 to 9999.</source>
        <translation>%1 n&apos;est pas une année des séries de numéros : saisissez une année de 2000 à 9999.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large: at most %1 KiB. Use a smaller image.</source>
        <translation>Le logo est trop volumineux : %1 Kio au maximum. Utilisez une image plus petite.</translation>
    </message>
    <message>
        <source>The idle lock is 1 to 30 minutes.</source>
        <translation>Le verrouillage après inactivité est de 1 à 30 minutes.</translation>
    </message>
    <message>
        <source>An account locks after 3 to 20 failed sign-ins.</source>
        <translation>Un compte se verrouille après 3 à 20 échecs de connexion.</translation>
    </message>
    <message>
        <source>Choose the system&apos;s language, en, de or fr.</source>
        <translation>Choisissez la langue du système, en, de ou fr.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters; shorten it.</source>
        <translation>Le champ « %1 » dépasse %2 caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The %1 holds a control character; remove it.</source>
        <translation>Le champ « %1 » contient un caractère de contrôle ; supprimez-le.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The name is empty; enter one.</source>
        <translation>Le nom est vide ; saisissez-en un.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not of the form name@example.com.</source>
        <translation>L&apos;adresse e-mail %1 n&apos;est pas de la forme nom@example.com.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>The phone number %1 may hold only digits, spaces and + ( ) . / -.</source>
        <translation>Le numéro de téléphone %1 ne peut contenir que des chiffres, des espaces et + ( ) . / -.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>numéro fiscal</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>Le délai de paiement est de 0 à 365 jours.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another customer.</source>
        <translation>L&apos;adresse e-mail %1 appartient à un autre client.</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another supplier.</source>
        <translation>L&apos;adresse e-mail %1 appartient à un autre fournisseur.</translation>
    </message>
    <message>
        <source>No customer %1 was found.</source>
        <translation>Aucun client %1 trouvé.</translation>
    </message>
    <message>
        <source>No supplier %1 was found.</source>
        <translation>Aucun fournisseur %1 trouvé.</translation>
    </message>
    <message>
        <source>There is no invoice with the id %1.</source>
        <translation>Il n&apos;existe aucune facture avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The period starts after it ends; swap the dates.</source>
        <translation>La période commence après sa fin ; inversez les dates.</translation>
    </message>
    <message>
        <source>The period is day, week or month, not %1.</source>
        <translation>La période est jour, semaine ou mois, pas %1.</translation>
    </message>
    <message>
        <source>Rank by revenue or quantity, not %1.</source>
        <translation>Classez par chiffre d&apos;affaires ou par quantité, pas par %1.</translation>
    </message>
    <message>
        <source>The limit is a whole number from 1 to 100000.</source>
        <translation>La limite est un nombre entier de 1 à 100000.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail %1.</source>
        <translation>Il n&apos;existe aucun client avec l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is not a percentage; write it like 20 or 7.5.</source>
        <translation>Le taux de TVA « %1 » n&apos;est pas un pourcentage ; écrivez-le comme 20 ou 7.5.</translation>
    </message>
    <message>
        <source>No active tax rate of %1 % exists; create it first.</source>
        <translation>Aucun taux de TVA actif de %1 % n&apos;existe ; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount; write it like 12.50.</source>
        <translation>Le prix « %1 » n&apos;est pas un montant ; écrivez-le comme 12.50.</translation>
    </message>
    <message>
        <source>The reorder level &quot;%1&quot; is not a quantity; write it like 5 or 1.5.</source>
        <translation>Le seuil de réapprovisionnement « %1 » n&apos;est pas une quantité ; écrivez-le comme 5 ou 1.5.</translation>
    </message>
    <message>
        <source>Active is 1 or 0.</source>
        <translation>Actif vaut 1 ou 0.</translation>
    </message>
    <message>
        <source>The category name is longer than 100 characters.</source>
        <translation>Le nom de la catégorie dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>No active supplier has the e-mail address %1.</source>
        <translation>Aucun fournisseur actif n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>The SKU %1 appears already on line %2 of this file.</source>
        <translation>La référence %1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The barcode %1 appears already on line %2 of this file.</source>
        <translation>Le code-barres %1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The payment terms &quot;%1&quot; are not a whole number of days.</source>
        <translation>Le délai de paiement « %1 » n&apos;est pas un nombre entier de jours.</translation>
    </message>
    <message>
        <source>The e-mail address %1 appears already on line %2 of this file.</source>
        <translation>L&apos;adresse e-mail %1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The first line must be the header: %1</source>
        <translation>La première ligne doit être l&apos;en-tête : %1</translation>
    </message>
    <message>
        <source>The header column &quot;%1&quot; is unknown or repeated; the header is: %2</source>
        <translation>La colonne d&apos;en-tête « %1 » est inconnue ou répétée ; l&apos;en-tête est : %2</translation>
    </message>
    <message>
        <source>The header lacks columns; it is: %1</source>
        <translation>Il manque des colonnes dans l&apos;en-tête ; il est : %1</translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation>%1 champs attendus, %2 trouvés.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reading the users and roles</source>
        <translation>Lecture des utilisateurs et des rôles</translation>
    </message>
    <message>
        <source>audit row %1 names %2 as its author but is signed with the key of %3</source>
        <translation>la ligne d&apos;audit %1 désigne %2 comme auteur mais est signée avec la clé de %3</translation>
    </message>
    <message>
        <source>audit row %1 is not signed by %2: its signature does not match their key</source>
        <translation>la ligne d&apos;audit %1 n&apos;est pas signée par %2 : sa signature ne correspond pas à sa clé</translation>
    </message>
    <message>
        <source>audit row %1 in the name of %2 carries no signature: it was not written by Stockbook</source>
        <translation>la ligne d&apos;audit %1 au nom de %2 ne porte aucune signature : elle n&apos;a pas été écrite par Stockbook</translation>
    </message>
    <message>
        <source>The checkpoint could not be signed.</source>
        <translation>Le point de contrôle n&apos;a pas pu être signé.</translation>
    </message>
    <message>
        <source>audit row %1 (%2) changed users after the checkpoint of %3 signed by %4, and no later checkpoint covers it: a newer checkpoint was removed</source>
        <translation>la ligne d&apos;audit %1 (%2) a modifié les utilisateurs après le point de contrôle du %3 signé par %4, et aucun point de contrôle ultérieur ne la couvre : un point de contrôle plus récent a été supprimé</translation>
    </message>
    <message>
        <source>Only an administrator whose key file holds the administrators&apos; key can sign a checkpoint. Sign in as an administrator of this company and try again.</source>
        <translation>Seul un administrateur dont le fichier de clés contient la clé des administrateurs peut signer un point de contrôle. Connectez-vous en tant qu&apos;administrateur de cette entreprise et réessayez.</translation>
    </message>
    <message>
        <source>the checkpoint of %1 (giving %2 as its signer) is not signed by the administrators&apos; key</source>
        <translation>le point de contrôle du %1 (qui indique %2 comme signataire) n&apos;est pas signé par la clé des administrateurs</translation>
    </message>
    <message>
        <source>no checkpoint yet: no administrator has signed the users, roles and audit log of this company</source>
        <translation>pas encore de point de contrôle : aucun administrateur n&apos;a signé les utilisateurs, les rôles et le journal d&apos;audit de cette entreprise</translation>
    </message>
    <message>
        <source>users changed since the checkpoint of %1 signed by %2</source>
        <translation>utilisateurs modifiés depuis le point de contrôle du %1 signé par %2</translation>
    </message>
    <message>
        <source>roles changed since the checkpoint of %1 signed by %2</source>
        <translation>rôles modifiés depuis le point de contrôle du %1 signé par %2</translation>
    </message>
    <message>
        <source>permissions changed since the checkpoint of %1 signed by %2</source>
        <translation>autorisations modifiées depuis le point de contrôle du %1 signé par %2</translation>
    </message>
    <message>
        <source>audit history changed since the checkpoint of %1 signed by %2: row %3 is no longer the row it recorded</source>
        <translation>historique d&apos;audit modifié depuis le point de contrôle du %1 signé par %2 : la ligne %3 n&apos;est plus celle qu&apos;il a enregistrée</translation>
    </message>
    <message>
        <source>audit rows after the checkpoint of %1 signed by %2, not yet attested: %3</source>
        <translation>lignes d&apos;audit après le point de contrôle du %1 signé par %2, pas encore attestées : %3</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit row %1 is missing (the next row is %2)</source>
        <translation>la ligne d&apos;audit %1 manque (la suivante est %2)</translation>
    </message>
    <message>
        <source>audit row %1 appears out of order</source>
        <translation>la ligne d&apos;audit %1 n&apos;est pas à sa place</translation>
    </message>
    <message>
        <source>audit row %1 does not follow row %2: rows were removed or reordered</source>
        <translation>la ligne d&apos;audit %1 ne suit pas la ligne %2 : des lignes ont été supprimées ou réordonnées</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written</source>
        <translation>la ligne d&apos;audit %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>audit row %1 has an unknown hash version %2</source>
        <translation>la ligne d&apos;audit %1 a une version de hachage inconnue %2</translation>
    </message>
    <message>
        <source>audit row %1 has hash version %2 after rows of version %3: the log was rewritten</source>
        <translation>la ligne d&apos;audit %1 a la version de hachage %2 après des lignes de version %3 : le journal a été réécrit</translation>
    </message>
    <message>
        <source>audit row %1 differs from the copy recorded outside the database: the log was rewritten</source>
        <translation>la ligne d&apos;audit %1 diffère de la copie enregistrée hors de la base : le journal a été réécrit</translation>
    </message>
    <message>
        <source>the audit log ends at row %1, but row %2 was recorded outside the database: rows were removed from the end</source>
        <translation>le journal d&apos;audit s&apos;arrête à la ligne %1, mais la ligne %2 a été enregistrée hors de la base : des lignes ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>A field is longer than %1 KiB; shorten it.</source>
        <translation>Un champ dépasse %1 Kio ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte; it is not a text file.</source>
        <translation>Le fichier contient un octet NUL ; ce n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; save the file as UTF-8.</source>
        <translation>Le texte n&apos;est pas en UTF-8 valide ; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>Mémoire insuffisante pour lire le fichier.</translation>
    </message>
    <message>
        <source>A quote is misplaced: quote the whole field and double any quote inside it (&quot;&quot;).</source>
        <translation>Un guillemet est mal placé : mettez tout le champ entre guillemets et doublez chaque guillemet qu&apos;il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>There is no invoice numbered %1. Check the number.</source>
        <translation>Il n&apos;existe aucune facture numéro %1. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation>Aucun fournisseur ne correspond à %1.</translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation>Aucun client ne correspond à %1.</translation>
    </message>
    <message>
        <source>Give the partner&apos;s e-mail address or id.</source>
        <translation>Indiquez l&apos;adresse e-mail ou l&apos;identifiant du partenaire.</translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation>Aucun article n&apos;a la référence %1.</translation>
    </message>
    <message>
        <source>No warehouse has the code %1.</source>
        <translation>Aucun entrepôt n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>A stock movement needs a quantity above zero.</source>
        <translation>Un mouvement de stock nécessite une quantité supérieure à zéro.</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>L&apos;article n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Not enough stock of %1 (%2) in warehouse %3: %4 available, %5 needed.</source>
        <translation>Stock insuffisant de %1 (%2) dans l&apos;entrepôt %3 : %4 disponible(s), %5 nécessaire(s).</translation>
    </message>
    <message>
        <source>Another workstation took stock this invoice needs while it was being posted. Nothing was posted: check the stock levels and post again.</source>
        <translation>Un autre poste a pris du stock dont cette facture a besoin pendant sa validation. Rien n&apos;a été validé : vérifiez les niveaux de stock et validez à nouveau.</translation>
    </message>
    <message>
        <source>The number series could not be read. Post the invoice again.</source>
        <translation>La série de numéros n&apos;a pas pu être lue. Validez la facture à nouveau.</translation>
    </message>
    <message>
        <source>The demo company was cancelled.</source>
        <translation>La société de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>Setting the password of %1</source>
        <translation>Définition du mot de passe de %1</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Le serveur n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>A temporary folder could not be made: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>moving onto the server</source>
        <translation>transfert sur le serveur</translation>
    </message>
    <message>
        <source>warehouses and categories</source>
        <translation>entrepôts et catégories</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>products</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name for the demo company.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier pour la société de démonstration.</translation>
    </message>
    <message>
        <source>The %1 is empty; enter one.</source>
        <translation>Le champ « %1 » est vide ; remplissez-le.</translation>
    </message>
    <message>
        <source>The SKU is empty; enter one.</source>
        <translation>La référence est vide ; saisissez-en une.</translation>
    </message>
    <message>
        <source>The SKU is longer than 64 characters; shorten it.</source>
        <translation>La référence dépasse 64 caractères ; raccourcissez-la.</translation>
    </message>
    <message>
        <source>The SKU %1 may hold only letters, digits and . _ / # + -; no spaces.</source>
        <translation>La référence %1 ne peut contenir que des lettres, des chiffres et . _ / # + - ; pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>The barcode %1 may hold only letters and digits, at most 64.</source>
        <translation>Le code-barres %1 ne peut contenir que des lettres et des chiffres, 64 au maximum.</translation>
    </message>
    <message>
        <source>product name</source>
        <translation>nom de l&apos;article</translation>
    </message>
    <message>
        <source>The unit %1 is unknown; use piece, kg, litre or metre.</source>
        <translation>L&apos;unité %1 est inconnue ; utilisez piece, kg, litre ou metre.</translation>
    </message>
    <message>
        <source>The price is negative; enter 0 or more.</source>
        <translation>Le prix est négatif ; saisissez 0 ou plus.</translation>
    </message>
    <message>
        <source>The price is more than %1.</source>
        <translation>Le prix dépasse %1.</translation>
    </message>
    <message>
        <source>The reorder level is negative; enter 0 or more.</source>
        <translation>Le seuil de réapprovisionnement est négatif ; saisissez 0 ou plus.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product; choose another.</source>
        <translation>La référence %1 est déjà utilisée par un autre article ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Le code-barres %1 est déjà utilisé par un autre article.</translation>
    </message>
    <message>
        <source>The category does not exist; pick one from the list.</source>
        <translation>La catégorie n&apos;existe pas ; choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>The supplier does not exist or is inactive; pick an active one.</source>
        <translation>Le fournisseur n&apos;existe pas ou est inactif ; choisissez-en un actif.</translation>
    </message>
    <message>
        <source>The tax rate does not exist or is inactive; pick an active one.</source>
        <translation>Le taux de TVA n&apos;existe pas ou est inactif ; choisissez-en un actif.</translation>
    </message>
    <message>
        <source>The category %1 exists already.</source>
        <translation>La catégorie %1 existe déjà.</translation>
    </message>
    <message>
        <source>No default tax rate is set; choose one.</source>
        <translation>Aucun taux de TVA par défaut n&apos;est défini ; choisissez-en un.</translation>
    </message>
    <message>
        <source>No product %1 was found.</source>
        <translation>Aucun article %1 trouvé.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that you may write to the folder and that the disk is not full, then try again.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite. Vérifiez que vous pouvez écrire dans le dossier et que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end.</source>
        <translation>%1 ne peut pas être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Check the path.</source>
        <translation>La sauvegarde %1 n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. Check that you may read it.</source>
        <translation>La sauvegarde %1 ne peut pas être lue. Vérifiez que vous avez le droit de la lire.</translation>
    </message>
    <message>
        <source>it is not a Stockbook backup (a backup starts with STOCKBOOK-BACKUP).</source>
        <translation>ce n&apos;est pas une sauvegarde Stockbook (une sauvegarde commence par STOCKBOOK-BACKUP).</translation>
    </message>
    <message>
        <source>it is incomplete: it ends inside its header.</source>
        <translation>elle est incomplète : elle se termine au milieu de son en-tête.</translation>
    </message>
    <message>
        <source>it is of backup format %1, which this version of Stockbook does not read. Restore it with a newer Stockbook.</source>
        <translation>elle est au format de sauvegarde %1, que cette version de Stockbook ne lit pas. Restaurez-la avec un Stockbook plus récent.</translation>
    </message>
    <message>
        <source>it is incomplete or damaged: its manifest does not fit in the file.</source>
        <translation>elle est incomplète ou endommagée : son manifeste ne tient pas dans le fichier.</translation>
    </message>
    <message>
        <source>its manifest is damaged.</source>
        <translation>son manifeste est endommagé.</translation>
    </message>
    <message>
        <source>it is incomplete: it has %1 bytes of %2, so it was cut short while it was written or copied.</source>
        <translation>elle est incomplète : elle contient %1 octets sur %2, elle a donc été tronquée pendant son écriture ou sa copie.</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest accounts for.</source>
        <translation>elle contient %1 octets de plus que ce qu&apos;indique son manifeste.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to the end.</source>
        <translation>La sauvegarde %1 ne peut pas être lue jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>its final checksum does not match its contents, so it was damaged or changed after it was written.</source>
        <translation>sa somme de contrôle finale ne correspond pas à son contenu : elle a donc été endommagée ou modifiée après son écriture.</translation>
    </message>
    <message>
        <source>its key file part does not have the size its manifest records.</source>
        <translation>sa partie fichier de clés n&apos;a pas la taille indiquée dans son manifeste.</translation>
    </message>
    <message>
        <source>its key file part does not match the checksum recorded when it was made.</source>
        <translation>sa partie fichier de clés ne correspond pas à la somme de contrôle enregistrée à sa création.</translation>
    </message>
    <message>
        <source>its database part does not have the size its manifest records.</source>
        <translation>sa partie base de données n&apos;a pas la taille indiquée dans son manifeste.</translation>
    </message>
    <message>
        <source>%1 could not be created. Check that you may write to the folder.</source>
        <translation>%1 n&apos;a pas pu être créé. Vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked to %1. Check that the disk is not full.</source>
        <translation>La sauvegarde n&apos;a pas pu être décompressée dans %1. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>its database part does not match the checksum recorded when it was made.</source>
        <translation>sa partie base de données ne correspond pas à la somme de contrôle enregistrée à sa création.</translation>
    </message>
    <message>
        <source>The %1 name is empty; enter one.</source>
        <translation>Le nom (%1) est vide ; saisissez-en un.</translation>
    </message>
    <message>
        <source>The %1 name is longer than 100 characters.</source>
        <translation>Le nom (%1) dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 % and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>The parent category does not exist.</source>
        <translation>La catégorie parente n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation>Aucune catégorie %1 trouvée.</translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation>Aucun taux de TVA %1 trouvé.</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>taux de TVA</translation>
    </message>
    <message>
        <source>A tax rate named %1 exists already.</source>
        <translation>Un taux de TVA nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>The tax rate %1 is inactive and cannot be the default.</source>
        <translation>Le taux de TVA %1 est inactif et ne peut pas être celui par défaut.</translation>
    </message>
    <message>
        <source>The tax rate %1 is the default; make another rate the default first.</source>
        <translation>Le taux de TVA %1 est celui par défaut ; définissez d&apos;abord un autre taux par défaut.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>A credit note is made from a posted sale, not entered as a draft.</source>
        <translation>Un avoir est établi à partir d&apos;une vente validée, pas saisi comme brouillon.</translation>
    </message>
    <message>
        <source>Choose the %1 of the invoice.</source>
        <translation>Choisissez le %1 de la facture.</translation>
    </message>
    <message>
        <source>This %1 is inactive. Reactivate it or choose another.</source>
        <translation>Ce %1 est inactif. Réactivez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose the warehouse of the invoice.</source>
        <translation>Choisissez l&apos;entrepôt de la facture.</translation>
    </message>
    <message>
        <source>This warehouse is inactive. Choose another.</source>
        <translation>Cet entrepôt est inactif. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The issue date must lie between 2000 and 9999.</source>
        <translation>La date d&apos;émission doit être comprise entre 2000 et 9999.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Une facture nécessite au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>Ligne %1 : choisissez un article.</translation>
    </message>
    <message>
        <source>Line %1: %2 is inactive and cannot be invoiced.</source>
        <translation>Ligne %1 : %2 est inactif et ne peut pas être facturé.</translation>
    </message>
    <message>
        <source>Line %1: enter a quantity above zero.</source>
        <translation>Ligne %1 : saisissez une quantité supérieure à zéro.</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>Ligne %1 : le prix unitaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Line %1: the discount must lie between 0 and 100 %.</source>
        <translation>Ligne %1 : la remise doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the tax rate must lie between 0 and 1000 %.</source>
        <translation>Ligne %1 : le taux de TVA doit être compris entre 0 et 1000 %.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Invoice %1 is posted and can no longer be changed. Void it or issue a credit note instead.</source>
        <translation>La facture %1 est validée et ne peut plus être modifiée. Annulez-la ou émettez plutôt un avoir.</translation>
    </message>
    <message>
        <source>Only the author of a draft may %1 it.</source>
        <translation>Seul l&apos;auteur d&apos;un brouillon peut le %1.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation>La facture %1 est déjà validée.</translation>
    </message>
    <message>
        <source>%1 was saved on another workstation at %2, after you opened it, so your changes were not saved. They stay on screen: open it again to see the other changes, then make yours again.</source>
        <translation>%1 a été enregistré sur un autre poste à %2, après que vous l&apos;avez ouvert ; vos modifications n&apos;ont donc pas été enregistrées. Elles restent à l&apos;écran : rouvrez-le pour voir les autres modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Le brouillon %1</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Le produit %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Le client %1</translation>
    </message>
    <message>
        <source>Supplier %1</source>
        <translation>Le fournisseur %1</translation>
    </message>
    <message>
        <source>The %1 of this draft no longer exists.</source>
        <translation>Le %1 de ce brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is inactive. Reactivate it before posting.</source>
        <translation>%1 est inactif. Réactivez-le avant de valider.</translation>
    </message>
    <message>
        <source>The warehouse name is empty; enter one.</source>
        <translation>Le nom de l&apos;entrepôt est vide ; saisissez-en un.</translation>
    </message>
    <message>
        <source>The warehouse name is longer than 100 characters.</source>
        <translation>Le nom de l&apos;entrepôt dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The warehouse code %1 is already used; choose another.</source>
        <translation>Le code d&apos;entrepôt %1 est déjà utilisé ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The warehouse code &quot;%1&quot; must be 1 to 16 of the characters A-Z, 0-9, - and _.</source>
        <translation>Le code d&apos;entrepôt « %1 » doit comporter 1 à 16 des caractères A-Z, 0-9, - et _.</translation>
    </message>
    <message>
        <source>No warehouse %1 was found.</source>
        <translation>Aucun entrepôt %1 trouvé.</translation>
    </message>
    <message>
        <source>%1 is the default warehouse and cannot be deactivated.</source>
        <translation>%1 est l&apos;entrepôt par défaut et ne peut pas être désactivé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %n product(s); move or adjust it out first.</source>
        <translation>
            <numerusform>%1 contient encore du stock de %n article ; transférez-le ou ajustez-le d&apos;abord.</numerusform>
            <numerusform>%1 contient encore du stock de %n articles ; transférez-les ou ajustez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be %2. Make another user an administrator first.</source>
        <translation>%1 est le dernier administrateur actif et ne peut pas être %2. Nommez d&apos;abord un autre utilisateur administrateur.</translation>
    </message>
    <message>
        <source>No random numbers are available for a password.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible pour un mot de passe.</translation>
    </message>
    <message>
        <source>demoted</source>
        <translation>rétrogradé</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <source>Your key slot does not open this company.</source>
        <translation>Votre emplacement de clé n&apos;ouvre pas cette entreprise.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters: letters, digits and . _ - @, starting with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur comporte 1 à 64 caractères : lettres, chiffres et . _ - @, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>There is no role %1. Choose admin, manager or clerk.</source>
        <translation>Il n&apos;existe pas de rôle %1. Choisissez admin, manager ou clerk.</translation>
    </message>
    <message>
        <source>The user name %1 is taken. Choose another one.</source>
        <translation>Le nom d&apos;utilisateur %1 est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another user.</source>
        <translation>L&apos;adresse e-mail %1 appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Il n&apos;existe aucun utilisateur avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation>Indiquez pourquoi la facture est annulée.</translation>
    </message>
    <message>
        <source>Credit note %1 cannot be voided: it is final once issued.</source>
        <translation>L&apos;avoir %1 ne peut pas être annulé : il est définitif une fois émis.</translation>
    </message>
    <message>
        <source>A draft is not voided: delete it instead.</source>
        <translation>Un brouillon ne s&apos;annule pas : supprimez-le plutôt.</translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation>La facture %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>Invoice %1 has %2 payment(s) recorded. Reverse them first, then void the invoice.</source>
        <translation>La facture %1 a %2 paiement(s) enregistré(s). Contrepassez-les d&apos;abord, puis annulez la facture.</translation>
    </message>
    <message>
        <source>Invoice %1 has credit notes and cannot be voided. Credit its remaining lines instead.</source>
        <translation>La facture %1 a des avoirs et ne peut pas être annulée. Créditez plutôt ses lignes restantes.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: the stock it brought in is no longer all there. %2</source>
        <translation>La facture %1 ne peut pas être annulée : le stock qu&apos;elle a fait entrer n&apos;est plus entièrement présent. %2</translation>
    </message>
    <message>
        <source>Credit notes are issued for sales only.</source>
        <translation>Les avoirs ne s&apos;émettent que pour les ventes.</translation>
    </message>
    <message>
        <source>Only a posted sale can be credited; this one is %1.</source>
        <translation>Seule une vente validée peut faire l&apos;objet d&apos;un avoir ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Choisissez au moins une ligne à créditer.</translation>
    </message>
    <message>
        <source>Sale %1 has no line %2.</source>
        <translation>La vente %1 n&apos;a pas de ligne %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 (%3): enter a quantity above zero and at most %4, what is not yet credited.</source>
        <translation>Ligne %1 de %2 (%3) : saisissez une quantité supérieure à zéro et au plus %4, ce qui n&apos;est pas encore crédité.</translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of %2.</source>
        <translation>Il n&apos;existe pas de rapport nommé %1 ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>There is no warehouse %1.</source>
        <translation>Il n&apos;existe pas d&apos;entrepôt %1.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Il n&apos;existe pas de catégorie %1.</translation>
    </message>
    <message>
        <source>There is no supplier with the e-mail %1.</source>
        <translation>Il n&apos;existe aucun fournisseur avec l&apos;adresse e-mail %1.</translation>
    </message>
    <message>
        <source>The movements report needs a product, a warehouse or both; name one.</source>
        <translation>Le rapport des mouvements nécessite un article, un entrepôt ou les deux ; indiquez-en un.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Il n&apos;existe pas d&apos;article %1.</translation>
    </message>
    <message>
        <source>No company is open. Open the company file first.</source>
        <translation>Aucune entreprise n&apos;est ouverte. Ouvrez d&apos;abord le fichier de l&apos;entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key slot does not open the company that is open. Ask an administrator to reset the password.</source>
        <translation>Cet emplacement de clé n&apos;ouvre pas l&apos;entreprise ouverte. Demandez à un administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>The key slot of %1 is not the one this company recorded: the key file was changed or an old copy was put back. Ask an administrator to reset your password.</source>
        <translation>L&apos;emplacement de clé de %1 n&apos;est pas celui que cette entreprise a enregistré : le fichier de clés a été modifié ou une ancienne copie a été remise en place. Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation>Le compte %1 est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins until %2. Wait, or open the company with the recovery key.</source>
        <translation>Le compte %1 est verrouillé après des échecs de connexion répétés jusqu&apos;à %2. Patientez, ou ouvrez l&apos;entreprise avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins. Ask an administrator to unlock it.</source>
        <translation>Le compte %1 est verrouillé après des échecs de connexion répétés. Demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>%1 is not a known currency code. Enter the three-letter ISO 4217 code of your currency, such as EUR, GBP or USD.</source>
        <translation>%1 n’est pas un code de devise connu. Saisissez le code ISO 4217 à trois lettres de votre devise, comme EUR, GBP ou USD.</translation>
    </message>
    <message>
        <source>Enter a tax rate from 0 to 1000 %.</source>
        <translation>Saisissez un taux de TVA de 0 à 1000 %.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>A key file %1 already exists. Choose another name for the company file.</source>
        <translation>Un fichier de clés %1 existe déjà. Choisissez un autre nom pour le fichier de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>No random numbers are available to make a key.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible pour créer une clé.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Le fichier d&apos;entreprise %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so nobody can sign in with a password. Open the company with its recovery key to set a new administrator password.</source>
        <translation>Le fichier de clés %1 est manquant : personne ne peut donc se connecter avec un mot de passe. Ouvrez l&apos;entreprise avec sa clé de récupération pour définir un nouveau mot de passe administrateur.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another company, or the key was changed since it was printed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas %1 : elle appartient à une autre entreprise, ou la clé a été changée depuis son impression.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator; the recovery key sets a new password for an active administrator only.</source>
        <translation>%1 n&apos;est pas un administrateur actif ; la clé de récupération ne définit un nouveau mot de passe que pour un administrateur actif.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation>Il n&apos;existe aucun paiement avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>A credit note takes no payments.</source>
        <translation>Un avoir ne reçoit pas de paiements.</translation>
    </message>
    <message>
        <source>Invoice %1 is paid in full.</source>
        <translation>La facture %1 est entièrement payée.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and takes no payments; post it first.</source>
        <translation>La facture %1 est %2 et ne reçoit pas de paiements ; validez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due on invoice %3.</source>
        <translation>%1 dépasse les %2 restant dus sur la facture %3.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation>Indiquez pourquoi le paiement est contrepassé.</translation>
    </message>
    <message>
        <source>This payment was already reversed.</source>
        <translation>Ce paiement a déjà été contrepassé.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1 ne peut pas être écrit. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <source>The company file could not be brought up to date on disk, because it is still in use. Close other windows of this company and try again.</source>
        <translation>Le fichier de l&apos;entreprise n&apos;a pas pu être mis à jour sur le disque, car il est encore utilisé. Fermez les autres fenêtres de cette entreprise et réessayez.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 Use another backup; the current company file was not changed.</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée : %2 Utilisez une autre sauvegarde ; le fichier actuel de l&apos;entreprise n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The company is not open. Sign in again.</source>
        <translation>L&apos;entreprise n&apos;est pas ouverte. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your key slot does not hold the key of the open company file. Sign out, sign in again and retry.</source>
        <translation>Votre emplacement de clé ne contient pas la clé du fichier d&apos;entreprise ouvert. Déconnectez-vous, reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>No random numbers are available for a new key. Try again.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible pour une nouvelle clé. Réessayez.</translation>
    </message>
    <message>
        <source>The company key could not be changed; the company file still uses its old key and the old recovery key. Check the disk and try again.</source>
        <translation>La clé de l&apos;entreprise n&apos;a pas pu être changée ; le fichier de l&apos;entreprise utilise toujours son ancienne clé et l&apos;ancienne clé de récupération. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The company key could not be changed and the company file does not open with either key. Keep the file and its key files as they are and restore the latest backup into another folder.</source>
        <translation>La clé de l&apos;entreprise n&apos;a pas pu être changée et le fichier de l&apos;entreprise ne s&apos;ouvre avec aucune des deux clés. Laissez le fichier et ses fichiers de clés tels quels et restaurez la dernière sauvegarde dans un autre dossier.</translation>
    </message>
    <message>
        <source>The company key was changed, but the key file could not be replaced. Rename %1 to %2 before signing out, or nobody can sign in; then rotate the key again to get a recovery key.</source>
        <translation>La clé de l&apos;entreprise a été changée, mais le fichier de clés n&apos;a pas pu être remplacé. Renommez %1 en %2 avant de vous déconnecter, sinon personne ne pourra se connecter ; puis renouvelez à nouveau la clé pour obtenir une clé de récupération.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup; an existing file is never overwritten.</source>
        <translation>%1 existe déjà. Choisissez un autre nom pour la sauvegarde ; un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier de %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The backup %1 could not be created. Check that you may write to the folder.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être créée. Vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the disk is not full, then try again.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite. Vérifiez que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>The backup copy does not carry the schema version. Try again.</source>
        <translation>La copie de sauvegarde ne porte pas la version du schéma. Réessayez.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check after writing (%2) and was removed. Check the disk and try again.</source>
        <translation>La sauvegarde %1 a échoué à la vérification après écriture (%2) et a été supprimée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself. Choose another target.</source>
        <translation>Une sauvegarde ne peut pas être restaurée sur elle-même. Choisissez une autre cible.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Create it first.</source>
        <translation>Le dossier de %1 n&apos;existe pas. Créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is open in Stockbook. Close it everywhere, then restore.</source>
        <translation>%1 est ouvert dans Stockbook. Fermez-le partout, puis restaurez.</translation>
    </message>
    <message>
        <source>The password or recovery key does not open the backup %1. Use the password you had when the backup was made, or the recovery key of that time; the current company file was not changed.</source>
        <translation>Le mot de passe ou la clé de récupération n&apos;ouvre pas la sauvegarde %1. Utilisez le mot de passe ou la clé de récupération en vigueur lors de la sauvegarde ; le fichier actuel de l&apos;entreprise n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>its audit log does not match its manifest (%1).</source>
        <translation>son journal d&apos;audit ne correspond pas à son manifeste (%1).</translation>
    </message>
    <message>
        <source>The key of %1 in the backup&apos;s key file does not match the backup. Use the recovery key instead.</source>
        <translation>La clé de %1 dans le fichier de clés de la sauvegarde ne correspond pas à la sauvegarde. Utilisez plutôt la clé de récupération.</translation>
    </message>
    <message>
        <source>%1 may not restore backups. Sign in with an administrator&apos;s password from the time of the backup, or use the recovery key.</source>
        <translation>%1 n&apos;a pas le droit de restaurer des sauvegardes. Connectez-vous avec le mot de passe d&apos;un administrateur de l&apos;époque de la sauvegarde, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2; nothing was restored.</source>
        <translation>%1 n&apos;a pas pu être renommé en %2 ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The verified copy %1 could not be renamed to %2. Rename it by hand; the previous company file was kept as %2.before-restore.</source>
        <translation>La copie vérifiée %1 n&apos;a pas pu être renommée en %2. Renommez-la à la main ; l&apos;ancien fichier de l&apos;entreprise a été conservé sous %2.before-restore.</translation>
    </message>
    <message>
        <source>The company is closed. Sign in again to see this list.</source>
        <translation>L&apos;entreprise est fermée. Reconnectez-vous pour voir cette liste.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Customer / supplier</source>
        <translation>Client / fournisseur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Délai de paiement (jours)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Seuil de réappro.</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>litre</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>mètre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfert (sortie)</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfert (entrée)</translation>
    </message>
    <message>
        <source>Adjustment in</source>
        <translation>Ajustement (entrée)</translation>
    </message>
    <message>
        <source>Adjustment out</source>
        <translation>Ajustement (sortie)</translation>
    </message>
    <message>
        <source>Void (in)</source>
        <translation>Annulation (entrée)</translation>
    </message>
    <message>
        <source>Void (out)</source>
        <translation>Annulation (sortie)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>The value of %1 is already used by another record; enter a different one.</source>
        <translation>La valeur de %1 est déjà utilisée par un autre enregistrement ; saisissez-en une autre.</translation>
    </message>
    <message>
        <source>A value breaks the rule %1; correct it and try again.</source>
        <translation>Une valeur enfreint la règle %1 ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>%1 is required; fill it in and try again.</source>
        <translation>%1 est obligatoire ; remplissez-le et réessayez.</translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes a record that others still refer to.</source>
        <translation>La modification fait référence à un enregistrement inexistant, ou supprime un enregistrement auquel d&apos;autres font encore référence.</translation>
    </message>
    <message>
        <source>The change is not allowed: %1.</source>
        <translation>La modification n&apos;est pas autorisée : %1.</translation>
    </message>
    <message>
        <source>The company file is damaged: a page failed its integrity check. Restore the latest backup.</source>
        <translation>Le fichier de l&apos;entreprise est endommagé : une page a échoué au contrôle d&apos;intégrité. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The company file is busy with another change; try again in a moment.</source>
        <translation>Le fichier de l&apos;entreprise est occupé par une autre modification ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The company file %1 does not exist. Check the path, or create a new company.</source>
        <translation>Le fichier d&apos;entreprise %1 n&apos;existe pas. Vérifiez le chemin ou créez une nouvelle entreprise.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name; an existing file is never overwritten.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1. Choisissez un autre nom ; un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Stockbook company file. Stockbook only opens encrypted company files.</source>
        <translation>%1 est une base SQLite non chiffrée, pas un fichier d&apos;entreprise Stockbook. Stockbook n&apos;ouvre que des fichiers d&apos;entreprise chiffrés.</translation>
    </message>
    <message>
        <source>%1 is not a Stockbook company file (it is empty or holds another kind of data). Choose the company&apos;s .stockbook file.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;entreprise Stockbook (il est vide ou contient d&apos;autres données). Choisissez le fichier .stockbook de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>%1 is shorter than the company file it was: it has been cut off, perhaps by an incomplete copy. Restore the latest backup.</source>
        <translation>%1 est plus court que le fichier d&apos;entreprise qu&apos;il était : il a été tronqué, peut-être par une copie incomplète. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it fails its integrity check. Restore the latest backup.</source>
        <translation>%1 est endommagé : une partie échoue au contrôle d&apos;intégrité. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The key does not open %1: the password or recovery key is wrong, or the file belongs to another company.</source>
        <translation>La clé n&apos;ouvre pas %1 : le mot de passe ou la clé de récupération est erroné, ou le fichier appartient à une autre entreprise.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written. Check that the folder exists and that you may write to it.</source>
        <translation>%1 ne peut pas être lu ou écrit. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>A company key must be 256 bits long.</source>
        <translation>Une clé d&apos;entreprise doit comporter 256 bits.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Stockbook (process %2 on %3). Close it there first, or open the file read-only.</source>
        <translation>%1 est ouvert en écriture dans un autre Stockbook (processus %2 sur %3). Fermez-le d&apos;abord là-bas, ou ouvrez le fichier en lecture seule.</translation>
    </message>
    <message>
        <source>The company file cannot be opened: %1</source>
        <translation>Le fichier de l&apos;entreprise ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Stockbook (schema %2; this program knows up to %3). Update Stockbook to open it.</source>
        <translation>%1 a été écrit par un Stockbook plus récent (schéma %2 ; ce programme connaît jusqu&apos;au %3). Mettez Stockbook à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>Le fichier de l&apos;entreprise n&apos;est pas ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>The company file is damaged (%n problem(s) found). Restore the latest backup.</source>
        <translation>
            <numerusform>Le fichier de l&apos;entreprise est endommagé (%n problème trouvé). Restaurez la dernière sauvegarde.</numerusform>
            <numerusform>Le fichier de l&apos;entreprise est endommagé (%n problèmes trouvés). Restaurez la dernière sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist. Restore the latest backup.</source>
        <translation>
            <numerusform>%n enregistrement fait référence à des enregistrements inexistants. Restaurez la dernière sauvegarde.</numerusform>
            <numerusform>%n enregistrements font référence à des enregistrements inexistants. Restaurez la dernière sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossible de lire la migration %1.</translation>
    </message>
    <message>
        <source>Two migrations share the number %1.</source>
        <translation>Deux migrations portent le numéro %1.</translation>
    </message>
    <message>
        <source>No schema migrations are available.</source>
        <translation>Aucune migration de schéma n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The company file has schema %1, newer than this program&apos;s %2. Update Stockbook to open it.</source>
        <translation>Le fichier de l&apos;entreprise a le schéma %1, plus récent que le %2 de ce programme. Mettez Stockbook à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed; it was left at schema %3. %4</source>
        <translation>La mise à jour du fichier de l&apos;entreprise vers le schéma %1 (%2) a échoué ; il est resté au schéma %3. %4</translation>
    </message>
    <message>
        <source>The company database is not open.</source>
        <translation>La base de données de l&apos;entreprise n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Reading the schema version of the company database failed: %1</source>
        <translation>La lecture de la version du schéma de la base de données de l&apos;entreprise a échoué : %1</translation>
    </message>
    <message>
        <source>The company database has schema %1, newer than this program&apos;s %2. Update Stockbook to use it.</source>
        <translation>La base de données de l&apos;entreprise a le schéma %1, plus récent que le %2 de ce programme. Mettez Stockbook à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Updating the company database to schema %1 (%2) failed; it was left at schema %3. %4</source>
        <translation>La mise à jour de la base de données de l&apos;entreprise vers le schéma %1 (%2) a échoué ; elle est restée au schéma %3. %4</translation>
    </message>
    <message>
        <source>The key derivation settings are outside the range this version of Stockbook supports. Update Stockbook.</source>
        <translation>Les paramètres de dérivation de clé sortent de la plage prise en charge par cette version de Stockbook. Mettez Stockbook à jour.</translation>
    </message>
    <message>
        <source>The password could not be checked: the computer ran out of memory (this needs %1 MiB). Close other programs and try again.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié : l&apos;ordinateur manque de mémoire (il faut %1 Mio). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The role %1 may not do this (%2). Ask an administrator if you need it.</source>
        <translation>Le rôle %1 ne permet pas cela (%2). Demandez à un administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in state file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;état de connexion %1 : %2</translation>
    </message>
    <message>
        <source>The key file is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Le fichier de clés est endommagé ou n&apos;est pas un fichier de clés Stockbook : aucun mot de passe ne peut donc être vérifié. Restaurez le fichier de clés depuis une sauvegarde, ou ouvrez l&apos;entreprise avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Le fichier de clés %1 est endommagé ou n&apos;est pas un fichier de clés Stockbook : aucun mot de passe ne peut donc être vérifié. Restaurez le fichier de clés depuis une sauvegarde, ou ouvrez l&apos;entreprise avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Stockbook (key file format %2). Update Stockbook to open this company.</source>
        <translation>Le fichier de clés %1 a été écrit par une version plus récente de Stockbook (format %2). Mettez Stockbook à jour pour ouvrir cette entreprise.</translation>
    </message>
    <message>
        <source>The password is too short: %1 characters, at least %2 are needed.</source>
        <translation>Le mot de passe est trop court : %1 caractères, il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The password is too long: %1 characters, at most %2 are allowed.</source>
        <translation>Le mot de passe est trop long : %1 caractères, %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The password contains the user name. Choose one that does not.</source>
        <translation>Le mot de passe contient le nom d&apos;utilisateur. Choisissez-en un qui ne le contient pas.</translation>
    </message>
    <message>
        <source>The password is too common or too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Le mot de passe est trop courant ou trop facile à deviner. Utilisez plusieurs mots sans rapport entre eux ou une phrase plus longue.</translation>
    </message>
    <message>
        <source>The password is built on your name or the company&apos;s name. Choose words that have nothing to do with them.</source>
        <translation>Le mot de passe repose sur votre nom ou celui de l&apos;entreprise. Choisissez des mots qui n&apos;ont rien à voir avec eux.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Make it longer or less predictable.</source>
        <translation>Le mot de passe est trop facile à deviner. Rendez-le plus long ou moins prévisible.</translation>
    </message>
    <message>
        <source>The key could not be protected because the system&apos;s cryptography failed. Try again; if it keeps failing, restart the computer.</source>
        <translation>La clé n&apos;a pas pu être protégée car la cryptographie du système a échoué. Réessayez ; si l&apos;échec persiste, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full; the previous key file, if any, is unchanged.</source>
        <translation>Le fichier de clés %1 ne peut pas être écrit. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n&apos;est pas plein ; l&apos;ancien fichier de clés, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>The key file %1 is missing; it belongs beside the company file. Restore it from a backup, or open the company with its recovery key.</source>
        <translation>Le fichier de clés %1 est manquant ; il doit se trouver à côté du fichier de l&apos;entreprise. Restaurez-le depuis une sauvegarde, ou ouvrez l&apos;entreprise avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check that you may read it.</source>
        <translation>Le fichier de clés %1 ne peut pas être lu. Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Le fichier de clés %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A user name of 1 to %1 bytes is needed to store a key for the user.</source>
        <translation>Un nom d&apos;utilisateur de 1 à %1 octets est nécessaire pour enregistrer une clé pour l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>An empty password cannot protect the company key. Enter a password.</source>
        <translation>Un mot de passe vide ne peut pas protéger la clé de l&apos;entreprise. Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The key derivation settings are outside the supported range.</source>
        <translation>Les paramètres de dérivation de clé sortent de la plage prise en charge.</translation>
    </message>
    <message>
        <source>Another user already has a key under the name %1. Choose another name.</source>
        <translation>Un autre utilisateur a déjà une clé sous le nom %1. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The key file holds as many users as it can.</source>
        <translation>Le fichier de clés contient déjà autant d&apos;utilisateurs que possible.</translation>
    </message>
    <message>
        <source>The company key does not belong to this key file, so no key can be added to it. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation>La clé de l&apos;entreprise n&apos;appartient pas à ce fichier de clés : aucune clé ne peut donc y être ajoutée. Vérifiez que le fichier de clés à côté du fichier de l&apos;entreprise est bien le sien.</translation>
    </message>
    <message>
        <source>The password is right, but the company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>Le mot de passe est correct, mais la clé de l&apos;entreprise stockée dans le fichier de clés est endommagée. Restaurez le fichier de clés depuis une sauvegarde, ou ouvrez l&apos;entreprise avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>This key file is in an older format that cannot follow a change of the company key. Open the company with its recovery key to start a new key file first.</source>
        <translation>Ce fichier de clés est dans un ancien format qui ne peut pas suivre un changement de la clé de l&apos;entreprise. Ouvrez l&apos;entreprise avec sa clé de récupération pour créer d&apos;abord un nouveau fichier de clés.</translation>
    </message>
    <message>
        <source>The key file holds no user&apos;s key yet.</source>
        <translation>Le fichier de clés ne contient encore aucune clé d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The company key does not belong to this key file. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation>La clé de l&apos;entreprise n&apos;appartient pas à ce fichier de clés. Vérifiez que le fichier de clés à côté du fichier de l&apos;entreprise est bien le sien.</translation>
    </message>
    <message>
        <source>The company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation>La clé de l&apos;entreprise stockée dans le fichier de clés est endommagée. Restaurez le fichier de clés depuis une sauvegarde, ou ouvrez l&apos;entreprise avec sa clé de récupération.</translation>
    </message>
    <message>
        <source>This user&apos;s key does not match the one the company file records: it was copied from another user or put back from an older copy of the key file. Ask an admin to reset this user&apos;s password.</source>
        <translation>La clé de cet utilisateur ne correspond pas à celle enregistrée par le fichier de l&apos;entreprise : elle a été copiée depuis un autre utilisateur ou remise en place depuis une ancienne copie du fichier de clés. Demandez à un administrateur de réinitialiser le mot de passe de cet utilisateur.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both, and that Caps Lock is off, then try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est erroné. Vérifiez les deux, ainsi que le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>Character %1 of group %2 of the recovery key cannot be part of a recovery key (it uses the letters A to Z and the digits 2 to 7). Check that group against the printed key.</source>
        <translation>Le caractère %1 du groupe %2 de la clé de récupération ne peut pas faire partie d&apos;une clé de récupération (elle utilise les lettres A à Z et les chiffres 2 à 7). Comparez ce groupe à la clé imprimée.</translation>
    </message>
    <message>
        <source>Enter the recovery key: %1 groups of %2 characters.</source>
        <translation>Saisissez la clé de récupération : %1 groupes de %2 caractères.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key has %2 characters; every group has %3. Check that group against the printed key.</source>
        <translation>Le groupe %1 de la clé de récupération comporte %2 caractères ; chaque groupe en a %3. Comparez ce groupe à la clé imprimée.</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters, but it should have %2: %3 groups of %4. Look for a missing or an extra character.</source>
        <translation>La clé de récupération comporte %1 caractères, mais devrait en avoir %2 : %3 groupes de %4. Cherchez un caractère manquant ou en trop.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the printed key.</source>
        <translation>Le groupe %1 de la clé de récupération est mal saisi. Comparez-le à la clé imprimée.</translation>
    </message>
    <message>
        <source>Groups %1 of the recovery key are mistyped. Check them against the printed key.</source>
        <translation>Les groupes %1 de la clé de récupération sont mal saisis. Comparez-les à la clé imprimée.</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock disponible</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Valorisation du stock</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleurs articles</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Balance âgée des créances</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>À commander</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Supplier e-mail</source>
        <translation>E-mail du fournisseur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Classer par</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The company file does not open with its key any more. Keep the file and its key files as they are and restore the latest backup into another folder.</source>
        <translation>Le fichier de l’entreprise ne s’ouvre plus avec sa clé. Laissez le fichier et ses fichiers de clé tels quels et restaurez la dernière sauvegarde dans un autre dossier.</translation>
    </message>
    <message>
        <source>A report is exported as csv, json or table, not %1.</source>
        <translation>Un rapport s’exporte en csv, json ou table, pas en %1.</translation>
    </message>
    <message>
        <source>%1 is not open for writing in this program. Sign in to the company again.</source>
        <translation>%1 n’est pas ouvert en écriture dans ce programme. Reconnectez-vous à l’entreprise.</translation>
    </message>
    <message>
        <source>Receivables by days past due</source>
        <translation>Créances par jours de retard</translation>
    </message>
    <message>
        <source>Sales, last 12 months (gross)</source>
        <translation>Ventes des 12 derniers mois (TTC)</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventes TTC</translation>
    </message>
    <message>
        <source>Gross sales per period</source>
        <translation>Ventes TTC par période</translation>
    </message>
    <message>
        <source>Gross purchases per period</source>
        <translation>Achats TTC par période</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Valeur du stock par catégorie</translation>
    </message>
    <message>
        <source>A credit note takes no refunds: refund on the invoice it credits.</source>
        <translation>Un avoir ne prend pas de remboursement : remboursez sur la facture qu&apos;il crédite.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and has nothing to refund.</source>
        <translation>La facture %1 est %2 et n&apos;a rien à rembourser.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing paid over what it owes, so there is nothing to refund.</source>
        <translation>La facture %1 n&apos;a rien de payé au-delà de ce qu&apos;elle doit : il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>This refund was already reversed.</source>
        <translation>Ce remboursement a déjà été contrepassé.</translation>
    </message>
    <message>
        <source>Reversing this payment of %1 would leave less paid on invoice %2 than was refunded on it. Reverse the refund first.</source>
        <translation>Contrepasser ce paiement de %1 laisserait sur la facture %2 moins de payé que ce qui y a été remboursé. Contrepassez d&apos;abord le remboursement.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 paid over what invoice %3 owes. Refund at most %2.</source>
        <translation>%1 dépasse les %2 payés au-delà de ce que doit la facture %3. Remboursez au plus %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>Le système</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 posted purchase %2 from %3 for %4</source>
        <translation>%1 a validé l’achat %2 auprès de %3 pour %4</translation>
    </message>
    <message>
        <source>%1 posted credit note %2 to %3 for %4</source>
        <translation>%1 a validé l’avoir %2 pour %3 de %4</translation>
    </message>
    <message>
        <source>%1 posted sale %2 to %3 for %4</source>
        <translation>%1 a validé la vente %2 à %3 pour %4</translation>
    </message>
    <message>
        <source>%1 started a draft purchase from %2 for %3</source>
        <translation>%1 a commencé un brouillon d’achat auprès de %2 pour %3</translation>
    </message>
    <message>
        <source>%1 started a draft sale to %2 for %3</source>
        <translation>%1 a commencé un brouillon de vente à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 changed the draft for %2, now %3</source>
        <translation>%1 a modifié le brouillon pour %2, désormais %3</translation>
    </message>
    <message>
        <source>%1 deleted the draft for %2 of %3</source>
        <translation>%1 a supprimé le brouillon pour %2 de %3</translation>
    </message>
    <message>
        <source>%1 voided %2 of %3: %4</source>
        <translation>%1 a annulé %2 de %3 : %4</translation>
    </message>
    <message>
        <source>%1 credited %2 of %3 with %4 for %5</source>
        <translation>%1 a crédité %2 de %3 par %4 pour %5</translation>
    </message>
    <message>
        <source>%1 recorded a payment of %2 for %3</source>
        <translation>%1 a enregistré un paiement de %2 pour %3</translation>
    </message>
    <message>
        <source>%1 reversed a payment of %2 for %3: %4</source>
        <translation>%1 a contrepassé un paiement de %2 pour %3 : %4</translation>
    </message>
    <message>
        <source>%1 moved %2 from %3 to %4</source>
        <translation>%1 a transféré %2 de %3 vers %4</translation>
    </message>
    <message>
        <source>%1 counted %2 in %3: %4</source>
        <translation>%1 a compté %2 dans %3 : %4</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 s’est connecté</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed</source>
        <translation>Une connexion en tant que %1 a échoué</translation>
    </message>
    <message>
        <source>%1 was refused %2</source>
        <translation>%2 a été refusé à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created product %2 %3 at %4</source>
        <translation>%1 a créé le produit %2 %3 à %4</translation>
    </message>
    <message>
        <source>%1 changed product %2: %3</source>
        <translation>%1 a modifié le produit %2 : %3</translation>
    </message>
    <message>
        <source>%1 created the user %2 as %3</source>
        <translation>%1 a créé l’utilisateur %2 comme %3</translation>
    </message>
    <message>
        <source>%1 refunded %2 on %3</source>
        <translation>%1 a remboursé %2 sur %3</translation>
    </message>
    <message>
        <source>%1&apos;s unsaved invoice was kept as a draft when the window locked</source>
        <translation>La facture non enregistrée de %1 a été gardée comme brouillon au verrouillage</translation>
    </message>
    <message>
        <source>%1 made %2 %3 (was %4)</source>
        <translation>%1 a fait de %2 un %3 (avant : %4)</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 a réinitialisé le mot de passe de %2</translation>
    </message>
    <message>
        <source>%1 deactivated the user %2</source>
        <translation>%1 a désactivé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 reactivated the user %2</source>
        <translation>%1 a réactivé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 created the company %2</source>
        <translation>%1 a créé l’entreprise %2</translation>
    </message>
    <message>
        <source>%1 made the backup %2</source>
        <translation>%1 a fait la sauvegarde %2</translation>
    </message>
    <message>
        <source>%1 changed the company key</source>
        <translation>%1 a changé la clé de l’entreprise</translation>
    </message>
    <message>
        <source>%1 set the currency to %2 and the default tax rate to %3 %</source>
        <translation>%1 a choisi la devise %2 et le taux de TVA par défaut de %3 %</translation>
    </message>
    <message>
        <source>%1 changed a password</source>
        <translation>%1 a changé un mot de passe</translation>
    </message>
    <message>
        <source>A key file of this format is resealed, not re-encrypted.</source>
        <translation>Un fichier de clés de ce format est rescellé, pas rechiffré.</translation>
    </message>
    <message>
        <source>The key of %1 in the key file is protected more weakly than Stockbook ever writes it (scrypt N below 2^15), so it was changed outside Stockbook. Ask an administrator to reset the password.</source>
        <translation>La clé de %1 dans le fichier de clés est protégée plus faiblement que Stockbook ne l&apos;écrit jamais (scrypt N inférieur à 2^15) : elle a donc été modifiée en dehors de Stockbook. Demandez à un administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>The password is right, but the keys stored for this user in the key file are damaged. Restore the key file from a backup, or ask an administrator to reset the password.</source>
        <translation>Le mot de passe est correct, mais les clés stockées pour cet utilisateur dans le fichier de clés sont endommagées. Restaurez le fichier de clés depuis une sauvegarde, ou demandez à un administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can give a user a key. Sign in as an administrator and try again.</source>
        <translation>Seul un administrateur connecté avec sa propre clé peut donner une clé à un utilisateur. Connectez-vous en tant qu&apos;administrateur et réessayez.</translation>
    </message>
    <message>
        <source>Your password is right, but your key was withdrawn when the company key was changed. Ask an administrator to reset your password.</source>
        <translation>Votre mot de passe est correct, mais votre clé a été retirée lors du changement de la clé de l&apos;entreprise. Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>The user has no key in this key file.</source>
        <translation>L&apos;utilisateur n&apos;a pas de clé dans ce fichier de clés.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can withdraw a user&apos;s key.</source>
        <translation>Seul un administrateur connecté avec sa propre clé peut retirer la clé d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can give a user the company key.</source>
        <translation>Seul un administrateur connecté avec sa propre clé peut donner la clé de l&apos;entreprise à un utilisateur.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can change who holds the administrators&apos; key.</source>
        <translation>Seul un administrateur connecté avec sa propre clé peut changer qui détient la clé des administrateurs.</translation>
    </message>
    <message>
        <source>This key file is in an older format.</source>
        <translation>Ce fichier de clés est dans un ancien format.</translation>
    </message>
    <message>
        <source>Only an administrator signed in with their own key can change the company key.</source>
        <translation>Seul un administrateur connecté avec sa propre clé peut changer la clé de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The recovery key recorded in the key file was changed outside Stockbook, so no new company key is sealed to it. Restore the key file from a backup.</source>
        <translation>La clé de récupération enregistrée dans le fichier de clés a été modifiée en dehors de Stockbook : aucune nouvelle clé de l&apos;entreprise n&apos;est donc scellée pour elle. Restaurez le fichier de clés depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this company: it is another company&apos;s, or a newer one was made since it was printed.</source>
        <translation>Cette clé de récupération n&apos;appartient pas à cette entreprise : c&apos;est celle d&apos;une autre entreprise, ou une plus récente a été créée depuis son impression.</translation>
    </message>
    <message>
        <source>The recovery key is right, but what the key file keeps for it is damaged. Restore the key file from a backup and try again.</source>
        <translation>La clé de récupération est correcte, mais ce que le fichier de clés conserve pour elle est endommagé. Restaurez le fichier de clés depuis une sauvegarde et réessayez.</translation>
    </message>
    <message>
        <source>This key file cannot be upgraded this way.</source>
        <translation>Ce fichier de clés ne peut pas être mis à niveau de cette façon.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so nobody can sign in. Put it back from a backup (every backup holds it); the recovery key, too, works only with the key file.</source>
        <translation>Le fichier de clés %1 est manquant : personne ne peut donc se connecter. Remettez-le en place depuis une sauvegarde (chaque sauvegarde le contient) ; la clé de récupération, elle aussi, ne fonctionne qu&apos;avec le fichier de clés.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, and the recovery key works only together with it. Put the key file back from a backup (every backup holds it) and try again.</source>
        <translation>Le fichier de clés %1 est manquant, et la clé de récupération ne fonctionne qu&apos;avec lui. Remettez le fichier de clés en place depuis une sauvegarde (chaque sauvegarde le contient) et réessayez.</translation>
    </message>
    <message>
        <source>The key file does not match the company file, so it cannot be upgraded.</source>
        <translation>Le fichier de clés ne correspond pas au fichier de l&apos;entreprise : il ne peut donc pas être mis à niveau.</translation>
    </message>
    <message>
        <source>No random numbers are available for a new key.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible pour une nouvelle clé.</translation>
    </message>
    <message>
        <source>%1 is deactivated, but the company key could not be changed: %2 Change the company key in Settings before the user could use a copy of it.</source>
        <translation>%1 est désactivé, mais la clé de l&apos;entreprise n&apos;a pas pu être changée : %2 Changez la clé de l&apos;entreprise dans les paramètres avant que l&apos;utilisateur puisse en utiliser une copie.</translation>
    </message>
    <message>
        <source>The program asked the database for a column named %1, which the statement does not return (it returns %2). Please report this fault; the value was read as empty.</source>
        <translation>Le programme a demandé à la base de données une colonne nommée %1, que la requête ne renvoie pas (elle renvoie %2). Veuillez signaler ce défaut ; la valeur a été lue comme vide.</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>aucune colonne</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the server address is not a number from 1 to 65535.</source>
        <translation>Le port « %1 » de l’adresse du serveur n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate %1 is missing. Stockbook needs it to check that it talks to the real server. The server&apos;s administrator gives it out (stockbook-cli server init prints it): save it as that file, or name its file with ?sslrootcert=FILE in the server address.</source>
        <translation>Le certificat racine du serveur %1 est absent. Stockbook en a besoin pour vérifier qu’il parle au vrai serveur. L’administrateur du serveur le fournit (stockbook-cli server init l’affiche) : enregistrez-le sous ce nom, ou indiquez son fichier avec ?sslrootcert=FICHIER dans l’adresse du serveur.</translation>
    </message>
    <message>
        <source>No company given: name a company file or a server address (postgresql://HOST/DBNAME).</source>
        <translation>Aucune société indiquée : indiquez un fichier de société ou une adresse de serveur (postgresql://HÔTE/BASE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a server address: a server address starts with postgresql://.</source>
        <translation>« %1 » n’est ni un fichier ni une adresse de serveur : une adresse de serveur commence par postgresql://.</translation>
    </message>
    <message>
        <source>The server address has a part after &apos;#&apos;, which means nothing here; remove it.</source>
        <translation>L’adresse du serveur a une partie après &apos;#&apos;, qui ne signifie rien ici ; supprimez-la.</translation>
    </message>
    <message>
        <source>The server address contains a password (after the user name and &apos;:&apos;). Remove it: an address stays in the shell history and is visible to other programs. Type the password when Stockbook asks for it.</source>
        <translation>L’adresse du serveur contient un mot de passe (après le nom d’utilisateur et &apos;:&apos;). Supprimez-le : une adresse reste dans l’historique du shell et est visible par d’autres programmes. Saisissez le mot de passe quand Stockbook le demande.</translation>
    </message>
    <message>
        <source>The IPv6 address in the server address lacks its closing &apos;]&apos;.</source>
        <translation>Il manque le &apos;]&apos; fermant de l’adresse IPv6 dans l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the IPv6 address; write [ADDRESS]:PORT.</source>
        <translation>« %1 » inattendu après l’adresse IPv6 ; écrivez [ADRESSE]:PORT.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; looks like an IPv6 address: write it in brackets, e.g. postgresql://[%1]/DBNAME.</source>
        <translation>L’hôte « %1 » ressemble à une adresse IPv6 : écrivez-le entre crochets, par exemple postgresql://[%1]/BASE.</translation>
    </message>
    <message>
        <source>The server address names no database: add /DBNAME after the host, e.g. postgresql://db.example.com/shop.</source>
        <translation>L’adresse du serveur ne nomme aucune base : ajoutez /BASE après l’hôte, par exemple postgresql://db.example.com/shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a company&apos;s database name: use lower-case letters, digits and &apos;_&apos;, starting with a letter, at most 40 characters.</source>
        <translation>« %1 » n’est pas un nom de base de société : utilisez des minuscules, des chiffres et &apos;_&apos;, en commençant par une lettre, 40 caractères au plus.</translation>
    </message>
    <message>
        <source>The server address contains a password (password=). Remove it: an address stays in the shell history and is visible to other programs. Type the password when Stockbook asks for it.</source>
        <translation>L’adresse du serveur contient un mot de passe (password=). Supprimez-le : une adresse reste dans l’historique du shell et est visible par d’autres programmes. Saisissez le mot de passe quand Stockbook le demande.</translation>
    </message>
    <message>
        <source>The server address has an unknown parameter &quot;%1&quot;. Known are sslmode, host, sslrootcert and connect_timeout.</source>
        <translation>L’adresse du serveur a un paramètre inconnu « %1 ». Sont connus sslmode, host, sslrootcert et connect_timeout.</translation>
    </message>
    <message>
        <source>The parameter %1 appears twice in the server address; give it once.</source>
        <translation>Le paramètre %1 figure deux fois dans l’adresse du serveur ; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>The parameter %1 in the server address has no value: write %1=VALUE.</source>
        <translation>Le paramètre %1 de l’adresse du serveur n’a pas de valeur : écrivez %1=VALEUR.</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; is not known. Use verify-full (the default), verify-ca, require, prefer, allow or disable.</source>
        <translation>Le sslmode « %1 » est inconnu. Utilisez verify-full (par défaut), verify-ca, require, prefer, allow ou disable.</translation>
    </message>
    <message>
        <source>The server address gives the host twice (%1 and host=%2); give it once.</source>
        <translation>L’adresse du serveur indique l’hôte deux fois (%1 et host=%2) ; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>The root certificate&apos;s path %1 contains &apos;;&apos;, which the PostgreSQL driver cannot pass on; move the file to a path without it.</source>
        <translation>Le chemin du certificat racine %1 contient &apos;;&apos;, que le pilote PostgreSQL ne peut pas transmettre ; déplacez le fichier vers un chemin sans ce caractère.</translation>
    </message>
    <message>
        <source>The connect_timeout &quot;%1&quot; is not a whole number of seconds from 0 to 3600.</source>
        <translation>Le connect_timeout « %1 » n’est pas un nombre entier de secondes de 0 à 3600.</translation>
    </message>
    <message>
        <source>the local socket in %1 (port %2)</source>
        <translation>le socket local dans %1 (port %2)</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The user %1 may not sign in to this server (the account is deactivated). Ask an administrator.</source>
        <translation>L’utilisateur %1 ne peut pas se connecter à ce serveur (le compte est désactivé). Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept the user %2 for the database %3 from this computer (no matching pg_hba.conf entry). Ask the administrator to allow this workstation.</source>
        <translation>Le serveur à %1 n’accepte pas l’utilisateur %2 pour la base %3 depuis cet ordinateur (aucune entrée pg_hba.conf correspondante). Demandez à l’administrateur d’autoriser ce poste.</translation>
    </message>
    <message>
        <source>The user %1 may not open the company database %2 on this server. Ask an administrator.</source>
        <translation>L’utilisateur %1 ne peut pas ouvrir la base de société %2 sur ce serveur. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>The server at %1 has no company database %2. Check the database name in the address.</source>
        <translation>Le serveur à %1 n’a pas de base de société %2. Vérifiez le nom de la base dans l’adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2, the host in the address. Write the host as the certificate names it, or ask the administrator for a certificate that names %2.</source>
        <translation>Le certificat du serveur est établi pour %1, pas pour %2, l’hôte de l’adresse. Écrivez l’hôte tel que le certificat le nomme, ou demandez à l’administrateur un certificat qui nomme %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified with the root certificate %1, so the server at %2 may not be the company&apos;s server. Do not go on: ask the administrator for the right root certificate.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié avec le certificat racine %1 : le serveur à %2 n’est peut-être pas celui de la société. N’allez pas plus loin : demandez à l’administrateur le bon certificat racine.</translation>
    </message>
    <message>
        <source>The root certificate %1 cannot be read. Ask the administrator for the server&apos;s root certificate again.</source>
        <translation>Le certificat racine %1 ne peut pas être lu. Redemandez à l’administrateur le certificat racine du serveur.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection (TLS), which the address requires. Ask the administrator to switch on TLS on the server.</source>
        <translation>Le serveur à %1 n’offre pas de connexion chiffrée (TLS), que l’adresse exige. Demandez à l’administrateur d’activer TLS sur le serveur.</translation>
    </message>
    <message>
        <source>The server at %1 cannot take the connection now (%2). Try again in a moment.</source>
        <translation>Le serveur à %1 ne peut pas accepter la connexion pour l’instant (%2). Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The server name %1 is not known here. Check the host in the address.</source>
        <translation>Le nom de serveur %1 est inconnu ici. Vérifiez l’hôte dans l’adresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check the network and that the server is running.</source>
        <translation>Le serveur à %1 n’a pas répondu à temps. Vérifiez le réseau et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>No server listens on %1. Check that the PostgreSQL server is running, and the socket folder and port in the address.</source>
        <translation>Aucun serveur n’écoute sur %1. Vérifiez que le serveur PostgreSQL fonctionne, ainsi que le dossier du socket et le port dans l’adresse.</translation>
    </message>
    <message>
        <source>No server answers at %1 (connection refused). Check the host and port in the address, and that the PostgreSQL server is running and accepts connections from this computer.</source>
        <translation>Aucun serveur ne répond à %1 (connexion refusée). Vérifiez l’hôte et le port dans l’adresse, et que le serveur PostgreSQL fonctionne et accepte les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed: %2</source>
        <translation>La connexion au serveur à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>No user name for the server: give it in the address (postgresql://USER@HOST/DBNAME) or when asked.</source>
        <translation>Aucun nom d’utilisateur pour le serveur : indiquez-le dans l’adresse (postgresql://UTILISATEUR@HÔTE/BASE) ou quand il est demandé.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé ; installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database %1 is not a Stockbook company (it has no schema_migrations table). Check the database name in the address.</source>
        <translation>La base %1 n’est pas une société Stockbook (elle n’a pas de table schema_migrations). Vérifiez le nom de la base dans l’adresse.</translation>
    </message>
    <message>
        <source>Reading the company&apos;s schema version</source>
        <translation>Lecture de la version du schéma de la société</translation>
    </message>
    <message>
        <source>The company %1 has schema %2, older than this Stockbook (schema %3). Upgrading a company on a server is not supported yet: open it with the Stockbook version that made it.</source>
        <translation>La société %1 a le schéma %2, plus ancien que ce Stockbook (schéma %3). La mise à niveau d’une société sur un serveur n’est pas encore possible : ouvrez-la avec la version de Stockbook qui l’a créée.</translation>
    </message>
    <message>
        <source>This works on a company file only, not on %1, a company on a server.</source>
        <translation>Cela ne fonctionne qu’avec un fichier de société, pas avec %1, une société sur un serveur.</translation>
    </message>
    <message>
        <source>Another workstation changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>Un autre poste a modifié les mêmes données au même moment ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The server refused this for your role (%1). Ask an administrator if you need it.</source>
        <translation>Le serveur a refusé cela pour votre rôle (%1). Demandez à un administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing was saved. Try again.</source>
        <translation>La connexion au serveur a été perdue ; rien n’a été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>stockbook</name>
    <message>
        <source>Stockbook, the desktop ERP for small shops.</source>
        <translation>Stockbook, le logiciel de gestion pour petits commerces.</translation>
    </message>
    <message>
        <source>The company to use: a company file or a server address (postgresql://USER@HOST/DBNAME).</source>
        <translation>L’entreprise à utiliser : un fichier d’entreprise ou une adresse de serveur (postgresql://USER@HOST/DBNAME).</translation>
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
    <message>
        <source>Create a company in a temporary folder, save a PNG of every screen into the folder, then exit.</source>
        <translation>Créer une entreprise dans un dossier temporaire, enregistrer un PNG de chaque écran dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>stockbook::cli</name>
    <message>
        <source>Onto a server, restore takes --from, --db URL and --user ADMIN only: the database it makes is new, and the backup opens with its administrator&apos;s password.</source>
        <translation>Sur un serveur, restore ne prend que --from, --db URL et --user ADMIN : la base qu’il crée est nouvelle, et la sauvegarde s’ouvre avec le mot de passe de son administrateur.</translation>
    </message>
    <message>
        <source>The company to move: its file, or its server URL postgresql://ADMIN@HOST[:PORT]/DBNAME.</source>
        <translation>L’entreprise à déplacer : son fichier, ou l’URL de son serveur postgresql://ADMIN@HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>Where it goes: a new file, or a new database on a server, reached as a PostgreSQL superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME.</source>
        <translation>Où elle va : un nouveau fichier, ou une nouvelle base sur un serveur, atteinte en superutilisateur PostgreSQL : postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>An administrator of the company (from a server URL: its user).</source>
        <translation>Un administrateur de l’entreprise (depuis une URL de serveur : son utilisateur).</translation>
    </message>
    <message>
        <source>migrate takes no arguments besides its options.</source>
        <translation>migrate ne prend aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>migrate needs --from and --to.</source>
        <translation>migrate a besoin de --from et --to.</translation>
    </message>
    <message>
        <source>migrate moves a company from a file to a server or from a server to a file: one of --from and --to is a postgresql:// URL, the other a file.</source>
        <translation>migrate déplace une entreprise d’un fichier vers un serveur ou d’un serveur vers un fichier : l’un de --from et --to est une URL postgresql://, l’autre un fichier.</translation>
    </message>
    <message>
        <source>Name the administrator who moves the company with --user.</source>
        <translation>Indiquez avec --user l’administrateur qui déplace l’entreprise.</translation>
    </message>
    <message>
        <source>Write down the new file&apos;s recovery key: it is shown only now.</source>
        <translation>Notez la clé de récupération du nouveau fichier : elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>move a company from its file to a PostgreSQL server, or back</source>
        <translation>déplacer une entreprise de son fichier vers un serveur PostgreSQL, ou l’inverse</translation>
    </message>
    <message>
        <source>The database %1 exists on this server already. Choose another name, or open that company. The database name is the last part of the URL: postgresql://HOST/OTHERNAME.</source>
        <translation>La base de données %1 existe déjà sur ce serveur. Choisissez un autre nom, ou ouvrez cette entreprise. Le nom de la base est la dernière partie de l&apos;URL : postgresql://HOST/AUTRENOM.</translation>
    </message>
    <message>
        <source>The server has no account %1. Name a superuser in the URL, e.g. postgresql://postgres@HOST/DBNAME, or run the command as an operating system user that has an account on the server (sudo -u postgres stockbook-cli ...).</source>
        <translation>Le serveur n’a pas de compte %1. Indiquez un superutilisateur dans l’URL, p. ex. postgresql://postgres@HOST/DBNAME, ou lancez la commande sous un utilisateur du système qui a un compte sur le serveur (sudo -u postgres stockbook-cli ...).</translation>
    </message>
    <message>
        <source>Over the local socket the server lets %1 in only for the operating system user of that name: run the command as that user (sudo -u %1 stockbook-cli ...).</source>
        <translation>Par le socket local, le serveur n’accepte %1 que pour l’utilisateur du système de ce nom : lancez la commande sous cet utilisateur (sudo -u %1 stockbook-cli ...).</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Check it, and that Caps Lock is off, then try again.</source>
        <translation>Le serveur a refusé le mot de passe de %1. Vérifiez-le, ainsi que le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>La connexion au serveur a échoué : %1</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Le serveur n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>The server account %1 is not a superuser; creating a company needs one. Name a superuser in the URL, e.g. postgresql://postgres@HOST/DBNAME.</source>
        <translation>Le compte serveur %1 n’est pas un superutilisateur ; créer une entreprise en demande un. Indiquez un superutilisateur dans l’URL, p. ex. postgresql://postgres@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>The new company&apos;s database on the server, reached as a PostgreSQL superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</source>
        <translation>La base de données de la nouvelle entreprise sur le serveur, atteinte en tant que superutilisateur PostgreSQL : postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</translation>
    </message>
    <message>
        <source>server init takes no arguments besides its options.</source>
        <translation>server init ne prend pas d’arguments en dehors de ses options.</translation>
    </message>
    <message>
        <source>server init needs --url, --company and --admin.</source>
        <translation>server init demande --url, --company et --admin.</translation>
    </message>
    <message>
        <source>--url names a server, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, not a file like %1. A company file is made with stockbook-cli init.</source>
        <translation>--url désigne un serveur, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, pas un fichier comme %1. Un fichier d’entreprise se crée avec stockbook-cli init.</translation>
    </message>
    <message>
        <source>Give the company&apos;s name with --company.</source>
        <translation>Indiquez le nom de l’entreprise avec --company.</translation>
    </message>
    <message>
        <source>%1 cannot be a user name on a server: use a lower-case letter, then up to 62 lower-case letters, digits or _ . -</source>
        <translation>%1 ne peut pas être un nom d’utilisateur sur un serveur : utilisez une lettre minuscule, puis jusqu’à 62 lettres minuscules, chiffres ou _ . -</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé ; installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Password of the server&apos;s superuser %1</source>
        <translation>Mot de passe du superutilisateur du serveur %1</translation>
    </message>
    <message>
        <source>The database name is the last part of --url: postgresql://HOST/OTHERNAME.</source>
        <translation>Le nom de la base est la dernière partie de --url : postgresql://HOST/AUTRENOM.</translation>
    </message>
    <message>
        <source>Give another --admin name.</source>
        <translation>Indiquez un autre nom avec --admin.</translation>
    </message>
    <message>
        <source>this URL reaches the server over its local socket, from the server itself only; workstations use postgresql://%1@SERVER:%2/%3?sslmode=verify-full with the server&apos;s root certificate.</source>
        <translation>cette URL atteint le serveur par son socket local, depuis le serveur seulement ; les postes de travail utilisent postgresql://%1@SERVER:%2/%3?sslmode=verify-full avec le certificat racine du serveur.</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli server init [options]; it has --help.</source>
        <translation>Usage : stockbook-cli server init [options] ; avec --help.</translation>
    </message>
    <message>
        <source>  init      create a company on a PostgreSQL server and print what a workstation needs</source>
        <translation>  init      créer une entreprise sur un serveur PostgreSQL et afficher ce qu’il faut à un poste de travail</translation>
    </message>
    <message>
        <source>Name the action: init.</source>
        <translation>Indiquez l’action : init.</translation>
    </message>
    <message>
        <source>Unknown server action &quot;%1&quot;; the action is init.</source>
        <translation>Action serveur inconnue « %1 » ; l’action est init.</translation>
    </message>
    <message>
        <source>create a company on a PostgreSQL server (superusers)</source>
        <translation>créer une entreprise sur un serveur PostgreSQL (superutilisateurs)</translation>
    </message>
    <message>
        <source>An administrator of the company file that --db names now, when their password there is not the one that opens the backup (read after it).</source>
        <translation>Un administrateur du fichier d&apos;entreprise que nomme --db, tel qu&apos;il est maintenant, quand son mot de passe n&apos;y est pas celui qui ouvre la sauvegarde (lu après celui-ci).</translation>
    </message>
    <message>
        <source>Read the recovery key of the company file that --db names now (after the backup&apos;s).</source>
        <translation>Lire la clé de récupération du fichier d&apos;entreprise que nomme --db maintenant (après celle de la sauvegarde).</translation>
    </message>
    <message>
        <source>Replace the company file even though the backup is of another company.</source>
        <translation>Remplacer le fichier d&apos;entreprise même si la sauvegarde est celle d&apos;une autre entreprise.</translation>
    </message>
    <message>
        <source>Give --target-user or --target-recovery-key, not both.</source>
        <translation>Indiquez --target-user ou --target-recovery-key, pas les deux.</translation>
    </message>
    <message>
        <source>Password for %1 in %2 now</source>
        <translation>Mot de passe actuel de %1 dans %2</translation>
    </message>
    <message>
        <source>Recovery key of %1</source>
        <translation>Clé de récupération de %1</translation>
    </message>
    <message>
        <source>To replace it with this backup, add --replace-other-company.</source>
        <translation>Pour la remplacer par cette sauvegarde, ajoutez --replace-other-company.</translation>
    </message>
    <message>
        <source>Name one of its administrators with --target-user, or use --target-recovery-key.</source>
        <translation>Nommez l&apos;un de ses administrateurs avec --target-user, ou utilisez --target-recovery-key.</translation>
    </message>
    <message>
        <source>The company file it replaced was kept as %1.</source>
        <translation>Le fichier d&apos;entreprise remplacé a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s&apos;il existe.</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it.</source>
        <translation>%1 existe ; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>--force applies to --out only.</source>
        <translation>--force ne s&apos;applique qu&apos;à --out.</translation>
    </message>
    <message>
        <source>--force applies to invoice pdf only.</source>
        <translation>--force ne s&apos;applique qu&apos;à invoice pdf.</translation>
    </message>
    <message>
        <source>--force applies to export only.</source>
        <translation>--force ne s&apos;applique qu&apos;à export.</translation>
    </message>
    <message>
        <source>The company&apos;s name.</source>
        <translation>Le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation>Le nom d&apos;utilisateur du premier administrateur.</translation>
    </message>
    <message>
        <source>init needs --db, --company and --admin.</source>
        <translation>init nécessite --db, --company et --admin.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the administrator %3.</source>
        <translation>%1 créé pour %2 avec l&apos;administrateur %3.</translation>
    </message>
    <message>
        <source>Write down the recovery key and keep it safe: it is shown only now, and it opens the company when every password is lost.</source>
        <translation>Notez la clé de récupération et conservez-la en lieu sûr : elle n&apos;est affichée que maintenant, et elle ouvre l&apos;entreprise si tous les mots de passe sont perdus.</translation>
    </message>
    <message>
        <source>admin, manager or clerk.</source>
        <translation>admin, manager ou clerk.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <source>list, add, set-role, reset-password, deactivate, reactivate or unlock</source>
        <translation>list, add, set-role, reset-password, deactivate, reactivate ou unlock</translation>
    </message>
    <message>
        <source>The user to act on (all but list).</source>
        <translation>L&apos;utilisateur concerné (sauf pour list).</translation>
    </message>
    <message>
        <source>Name the action: %1.</source>
        <translation>Indiquez l&apos;action : %1.</translation>
    </message>
    <message>
        <source>user needs --db and --user.</source>
        <translation>user nécessite --db et --user.</translation>
    </message>
    <message>
        <source>user %1 needs the user name to act on.</source>
        <translation>user %1 nécessite le nom de l&apos;utilisateur concerné.</translation>
    </message>
    <message>
        <source>user %1 needs --role admin|manager|clerk.</source>
        <translation>user %1 nécessite --role admin|manager|clerk.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>dernière connexion</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 ajouté comme %2.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Mot de passe de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Terminé : %1 %2.</translation>
    </message>
    <message>
        <source>passwd needs --db and --user.</source>
        <translation>passwd nécessite --db et --user.</translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation>Mot de passe actuel pour %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <source>recover needs --db and --user.</source>
        <translation>recover nécessite --db et --user.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>%1 has a new password and can sign in.</source>
        <translation>%1 a un nouveau mot de passe et peut se connecter.</translation>
    </message>
    <message>
        <source>verify needs --db and --user.</source>
        <translation>verify nécessite --db et --user.</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: ok</source>
        <translation>intégrité de la base et clés étrangères : ok</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: FAILED: %1</source>
        <translation>intégrité de la base et clés étrangères : ÉCHEC : %1</translation>
    </message>
    <message>
        <source>The demo company&apos;s new file, or its new database on a PostgreSQL server, reached as a superuser: postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</source>
        <translation>Le nouveau fichier de la société de démonstration, ou sa nouvelle base de données sur un serveur PostgreSQL, atteinte en tant que superutilisateur : postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&amp;host=SOCKETDIR&amp;sslrootcert=FILE].</translation>
    </message>
    <message>
        <source>No recovery key: a company on a server has none; an administrator gives a user who lost their password a new one.</source>
        <translation>Pas de clé de récupération : une société sur un serveur n&apos;en a pas ; un administrateur donne un nouveau mot de passe à l&apos;utilisateur qui a perdu le sien.</translation>
    </message>
    <message>
        <source>database integrity and foreign keys: kept by the server (PostgreSQL checks them on every write)</source>
        <translation>intégrité de la base et clés étrangères : assurées par le serveur (PostgreSQL les vérifie à chaque écriture)</translation>
    </message>
    <message>
        <source>audit chain: FAILED: %1</source>
        <translation>chaîne d&apos;audit : ÉCHEC : %1</translation>
    </message>
    <message>
        <source>audit chain: FAILED at row %1: %2</source>
        <translation>chaîne d&apos;audit : ÉCHEC à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>audit chain: ok (%1 rows)</source>
        <translation>chaîne d&apos;audit : ok (%1 lignes)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>checkpoint: FAILED: %1</source>
        <translation>point de contrôle : ÉCHEC : %1</translation>
    </message>
    <message>
        <source>checkpoint: ok (%1 signed by %2, audit row %3)</source>
        <translation>point de contrôle : ok (%1 signé par %2, ligne d&apos;audit %3)</translation>
    </message>
    <message>
        <source>checkpoint: %1</source>
        <translation>point de contrôle : %1</translation>
    </message>
    <message>
        <source>After reporting them, accept the changes found since the last checkpoint and sign a new one (administrators).</source>
        <translation>Après les avoir signalées, accepter les modifications trouvées depuis le dernier point de contrôle et en signer un nouveau (administrateurs).</translation>
    </message>
    <message>
        <source>checkpoint: the changes were accepted and a new checkpoint was signed</source>
        <translation>point de contrôle : les modifications ont été acceptées et un nouveau point de contrôle a été signé</translation>
    </message>
    <message>
        <source>audit row signatures: FAILED: %1</source>
        <translation>signatures des lignes d&apos;audit : ÉCHEC : %1</translation>
    </message>
    <message>
        <source>audit row signatures: ok (signed rows checked: %1)</source>
        <translation>signatures des lignes d&apos;audit : ok (lignes signées vérifiées : %1)</translation>
    </message>
    <message>
        <source>audit anchor: %1</source>
        <translation>ancre d&apos;audit : %1</translation>
    </message>
    <message>
        <source>ok (row %1 matches the copy kept outside the database)</source>
        <translation>ok (la ligne %1 correspond à la copie conservée hors de la base)</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>aucune enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>audit head: row %1, hash %2</source>
        <translation>tête d&apos;audit : ligne %1, hachage %2</translation>
    </message>
    <message>
        <source>stock levels: FAILED: %1</source>
        <translation>stocks : ÉCHEC : %1</translation>
    </message>
    <message>
        <source>stock levels: ok (levels match the stock movements, none negative)</source>
        <translation>stocks : ok (les stocks correspondent aux mouvements, aucun n&apos;est négatif)</translation>
    </message>
    <message>
        <source>verify: no problems found</source>
        <translation>verify : aucun problème trouvé</translation>
    </message>
    <message>
        <source>verify: problems found</source>
        <translation>verify : problèmes trouvés</translation>
    </message>
    <message>
        <source>The failed check could not be written to the audit log: %1</source>
        <translation>La vérification échouée n&apos;a pas pu être écrite dans le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>rekey needs --db and --user.</source>
        <translation>rekey nécessite --db et --user.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The company key was replaced; every user keeps their password. The old recovery key no longer opens the company: write down the new one and destroy the old one.</source>
        <translation>La clé de l&apos;entreprise a été remplacée ; chaque utilisateur garde son mot de passe. L&apos;ancienne clé de récupération n&apos;ouvre plus l&apos;entreprise : notez la nouvelle et détruisez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The backup file to write (never overwritten).</source>
        <translation>Le fichier de sauvegarde à écrire (jamais écrasé).</translation>
    </message>
    <message>
        <source>backup needs --db, --user and --out.</source>
        <translation>backup nécessite --db, --user et --out.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Read the recovery key instead of a password.</source>
        <translation>Lire la clé de récupération au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>restore needs --from, --db and --user (or --recovery-key).</source>
        <translation>restore nécessite --from, --db et --user (ou --recovery-key).</translation>
    </message>
    <message>
        <source>Password for %1 at the time of the backup</source>
        <translation>Mot de passe de %1 au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré depuis %2.</translation>
    </message>
    <message>
        <source>create a company file, its key file and the first administrator</source>
        <translation>créer un fichier d&apos;entreprise, son fichier de clés et le premier administrateur</translation>
    </message>
    <message>
        <source>list, add and manage users (administrators)</source>
        <translation>lister, ajouter et gérer les utilisateurs (administrateurs)</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>changer votre propre mot de passe</translation>
    </message>
    <message>
        <source>set a new administrator password with the recovery key</source>
        <translation>définir un nouveau mot de passe administrateur avec la clé de récupération</translation>
    </message>
    <message>
        <source>check the database, its foreign keys, the audit chain and the stock levels</source>
        <translation>vérifier la base, ses clés étrangères, la chaîne d&apos;audit et les stocks</translation>
    </message>
    <message>
        <source>replace the company key and show a new recovery key (administrators)</source>
        <translation>remplacer la clé de l&apos;entreprise et afficher une nouvelle clé de récupération (administrateurs)</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>écrire une sauvegarde chiffrée et vérifiée</translation>
    </message>
    <message>
        <source>restore a company file from a backup</source>
        <translation>restaurer un fichier d&apos;entreprise depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Run the command with --help for its usage.</source>
        <translation>Lancez la commande avec --help pour voir son utilisation.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH --user NAME [--password-stdin]</source>
        <translation>Utilisation : stockbook-cli report NOM [filtres] [--format table|csv|json] [--out FICHIER] --db CHEMIN --user NOM [--password-stdin]</translation>
    </message>
    <message>
        <source>  NAME: %1</source>
        <translation>  NOM : %1</translation>
    </message>
    <message>
        <source>  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, --customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N</source>
        <translation>  filtres : --from --to --as-of AAAA-MM-JJ, --warehouse CODE, --category NOM, --supplier E-MAIL, --customer E-MAIL, --product RÉF, --period day|week|month, --by revenue|quantity, --limit N</translation>
    </message>
    <message>
        <source>Name the report.</source>
        <translation>Indiquez le rapport.</translation>
    </message>
    <message>
        <source>There is no report %1; choose one of %2.</source>
        <translation>Il n&apos;existe pas de rapport %1 ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>Écrire dans ce fichier au lieu de l&apos;écran.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Dernier jour.</translation>
    </message>
    <message>
        <source>The day to report as of.</source>
        <translation>Le jour de référence du rapport.</translation>
    </message>
    <message>
        <source>A warehouse code.</source>
        <translation>Un code d&apos;entrepôt.</translation>
    </message>
    <message>
        <source>A category name.</source>
        <translation>Un nom de catégorie.</translation>
    </message>
    <message>
        <source>A supplier&apos;s e-mail.</source>
        <translation>L&apos;adresse e-mail d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>A customer&apos;s e-mail.</source>
        <translation>L&apos;adresse e-mail d&apos;un client.</translation>
    </message>
    <message>
        <source>A product SKU.</source>
        <translation>Une référence d&apos;article.</translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation>day, week ou month.</translation>
    </message>
    <message>
        <source>revenue or quantity.</source>
        <translation>revenue ou quantity.</translation>
    </message>
    <message>
        <source>How many rows.</source>
        <translation>Combien de lignes.</translation>
    </message>
    <message>
        <source>report needs --db and --user.</source>
        <translation>report nécessite --db et --user.</translation>
    </message>
    <message>
        <source>--format is table, csv or json.</source>
        <translation>--format vaut table, csv ou json.</translation>
    </message>
    <message>
        <source>The %1 report does not take --%2.</source>
        <translation>Le rapport %1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not %2.</source>
        <translation>--%1 est une date au format AAAA-MM-JJ, pas %2.</translation>
    </message>
    <message>
        <source>--limit is a whole number above 0, not %1.</source>
        <translation>--limit est un nombre entier supérieur à 0, pas %1.</translation>
    </message>
    <message>
        <source>--period is day, week or month.</source>
        <translation>--period vaut day, week ou month.</translation>
    </message>
    <message>
        <source>--by is revenue or quantity.</source>
        <translation>--by vaut revenue ou quantity.</translation>
    </message>
    <message>
        <source>report %1 needs %2.</source>
        <translation>report %1 nécessite %2.</translation>
    </message>
    <message>
        <source>report %1 needs %2, %3 or both.</source>
        <translation>report %1 nécessite %2, %3 ou les deux.</translation>
    </message>
    <message>
        <source>stock, sales, purchase, top-list, aging and dashboard reports</source>
        <translation>rapports de stock, de ventes, d&apos;achats, de classement, d&apos;échéances et tableau de bord</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Vérifier chaque ligne et rendre compte ; ne rien écrire.</translation>
    </message>
    <message>
        <source>import or export</source>
        <translation>import ou export</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row: %1).</source>
        <translation>Le fichier CSV (UTF-8, ligne d&apos;en-tête : %1).</translation>
    </message>
    <message>
        <source>%1 needs an action and a file: %1 import FILE or %1 export FILE.</source>
        <translation>%1 nécessite une action et un fichier : %1 import FICHIER ou %1 export FICHIER.</translation>
    </message>
    <message>
        <source>%1 %2 needs --db and --user.</source>
        <translation>%1 %2 nécessite --db et --user.</translation>
    </message>
    <message>
        <source>--dry-run applies to import only.</source>
        <translation>--dry-run ne s&apos;applique qu&apos;à import.</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation>%1 ligne(s) exportée(s) vers %2.</translation>
    </message>
    <message>
        <source>%1 row(s) checked; no problem found; nothing written (dry run).</source>
        <translation>%1 ligne(s) vérifiée(s) ; aucun problème trouvé ; rien n&apos;a été écrit (essai à blanc).</translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation>%1 ligne(s) importée(s).</translation>
    </message>
    <message>
        <source>import or export products as CSV</source>
        <translation>importer ou exporter les articles en CSV</translation>
    </message>
    <message>
        <source>import or export customers as CSV</source>
        <translation>importer ou exporter les clients en CSV</translation>
    </message>
    <message>
        <source>import or export suppliers as CSV</source>
        <translation>importer ou exporter les fournisseurs en CSV</translation>
    </message>
    <message>
        <source>small (hundreds of products, a few thousand invoices) or large (10,000 products, 200,000 sales; takes minutes).</source>
        <translation>small (des centaines d&apos;articles, quelques milliers de factures) ou large (10 000 articles, 200 000 ventes ; prend plusieurs minutes).</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo n&apos;accepte aucun argument hormis ses options.</translation>
    </message>
    <message>
        <source>demo needs --db PATH: the demo company file to make.</source>
        <translation>demo nécessite --db CHEMIN : le fichier de la société de démonstration à créer.</translation>
    </message>
    <message>
        <source>--size is small or large.</source>
        <translation>--size vaut small ou large.</translation>
    </message>
    <message>
        <source>Making the demo company: %1 %2/%3 (%4 %)</source>
        <translation>Création de la société de démonstration : %1 %2/%3 (%4 %)</translation>
    </message>
    <message>
        <source>Made %1: %2 products, %3 customers, %4 suppliers, %5 purchases, %6 sales (%7 voided), %8 credit notes, %9 payments.</source>
        <translation>%1 créé : %2 articles, %3 clients, %4 fournisseurs, %5 achats, %6 ventes (%7 annulées), %8 avoirs, %9 paiements.</translation>
    </message>
    <message>
        <source>Write down the recovery key: it is shown only now.</source>
        <translation>Notez la clé de récupération : elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <source>The command needs --db and --user.</source>
        <translation>La commande nécessite --db et --user.</translation>
    </message>
    <message>
        <source>sale or purchase.</source>
        <translation>sale ou purchase.</translation>
    </message>
    <message>
        <source>The customer or supplier: e-mail or id.</source>
        <translation>Le client ou le fournisseur : adresse e-mail ou identifiant.</translation>
    </message>
    <message>
        <source>The warehouse code.</source>
        <translation>Le code de l&apos;entrepôt.</translation>
    </message>
    <message>
        <source>A line: SKU:QTY[:PRICE[:DISCOUNT]] (discount in %).</source>
        <translation>Une ligne : RÉF:QTÉ[:PRIX[:REMISE]] (remise en %).</translation>
    </message>
    <message>
        <source>Post the invoice at once.</source>
        <translation>Valider la facture immédiatement.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>--type must be sale or purchase.</source>
        <translation>--type doit valoir sale ou purchase.</translation>
    </message>
    <message>
        <source>invoice create needs --partner, --warehouse and at least one --line.</source>
        <translation>invoice create nécessite --partner, --warehouse et au moins une --line.</translation>
    </message>
    <message>
        <source>A line is SKU:QTY[:PRICE[:DISCOUNT]], not %1.</source>
        <translation>Une ligne est de la forme RÉF:QTÉ[:PRIX[:REMISE]], pas %1.</translation>
    </message>
    <message>
        <source>The quantity in %1 is not a number with at most 3 decimals.</source>
        <translation>La quantité dans %1 n&apos;est pas un nombre d&apos;au plus 3 décimales.</translation>
    </message>
    <message>
        <source>The price in %1 is not an amount with at most 2 decimals.</source>
        <translation>Le prix dans %1 n&apos;est pas un montant d&apos;au plus 2 décimales.</translation>
    </message>
    <message>
        <source>The discount in %1 is not a percentage.</source>
        <translation>La remise dans %1 n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>Why the invoice is voided.</source>
        <translation>Pourquoi la facture est annulée.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>list: at most N invoices, newest first (default 500).</source>
        <translation>list : au plus N factures, les plus récentes d&apos;abord (500 par défaut).</translation>
    </message>
    <message>
        <source>The draft id (post) or the invoice number.</source>
        <translation>L&apos;identifiant du brouillon (post) ou le numéro de facture.</translation>
    </message>
    <message>
        <source>invoice %1 needs the draft id or invoice number.</source>
        <translation>invoice %1 nécessite l&apos;identifiant du brouillon ou le numéro de facture.</translation>
    </message>
    <message>
        <source>invoice void needs --reason TEXT.</source>
        <translation>invoice void nécessite --reason TEXTE.</translation>
    </message>
    <message>
        <source>--format is text or json.</source>
        <translation>--format vaut text ou json.</translation>
    </message>
    <message>
        <source>invoice post needs the draft&apos;s id.</source>
        <translation>invoice post nécessite l&apos;identifiant du brouillon.</translation>
    </message>
    <message>
        <source>--limit needs a number above zero.</source>
        <translation>--limit nécessite un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partenaire : %1</translation>
    </message>
    <message>
        <source>Date: %1  Due: %2  Warehouse: %3</source>
        <translation>Date : %1  Échéance : %2  Entrepôt : %3</translation>
    </message>
    <message>
        <source>Subtotal: %1  Tax: %2  Total: %3  Paid: %4  Balance: %5</source>
        <translation>Sous-total : %1  TVA : %2  Total : %3  Payé : %4  Solde : %5</translation>
    </message>
    <message>
        <source>cash, card, bank or other.</source>
        <translation>cash, card, bank ou other.</translation>
    </message>
    <message>
        <source>A reference (slip, transfer id).</source>
        <translation>Une référence (bordereau, identifiant de virement).</translation>
    </message>
    <message>
        <source>The payment date (default today).</source>
        <translation>La date du paiement (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation>Le numéro de facture.</translation>
    </message>
    <message>
        <source>The amount, e.g. 12.34.</source>
        <translation>Le montant, par ex. 12.34.</translation>
    </message>
    <message>
        <source>Use: payment add NUMBER AMOUNT --method cash|card|bank|other.</source>
        <translation>Utilisation : payment add NUMÉRO MONTANT --method cash|card|bank|other.</translation>
    </message>
    <message>
        <source>The amount must be above zero with at most 2 decimals, e.g. 12.34.</source>
        <translation>Le montant doit être supérieur à zéro avec au plus 2 décimales, par ex. 12.34.</translation>
    </message>
    <message>
        <source>--method must be cash, card, bank or other.</source>
        <translation>--method doit valoir cash, card, bank ou other.</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: paid %2 of %3, status %4</source>
        <translation>%1 : %2 payé sur %3, statut %4</translation>
    </message>
    <message>
        <source>--line %1 is not SKU:QUANTITY with a decimal quantity such as 2 or 1.5.</source>
        <translation>--line %1 n&apos;est pas de la forme RÉF:QUANTITÉ avec une quantité décimale comme 2 ou 1.5.</translation>
    </message>
    <message>
        <source>The source warehouse code.</source>
        <translation>Le code de l&apos;entrepôt source.</translation>
    </message>
    <message>
        <source>The destination warehouse code.</source>
        <translation>Le code de l&apos;entrepôt de destination.</translation>
    </message>
    <message>
        <source>A product and the quantity to move (repeatable).</source>
        <translation>Un article et la quantité à déplacer (répétable).</translation>
    </message>
    <message>
        <source>A reference for the transfer.</source>
        <translation>Une référence pour le transfert.</translation>
    </message>
    <message>
        <source>stock transfer needs --db, --user, --from, --to and at least one --line.</source>
        <translation>stock transfer nécessite --db, --user, --from, --to et au moins une --line.</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3:</source>
        <translation>Transfert %1 de %2 vers %3 :</translation>
    </message>
    <message>
        <source>The counted warehouse&apos;s code.</source>
        <translation>Le code de l&apos;entrepôt compté.</translation>
    </message>
    <message>
        <source>A product and the quantity counted (repeatable).</source>
        <translation>Un article et la quantité comptée (répétable).</translation>
    </message>
    <message>
        <source>Why the stock is adjusted.</source>
        <translation>Pourquoi le stock est ajusté.</translation>
    </message>
    <message>
        <source>stock adjust needs --db, --user, --warehouse, --reason and at least one --line.</source>
        <translation>stock adjust nécessite --db, --user, --warehouse, --reason et au moins une --line.</translation>
    </message>
    <message>
        <source>Stocktake of %1:</source>
        <translation>Inventaire de %1 :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Only this warehouse.</source>
        <translation>Seulement cet entrepôt.</translation>
    </message>
    <message>
        <source>stock levels needs --db and --user.</source>
        <translation>stock levels nécessite --db et --user.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>entrepôt</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli stock transfer|adjust|levels [options]; each has --help.</source>
        <translation>Utilisation : stockbook-cli stock transfer|adjust|levels [options] ; chacune a --help.</translation>
    </message>
    <message>
        <source>  transfer  move stock between warehouses (managers)</source>
        <translation>  transfer  déplacer du stock entre entrepôts (responsables)</translation>
    </message>
    <message>
        <source>  adjust    record a stocktake: counted quantities with a reason (managers)</source>
        <translation>  adjust    enregistrer un inventaire : quantités comptées avec un motif (responsables)</translation>
    </message>
    <message>
        <source>  levels    stock per product and warehouse as a table, CSV or JSON</source>
        <translation>  levels    stock par article et entrepôt en tableau, CSV ou JSON</translation>
    </message>
    <message>
        <source>Name the action: transfer, adjust or levels.</source>
        <translation>Indiquez l&apos;action : transfer, adjust ou levels.</translation>
    </message>
    <message>
        <source>transfer stock, record a stocktake, list levels</source>
        <translation>transférer du stock, enregistrer un inventaire, lister les stocks</translation>
    </message>
    <message>
        <source>pdf: the PDF file to write.</source>
        <translation>pdf : le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>create, post, void, show, pdf or list</source>
        <translation>create, post, void, show, pdf ou list</translation>
    </message>
    <message>
        <source>Name the action: create, post, void, show, pdf or list.</source>
        <translation>Indiquez l&apos;action : create, post, void, show, pdf ou list.</translation>
    </message>
    <message>
        <source>invoice pdf needs --out FILE.</source>
        <translation>invoice pdf nécessite --out FICHIER.</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%1 enregistré sous %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problème trouvé ; rien n&apos;a été importé.</numerusform>
            <numerusform>%n problèmes trouvés ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company file, or the company&apos;s server address (postgresql://USER@HOST[:PORT]/DBNAME).</source>
        <translation>Le fichier de l&apos;entreprise, ou l&apos;adresse de son serveur (postgresql://USER@HOST[:PORT]/DBNAME).</translation>
    </message>
    <message>
        <source>The user who runs the command.</source>
        <translation>L&apos;utilisateur qui exécute la commande.</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line.</source>
        <translation>Lire les mots de passe sur l&apos;entrée standard, un par ligne.</translation>
    </message>
    <message numerus="yes">
        <source>stock levels: FAILED (%n problem(s))</source>
        <translation>
            <numerusform>niveaux de stock : ÉCHEC (%n problème)</numerusform>
            <numerusform>niveaux de stock : ÉCHEC (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>make a demo company and print its logins</source>
        <translation>créer une entreprise de démonstration et afficher ses identifiants</translation>
    </message>
    <message>
        <source>create, post, void, show and list invoices</source>
        <translation>créer, valider, annuler, afficher et lister des factures</translation>
    </message>
    <message>
        <source>record a payment on an invoice</source>
        <translation>enregistrer un paiement sur une facture</translation>
    </message>
    <message>
        <source>Command-line companion of Stockbook, the desktop ERP for small shops.</source>
        <translation>Compagnon en ligne de commande de Stockbook, l&apos;ERP de bureau pour les petits commerces.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Every command has --help. Passwords are read from the terminal, or with --password-stdin one per line from standard input; never from arguments or the environment.</source>
        <translation>Chaque commande a --help. Les mots de passe sont lus depuis le terminal, ou avec --password-stdin un par ligne sur l&apos;entrée standard ; jamais depuis les arguments ni l&apos;environnement.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage, 3 authentication failed or locked, 4 permission denied.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 mauvaise utilisation, 3 authentification échouée ou compte verrouillé, 4 permission refusée.</translation>
    </message>
    <message>
        <source>Usage: stockbook-cli COMMAND [options]</source>
        <translation>Utilisation : stockbook-cli COMMANDE [options]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>the key file was upgraded; the old recovery key no longer works. New recovery key (write it down and keep it safe; it is shown only now): %1</source>
        <translation>le fichier de clés a été mis à niveau ; l&apos;ancienne clé de récupération ne fonctionne plus. Nouvelle clé de récupération (notez-la et conservez-la en lieu sûr ; elle n&apos;est affichée que maintenant) : %1</translation>
    </message>
</context>
<context>
    <name>stockbook::cli::PasswordSource</name>
    <message>
        <source>No terminal to read the password from. Use --password-stdin to pass it on standard input.</source>
        <translation>Aucun terminal pour lire le mot de passe. Utilisez --password-stdin pour le passer sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Expected a password on standard input: %1.</source>
        <translation>Mot de passe attendu sur l&apos;entrée standard : %1.</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-le</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>stockbook::print</name>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Facture d&apos;achat</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Avoir sur la facture</translation>
    </message>
    <message>
        <source>Supplier&apos;s reference</source>
        <translation>Référence du fournisseur</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>ANNULÉE : %1</translation>
    </message>
    <message>
        <source>DRAFT — not a valid invoice</source>
        <translation>BROUILLON – facture non valable</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unit prices include tax.</source>
        <translation>Prix unitaires TTC.</translation>
    </message>
    <message>
        <source>Unit prices exclude tax.</source>
        <translation>Prix unitaires HT.</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>Détail de la TVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Amount due (void)</source>
        <translation>Montant dû (annulée)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Payment terms: due on receipt.</source>
        <translation>Conditions de paiement : payable à réception.</translation>
    </message>
    <message>
        <source>Payment terms: %1 days net, due by %2.</source>
        <translation>Conditions de paiement : %1 jours net, à régler avant le %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Imprimé le %1 par %2</translation>
    </message>
    <message>
        <source>No rows match these filters.</source>
        <translation>Aucune ligne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>stockbook::ui</name>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Enregistrer la facture en PDF</translation>
    </message>
    <message>
        <source>Invoice %1 was saved as %2.</source>
        <translation>La facture %1 a été enregistrée sous %2.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo company.</source>
        <translation>Impossible de créer le dossier %1 pour la société de démonstration.</translation>
    </message>
    <message>
        <source>Making the demo company…</source>
        <translation>Création de la société de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Société de démonstration</translation>
    </message>
    <message>
        <source>Making the demo company: %1…</source>
        <translation>Création de la société de démonstration : %1…</translation>
    </message>
    <message>
        <source>Cancelling: removing the half-made demo company…</source>
        <translation>Annulation : suppression de la société de démonstration inachevée…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1. Only your account can read the file.</source>
        <translation>Enregistré dans %1. Seul votre compte peut lire le fichier.</translation>
    </message>
    <message>
        <source>Stockbook recovery key
Company file: %1

%2

Keep this sheet somewhere safe.</source>
        <translation>Clé de récupération Stockbook
Fichier de l&apos;entreprise : %1

%2

Conservez cette feuille en lieu sûr.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Référence, code-barres ou nom</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Actifs &amp;uniquement</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Nouvelle &amp;catégorie…</translation>
    </message>
    <message>
        <source>New &amp;tax rate…</source>
        <translation>Nouveau &amp;taux de TVA…</translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation>Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>&amp;Nouveau fournisseur</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <source>Low stock onl&amp;y</source>
        <translation>Stock &amp;bas uniquement</translation>
    </message>
    <message>
        <source>Stock &amp;levels</source>
        <translation>St&amp;ocks</translation>
    </message>
    <message>
        <source>W&amp;arehouse:</source>
        <translation>Entre&amp;pôt :</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>&amp;Mouvements</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>&amp;New warehouse</source>
        <translation>&amp;Nouvel entrepôt</translation>
    </message>
    <message>
        <source>Action, e.g. invoice. or login</source>
        <translation>Action, par ex. invoice. ou login</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation>&amp;Transférer du stock…</translation>
    </message>
    <message>
        <source>Stoc&amp;ktake…</source>
        <translation>In&amp;ventaire…</translation>
    </message>
    <message>
        <source>Transfers and adjustments</source>
        <translation>Transferts et ajustements</translation>
    </message>
    <message>
        <source>Transfers and stocktake adjustments:</source>
        <translation>Transferts et ajustements d&apos;inventaire :</translation>
    </message>
    <message>
        <source>The file could not be written. Choose a folder you can write to.

%1</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Choisissez un dossier dans lequel vous pouvez écrire.

%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Affic&amp;her les détails</translation>
    </message>
    <message>
        <source>The selected entry as recorded, with its raw data</source>
        <translation>L’entrée sélectionnée telle qu’elle a été enregistrée, avec ses données brutes</translation>
    </message>
    <message>
        <source>Select an entry.</source>
        <translation>Sélectionnez une entrée.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AboutDialog</name>
    <message>
        <source>About Stockbook</source>
        <translation>À propos de Stockbook</translation>
    </message>
    <message>
        <source>Stockbook %1</source>
        <translation>Stockbook %1</translation>
    </message>
    <message>
        <source>Desktop ERP for small shops.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>ERP de bureau pour petits commerces.

Sous licence GNU General Public License, version 3 ou ultérieure.</translation>
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
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>This account manages users, settings and backups. Its password opens the company file.</source>
        <translation>Ce compte gère les utilisateurs, les paramètres et les sauvegardes. Son mot de passe ouvre le fichier de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>&amp;Create company</source>
        <translation>&amp;Créer l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::BackupTab</name>
    <message>
        <source>Not yet in the window for a company on a server: use stockbook-cli backup --db URL and restore --db URL (see the administration guide).</source>
        <translation>Pas encore dans la fenêtre pour une entreprise sur un serveur : utilisez stockbook-cli backup --db URL et restore --db URL (voir le guide d’administration).</translation>
    </message>
    <message>
        <source>This is a company on a server: back it up with stockbook-cli backup --db URL; it has no company key.</source>
        <translation>C’est une entreprise sur un serveur : sauvegardez-la avec stockbook-cli backup --db URL ; elle n’a pas de clé d’entreprise.</translation>
    </message>
    <message>
        <source>Not yet for a company on a server: its data is backed up on the server.</source>
        <translation>Pas encore pour une entreprise sur un serveur : ses données sont sauvegardées sur le serveur.</translation>
    </message>
    <message>
        <source>This is a company on a server: it has no company key and no recovery key; the server keeps its data and checks the passwords.</source>
        <translation>C’est une entreprise sur un serveur : elle n’a ni clé d’entreprise ni clé de récupération ; le serveur garde ses données et vérifie les mots de passe.</translation>
    </message>
    <message>
        <source>This is a company on a server: backups, restoring and the company key are the server&apos;s.</source>
        <translation>C’est une entreprise sur un serveur : sauvegardes, restauration et clé d’entreprise relèvent du serveur.</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Sauvegarder &amp;maintenant…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>One file with the company file, still encrypted, and its key file. It is read back and checked before it counts as written; an existing file is never overwritten. The passwords of today open it. Keep backups on another disk.</source>
        <translation>Un seul fichier contenant le fichier de l&apos;entreprise, toujours chiffré, et son fichier de clés. Il est relu et vérifié avant d&apos;être considéré comme écrit ; un fichier existant n&apos;est jamais écrasé. Les mots de passe actuels l&apos;ouvrent. Conservez les sauvegardes sur un autre disque.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restores a backup into a company file of its own, after checking it whole, with a password from the time of the backup or the recovery key. The open company is not changed.</source>
        <translation>Restaure une sauvegarde dans un fichier d&apos;entreprise distinct, après l&apos;avoir entièrement vérifiée, avec un mot de passe de l&apos;époque de la sauvegarde ou la clé de récupération. L&apos;entreprise ouverte n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>Ch&amp;ange company key…</source>
        <translation>C&amp;hanger la clé de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Company key</source>
        <translation>Clé de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Encrypts the company file again with a new key and shows a new recovery key once. Passwords stay as they are; the old recovery key stops working. Make a backup first.</source>
        <translation>Chiffre à nouveau le fichier de l&apos;entreprise avec une nouvelle clé et affiche une seule fois une nouvelle clé de récupération. Les mots de passe restent inchangés ; l&apos;ancienne clé de récupération cesse de fonctionner. Faites d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>Back up the company</source>
        <translation>Sauvegarder l&apos;entreprise</translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup)</source>
        <translation>Sauvegardes Stockbook (*.backup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>The company key was changed. Store the new recovery key.</source>
        <translation>La clé de l&apos;entreprise a été changée. Conservez la nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>La sauvegarde n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the open company was not changed.</source>
        <translation>%1 restauré à partir de %2 ; l’entreprise ouverte n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The open company was not changed.</source>
        <translation>La sauvegarde a été restaurée dans %1. L’entreprise ouverte n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Open it now to sign in to it; this company is closed once you are signed in.</source>
        <translation>Ouvrez-la maintenant pour vous y connecter ; cette entreprise est fermée une fois la connexion réussie.</translation>
    </message>
    <message>
        <source>&amp;Open the restored company now</source>
        <translation>&amp;Ouvrir maintenant l’entreprise restaurée</translation>
    </message>
    <message>
        <source>&amp;Keep working here</source>
        <translation>&amp;Continuer ici</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CategoryEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent :</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>Aucune (niveau supérieur)</translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation>Aucune catégorie %1 trouvée.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Choisir votre mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>%1, you signed in with a temporary password. Choose your own password before you go on.</source>
        <translation>%1, vous vous êtes connecté avec un mot de passe provisoire. Choisissez votre propre mot de passe avant de continuer.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Changer le mot de passe de %1.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;provisoire :</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyPage</name>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>The name appears on invoices. The currency and the default tax rate can be changed later in the settings.</source>
        <translation>Le nom figure sur les factures. La devise et le taux de TVA par défaut peuvent être modifiés plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>&amp;Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO code):</source>
        <translation>&amp;Devise (code ISO) :</translation>
    </message>
    <message>
        <source>Default &amp;tax rate (%):</source>
        <translation>&amp;Taux de TVA par défaut (%) :</translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage, such as 20 or 7.5.</source>
        <translation>Saisissez le taux de TVA en pourcentage, comme 20 ou 7,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>e.g. GB123456789</source>
        <translation>par ex. FR12345678901</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>Numé&amp;ro fiscal :</translation>
    </message>
    <message>
        <source>the three-letter ISO 4217 code, e.g. EUR, GBP, USD</source>
        <translation>le code ISO 4217 à trois lettres, par ex. EUR, GBP, USD</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Ch&amp;oose image…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>&amp;Include tax (retail: the price is what the customer pays)</source>
        <translation>Prix &amp;TTC (commerce de détail : le prix est ce que le client paie)</translation>
    </message>
    <message>
        <source>Exclu&amp;de tax (trade: tax is added on the invoice)</source>
        <translation>Prix &amp;HT (commerce de gros : la TVA s&apos;ajoute sur la facture)</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>Afficher à nouveau les valeurs enregistrées</translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation>Les valeurs enregistrées sont de nouveau affichées.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>tax number</source>
        <translation>numéro fiscal</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation>Rien à appliquer : aucune valeur n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation>les valeurs signalées ci-dessus ont été refusées.</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Choisir le logo de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The new logo is saved when you apply.</source>
        <translation>Le nouveau logo sera enregistré lorsque vous appliquerez.</translation>
    </message>
    <message>
        <source>The logo is removed when you apply.</source>
        <translation>Le logo sera supprimé lorsque vous appliquerez.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>takes effect at the next start</source>
        <translation>prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Avoir sur %1</translation>
    </message>
    <message>
        <source>Quantities to &amp;credit (up to what is not yet credited):</source>
        <translation>Quantités à &amp;créditer (jusqu&apos;à ce qui n&apos;est pas encore crédité) :</translation>
    </message>
    <message>
        <source>Quantities to credit</source>
        <translation>Quantités à créditer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Creditable</source>
        <translation>Créditable</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
    <message>
        <source>&amp;Make credit note</source>
        <translation>Établir l&apos;&amp;avoir</translation>
    </message>
    <message>
        <source>Credit note total: %1 %2</source>
        <translation>Total de l&apos;avoir : %1 %2</translation>
    </message>
    <message>
        <source>Credit note total: enter every quantity as a number</source>
        <translation>Total de l&apos;avoir : saisissez chaque quantité sous forme de nombre</translation>
    </message>
    <message>
        <source>Line %1: enter a quantity such as %2, or 0 to leave the line out.</source>
        <translation>Ligne %1 : saisissez une quantité comme %2, ou 0 pour laisser la ligne de côté.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DashboardWidget</name>
    <message>
        <source>Dashboard — %1</source>
        <translation>Tableau de bord — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Loading the figures</source>
        <translation>Chargement des chiffres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>Ventes du jour</translation>
    </message>
    <message>
        <source>Sales this month</source>
        <translation>Ventes du mois</translation>
    </message>
    <message>
        <source>Products at or below reorder level</source>
        <translation>Articles au seuil de réapprovisionnement ou en dessous</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Créances échues</translation>
    </message>
    <message>
        <source>Sales of the last 12 months</source>
        <translation>Ventes des 12 derniers mois</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Low stock report</source>
        <translation>Voir le rapport « Stock bas »</translation>
    </message>
    <message>
        <source>Nothing to reorder</source>
        <translation>Rien à commander</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n facture échue</numerusform>
            <numerusform>%n factures échues</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DemoPage</name>
    <message>
        <source>A demo company</source>
        <translation>Une société de démonstration</translation>
    </message>
    <message>
        <source>Try Stockbook on a sample shop before you set up your own.</source>
        <translation>Essayez Stockbook sur une boutique d&apos;exemple avant de configurer la vôtre.</translation>
    </message>
    <message>
        <source>Demo logins</source>
        <translation>Identifiants de démonstration</translation>
    </message>
    <message>
        <source>The demo company could not be prepared.</source>
        <translation>La société de démonstration n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>The demo company made earlier is in %1. Sign in with one of the logins shown when it was made; they are not kept anywhere. For new logins, delete that file and its .keys file, then choose the demo again. Finish shows the sign-in.</source>
        <translation>La société de démonstration créée précédemment se trouve dans %1. Connectez-vous avec l&apos;un des identifiants affichés lors de sa création ; ils ne sont conservés nulle part. Pour de nouveaux identifiants, supprimez ce fichier et son fichier .keys, puis choisissez à nouveau la démonstration. « Terminer » affiche la connexion.</translation>
    </message>
    <message>
        <source>The demo company is ready in %1: products, customers, suppliers and a year of invoices to look at and change freely, apart from your own company. Each role has its own login, shown only now: note the one you want, then Finish shows the sign-in.</source>
        <translation>La société de démonstration est prête dans %1 : articles, clients, fournisseurs et une année de factures à consulter et modifier librement, à l&apos;écart de votre propre entreprise. Chaque rôle a son propre identifiant, affiché seulement maintenant : notez celui que vous voulez, puis « Terminer » affiche la connexion.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clé de récupération : %1</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::EditorDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FieldError</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>This version of Stockbook has no demo company.</source>
        <translation>Cette version de Stockbook ne comporte pas de société de démonstration.</translation>
    </message>
    <message>
        <source>Recovery key stored?</source>
        <translation>Clé de récupération conservée ?</translation>
    </message>
    <message>
        <source>The company has been created. Its recovery key is shown only now and opens the company when every password is lost. Have you printed or saved it?</source>
        <translation>La société a été créée. Sa clé de récupération n&apos;est affichée que maintenant et ouvre la société lorsque tous les mots de passe sont perdus. L&apos;avez-vous imprimée ou enregistrée ?</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceDetailDialog</name>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Paiements :</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation>Contrepasser le &amp;paiement…</translation>
    </message>
    <message>
        <source>Reverse the selected payment, with a reason</source>
        <translation>Contrepasser le paiement sélectionné, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Enregistrer le paiement</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>A&amp;voir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Issued %4, due %5 · warehouse %6</source>
        <translation>%1 · %2 · %3
Émise le %4, échéance le %5 · entrepôt %6</translation>
    </message>
    <message>
        <source>
Void: %1</source>
        <translation>
Annulée : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Net %1 · Tax %2 · Total %3 %4
Paid %5 · Credited %6 · Balance %7</source>
        <translation>HT %1 · TVA %2 · Total %3 %4
Payé %5 · Crédité %6 · Solde %7</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Contrepassé</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>Contrepassé : %1</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Why is %1 void? The reason is kept with the invoice.</source>
        <translation>Pourquoi annuler %1 ? Le motif est conservé avec la facture.</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Pay back what credit notes left paid over the total</source>
        <translation>Rembourser ce que les avoirs laissent payé au-delà du total</translation>
    </message>
    <message>
        <source>Refund reversed</source>
        <translation>Remboursement contrepassé</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Pay back the %1 paid over the total</source>
        <translation>Rembourser les %1 payés au-delà du total</translation>
    </message>
    <message>
        <source>Nothing is paid over the total: there is nothing to refund.</source>
        <translation>Rien n&apos;est payé au-delà du total : il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>Enter the amount paid as a number such as %1.</source>
        <translation>Saisissez le montant payé sous forme de nombre, comme %1.</translation>
    </message>
    <message>
        <source>Credit note %1 made for %2 %3.</source>
        <translation>Avoir %1 établi pour %2 %3.</translation>
    </message>
    <message>
        <source>Refund of %1 %2 recorded; the balance is %3.</source>
        <translation>Remboursement de %1 %2 enregistré ; le solde est de %3.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceEntry</name>
    <message>
        <source>Sign in again in the window that opens, then save again; the invoice stays here as typed.</source>
        <translation>Reconnectez-vous dans la fenêtre qui s’ouvre, puis enregistrez à nouveau ; la facture reste ici telle que saisie.</translation>
    </message>
    <message>
        <source>1 line asks for more than the stock in this warehouse (see In stock).</source>
        <translation>1 ligne demande plus que le stock de cet entrepôt (voir En stock).</translation>
    </message>
    <message>
        <source>%1 lines ask for more than the stock in this warehouse (see In stock).</source>
        <translation>%1 lignes demandent plus que le stock de cet entrepôt (voir En stock).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>Stock insuffisant</translation>
    </message>
    <message>
        <source>1 line asks for more than the warehouse holds. Post anyway?</source>
        <translation>1 ligne demande plus que ce que contient l&apos;entrepôt. Valider quand même ?</translation>
    </message>
    <message>
        <source>%1 lines ask for more than the warehouse holds. Post anyway?</source>
        <translation>%1 lignes demandent plus que ce que contient l&apos;entrepôt. Valider quand même ?</translation>
    </message>
    <message>
        <source>Posted %1 · total %2 %3</source>
        <translation>%1 validée · total %2 %3</translation>
    </message>
    <message>
        <source>Draft %1 saved. Resume it later from the drafts list.</source>
        <translation>Brouillon %1 enregistré. Reprenez-le plus tard depuis la liste des brouillons.</translation>
    </message>
    <message>
        <source>Resume a draft…</source>
        <translation>Reprendre un brouillon…</translation>
    </message>
    <message>
        <source>Draft %1 · %2 · %3 · %4</source>
        <translation>Brouillon %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;as PDF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>New in&amp;voice</source>
        <translation>N&amp;ouvelle facture</translation>
    </message>
    <message>
        <source>Part of a name, e-mail or phone</source>
        <translation>Partie d&apos;un nom, d&apos;un e-mail ou d&apos;un téléphone</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>Fou&amp;rnisseur :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Scannez ou saisissez une référence, un code-barres ou une partie du nom, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Ar&amp;ticle :</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Date d&apos;é&amp;mission :</translation>
    </message>
    <message>
        <source>Supplier&apos;s nu&amp;mber:</source>
        <translation>N&amp;uméro du fournisseur :</translation>
    </message>
    <message>
        <source>D&amp;rafts:</source>
        <translation>&amp;Brouillons :</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Rem&amp;ove line</source>
        <translation>Su&amp;pprimer la ligne</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>HT :</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>TVA :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation>Valider (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceLinesModel</name>
    <message>
        <source>the quantity is empty; type e.g. %1</source>
        <translation>la quantité est vide ; tapez par exemple %1</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>la quantité « %1 » n&apos;est pas un nombre ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; must be above zero; type e.g. %2</source>
        <translation>la quantité « %1 » doit être supérieure à zéro ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>the unit price is empty; type e.g. %1</source>
        <translation>le prix unitaire est vide ; tapez par exemple %1</translation>
    </message>
    <message>
        <source>unit price &apos;%1&apos; is not an amount; type e.g. %2</source>
        <translation>le prix unitaire « %1 » n&apos;est pas un montant ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>unit price &apos;%1&apos; cannot be negative; type e.g. %2</source>
        <translation>le prix unitaire « %1 » ne peut pas être négatif ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>discount &apos;%1&apos; is not a percentage; type e.g. %2</source>
        <translation>la remise « %1 » n&apos;est pas un pourcentage ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>discount &apos;%1&apos; must lie between 0 and 100 %; type e.g. %2</source>
        <translation>la remise « %1 » doit être comprise entre 0 et 100 % ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>the tax rate is empty; type e.g. %1</source>
        <translation>le taux de TVA est vide ; tapez par exemple %1</translation>
    </message>
    <message>
        <source>tax rate &apos;%1&apos; is not a percentage; type e.g. %2</source>
        <translation>le taux de TVA « %1 » n&apos;est pas un pourcentage ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>tax rate &apos;%1&apos;: %2</source>
        <translation>taux de TVA « %1 » : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
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
        <translation>Max %1</translation>
    </message>
    <message>
        <source>More than the %1 %2 in stock in this warehouse.</source>
        <translation>Plus que les %1 %2 en stock dans cet entrepôt.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, such as 2 or 1.5.</source>
        <translation>Saisissez une quantité supérieure à zéro, comme 2 ou 1,5.</translation>
    </message>
    <message>
        <source>Enter the unit price as a number such as 12.50.</source>
        <translation>Saisissez le prix unitaire sous forme de nombre, comme 12,50.</translation>
    </message>
    <message>
        <source>Enter the discount as a percentage such as 10 or 2.5.</source>
        <translation>Saisissez la remise en pourcentage, comme 10 ou 2,5.</translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage such as 20.</source>
        <translation>Saisissez le taux de TVA en pourcentage, comme 20.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceListPage</name>
    <message>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Numér&amp;o :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Sta&amp;tut :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation>Fourn&amp;isseur :</translation>
    </message>
    <message>
        <source>Cust&amp;omer:</source>
        <translation>Cli&amp;ent :</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 facture</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 factures</translation>
    </message>
    <message>
        <source>1 posted, total %1</source>
        <translation>1 validée, total %1</translation>
    </message>
    <message>
        <source>%1 posted, total %2</source>
        <translation>%1 validées, total %2</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ListPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Cannot show the list: %1</source>
        <translation>Impossible d&apos;afficher la liste : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LockWidget</name>
    <message>
        <source>%1 locked the window. %1, enter your password to go on.</source>
        <translation>%1 a verrouillé la fenêtre. %1, saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Stockbook is locked</source>
        <translation>Stockbook est verrouillé</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Another user signs in with their own password.</source>
        <translation>Un autre utilisateur se connecte avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Locked after a time without activity. %1, enter your password to go on.</source>
        <translation>Verrouillé après une période d&apos;inactivité. %1, saisissez votre mot de passe pour continuer.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LoginDialog</name>
    <message>
        <source>Company on a server: %1</source>
        <translation>Entreprise sur un serveur : %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation>Fichier de l&apos;entreprise : %1</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Le verrouillage des majuscules semble activé.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Attendez %n s</numerusform>
            <numerusform>Attendez %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::MainWindow</name>
    <message>
        <source>Open on a ser&amp;ver…</source>
        <translation>Ouvrir sur un se&amp;rveur…</translation>
    </message>
    <message>
        <source>Open a company on a PostgreSQL server and sign in</source>
        <translation>Ouvrir une entreprise sur un serveur PostgreSQL et se connecter</translation>
    </message>
    <message>
        <source>%1 — Stockbook</source>
        <translation>%1 — Stockbook</translation>
    </message>
    <message>
        <source>Company on a server: %1 (not opened)</source>
        <translation>Entreprise sur un serveur : %1 (non ouverte)</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Signed in as another user: sign in as %1 to go on with this work, or sign out.</source>
        <translation>Connecté sous un autre utilisateur : connectez-vous en tant que %1 pour poursuivre ce travail, ou déconnectez-vous.</translation>
    </message>
    <message>
        <source>Connected again to %1. Save again what was not saved.</source>
        <translation>Reconnecté à %1. Enregistrez à nouveau ce qui ne l’a pas été.</translation>
    </message>
    <message>
        <source>Your unsaved sale cannot be a draft yet (%1) and was kept as typed; it reopens when you unlock.</source>
        <translation>Votre vente non enregistrée ne peut pas encore être un brouillon (%1) et a été gardée telle que saisie ; elle se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Changes since the last checkpoint</source>
        <translation>Modifications depuis le dernier point de contrôle</translation>
    </message>
    <message>
        <source>Signing in found changes to users, roles, permissions or the audit log that no administrator has signed: they may have been made outside Stockbook. Tell an administrator.</source>
        <translation>La connexion a trouvé des modifications des utilisateurs, des rôles, des autorisations ou du journal d&apos;audit qu&apos;aucun administrateur n&apos;a signées : elles ont peut-être été faites en dehors de Stockbook. Prévenez un administrateur.</translation>
    </message>
    <message>
        <source>Your unsaved purchase cannot be a draft yet (%1) and was kept as typed; it reopens when you unlock.</source>
        <translation>Votre achat non enregistré ne peut pas encore être un brouillon (%1) et a été gardé tel que saisi ; il se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Your unsaved transfer was kept and reopens when you unlock.</source>
        <translation>Votre transfert non enregistré a été gardé et se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Your unsaved transfer could not be kept: %1</source>
        <translation>Votre transfert non enregistré n&apos;a pas pu être gardé : %1</translation>
    </message>
    <message>
        <source>Your unsaved stocktake was kept and reopens when you unlock.</source>
        <translation>Votre inventaire non enregistré a été gardé et se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Your unsaved stocktake could not be kept: %1</source>
        <translation>Votre inventaire non enregistré n&apos;a pas pu être gardé : %1</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message numerus="yes">
        <source>Stockbook locks in %n second(s) without activity. Unsaved invoices are kept as your drafts.</source>
        <translation>
            <numerusform>Stockbook se verrouille dans %n seconde sans activité. Les factures non enregistrées sont gardées comme vos brouillons.</numerusform>
            <numerusform>Stockbook se verrouille dans %n secondes sans activité. Les factures non enregistrées sont gardées comme vos brouillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved sale was kept as draft %1 and reopens when you unlock.</source>
        <translation>Votre vente non enregistrée a été gardée comme brouillon %1 et se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Your unsaved purchase was kept as draft %1 and reopens when you unlock.</source>
        <translation>Votre achat non enregistré a été gardé comme brouillon %1 et se rouvre au déverrouillage.</translation>
    </message>
    <message>
        <source>Your unsaved sale could not be kept as a draft: %1</source>
        <translation>Votre vente non enregistrée n&apos;a pas pu être gardée comme brouillon : %1</translation>
    </message>
    <message>
        <source>Your unsaved purchase could not be kept as a draft: %1</source>
        <translation>Votre achat non enregistré n&apos;a pas pu être gardé comme brouillon : %1</translation>
    </message>
    <message>
        <source>Stockbook</source>
        <translation>Stockbook</translation>
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
        <source>%1

This page will hold: %2</source>
        <translation>%1

Cette page contiendra : %2</translation>
    </message>
    <message>
        <source>Find a page</source>
        <translation>Trouver une page</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Create a company file with its first administrator</source>
        <translation>Créer un fichier d&apos;entreprise avec son premier administrateur</translation>
    </message>
    <message>
        <source>Choose a company file and sign in</source>
        <translation>Choisir un fichier d&apos;entreprise et se connecter</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Close the company and return to the sign-in</source>
        <translation>Fermer l&apos;entreprise et revenir à la connexion</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Cover the window until a password is entered</source>
        <translation>Masquer la fenêtre jusqu&apos;à la saisie d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Choisir un nouveau mot de passe pour votre compte</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>Print the current page</source>
        <translation>Imprimer la page actuelle</translation>
    </message>
    <message>
        <source>&amp;Find page</source>
        <translation>&amp;Trouver une page</translation>
    </message>
    <message>
        <source>Find a page by its name</source>
        <translation>Trouver une page par son nom</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Company details, users, backups</source>
        <translation>Coordonnées de l&apos;entreprise, utilisateurs, sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation>&amp;Transférer du stock…</translation>
    </message>
    <message>
        <source>Move stock from one warehouse to another</source>
        <translation>Déplacer du stock d&apos;un entrepôt vers un autre</translation>
    </message>
    <message>
        <source>&amp;Stocktake…</source>
        <translation>&amp;Inventaire…</translation>
    </message>
    <message>
        <source>Enter counted quantities; the differences are posted as adjustments</source>
        <translation>Saisir les quantités comptées ; les écarts sont enregistrés comme ajustements</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <source>Signed in: %1 — role: %2 — %3</source>
        <translation>Connecté : %1 — rôle : %2 — %3</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Ouvrir une entreprise</translation>
    </message>
    <message>
        <source>Stockbook companies (*.stockbook)</source>
        <translation>Entreprises Stockbook (*.stockbook)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
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
        <translation>Chaque type de document a sa propre série de numéros par année. Un numéro est attribué lors de la validation du document, sans trou, et la série recommence à 1 chaque nouvelle année (l&apos;année de la date d&apos;émission). Les brouillons n&apos;ont pas de numéro ; une facture annulée garde son numéro. Les numéros ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Séries de numéros</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Prochain numéro</translation>
    </message>
    <message>
        <source>First number in %1</source>
        <translation>Premier numéro en %1</translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation>Factures de vente</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Factures d&apos;achat</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::Pages</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Sales invoices: drafts, posting, payments received.</source>
        <translation>Factures de vente : brouillons, validation, paiements reçus.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Purchase invoices from suppliers; posting them brings stock in.</source>
        <translation>Factures d&apos;achat des fournisseurs ; leur validation fait entrer le stock.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customers, their details and what they owe.</source>
        <translation>Les clients, leurs coordonnées et ce qu&apos;ils doivent.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Look up products, prices and tax rates.</source>
        <translation>Consulter les articles, les prix et les taux de TVA.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Look up stock levels per warehouse and the movements behind them.</source>
        <translation>Consulter les stocks par entrepôt et les mouvements qui les expliquent.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Edit products, categories, prices and tax rates.</source>
        <translation>Modifier les articles, catégories, prix et taux de TVA.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Suppliers and their details.</source>
        <translation>Les fournisseurs et leurs coordonnées.</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <source>Warehouses and which one is the default.</source>
        <translation>Les entrepôts, et lequel est celui par défaut.</translation>
    </message>
    <message>
        <source>Stock tasks</source>
        <translation>Opérations de stock</translation>
    </message>
    <message>
        <source>Transfers between warehouses and stock adjustments.</source>
        <translation>Transferts entre entrepôts et ajustements de stock.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Sales, stock valuation and other reports, with exports.</source>
        <translation>Ventes, valorisation du stock et autres rapports, avec exports.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who did what and when, with the hash chain&apos;s verification.</source>
        <translation>Qui a fait quoi et quand, avec la vérification de la chaîne de hachage.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Company details, users and roles, backups and the key.</source>
        <translation>Coordonnées de l&apos;entreprise, utilisateurs et rôles, sauvegardes et clé.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Today&apos;s and this month&apos;s sales, low stock, overdue receivables, 12 months of sales.</source>
        <translation>Ventes du jour et du mois, stock bas, créances échues, 12 mois de ventes.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PartnerEditor</name>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Edit supplier</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>N° &amp;fiscal :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Délai de &amp;paiement :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be chosen on new invoices</source>
        <translation>A&amp;ctif : peut être choisi sur les nouvelles factures</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PasswordStrength</name>
    <message>
        <source>Password strength</source>
        <translation>Force du mot de passe</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters that are hard to guess: a few unrelated words work well. Your name and the company&apos;s name do not count.</source>
        <translation>Utilisez %1 à %2 caractères difficiles à deviner : quelques mots sans rapport entre eux conviennent bien. Votre nom et celui de l&apos;entreprise ne comptent pas.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. This password can be used.</source>
        <translation>%1. Ce mot de passe peut être utilisé.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductEditor</name>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>litres</source>
        <translation>litres</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Code-&amp;barres :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Default su&amp;pplier:</source>
        <translation>&amp;Fournisseur par défaut :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <source>Sale p&amp;rice:</source>
        <translation>&amp;Prix de vente :</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>&amp;Taux de TVA :</translation>
    </message>
    <message>
        <source>Re&amp;order level:</source>
        <translation>Seui&amp;l de réappro. :</translation>
    </message>
    <message>
        <source>&amp;Active: offered for sale and purchase</source>
        <translation>&amp;Actif : proposé à la vente et à l&apos;achat</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Average cost:</source>
        <translation>Coût moyen :</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>En stock :</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <source>No default supplier</source>
        <translation>Aucun fournisseur par défaut</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 % (inactive)</source>
        <translation>%1 % (inactif)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The price is not a number; enter it like %1, with at most two decimals.</source>
        <translation>Le prix n&apos;est pas un nombre ; saisissez-le comme %1, avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>The reorder level is not a number; enter it like 5 or %1.</source>
        <translation>Le seuil de réapprovisionnement n&apos;est pas un nombre ; saisissez-le comme 5 ou %1.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductField</name>
    <message>
        <source>Several products match &quot;%1&quot;. Choose one from the list with the arrow keys and Enter, or type more of the name.</source>
        <translation>Plusieurs articles correspondent à « %1 ». Choisissez-en un dans la liste avec les flèches et Entrée, ou tapez davantage du nom.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;: no SKU or barcode is that, and no name contains it. Check what you typed.</source>
        <translation>Aucun article ne correspond à « %1 » : ce n&apos;est ni une référence ni un code-barres, et aucun nom ne le contient. Vérifiez la saisie.</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;. Check it or type part of the name.</source>
        <translation>Aucun article n&apos;a la référence ou le code-barres « %1 ». Vérifiez-le ou saisissez une partie du nom.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryKeyDialog</name>
    <message>
        <source>The new recovery key</source>
        <translation>La nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>The company key was changed. This is the new recovery key: it opens the company when every password is lost, and the old one no longer does. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation>La clé de l&apos;entreprise a été changée. Voici la nouvelle clé de récupération : elle ouvre l&apos;entreprise si tous les mots de passe sont perdus, et l&apos;ancienne ne le fait plus. Elle n&apos;est affichée que maintenant : imprimez-la ou enregistrez-la, et conservez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>I have stored the new recovery &amp;key</source>
        <translation>J&apos;ai &amp;conservé la nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is kept safe, then copy something else over it.</source>
        <translation>Copiée. Collez-la en lieu sûr, puis copiez autre chose par-dessus.</translation>
    </message>
    <message>
        <source>Store the recovery key first, then tick the box.</source>
        <translation>Conservez d&apos;abord la clé de récupération, puis cochez la case.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>It opens the company when every password is lost. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation>Elle ouvre l&apos;entreprise si tous les mots de passe sont perdus. Elle n&apos;est affichée que maintenant : imprimez-la ou enregistrez-la, et conservez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>I have stored the recovery &amp;key</source>
        <translation>J&apos;ai &amp;conservé la clé de récupération</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation>Remboursement sur %1</translation>
    </message>
    <message>
        <source>After its credit notes, %1 has %2 %3 more paid than it owes. Record the money received back from %4: the balance returns to zero.</source>
        <translation>Après ses avoirs, %1 a %2 %3 de plus payé que ce qu&apos;elle doit. Enregistrez l&apos;argent reçu en retour de %4 : le solde revient à zéro.</translation>
    </message>
    <message>
        <source>After its credit notes, %1 has %2 %3 more paid than it owes. Record the money paid back to %4: the balance returns to zero.</source>
        <translation>Après ses avoirs, %1 a %2 %3 de plus payé que ce qu&apos;elle doit. Enregistrez l&apos;argent remboursé à %4 : le solde revient à zéro.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Record &amp;refund</source>
        <translation>&amp;Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Enter the amount to refund as a number such as %1, at most %2.</source>
        <translation>Saisissez le montant à rembourser sous forme de nombre, comme %1, au plus %2.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 paid over what %3 owes. Refund at most %2.</source>
        <translation>%1 dépasse les %2 payés au-delà de ce que doit %3. Remboursez au plus %2.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportFilterBar</name>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportPdfExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportRunner</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportView</name>
    <message>
        <source>Quantity per unit: %1</source>
        <translation>Quantité par unité : %1</translation>
    </message>
    <message>
        <source>CSV, plain numbers: %1 (*.csv)</source>
        <translation>CSV, nombres simples : %1 (*.csv)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the report with these filters (%1)</source>
        <translation>Exécuter le rapport avec ces filtres (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>Running the report</source>
        <translation>Exécution du rapport</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Lignes du rapport</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Graphique du rapport</translation>
    </message>
    <message>
        <source>Choose the filters, then Run.</source>
        <translation>Choisissez les filtres, puis Exécuter.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), run at %1 in %2 s</source>
        <translation>
            <numerusform>%n ligne, exécuté à %1 en %2 s</numerusform>
            <numerusform>%n lignes, exécuté à %1 en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a report first.</source>
        <translation>Exécutez d&apos;abord un rapport.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV, numbers as in this language: %1 (*.csv)</source>
        <translation>CSV, nombres comme dans cette langue : %1 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page(s)).</numerusform>
            <numerusform>%1 enregistré (%n page(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>L’export PDF a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>A PDF is being written; wait for it or cancel it.</source>
        <translation>Un PDF est en cours d’écriture ; attendez ou annulez-le.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RestoreDialog</name>
    <message>
        <source>Replace it even with a backup of a &amp;different company</source>
        <translation>Remplacer même par la &amp;sauvegarde d&apos;une autre entreprise</translation>
    </message>
    <message>
        <source>Another company:</source>
        <translation>Autre entreprise :</translation>
    </message>
    <message>
        <source>To replace it with this backup, tick “Replace it even with a backup of a different company”.</source>
        <translation>Pour la remplacer par cette sauvegarde, cochez « Remplacer même par la sauvegarde d&apos;une autre entreprise ».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is checked whole before anything is written. It is restored into a company file of its own: the open company cannot be replaced while it is open. A file that exists under the chosen name is kept, renamed to end in &quot;.before-restore&quot;; replacing it needs the sign-in of one of its administrators (the same user name and password) or its recovery key.</source>
        <translation>La sauvegarde est entièrement vérifiée avant toute écriture. Elle est restaurée dans un fichier d&apos;entreprise distinct : l&apos;entreprise ouverte ne peut pas être remplacée tant qu&apos;elle est ouverte. Un fichier existant sous le nom choisi est conservé, renommé avec le suffixe « .before-restore » ; le remplacer demande la connexion de l&apos;un de ses administrateurs (le même nom d&apos;utilisateur et le même mot de passe) ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the backup file</source>
        <translation>Rechercher le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the file to restore into</source>
        <translation>Rechercher le fichier dans lequel restaurer</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurer &amp;dans :</translation>
    </message>
    <message>
        <source>A &amp;user&apos;s password</source>
        <translation>Le mot de passe d&apos;un &amp;utilisateur</translation>
    </message>
    <message>
        <source>The r&amp;ecovery key</source>
        <translation>La clé de r&amp;écupération</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>L&apos;ouvrir avec :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password at the time of the backup</source>
        <translation>Mot de passe au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Password then:</source>
        <translation>&amp;Mot de passe d&apos;alors :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup);;All files (*)</source>
        <translation>Sauvegardes Stockbook (*.backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Company files (*.stockbook)</source>
        <translation>Fichiers d&apos;entreprise (*.stockbook)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReversePaymentDialog</name>
    <message>
        <source>Reverse payment</source>
        <translation>Contrepasser le paiement</translation>
    </message>
    <message>
        <source>Reverse the payment of %1 made on %2 for %3? The invoice&apos;s balance grows by the amount again; the payment stays listed as reversed.</source>
        <translation>Contrepasser le paiement de %1 effectué le %2 pour %3 ? Le solde de la facture augmente à nouveau de ce montant ; le paiement reste listé comme contrepassé.</translation>
    </message>
    <message>
        <source>For example: card payment charged back</source>
        <translation>Par exemple : paiement par carte rejeté</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Re&amp;verse payment</source>
        <translation>&amp;Contrepasser le paiement</translation>
    </message>
    <message>
        <source>Reverse the refund of %1 made on %2 for %3? The invoice&apos;s balance falls by the amount again; the refund stays listed as reversed.</source>
        <translation>Contrepasser le remboursement de %1 du %2 sur %3 ? Le solde de la facture diminue à nouveau du montant ; le remboursement reste listé comme contrepassé.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RotateKeyDialog</name>
    <message>
        <source>Change the company key</source>
        <translation>Changer la clé de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company file is encrypted again with a new random key. Every user keeps their password. The current recovery key stops working and a new one is shown once: have a printer or a safe place for it ready. Backups made before keep their old recovery key.

Nobody else may use this company file meanwhile. Enter your password to go ahead.</source>
        <translation>Le fichier de l&apos;entreprise est à nouveau chiffré avec une nouvelle clé aléatoire. Chaque utilisateur garde son mot de passe. La clé de récupération actuelle cesse de fonctionner et une nouvelle est affichée une seule fois : prévoyez une imprimante ou un endroit sûr pour elle. Les sauvegardes faites auparavant gardent leur ancienne clé de récupération.

Personne d&apos;autre ne doit utiliser ce fichier d&apos;entreprise pendant ce temps. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>&amp;Changer la clé</translation>
    </message>
    <message>
        <source>Changing the company key. This takes a while for a large company file…</source>
        <translation>Changement de la clé de l&apos;entreprise. Cela prend un moment pour un gros fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>The company key was not changed.</source>
        <translation>La clé de l’entreprise n’a pas été modifiée.</translation>
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
        <translation>Verrouillage après inactivité, minutes</translation>
    </message>
    <message>
        <source>1 to 30 minutes without input; then the window locks and the company file closes.</source>
        <translation>1 à 30 minutes sans saisie ; ensuite la fenêtre se verrouille et le fichier de l&apos;entreprise se ferme.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source> failures</source>
        <translation> échecs</translation>
    </message>
    <message>
        <source>Lock an account after failed sign-ins</source>
        <translation>Verrouiller un compte après des échecs de connexion</translation>
    </message>
    <message>
        <source>3 to 20 consecutive failed sign-ins lock an account until an administrator unlocks it (the last active administrator: for 15 minutes). The recovery key always opens the company.</source>
        <translation>3 à 20 échecs de connexion consécutifs verrouillent un compte jusqu&apos;à ce qu&apos;un administrateur le déverrouille (pour le dernier administrateur actif : pendant 15 minutes). La clé de récupération ouvre toujours l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Lock an &amp;account after:</source>
        <translation>Verrouiller un co&amp;mpte après :</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>Afficher à nouveau les valeurs enregistrées</translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation>Les valeurs enregistrées sont de nouveau affichées.</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>verrouillage après inactivité</translation>
    </message>
    <message>
        <source>lockout threshold</source>
        <translation>seuil de verrouillage</translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation>Rien à appliquer : aucune valeur n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>Saved: %1. It applies from now on.</source>
        <translation>Enregistré : %1. Cela s&apos;applique dès maintenant.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation>les valeurs signalées ci-dessus ont été refusées.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>Ta&amp;xes</source>
        <translation>Ta&amp;xes</translation>
    </message>
    <message>
        <source>Invoice num&amp;bers</source>
        <translation>Numér&amp;os de facture</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>Bac&amp;kup and key</source>
        <translation>Sauve&amp;garde et clé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Change &amp;role to:</source>
        <translation>C&amp;hanger le rôle en :</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Ré&amp;initialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>New user &amp;name:</source>
        <translation>&amp;Nom du nouvel utilisateur :</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nom com&amp;plet :</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Add user with the role above</source>
        <translation>Ajouter l&apos;u&amp;tilisateur avec le rôle ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe p&amp;rovisoire :</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>Give %1 this temporary password; it is shown only now and must be changed at the first sign-in.</source>
        <translation>Donnez à %1 ce mot de passe provisoire ; il n&apos;est affiché que maintenant et doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of %1? Their current password stops working at once; they sign in with the temporary password shown next and must then choose a new one.</source>
        <translation>Réinitialiser le mot de passe de %1 ? Son mot de passe actuel cesse aussitôt de fonctionner ; la connexion se fera avec le mot de passe temporaire affiché ensuite, puis un nouveau devra être choisi.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in until an administrator reactivates them.</source>
        <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter tant qu’un administrateur ne l’aura pas réactivée.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StartPage</name>
    <message>
        <source>Open a company on a &amp;server</source>
        <translation>&amp;Ouvrir une entreprise sur un serveur</translation>
    </message>
    <message>
        <source>Signs in to a company that several workstations share on a PostgreSQL server; you need its address from your administrator.</source>
        <translation>Vous connecte à une entreprise que plusieurs postes partagent sur un serveur PostgreSQL ; son adresse vous est donnée par votre administrateur.</translation>
    </message>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>No company file was found. What would you like to do?</source>
        <translation>Aucun fichier d&apos;entreprise n&apos;a été trouvé. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation>&amp;Créer mon entreprise</translation>
    </message>
    <message>
        <source>&amp;Explore a demo company</source>
        <translation>&amp;Explorer une société de démonstration</translation>
    </message>
    <message>
        <source>Needs the demo data, which this version does not include yet.</source>
        <translation>Nécessite les données de démonstration, que cette version n&apos;inclut pas encore.</translation>
    </message>
    <message>
        <source>Sets up your company, its currency and tax rate, and you as its administrator.</source>
        <translation>Configure votre entreprise, sa devise et son taux de TVA, avec vous comme administrateur.</translation>
    </message>
    <message>
        <source>Opens a shop with sample products, customers and invoices.</source>
        <translation>Ouvre une boutique avec des articles, des clients et des factures d&apos;exemple.</translation>
    </message>
    <message>
        <source>Not available yet: it needs the demo data.</source>
        <translation>Pas encore disponible : nécessite les données de démonstration.</translation>
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
        <translation>la quantité est vide ; tapez par exemple %1</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>la quantité « %1 » n&apos;est pas un nombre ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; must be above zero; type e.g. %2</source>
        <translation>la quantité « %1 » doit être supérieure à zéro ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>count &apos;%1&apos; is not a number; type e.g. %2</source>
        <translation>le comptage « %1 » n&apos;est pas un nombre ; tapez par exemple %2</translation>
    </message>
    <message>
        <source>count &apos;%1&apos; cannot be below zero; type e.g. %2</source>
        <translation>le comptage « %1 » ne peut pas être négatif ; tapez par exemple %2</translation>
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
        <translation>Max %1 %2</translation>
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
        <translation>Plus que les %1 %2 dans l&apos;entrepôt de départ.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Inventaire comptabilisé</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake of %1 posted: %n product(s) counted, %2 adjusted.</source>
        <translation>
            <numerusform>Inventaire de %1 comptabilisé : %n article compté, %2 ajusté(s).</numerusform>
            <numerusform>Inventaire de %1 comptabilisé : %n articles comptés, %2 ajusté(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Scannez ou saisissez une référence, un code-barres ou une partie du nom, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>Products and counts</source>
        <translation>Articles et comptages</translation>
    </message>
    <message>
        <source>&amp;Counts: type what is on the shelf. Leave Counted empty for a product you did not count; it keeps its level.</source>
        <translation>&amp;Comptages : saisissez ce qui est en rayon. Laissez « Compté » vide pour un article non compté ; son stock est conservé.</translation>
    </message>
    <message>
        <source>For example: annual count, breakage, theft</source>
        <translation>Par exemple : inventaire annuel, casse, vol</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>P&amp;ost adjustments (Ctrl+Enter)</source>
        <translation>&amp;Valider les ajustements (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Post adjustments</source>
        <translation>Valider les ajustements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Enter the count as a number such as 12 or 2.5.</source>
        <translation>Saisissez le comptage sous forme de nombre, comme 12 ou 2,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>e.g. 20 or %1</source>
        <translation>par ex. 20 ou %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Taux :</translation>
    </message>
    <message>
        <source>&amp;Used for new products without a rate</source>
        <translation>&amp;Utilisé pour les nouveaux articles sans taux</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Par défaut :</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Nouveau taux de TVA</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Modifier le taux de TVA</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation>Aucun taux de TVA %1 trouvé.</translation>
    </message>
    <message>
        <source>To change the default, open another rate and make it the default.</source>
        <translation>Pour changer le taux par défaut, ouvrez un autre taux et définissez-le par défaut.</translation>
    </message>
    <message>
        <source>The rate is not a number; enter it in percent like 20 or %1.</source>
        <translation>Le taux n&apos;est pas un nombre ; saisissez-le en pourcentage, comme 20 ou %1.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRatesTab</name>
    <message>
        <source>Products use these rates; the default is given to new products without one. A rate used on posted invoices keeps its old value there when it is changed.</source>
        <translation>Les articles utilisent ces taux ; le taux par défaut est attribué aux nouveaux articles qui n&apos;en ont pas. Un taux utilisé sur des factures validées y garde son ancienne valeur lorsqu&apos;il est modifié.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;New tax rate…</source>
        <translation>&amp;Nouveau taux de TVA…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Tax rate saved.</source>
        <translation>Taux de TVA enregistré.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation>Transférer du stock</translation>
    </message>
    <message>
        <source>Stock transferred</source>
        <translation>Stock transféré</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n product(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n article transféré de %1 vers %2.</numerusform>
            <numerusform>%n articles transférés de %1 vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From warehouse:</source>
        <translation>&amp;De l&apos;entrepôt :</translation>
    </message>
    <message>
        <source>T&amp;o warehouse:</source>
        <translation>&amp;Vers l&apos;entrepôt :</translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation>Scannez ou saisissez une référence, un code-barres ou une partie du nom, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>Lines to transfer</source>
        <translation>Lignes à transférer</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Transfer (Ctrl+Enter)</source>
        <translation>&amp;Transférer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Enter the quantity as a number such as 2 or 1.5.</source>
        <translation>Saisissez la quantité sous forme de nombre, comme 2 ou 1,5.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WarehouseEditor</name>
    <message>
        <source>e.g. SHOP-2</source>
        <translation>par ex. BOUTIQUE-2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Active: stock can be moved in and out</source>
        <translation>&amp;Actif : du stock peut y entrer et en sortir</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>Nouvel entrepôt</translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation>Modifier l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>The default warehouse is always active.</source>
        <translation>L&apos;entrepôt par défaut est toujours actif.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WelcomePage</name>
    <message>
        <source>Create a company file with its first administrator, open an existing one, or open a company on a server, and sign in.</source>
        <translation>Créez un fichier d’entreprise avec son premier administrateur, ouvrez-en un existant ou une entreprise sur un serveur, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Welcome to Stockbook</source>
        <translation>Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>No company is open yet.</source>
        <translation>Aucune entreprise n’est encore ouverte.</translation>
    </message>
    <message>
        <source>Create a company file with its first administrator, or open an existing one and sign in.</source>
        <translation>Créez un fichier d&apos;entreprise avec son premier administrateur, ou ouvrez-en un existant et connectez-vous.</translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ServerCompanyDialog</name>
    <message>
        <source>Open a company on a server</source>
        <translation>Ouvrir une entreprise sur un serveur</translation>
    </message>
    <message>
        <source>Type the company&apos;s server address, or fill in its parts below. The password is asked when you sign in.</source>
        <translation>Saisissez l’adresse du serveur de l’entreprise, ou remplissez ses parties ci-dessous. Le mot de passe est demandé à la connexion.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Or its parts</source>
        <translation>Ou ses parties</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Root certificate file:</source>
        <translation>Fichier du certificat &amp;racine :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>This is not a server address: it starts with postgresql://. To open a company file, use Open company.</source>
        <translation>Ce n’est pas une adresse de serveur : elle commence par postgresql://. Pour ouvrir un fichier d’entreprise, utilisez « Ouvrir une entreprise ».</translation>
    </message>
    <message>
        <source>Root certificate file</source>
        <translation>Fichier du certificat racine</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InvoiceListPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stockbook</name>
    <message>
        <source>There is no warehouse %1. Check the warehouse code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product %1. Check the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive. Reactivate it first or choose another warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on lines %2 and %3. Put each product on one line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity to transfer must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock cannot be transferred from warehouse %1 to itself. Choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake needs a reason, for example &quot;annual count&quot; or &quot;breakage&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake needs at least one counted product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a counted quantity cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the product total is negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the product total is %2 but its warehouse levels add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is negative (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in warehouse %2: the level is %3 but the stock movements add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is temporary. Choose a new password before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name (1 to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax number has at most %1 letters, digits, spaces, &apos;-&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the currency as its three-letter ISO 4217 code, e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large: at most %1 KiB. Use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock is 1 to 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account locks after 3 to 20 failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system&apos;s language, en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is not of the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 may hold only digits, spaces and + ( ) . / -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends; swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is day, week or month, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by revenue or quantity, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with the e-mail %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is not a percentage; write it like 20 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active tax rate of %1 % exists; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount; write it like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level &quot;%1&quot; is not a quantity; write it like 5 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active is 1 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active supplier has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 appears already on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 appears already on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terms &quot;%1&quot; are not a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 appears already on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header column &quot;%1&quot; is unknown or repeated; the header is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks columns; it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 is missing (the next row is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 appears out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 does not follow row %2: rows were removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 differs from the copy recorded outside the database: the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log ends at row %1, but row %2 was recorded outside the database: rows were removed from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 KiB; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a NUL byte; it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is misplaced: quote the whole field and double any quote inside it (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice numbered %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the partner&apos;s e-mail address or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock movement needs a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock of %1 (%2) in warehouse %3: %4 available, %5 needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouses and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name for the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU is empty; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU is longer than 64 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 may hold only letters, digits and . _ / # + -; no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 may hold only letters and digits, at most 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit %1 is unknown; use piece, kg, litre or metre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is negative; enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level is negative; enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category does not exist; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier does not exist or is inactive; pick an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate does not exist or is inactive; pick an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default tax rate is set; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that you may write to the folder and that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Stockbook backup (a backup starts with STOCKBOOK-BACKUP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is of backup format %1, which this version of Stockbook does not read. Restore it with a newer Stockbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete or damaged: its manifest does not fit in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete: it has %1 bytes of %2, so it was cut short while it was written or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest accounts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its final checksum does not match its contents, so it was damaged or changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key file part does not have the size its manifest records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key file part does not match the checksum recorded when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database part does not have the size its manifest records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created. Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked to %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database part does not match the checksum recorded when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is empty; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate is between 0 % and 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent category does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate %1 is inactive and cannot be the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate %1 is the default; make another rate the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note is made from a posted sale, not entered as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 of the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is inactive. Reactivate it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse of the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse is inactive. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date must lie between 2000 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is inactive and cannot be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount must lie between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the tax rate must lie between 0 and 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is posted and can no longer be changed. Void it or issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author of a draft may %1 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive. Reactivate it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse name is empty; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse code %1 is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse code &quot;%1&quot; must be 1 to 16 of the characters A-Z, 0-9, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the default warehouse and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %n product(s); move or adjust it out first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be %2. Make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers are available for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot does not open this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters: letters, digits and . _ - @, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1. Choose admin, manager or clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 cannot be voided: it is final once issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is not voided: delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has %2 payment(s) recorded. Reverse them first, then void the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has credit notes and cannot be voided. Credit its remaining lines instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 cannot be voided: the stock it brought in is no longer all there. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes are issued for sales only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted sale can be credited; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 (%3): enter a quantity above zero and at most %4, what is not yet credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supplier with the e-mail %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movements report needs a product, a warehouse or both; name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is open. Open the company file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This key slot does not open the company that is open. Ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 is not the one this company recorded: the key file was changed or an old copy was put back. Ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins until %2 (UTC). Wait, or open the company with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failed sign-ins. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the currency as its three-letter code in capitals, such as EUR or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tax rate from 0 to 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file %1 already exists. Choose another name for the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers are available to make a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing, so nobody can sign in with a password. Open the company with its recovery key to set a new administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another company, or the key was changed since it was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active administrator; the recovery key sets a new password for an active administrator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note takes no payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and takes no payments; post it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file could not be brought up to date on disk, because it is still in use. Close other windows of this company and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 Use another backup; the current company file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is not open. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot does not hold the key of the open company file. Sign out, sign in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers are available for a new key. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key could not be changed; the company file still uses its old key and the old recovery key. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key could not be changed and the company file does not open with either key. Keep the file and its key files as they are and restore the latest backup into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key was changed, but the key file could not be replaced. Rename %1 to %2 before signing out, or nobody can sign in; then rotate the key again to get a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be created. Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy does not carry the schema version. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check after writing (%2) and was removed. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself. Choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist. Create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Stockbook. Close it everywhere, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or recovery key does not open the backup %1. Use the password you had when the backup was made, or the recovery key of that time; the current company file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit log does not match its manifest (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 in the backup&apos;s key file does not match the backup. Use the recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not restore backups. Sign in with an administrator&apos;s password from the time of the backup, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verified copy %1 could not be renamed to %2. Rename it by hand; the previous company file was kept as %2.before-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is closed. Sign in again to see this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is already used by another record; enter a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value breaks the rule %1; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required; fill it in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change refers to a record that does not exist, or removes a record that others still refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is damaged: a page failed its integrity check. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is busy with another change; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist. Check the path, or create a new company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Stockbook company file. Stockbook only opens encrypted company files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stockbook company file (it is empty or holds another kind of data). Choose the company&apos;s .stockbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than the company file it was: it has been cut off, perhaps by an incomplete copy. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: part of it fails its integrity check. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open %1: the password or recovery key is wrong, or the file belongs to another company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company key must be 256 bits long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in another Stockbook (process %2 on %3). Close it there first, or open the file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Stockbook (schema %2; this program knows up to %3). Update Stockbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The company file is damaged (%n problem(s) found). Restore the latest backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist. Restore the latest backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two migrations share the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema migrations are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file has schema %1, newer than this program&apos;s %2. Update Stockbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed; it was left at schema %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are outside the range this version of Stockbook supports. Update Stockbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be checked: the computer ran out of memory (this needs %1 MiB). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not do this (%2). Ask an administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the sign-in state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a Stockbook key file, so no password can be checked against it. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Stockbook (key file format %2). Update Stockbook to open this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: %1 characters, at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: %1 characters, at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains the user name. Choose one that does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too common or too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is built on your name or the company&apos;s name. Choose words that have nothing to do with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too easy to guess. Make it longer or less predictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be protected because the system&apos;s cryptography failed. Try again; if it keeps failing, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written. Check that the folder exists, that you may write to it and that the disk is not full; the previous key file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing; it belongs beside the company file. Restore it from a backup, or open the company with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name of 1 to %1 bytes is needed to store a key for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty password cannot protect the company key. Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are outside the supported range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user already has a key under the name %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds as many users as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key does not belong to this key file, so no key can be added to it. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is right, but the company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key file is in an older format that cannot follow a change of the company key. Open the company with its recovery key to start a new key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds no user&apos;s key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key does not belong to this key file. Check that the key file beside the company file is the company&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key stored in the key file is damaged. Restore the key file from a backup, or open the company with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s key does not match the one the company file records: it was copied from another user or put back from an older copy of the key file. Ask an admin to reset this user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both, and that Caps Lock is off, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of group %2 of the recovery key cannot be part of a recovery key (it uses the letters A to Z and the digits 2 to 7). Check that group against the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery key: %1 groups of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key has %2 characters; every group has %3. Check that group against the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has %1 characters, but it should have %2: %3 groups of %4. Look for a missing or an extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups %1 of the recovery key are mistyped. Check them against the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Create a company in a temporary folder, save a PNG of every screen into the folder, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::cli</name>
    <message>
        <source>The company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --db, --company and --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 with the administrator %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the recovery key and keep it safe: it is shown only now, and it opens the company when every password is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, manager or clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, set-role, reset-password, deactivate, reactivate or unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to act on (all but list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs the user name to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs --role admin|manager|clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database integrity and foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database integrity and foreign keys: FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: FAILED at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: ok (%1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (row %1 matches the copy kept outside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit head: row %1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock levels: FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock levels: ok (levels match the stock movements, none negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekey needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key was replaced; every user keeps their password. The old recovery key no longer opens the company: write down the new one and destroy the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --db, --user and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery key instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --from, --db and --user (or --recovery-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at the time of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a company file, its key file and the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and manage users (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new administrator password with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database, its foreign keys, the audit chain and the stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the company key and show a new recovery key (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a company file from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command with --help for its usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH --user NAME [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  NAME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, --customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to report as of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warehouse code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue or quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is a whole number above 0, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is revenue or quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report movements needs --product, --warehouse or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock, sales, purchase, top-list, aging and dashboard reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an action and a file: %1 import FILE or %1 export FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run applies to import only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) checked; no problem found; nothing written (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export products as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export customers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export suppliers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (hundreds of products, a few thousand invoices) or large (10,000 products, 200,000 sales; takes minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db PATH: the demo company file to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo company: %1 %2/%3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1: %2 products, %3 customers, %4 suppliers, %5 purchases, %6 sales (%7 voided), %8 credit notes, %9 payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the recovery key: it is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale or purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer or supplier: e-mail or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line: SKU:QTY[:PRICE[:DISCOUNT]] (discount in %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the invoice at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be sale or purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice create needs --partner, --warehouse and at least one --line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is SKU:QTY[:PRICE[:DISCOUNT]], not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity in %1 is not a number with at most 3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price in %1 is not an amount with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount in %1 is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the invoice is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most N invoices, newest first (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, post, void, show or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft id (post) or the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: create, post, void, show or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 needs the draft id or invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice void needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice post needs the draft&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1  Due: %2  Warehouse: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal: %1  Tax: %2  Total: %3  Paid: %4  Balance: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, card, bank or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference (slip, transfer id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount, e.g. 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: payment add NUMBER AMOUNT --method cash|card|bank|other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be above zero with at most 2 decimals, e.g. 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be cash, card, bank or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paid %2 of %3, status %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line %1 is not SKU:QUANTITY with a decimal quantity such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source warehouse code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination warehouse code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product and the quantity to move (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference for the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock transfer needs --db, --user, --from, --to and at least one --line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted warehouse&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product and the quantity counted (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the stock is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock adjust needs --db, --user, --warehouse, --reason and at least one --line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock levels needs --db and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stockbook-cli stock transfer|adjust|levels [options]; each has --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transfer  move stock between warehouses (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  adjust    record a stocktake: counted quantities with a reason (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  levels    stock per product and warehouse as a table, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: transfer, adjust or levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer stock, record a stocktake, list levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::cli::PasswordSource</name>
    <message>
        <source>No terminal to read the password from. Use --password-stdin to pass it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a password on standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo company: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Only your account can read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockbook recovery key
Company file: %1

%2

Keep this sheet somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tax rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp;levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;arehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, e.g. invoice. or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoc&amp;ktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers and adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers and stocktake adjustments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AboutDialog</name>
    <message>
        <source>About Stockbook</source>
        <translation type="unfinished">À propos de Stockbook</translation>
    </message>
    <message>
        <source>Stockbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop ERP for small shops.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1
SQLCipher %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages users, settings and backups. Its password opens the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::BackupTab</name>
    <message>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the company file, still encrypted, and its key file. It is read back and checked before it counts as written; an existing file is never overwritten. The passwords of today open it. Keep backups on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a backup into a company file of its own, after checking it whole, with a password from the time of the backup or the recovery key. The open company is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change company ke&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts the company file again with a new key and shows a new recovery key once. Passwords stay as they are; the old recovery key stops working. Make a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. Open it with File &gt; Open company to work in it; the open company was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key was changed. Store the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CategoryEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ChangePasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you signed in with a temporary password. Choose your own password before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyPage</name>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name appears on invoices. The currency and the default tax rate can be changed later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;tax rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage, such as 20 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::CompanyTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GB123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the three-letter ISO 4217 code, e.g. EUR, GBP, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include tax (retail: the price is what the customer pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclu&amp;de tax (trade: tax is added on the invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new logo is saved when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DemoPage</name>
    <message>
        <source>A demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Stockbook on a sample shop before you set up your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company made earlier is in %1. Sign in with one of the logins shown when it was made; they are not kept anywhere. For new logins, delete that file and its .keys file, then choose the demo again. Finish shows the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company is ready in %1: products, customers, suppliers and a year of invoices to look at and change freely, apart from your own company. Each role has its own login, shown only now: note the one you want, then Finish shows the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::EditorDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FieldError</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation type="unfinished">Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>This version of Stockbook has no demo company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceDetailDialog</name>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the selected payment, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Issued %4, due %5 · warehouse %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1 · Tax %2 · Total %3 %4
Paid %5 · Credited %6 · Balance %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid as a number such as 25.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 void? The reason is kept with the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities to &amp;credit (up to what is not yet credited):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter a quantity such as 1 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceEntry</name>
    <message>
        <source>1 line asks for more than the stock in this warehouse (see In stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines ask for more than the stock in this warehouse (see In stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line asks for more than the warehouse holds. Post anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines ask for more than the warehouse holds. Post anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 · total %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceLinesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the %1 %2 in stock in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity above zero, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit price as a number such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the discount as a percentage such as 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tax rate as a percentage such as 20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::InvoiceListPage</name>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cust&amp;omer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invoice · total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices · total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ListPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LockWidget</name>
    <message>
        <source>Stockbook is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user signs in with their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after a time without activity. %1, enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::MainWindow</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a company file with its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company file and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the company and return to the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the window until a password is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a page by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details, users, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock from one warehouse to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stocktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter counted quantities; the differences are posted as adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 — role: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockbook companies (*.stockbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::NumberingTab</name>
    <message>
        <source>Each kind of document has its own series of numbers per year. A number is given when the document is posted, without gaps, and the series starts again at 1 in each new year (the year of the issue date). Drafts have no number; a voided invoice keeps its number. The numbers cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First number in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::Pages</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoices: drafts, posting, payments received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoices from suppliers; posting them brings stock in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, their details and what they owe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up products, prices and tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up stock levels per warehouse and the movements behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit products, categories, prices and tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers and their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses and which one is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers between warehouses and stock adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, stock valuation and other reports, with exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when, with the hash chain&apos;s verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details, users and roles, backups and the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PartnerEditor</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: can be chosen on new invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::PasswordStrength</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters that are hard to guess: a few unrelated words work well. Your name and the company&apos;s name do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This password can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductEditor</name>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale p&amp;rice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;order level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: offered for sale and purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not a number; enter it like 12.50, with a dot and at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level is not a number; enter it like 5 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ProductField</name>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;. Check it or type part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryKeyDialog</name>
    <message>
        <source>The new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company key was changed. This is the new recovery key: it opens the company when every password is lost, and the old one no longer does. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where it is kept safe, then copy something else over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the recovery key first, then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the company when every password is lost. It is shown only now: print it or save it, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked whole before anything is written. It is restored into a company file of its own: the open company cannot be replaced while it is open. A file that exists under the chosen name is kept, renamed to end in &quot;.before-restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The r&amp;ecovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password at the time of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockbook backups (*.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.stockbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReversePaymentDialog</name>
    <message>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the payment of %1 made on %2 for %3? The invoice&apos;s balance grows by the amount again; the payment stays listed as reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: card payment charged back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::RotateKeyDialog</name>
    <message>
        <source>Change the company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is encrypted again with a new random key. Every user keeps their password. The current recovery key stops working and a new one is shown once: have a printer or a safe place for it ready. Backups made before keep their old recovery key.

Nobody else may use this company file meanwhile. Enter your password to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the company key. This takes a while for a large company file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::SecurityTab</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 30 minutes without input; then the window locks and the company file closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an account after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 20 consecutive failed sign-ins lock an account until an administrator unlocks it (the last active administrator: for 15 minutes). The recovery key always opens the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an &amp;account after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values are shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lockout threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: no value was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. It applies from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values marked above were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;xes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice num&amp;bers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kup and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user with the role above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this temporary password; it is shown only now and must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StartPage</name>
    <message>
        <source>Welcome to Stockbook</source>
        <translation type="unfinished">Bienvenue dans Stockbook</translation>
    </message>
    <message>
        <source>No company file was found. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore a demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the demo data, which this version does not include yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up your company, its currency and tax rate, and you as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a shop with sample products, customers and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: it needs the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StockDialogs</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StockLinesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the %1 %2 in the warehouse the stock leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts: type what is on the shelf. Leave Counted empty for a product you did not count; it keeps its level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: annual count, breakage, theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ost adjustments (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the count as a number such as 12 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20 or 7.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used for new products without a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax rate %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the default, open another rate and make it the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is not a number; enter it in percent like 20 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TaxRatesTab</name>
    <message>
        <source>Products use these rates; the default is given to new products without one. A rate used on posted invoices keeps its old value there when it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tax rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU, barcode or part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity as a number such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockbook::ui::WarehouseEditor</name>
    <message>
        <source>e.g. SHOP-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: stock can be moved in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default warehouse is always active.</source>
        <translation type="unfinished"></translation>
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
        <source>Create a company file with its first administrator, or open an existing one and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

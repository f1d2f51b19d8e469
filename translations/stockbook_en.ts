<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Stockbook</name>
    <message numerus="yes">
        <source>The session was locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>The session was locked after %n minute without activity. Sign in again.</numerusform>
            <numerusform>The session was locked after %n minutes without activity. Sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %n product(s); move or adjust it out first.</source>
        <translation>
            <numerusform>%1 still holds stock of %n product; move or adjust it out first.</numerusform>
            <numerusform>%1 still holds stock of %n products; move or adjust it out first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The company file is damaged (%n problem(s) found). Restore the latest backup.</source>
        <translation>
            <numerusform>The company file is damaged (%n problem found). Restore the latest backup.</numerusform>
            <numerusform>The company file is damaged (%n problems found). Restore the latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist. Restore the latest backup.</source>
        <translation>
            <numerusform>%n record refers to records that do not exist. Restore the latest backup.</numerusform>
            <numerusform>%n records refer to records that do not exist. Restore the latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::cli</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found; nothing was imported.</numerusform>
            <numerusform>%n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stock levels: FAILED (%n problem(s))</source>
        <translation>
            <numerusform>stock levels: FAILED (%n problem)</numerusform>
            <numerusform>stock levels: FAILED (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::DashboardWidget</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n invoice past due</numerusform>
            <numerusform>%n invoices past due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ListPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::LoginDialog</name>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::MainWindow</name>
    <message numerus="yes">
        <source>Stockbook locks in %n second(s) without activity. Unsaved invoices are kept as your drafts.</source>
        <translation>
            <numerusform>Stockbook locks in %n second without activity. Unsaved invoices are kept as your drafts.</numerusform>
            <numerusform>Stockbook locks in %n seconds without activity. Unsaved invoices are kept as your drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::ReportView</name>
    <message numerus="yes">
        <source>%n row(s), run at %1 in %2 s</source>
        <translation>
            <numerusform>%n row, run at %1 in %2 s</numerusform>
            <numerusform>%n rows, run at %1 in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::StocktakeDialog</name>
    <message numerus="yes">
        <source>Stocktake of %1 posted: %n product(s) counted, %2 adjusted.</source>
        <translation>
            <numerusform>Stocktake of %1 posted: %n product counted, %2 adjusted.</numerusform>
            <numerusform>Stocktake of %1 posted: %n products counted, %2 adjusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stockbook::ui::TransferDialog</name>
    <message numerus="yes">
        <source>Transferred %n product(s) from %1 to %2.</source>
        <translation>
            <numerusform>Transferred %n product from %1 to %2.</numerusform>
            <numerusform>Transferred %n products from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
</TS>

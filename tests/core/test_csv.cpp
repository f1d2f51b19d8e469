// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "Golden.h"
#include "GoldenShop.h"

#include "domain/NumberFormat.h"
#include "services/catalog/CatalogService.h"
#include "services/csv/CsvFile.h"
#include "services/csv/CsvService.h"
#include "services/partners/PartnerService.h"
#include "services/reports/output/ReportFormat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>

using namespace stockbook;
using namespace stockbook::test;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(STOCKBOOK_TEST_DATA_DIR "/csv/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Row counts and a SHA-256 over every row of the tables an import may touch,
// so "nothing changed" is checked on content, not only on counts.
struct Snapshot {
    QMap<QString, qlonglong> counts;
    QByteArray hash;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestCompany &tc)
{
    Snapshot s;
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Each table by its primary key (the file's rowid; a server has none).
    for (const auto &[table, key] :
         {std::pair{"products", "id"}, std::pair{"categories", "id"}, std::pair{"customers", "id"},
          std::pair{"suppliers", "id"}, std::pair{"tax_rates", "id"}, std::pair{"audit_logs", "seq"}}) {
        QSqlQuery q = exec(
            tc.sql(),
            QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), QLatin1String(key)));
        qlonglong n = 0;
        while (q.next()) {
            ++n;
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toString().toUtf8().append('\x1f'));
            h.addData(QByteArrayView("\x1e"));
        }
        s.counts.insert(QLatin1String(table), n);
    }
    s.hash = h.result();
    return s;
}

QStringList problemTexts(const CsvImportReport &report)
{
    QStringList out;
    for (const CsvProblem &p : report.problems)
        out << p.text();
    return out;
}

const QByteArray ProductHeader =
    "sku,barcode,name,category,supplier_email,unit,price,tax_rate,reorder_level,active\n";
const QByteArray PartnerHeader = "name,email,phone,address,tax_id,payment_terms_days,notes,active\n";

// Imports a hostile product file as the manager and checks that it is
// refused with the expected first problem and that nothing changed.
CsvImportReport refused(TestCompany &tc, CsvEntity entity, const QByteArray &data)
{
    const Snapshot before = snapshot(tc);
    auto report = CsvService(*tc.company).importData(entity, data);
    REQUIRE_OK(report);
    INFO(problemTexts(report.value()).join(u'\n').toStdString());
    CHECK_FALSE(report->problems.isEmpty());
    CHECK(report->imported == 0);
    CHECK(snapshot(tc) == before);
    return report.value();
}

} // namespace

TEST_CASE("the reader keeps quoted commas, quotes and line breaks and numbers records by their first line")
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "a,b,c\r\n"
                            "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                            "\r\n"
                            " p ,q,\n";
    auto doc = parseCsv(data);
    REQUIRE_OK(doc);
    CHECK(doc->problems.isEmpty());
    REQUIRE(doc->records.size() == 3);
    CHECK(doc->records[0].line == 1);
    CHECK(doc->records[0].fields
          == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(doc->records[1].line == 2);
    CHECK(
        doc->records[1].fields
        == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")});
    // Line 2 and 3 hold the quoted break, line 4 is blank: the last record is on line 5.
    CHECK(doc->records[2].line == 5);
    CHECK(doc->records[2].fields == QStringList{QStringLiteral(" p "), QStringLiteral("q"), QString()});
}

TEST_CASE("the writer quotes only what needs quoting and the reader reads it back")
{
    const QStringList fields{QStringLiteral("plain"),   QStringLiteral("a,b"),
                             QStringLiteral("q\"uote"), QStringLiteral("line\nbreak"),
                             QStringLiteral(" padded"), QString(),
                             QStringLiteral("Grüße")};
    const QByteArray line = csvLine(fields);
    CHECK(line
          == QByteArray("plain,\"a,b\",\"q\"\"uote\",\"line\nbreak\",\" padded\",,Gr\xC3\xBC\xC3\x9F"
                        "e\r\n"));
    auto doc = parseCsv(line);
    REQUIRE_OK(doc);
    REQUIRE(doc->records.size() == 1);
    CHECK(doc->records[0].fields == fields);
}

TEST_CASE("the reader reports broken files by line")
{
    SECTION("a quote inside an unquoted field")
    {
        auto doc = parseCsv("a,b\nc,d\"e\n");
        REQUIRE_OK(doc);
        REQUIRE(doc->problems.size() == 1);
        CHECK(doc->problems[0].line == 2);
        CHECK(doc->problems[0].message.contains(QStringLiteral("quote")));
    }
    SECTION("an unterminated quote")
    {
        auto doc = parseCsv("a,b\nc,d\n\"e,f\n");
        REQUIRE_OK(doc);
        REQUIRE(doc->problems.size() == 1);
        CHECK(doc->problems[0].text()
              == QStringLiteral("line 3: A quoted field is not closed before the end of the file."));
    }
    SECTION("a NUL byte")
    {
        auto doc = parseCsv(QByteArray("a,b\nc,d\ne,f\0g\n", 14));
        REQUIRE_OK(doc);
        REQUIRE(doc->problems.size() == 1);
        CHECK(doc->problems[0].line == 3);
        CHECK(doc->problems[0].message.contains(QStringLiteral("NUL")));
    }
    SECTION("invalid UTF-8 (a lone continuation byte and an overlong slash)")
    {
        auto doc = parseCsv("a,b\nc,\x80\n\xC0\xAF,x\n");
        REQUIRE_OK(doc);
        REQUIRE(doc->problems.size() == 2);
        CHECK(doc->problems[0].line == 2);
        CHECK(doc->problems[1].line == 3);
        CHECK(doc->problems[0].message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("a field over 64 KiB")
    {
        QByteArray data = "a,b\nx,";
        data += QByteArray(CsvMaxFieldBytes + 1, 'y');
        data += "\nok,ok\n";
        auto doc = parseCsv(data);
        REQUIRE_OK(doc);
        REQUIRE(doc->problems.size() == 1);
        CHECK(doc->problems[0].line == 2);
        CHECK(doc->problems[0].message.contains(QStringLiteral("64 KiB")));
        REQUIRE(doc->records.size() == 2); // the header and line 3
        CHECK(doc->records[1].line == 3);
    }
    SECTION("a file over 50 MB")
    {
        auto doc = parseCsv(QByteArray(CsvMaxFileBytes + 1, 'a'));
        REQUIRE_ERROR(doc, ErrorCode::InvalidArgument);
        CHECK(doc.error().message.contains(QStringLiteral("50 MB")));
    }
}

TEST_CASE("a good product file with a BOM and CRLF is imported in one go")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerInput acme;
    acme.name = QStringLiteral("Acme Tools");
    acme.email = QStringLiteral("Tools@Acme.example");
    auto supplier = PartnerService(*tc.company).create(PartnerKind::Supplier, acme);
    REQUIRE_OK(supplier);
    const qlonglong auditBefore = snapshot(tc).counts.value(QStringLiteral("audit_logs"));

    auto report = CsvService(*tc.company)
                      .importData(CsvEntity::Products, readData(QStringLiteral("products_good.csv")));
    REQUIRE_OK(report);
    INFO(problemTexts(report.value()).join(u'\n').toStdString());
    CHECK(report->problems.isEmpty());
    CHECK(report->rows == 3);
    CHECK(report->imported == 3);

    CatalogService catalog(*tc.company);
    auto hammer = catalog.productBySku(QStringLiteral("HAM-1"));
    REQUIRE_OK(hammer);
    CHECK(hammer->name == QStringLiteral("Claw hammer, 500 g"));
    CHECK(hammer->barcode == QStringLiteral("4006381333931"));
    CHECK(hammer->categoryName == QStringLiteral("Tools"));
    CHECK(hammer->supplierId == supplier.value());
    CHECK(hammer->price == 1250);
    CHECK(hammer->taxRateBp == 2000);
    CHECK(hammer->reorderLevel == 5000); // 5 units in thousandths
    auto nails = catalog.productBySku(QStringLiteral("NAIL-1"));
    REQUIRE_OK(nails);
    CHECK(nails->name == QStringLiteral("Nails \"wire\" 40 mm"));
    CHECK(nails->unit == QStringLiteral("kg"));
    CHECK(nails->price == 320);     // "3.2" -> 3.20
    CHECK(nails->taxRateBp == 700); // the seeded "Reduced" rate
    CHECK(nails->reorderLevel == 2500);
    auto rope = catalog.productBySku(QStringLiteral("ROPE-1"));
    REQUIRE_OK(rope);
    CHECK_FALSE(rope->active);
    CHECK(rope->taxRateBp == 2000);                       // empty: the default rate
    CHECK(rope->categoryName == QStringLiteral("Tools")); // created once, used twice

    const Snapshot after = snapshot(tc);
    CHECK(after.counts.value(QStringLiteral("categories")) == 2);
    // 2 categories + 3 products + 1 summary entry.
    CHECK(after.counts.value(QStringLiteral("audit_logs")) == auditBefore + 6);
}

TEST_CASE("every bad row of a product file is reported by line and nothing is written")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    ProductInput existing;
    existing.sku = QStringLiteral("exist-1");
    existing.name = QStringLiteral("Already here");
    REQUIRE_OK(CatalogService(*tc.company).createProduct(existing));

    const CsvImportReport report = refused(tc, CsvEntity::Products,
                                           readData(QStringLiteral("products_bad.csv")));
    const QStringList expected =
        QString::fromUtf8(readData(QStringLiteral("products_bad.expected"))).split(u'\n', Qt::SkipEmptyParts);
    CHECK(problemTexts(report) == expected);
}

TEST_CASE("a dry run reports and writes nothing")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    const Snapshot before = snapshot(tc);
    auto report = CsvService(*tc.company)
                      .importData(CsvEntity::Customers, PartnerHeader + "Ann,ann@example.com,,,,14,,1\n",
                                  true);
    REQUIRE_OK(report);
    CHECK(report->problems.isEmpty());
    CHECK(report->rows == 1);
    CHECK(report->imported == 0);
    CHECK(report->dryRun);
    CHECK(snapshot(tc) == before);
}

TEST_CASE("hostile files are refused with line and reason and the database is unchanged")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(CsvService(*tc.company)
                   .importData(CsvEntity::Customers, PartnerHeader + "Ann,ann@example.com,,,,14,,1\n"));

    SECTION("unbalanced quotes")
    {
        auto r = refused(tc, CsvEntity::Customers, PartnerHeader + "Bob,bob@example.com,,\"open,,14,,1\n");
        CHECK(r.problems[0].line == 2);
    }
    SECTION("a wrong column count")
    {
        auto r = refused(tc, CsvEntity::Customers, PartnerHeader + "Bob,bob@example.com\n");
        CHECK(r.problems[0].text() == QStringLiteral("line 2: Expected 8 fields, found 2."));
    }
    SECTION("a wrong header")
    {
        auto r = refused(tc, CsvEntity::Customers,
                         "name,mail,phone,address,tax_id,payment_terms_days,notes,active\n");
        CHECK(r.problems[0].line == 1);
        CHECK(r.problems[0].message.contains(QStringLiteral("\"mail\"")));
    }
    SECTION("an invalid number")
    {
        auto r = refused(tc, CsvEntity::Customers, PartnerHeader + "Bob,bob@example.com,,,,fourteen,,1\n");
        CHECK(r.problems[0].field == QStringLiteral("payment_terms_days"));
        CHECK(r.problems[0].line == 2);
    }
    SECTION("a negative price and a price with three decimals")
    {
        auto r = refused(tc, CsvEntity::Products,
                         ProductHeader + "A,,A,,,piece,-0.01,,,\nB,,B,,,piece,1.005,,,\n");
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].field == QStringLiteral("price"));
        CHECK(r.problems[1].text()
              == QStringLiteral("line 3: The price \"1.005\" is not an amount; write it like 12.50."));
    }
    SECTION("duplicate e-mails inside the file and against the database")
    {
        auto r = refused(tc, CsvEntity::Customers,
                         PartnerHeader
                             + "Bob,bob@example.com,,,,14,,1\nRob,BOB@example.com,,,,14,,1\n"
                               "Ann again,ANN@example.com,,,,14,,1\n");
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].text()
              == QStringLiteral(
                  "line 3: The e-mail address BOB@example.com appears already on line 2 of this file."));
        CHECK(r.problems[1].line == 4);
        CHECK(r.problems[1].field == QStringLiteral("email"));
    }
    SECTION("a 10 MB field")
    {
        QByteArray data = PartnerHeader + "Bob,bob@example.com,,,,14,";
        data += QByteArray(10 * 1024 * 1024, 'n');
        data += ",1\n";
        auto r = refused(tc, CsvEntity::Customers, data);
        CHECK(r.problems[0].line == 2);
        CHECK(r.problems[0].message.contains(QStringLiteral("64 KiB")));
    }
    SECTION("binary junk")
    {
        QByteArray junk = PartnerHeader;
        for (int i = 0; i < 4096; ++i)
            junk.append(static_cast<char>((i * 37 + 11) % 256));
        auto r = refused(tc, CsvEntity::Customers, junk);
        CHECK(r.problems[0].line >= 2);
    }
    SECTION("an empty file")
    {
        auto r = refused(tc, CsvEntity::Suppliers, QByteArray());
        CHECK(r.problems[0].line == 1);
    }
}

TEST_CASE("quoted commas, quotes and line breaks survive export then import")
{
    TestCompany source;
    source.actAs(QStringLiteral("manager"));
    PartnerService partners(*source.company);
    PartnerInput tricky;
    tricky.name = QStringLiteral("Smith, Jones & \"Partners\"");
    tricky.email = QStringLiteral("office@smith.example");
    tricky.address = QStringLiteral("Unit 4\nIndustrial Park, Leeds");
    tricky.notes = QStringLiteral("Ring twice,\r\nthen wait");
    tricky.paymentTermsDays = 45;
    REQUIRE_OK(partners.create(PartnerKind::Supplier, tricky));
    PartnerInput plain;
    plain.name = QStringLiteral("Plain Supplies");
    plain.active = false;
    REQUIRE_OK(partners.create(PartnerKind::Supplier, plain));
    ProductInput p;
    p.sku = QStringLiteral("SKU-1");
    p.name = QStringLiteral("Bolt, \"hex\" M8");
    p.price = 15;
    REQUIRE_OK(CatalogService(*source.company).createProduct(p));

    int rows = 0;
    auto suppliers = CsvService(*source.company).exportData(CsvEntity::Suppliers, &rows);
    REQUIRE_OK(suppliers);
    CHECK(rows == 2);
    auto products = CsvService(*source.company).exportData(CsvEntity::Products);
    REQUIRE_OK(products);
    CHECK(
        products.value()
        == QByteArray("sku,barcode,name,category,supplier_email,unit,price,tax_rate,reorder_level,active\r\n"
                      "SKU-1,,\"Bolt, \"\"hex\"\" M8\",,,piece,0.15,20,0,1\r\n"));

    TestCompany target;
    target.actAs(QStringLiteral("manager"));
    auto imported = CsvService(*target.company).importData(CsvEntity::Suppliers, suppliers.value());
    REQUIRE_OK(imported);
    INFO(problemTexts(imported.value()).join(u'\n').toStdString());
    CHECK(imported->imported == 2);
    REQUIRE_OK(CsvService(*target.company).importData(CsvEntity::Products, products.value()));
    auto again = CsvService(*target.company).exportData(CsvEntity::Suppliers);
    REQUIRE_OK(again);
    CHECK(again.value() == suppliers.value());
    auto back = PartnerService(*target.company)
                    .findByEmail(PartnerKind::Supplier, QStringLiteral("office@smith.example"));
    REQUIRE_OK(back);
    CHECK(back->name == tricky.name);
    CHECK(back->address == tricky.address);
    CHECK(back->notes == tricky.notes);
    CHECK(back->paymentTermsDays == 45);
    auto bolt = CatalogService(*target.company).productBySku(QStringLiteral("SKU-1"));
    REQUIRE_OK(bolt);
    CHECK(bolt->name == p.name);
}

TEST_CASE("invoices are exported with one row per line")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerInput ann;
    ann.name = QStringLiteral("Ann, Bakery");
    ann.email = QStringLiteral("ann@example.com");
    auto customer = PartnerService(*tc.company).create(PartnerKind::Customer, ann);
    REQUIRE_OK(customer);
    ProductInput bread;
    bread.sku = QStringLiteral("BREAD");
    bread.name = QStringLiteral("Bread");
    bread.price = 250;
    auto product = CatalogService(*tc.company).createProduct(bread);
    REQUIRE_OK(product);
    const qint64 user = tc.userIds.value(QStringLiteral("manager"));
    exec(tc.sql(),
         QStringLiteral(
             "INSERT INTO invoices (id, type, status, invoice_number, customer_id, warehouse_id, issue_date, "
             "due_date, subtotal, tax_amount, total_amount, created_by, created_at, updated_at) "
             "VALUES (1, 'sale', 'draft', NULL, ?, 1, '2026-03-01', '2026-03-15', 0, 0, 0, ?, "
             "'2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')"),
         {customer.value(), user});
    // 1.5 x 2.50 with 10 % off = 3.375 -> 3.38 gross at 20 % included: net 2.82, tax 0.56.
    exec(tc.sql(),
         QStringLiteral(
             "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, unit_price, "
             "discount_bp, tax_rate_bp, line_net, line_tax, line_total) "
             "VALUES (1, 1, ?, 'Bread, sliced', 1500, 250, 1000, 2000, 282, 56, 338)"),
         {product.value()});
    int rows = 0;
    auto csv = CsvService(*tc.company).exportInvoicesData(&rows);
    REQUIRE_OK(csv);
    CHECK(rows == 1);
    CHECK(csv.value()
          == QByteArray(
              "invoice_number,type,status,issue_date,due_date,partner,partner_email,currency,line_no,sku,"
              "description,quantity,unit_price,discount,tax_rate,line_net,line_tax,line_total\r\n"
              ",sale,draft,2026-03-01,2026-03-15,\"Ann, Bakery\",ann@example.com,EUR,1,BREAD,"
              "\"Bread, sliced\",1.5,2.50,10,20,2.82,0.56,3.38\r\n"));
    QSqlQuery audit = exec(tc.sql(),
                           QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'data.export'"));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
}

TEST_CASE("a text cell that a spreadsheet would run as a formula gets a leading quote")
{
    CHECK(csvSafeText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))
          == QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    CHECK(csvSafeText(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csvSafeText(QStringLiteral("+44 20 7946 0000")) == QStringLiteral("'+44 20 7946 0000"));
    CHECK(csvSafeText(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(csvSafeText(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(csvSafeText(QStringLiteral("\rcmd")) == QStringLiteral("'\rcmd"));
    // Anything else is left as it is.
    CHECK(csvSafeText(QStringLiteral("Plain Name")) == QStringLiteral("Plain Name"));
    CHECK(csvSafeText(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(csvSafeText(QStringLiteral("'quoted")) == QStringLiteral("'quoted"));
    CHECK(csvSafeText(QString()) == QString());
}

TEST_CASE("customer names a clerk imports as formulas reach the manager's export as text")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("clerk"));
    const QByteArray file = "name,email,phone,address,tax_id,payment_terms_days,notes,active\n"
                            "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a@x.example,+44 20 7946 0000,,,30,"
                            "-call first,1\n"
                            "@SUM(A1),b@x.example,,,,30,,1\n"
                            "Plain Name,c@x.example,,,,14,a=b,1\n";
    auto imported = CsvService(*tc.company).importData(CsvEntity::Customers, file);
    REQUIRE_OK(imported);
    INFO(problemTexts(imported.value()).join(u'\n').toStdString());
    REQUIRE(imported->imported == 3);

    tc.actAs(QStringLiteral("manager"));
    auto csv = CsvService(*tc.company).exportData(CsvEntity::Customers);
    REQUIRE_OK(csv);
    CHECK(csv.value()
          == QByteArray("name,email,phone,address,tax_id,payment_terms_days,notes,active\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a@x.example,'+44 20 7946 0000,,,30,"
                        "'-call first,1\r\n"
                        "'@SUM(A1),b@x.example,,,,30,,1\r\n"
                        "Plain Name,c@x.example,,,,14,a=b,1\r\n"));
}

TEST_CASE("product and invoice exports quote formula text and leave the amounts alone")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerInput evil;
    evil.name = QStringLiteral("@SUM(A1)");
    evil.email = QStringLiteral("evil@example.com");
    auto customer = PartnerService(*tc.company).create(PartnerKind::Customer, evil);
    REQUIRE_OK(customer);
    ProductInput p;
    p.sku = QStringLiteral("-SKU");
    p.name = QStringLiteral("=1+1");
    p.price = 735;
    auto product = CatalogService(*tc.company).createProduct(p);
    REQUIRE_OK(product);
    auto products = CsvService(*tc.company).exportData(CsvEntity::Products);
    REQUIRE_OK(products);
    CHECK(
        products.value()
        == QByteArray("sku,barcode,name,category,supplier_email,unit,price,tax_rate,reorder_level,active\r\n"
                      "'-SKU,,'=1+1,,,piece,7.35,20,0,1\r\n"));

    const qint64 user = tc.userIds.value(QStringLiteral("manager"));
    exec(tc.sql(),
         QStringLiteral(
             "INSERT INTO invoices (id, type, status, invoice_number, customer_id, warehouse_id, issue_date, "
             "due_date, subtotal, tax_amount, total_amount, created_by, created_at, updated_at) "
             "VALUES (1, 'sale', 'draft', NULL, ?, 1, '2026-03-01', '2026-03-15', 0, 0, 0, ?, "
             "'2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')"),
         {customer.value(), user});
    // 1 x 7.35 at 20 % included: net 6.13, tax 1.22 (invoice lines are never
    // negative; the report test below has the negative amounts).
    exec(tc.sql(),
         QStringLiteral(
             "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, unit_price, "
             "discount_bp, tax_rate_bp, line_net, line_tax, line_total) "
             "VALUES (1, 1, ?, '+returned', 1000, 735, 0, 2000, 613, 122, 735)"),
         {product.value()});
    auto invoices = CsvService(*tc.company).exportInvoicesData();
    REQUIRE_OK(invoices);
    CHECK(invoices.value()
          == QByteArray(
              "invoice_number,type,status,issue_date,due_date,partner,partner_email,currency,line_no,sku,"
              "description,quantity,unit_price,discount,tax_rate,line_net,line_tax,line_total\r\n"
              ",sale,draft,2026-03-01,2026-03-15,'@SUM(A1),evil@example.com,EUR,1,'-SKU,"
              "'+returned,1,7.35,0,20,6.13,1.22,7.35\r\n"));
}

TEST_CASE("report CSV quotes formula text in every form and keeps negative amounts numeric")
{
    ReportTable t;
    t.name = QStringLiteral("hand-made");
    t.columns = {QStringLiteral("customer"), QStringLiteral("quantity"), QStringLiteral("amount")};
    t.quantityColumns = {1};
    t.moneyColumns = {2};
    t.rows.append({QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), qint64(-1500), qint64(-735)});
    t.rows.append({QStringLiteral("@SUM(A1)"), qint64(2000), qint64(-123456)});
    t.rows.append({QStringLiteral("Plain Name"), qint64(1000), qint64(990)});
    CHECK(reportCsv(t, CsvDecimal::Dot)
          == QByteArray("\xEF\xBB\xBF"
                        "customer,quantity,amount\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1.5,-7.35\r\n"
                        "'@SUM(A1),2,-1234.56\r\n"
                        "Plain Name,1,9.90\r\n"));
    CHECK(reportCsv(t, CsvDecimal::Comma)
          == QByteArray("\xEF\xBB\xBF"
                        "customer;quantity;amount\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-1,5;-7,35\r\n"
                        "'@SUM(A1);2;-1234,56\r\n"
                        "Plain Name;1;9,90\r\n"));
    CHECK(reportCsv(t, NumberFormat(QLocale(QLocale::German, QLocale::Germany)))
          == QByteArray("\xEF\xBB\xBF"
                        "customer;quantity;amount\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-1,5;-7,35\r\n"
                        "'@SUM(A1);2;-1.234,56\r\n"
                        "Plain Name;1;9,90\r\n"));
}

TEST_CASE("golden: the invoice export of the golden company matches tests/golden/core-export-invoices")
{
    GoldenShop shop;
    int rows = 0;
    auto csv = CsvService(*shop.tc.company).exportInvoicesData(&rows);
    REQUIRE_OK(csv);
    // 2 + 1 purchase lines, 1 + 2 + 1 + 2 + 1 sale lines, 1 credit note line.
    CHECK(rows == 11);
    checkGolden(QStringLiteral("core-export-invoices"), csv.value());
}

TEST_CASE("a clerk can neither export nor import the catalog or suppliers, but may import customers")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("clerk"));
    CsvService csv(*tc.company);
    const Snapshot before = snapshot(tc);
    REQUIRE_ERROR(csv.exportData(CsvEntity::Products), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(csv.exportData(CsvEntity::Customers), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(csv.exportInvoicesData(), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(csv.exportFile(CsvEntity::Suppliers, tc.dir.filePath(QStringLiteral("s.csv"))),
                  ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(tc.dir.filePath(QStringLiteral("s.csv"))));
    REQUIRE_ERROR(csv.importData(CsvEntity::Products, ProductHeader + "A,,A,,,piece,1,,,\n"),
                  ErrorCode::PermissionDenied);
    REQUIRE_ERROR(csv.importData(CsvEntity::Suppliers, PartnerHeader + "S,,,,,30,,1\n"),
                  ErrorCode::PermissionDenied);
    Snapshot after = snapshot(tc);
    // Only the six refusals were written, to the audit log.
    CHECK(after.counts.value(QStringLiteral("audit_logs"))
          == before.counts.value(QStringLiteral("audit_logs")) + 6);
    CHECK(after.counts.value(QStringLiteral("products")) == 0);
    CHECK(after.counts.value(QStringLiteral("suppliers")) == 0);
    auto customers = csv.importData(CsvEntity::Customers, PartnerHeader + "C,,,,,14,,1\n");
    REQUIRE_OK(customers);
    CHECK(customers->imported == 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// What a manager reads (issue 18, point 10): chart labels with whole names,
// the audit log in sentences, list totals of posted invoices, no balance on a
// void invoice, no internal "Row" column, quantities never added across
// units, the Stock tasks columns readable.
#include "ReportFixture.h"
#include "UiDriver.h"
#include "Wait.h"

#include "invoices/InvoiceListPage.h"
#include "lists/AuditPage.h"
#include "lists/ListPages.h"
#include "models/AuditLogModel.h"
#include "models/InvoiceListModel.h"
#include "models/StockModels.h"
#include "reports/ReportChart.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportView.h"
#include "services/accounts/UsersService.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportService.h"
#include "stock/StockPages.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// Where the screens are saved to be looked at (not compared).
QString pngPath(const QString &name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("stockbook-readability"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".png"));
}

// The default locale for NumberFormat while a case runs.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

QString sql1(TestCompany &tc, const QString &query, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q = exec(tc.sql(), query, values);
    REQUIRE(q.next());
    return q.value(0).toString();
}

// The first row of a model whose column holds text.
int rowWith(const QAbstractItemModel *m, int column, const QString &text, int role = Qt::DisplayRole)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, column).data(role).toString() == text)
            return r;
    return -1;
}

// The category axis of a ranking chart (its vertical axis).
QBarCategoryAxis *categoryAxis(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    return nullptr;
}

} // namespace

TEST_CASE("Top products chart: the axis shows each product's whole name at the report's size")
{
    // Ten products with names of 21 to 38 characters, as shops name them;
    // before, the axis cut them to "..." on screen.
    const QStringList names{QStringLiteral("Akku-Bohrschrauber 18 V Profi-Set"),
                            QStringLiteral("Schlagbohrmaschine 750 W"),
                            QStringLiteral("Holzschrauben 4 x 40 mm, 200 Stück"),
                            QStringLiteral("Wasserwaage Aluminium 60 cm"),
                            QStringLiteral("Werkzeugkoffer leer, 3 Fächer"),
                            QStringLiteral("Schleifpapier Körnung 120, 10 Bogen"),
                            QStringLiteral("Arbeitshandschuhe Leder Größe 10"),
                            QStringLiteral("Kreuzschlitz-Schraubendreher PH2"),
                            QStringLiteral("Zollstock Holz 2 m gelb"),
                            QStringLiteral("Malerkrepp 50 m x 30 mm, 6 Rollen")};
    ReportTable t;
    t.name = QStringLiteral("top-products");
    t.columns = {QStringLiteral("rank"), QStringLiteral("sku"),      QStringLiteral("name"),
                 QStringLiteral("unit"), QStringLiteral("quantity"), QStringLiteral("revenue")};
    t.quantityColumns = {4};
    t.moneyColumns = {5};
    t.filters = {{QStringLiteral("by"), QStringLiteral("revenue")}};
    for (int i = 0; i < names.size(); ++i)
        t.rows.append({qint64(i + 1), QStringLiteral("SKU-%1").arg(i + 1), names.at(i),
                       QStringLiteral("piece"), qint64(1000) * (20 - i), qint64(123450) * (10 - i)});

    // The report's two sizes: the Reports page of the 1024 x 700 window (the
    // chart under the table) and the printed one (800 x 320).
    for (const QSize size : {QSize(980, 260), QSize(800, 320)}) {
        INFO("chart size " << size.width() << " x " << size.height());
        QChartView view(ui::createReportChart(t));
        view.resize(size);
        view.show();
        const QPixmap shot = view.grab(); // lays the chart out
        QBarCategoryAxis *axis = categoryAxis(view.chart());
        REQUIRE(axis);
        // The first rank at the top: the axis lists them from the bottom.
        QStringList expected = names;
        std::reverse(expected.begin(), expected.end());
        CHECK(axis->categories() == expected);
        CHECK_FALSE(axis->labelsTruncated());
        if (size == QSize(980, 260))
            shot.save(pngPath(QStringLiteral("top-products-chart")));
    }
}

TEST_CASE("Months under bars: the year under the first bar and each January only, no German month cut short")
{
    Language german(QStringLiteral("de"));
    DefaultLocale locale{QLocale(QLocale::German, QLocale::Germany)};
    ReportTable t;
    t.name = QStringLiteral("sales");
    t.columns = {QStringLiteral("period"), QStringLiteral("count"), QStringLiteral("credit_notes"),
                 QStringLiteral("net"),    QStringLiteral("tax"),   QStringLiteral("gross")};
    t.moneyColumns = {3, 4, 5};
    t.filters = {{QStringLiteral("period"), QStringLiteral("month")}};
    // December 2025 to November 2026: twelve bars across a new year.
    for (int i = 0; i < 12; ++i) {
        const QDate month = QDate(2025, 12, 1).addMonths(i);
        t.rows.append({month.toString(QStringLiteral("yyyy-MM")), qint64(1), qint64(0), qint64(1000 * i),
                       qint64(200 * i), qint64(1200 * i)});
    }
    // The dashboard's chart in a 1024 x 700 window is about 800 x 450.
    QChartView view(ui::createReportChart(t));
    view.resize(800, 450);
    view.show();
    view.grab().save(pngPath(QStringLiteral("months-de")));
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : view.chart()->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
    REQUIRE(axis);
    CHECK(axis->categories()
          == QStringList{QStringLiteral("Dez.<br>2025"), QStringLiteral("Jan.<br>2026"),
                         QStringLiteral("Feb."), QStringLiteral("März"), QStringLiteral("Apr."),
                         QStringLiteral("Mai"), QStringLiteral("Juni"), QStringLiteral("Juli"),
                         QStringLiteral("Aug."), QStringLiteral("Sept."), QStringLiteral("Okt."),
                         QStringLiteral("Nov.")});
    CHECK_FALSE(axis->labelsTruncated());
}

TEST_CASE("Top customers chart: a long name keeps its start and end, a name twice stays apart")
{
    ReportTable t;
    t.name = QStringLiteral("top-customers");
    t.columns = {QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("email"),
                 QStringLiteral("quantity"), QStringLiteral("revenue")};
    t.quantityColumns = {3};
    t.moneyColumns = {4};
    // 50 characters: the first 26, an ellipsis and the last 13 make 40.
    const QString longName = QStringLiteral("Gemeinnützige Werkstätten Oberallgäu Süd GmbH & Co");
    REQUIRE(longName.size() == 50);
    t.rows.append({qint64(1), longName, QStringLiteral("a@example.com"), qint64(1000), qint64(5000)});
    t.rows.append({qint64(2), QStringLiteral("Kunde GmbH"), QStringLiteral("b@example.com"), qint64(1000),
                   qint64(4000)});
    t.rows.append({qint64(3), QStringLiteral("Kunde GmbH"), QStringLiteral("c@example.com"), qint64(1000),
                   qint64(3000)});
    QChartView view(ui::createReportChart(t));
    view.resize(980, 260);
    view.grab();
    QBarCategoryAxis *axis = categoryAxis(view.chart());
    REQUIRE(axis);
    CHECK(axis->categories()
          == QStringList({QStringLiteral("Kunde GmbH (2)"), QStringLiteral("Kunde GmbH"),
                          QStringLiteral("Gemeinnützige Werkstätten…Süd GmbH & Co")}));
    CHECK_FALSE(axis->labelsTruncated());
}

TEST_CASE("Ranking chart: the figures axis writes its amounts as the locale does, 5,000 or 5.000")
{
    // Two products, the best 12,345.00. The axis runs to 12,345.00 x 1.1 =
    // 13,579.50, made nice by Qt: a range of 20,000 in 4 steps of 5,000,
    // so 0 to 15,000 in steps of 5,000.
    ReportTable t;
    t.name = QStringLiteral("top-products");
    t.columns = {QStringLiteral("rank"), QStringLiteral("sku"),      QStringLiteral("name"),
                 QStringLiteral("unit"), QStringLiteral("quantity"), QStringLiteral("revenue")};
    t.quantityColumns = {4};
    t.moneyColumns = {5};
    t.filters = {{QStringLiteral("by"), QStringLiteral("revenue")}};
    t.rows.append({qint64(1), QStringLiteral("SKU-1"), QStringLiteral("Hammer"), QStringLiteral("piece"),
                   qint64(20'000), qint64(1'234'500)});
    t.rows.append({qint64(2), QStringLiteral("SKU-2"), QStringLiteral("Saw"), QStringLiteral("piece"),
                   qint64(3'000), qint64(250'000)});
    const auto figures = [](QChartView &view) {
        view.resize(800, 320);
        view.show();
        view.grab(); // lays the chart out
        for (QAbstractAxis *axis : view.chart()->axes(Qt::Horizontal))
            if (auto *values = qobject_cast<QCategoryAxis *>(axis))
                return values->categoriesLabels();
        return QStringList();
    };
    SECTION("in English")
    {
        DefaultLocale english{QLocale(QLocale::English, QLocale::UnitedStates)};
        QChartView view(ui::createReportChart(t));
        CHECK(figures(view)
              == QStringList{QStringLiteral("0"), QStringLiteral("5,000"), QStringLiteral("10,000"),
                             QStringLiteral("15,000")});
        view.grab().save(pngPath(QStringLiteral("ranking-axis-en")));
    }
    SECTION("in German")
    {
        Language german(QStringLiteral("de"));
        DefaultLocale locale{QLocale(QLocale::German, QLocale::Germany)};
        QChartView view(ui::createReportChart(t));
        CHECK(figures(view)
              == QStringList{QStringLiteral("0"), QStringLiteral("5.000"), QStringLiteral("10.000"),
                             QStringLiteral("15.000")});
        view.grab().save(pngPath(QStringLiteral("ranking-axis-de")));
    }
}

TEST_CASE("Audit log: a posted sale reads as a sentence with its amount, and the raw JSON is one click away")
{
    QStandardPaths::setTestModeEnabled(true);
    ReportShop shop; // posted by the admin, anna
    const QString number = sql1(shop.tc, QStringLiteral("SELECT invoice_number FROM invoices WHERE id = ?"),
                                {shop.s1});
    REQUIRE_FALSE(number.isEmpty());

    SECTION("in English")
    {
        DefaultLocale english{QLocale(QLocale::English, QLocale::UnitedStates)};
        std::unique_ptr<QWidget> page(ui::createAuditPage(*shop.tc.company, nullptr));
        page->resize(1024, 600);
        showActive(*page);
        auto *view = named<QTableView>(*page, "auditTable");
        const QAbstractItemModel *m = view->model();
        CHECK(m->headerData(AuditLogModel::Changes, Qt::Horizontal).toString()
              == QStringLiteral("What happened"));
        // S1: Bob, 2 hammers at 12.00 = 24.00.
        const int row = rowWith(m, AuditLogModel::Changes,
                                QStringLiteral("anna posted sale %1 to Bob for 24.00").arg(number));
        REQUIRE(row >= 0);
        CHECK(m->index(row, AuditLogModel::Action).data().toString() == QStringLiteral("invoice.post"));
        // The raw JSON: a hover (the tooltip) or a click (the details pane) away.
        const QString raw = m->index(row, AuditLogModel::Changes).data(Qt::ToolTipRole).toString();
        CHECK(raw.contains(QStringLiteral("\"total\":2400")));
        auto *pane = named<QPlainTextEdit>(*page, "auditDetails");
        CHECK(pane->isHidden());
        view->setCurrentIndex(m->index(row, 0));
        QTest::mouseClick(named<QPushButton>(*page, "auditDetailsButton"), Qt::LeftButton);
        CHECK(pane->isVisible());
        CHECK(pane->toPlainText().startsWith(
            QStringLiteral("anna posted sale %1 to Bob for 24.00").arg(number)));
        CHECK(pane->toPlainText().contains(QStringLiteral("\"total\": 2400")));
        CHECK(pane->toPlainText().contains(QStringLiteral("\"number\": \"%1\"").arg(number)));
        // The payment of S2 in full (24.00) and the void of S3 read as sentences too.
        const QString s2 = sql1(shop.tc, QStringLiteral("SELECT invoice_number FROM invoices WHERE id = ?"),
                                {shop.s2});
        CHECK(rowWith(m, AuditLogModel::Changes,
                      QStringLiteral("anna recorded a payment of 24.00 for %1").arg(s2))
              >= 0);
        const QString s3 = sql1(shop.tc, QStringLiteral("SELECT invoice_number FROM invoices WHERE id = ?"),
                                {shop.s3});
        CHECK(
            rowWith(m, AuditLogModel::Changes, QStringLiteral("anna voided %1 of Bob: Entered twice").arg(s3))
            >= 0);
        page->grab().save(pngPath(QStringLiteral("audit-log")));
    }
    SECTION("in German: the amount as NumberFormat writes it")
    {
        Language german(QStringLiteral("de"));
        DefaultLocale locale{QLocale(QLocale::German, QLocale::Germany)};
        // A user made clerk, then manager: the roles read as words, not codes.
        REQUIRE_OK(
            UsersService(*shop.tc.company).create({QStringLiteral("carl"), QStringLiteral("clerk"), {}, {}}));
        REQUIRE_OK(UsersService(*shop.tc.company).setRole(QStringLiteral("carl"), QStringLiteral("manager")));
        std::unique_ptr<QWidget> page(ui::createAuditPage(*shop.tc.company, nullptr));
        const QAbstractItemModel *m = named<QTableView>(*page, "auditTable")->model();
        CHECK(m->headerData(AuditLogModel::Changes, Qt::Horizontal).toString()
              == QStringLiteral("Was geschah"));
        CHECK(rowWith(m, AuditLogModel::Changes,
                      QStringLiteral("anna hat Verkauf %1 an Bob über 24,00 gebucht").arg(number))
              >= 0);
        CHECK(rowWith(m, AuditLogModel::Changes,
                      QStringLiteral("anna hat den Benutzer carl als Sachbearbeiter angelegt"))
              >= 0);
        CHECK(rowWith(m, AuditLogModel::Changes,
                      QStringLiteral("anna hat carl zum Manager gemacht (vorher Sachbearbeiter)"))
              >= 0);
    }
}

TEST_CASE("Invoice list: the total counts posted invoices only, a void invoice shows no balance")
{
    QStandardPaths::setTestModeEnabled(true);
    ReportShop shop;
    // Two drafts for Bob: 1 and 2 hammers at 12.00 (12.00 and 24.00).
    InvoiceService invoices(*shop.tc.company);
    const qint64 hammer =
        sql1(shop.tc, QStringLiteral("SELECT id FROM products WHERE sku = 'HAM-1'")).toLongLong();
    const qint64 bob =
        sql1(shop.tc, QStringLiteral("SELECT id FROM customers WHERE name = 'Bob'")).toLongLong();
    for (qint64 quantity : {1000, 2000}) {
        InvoiceDraft draft;
        draft.type = InvoiceType::Sale;
        draft.partnerId = bob;
        draft.warehouseId = 1;
        draft.issueDate = QDate(2026, 4, 1);
        InvoiceLineInput line;
        line.productId = hammer;
        line.quantity = quantity;
        line.unitPrice = 1200;
        line.taxRateBp = 2000;
        draft.lines = {line};
        REQUIRE_OK(invoices.createDraft(draft));
    }
    DefaultLocale english{QLocale(QLocale::English, QLocale::UnitedStates)};
    ui::InvoiceListPage list(*shop.tc.company, {QStringLiteral("sale"), QStringLiteral("credit_note")},
                             QStringLiteral("test/readabilityList"));
    // Listed: S1 24.00, S2 24.00, S3 36.00 (void), S4 12.00, C1 12.00, the
    // drafts 12.00 and 24.00: seven. Posted: S1 + S2 + S4 + C1 = 24 + 24 +
    // 12 + 12 = 72.00 (the credit note counts as stored, positive); not the
    // void 36.00 nor the drafts' 36.00 (144.00 with them all).
    REQUIRE(list.model()->rowCount() == 7);
    CHECK(named<QLabel>(list, "filteredTotal")->text()
          == QStringLiteral("7 invoices · 4 posted, total 72.00"));

    // The void S3 (36.00, nothing paid) owes nothing: a dash, not 36.00.
    const InvoiceListModel *m = list.model();
    int voided = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->invoiceIdAt(r) == shop.s3)
            voided = r;
    REQUIRE(voided >= 0);
    CHECK(m->index(voided, InvoiceListModel::Total).data().toString() == QStringLiteral("36.00"));
    CHECK(m->index(voided, InvoiceListModel::Balance).data().toString() == QStringLiteral("—"));
    // S4 (12.00, 2.00 paid) keeps its balance of 10.00.
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->invoiceIdAt(r) == shop.s4)
            CHECK(m->index(r, InvoiceListModel::Balance).data().toString() == QStringLiteral("10.00"));
    list.resize(1024, 400);
    list.grab().save(pngPath(QStringLiteral("invoice-list")));

    SECTION("in German")
    {
        Language german(QStringLiteral("de"));
        DefaultLocale locale{QLocale(QLocale::German, QLocale::Germany)};
        list.refresh();
        CHECK(named<QLabel>(list, "filteredTotal")->text()
              == QStringLiteral("7 Rechnungen · 4 gebucht, Summe 72,00"));
    }
}

TEST_CASE("Invoice list: a credited sale's balance counts its credit note, as the invoice's own does")
{
    QStandardPaths::setTestModeEnabled(true);
    ReportShop shop;
    DefaultLocale english{QLocale(QLocale::English, QLocale::UnitedStates)};
    const qint64 hammer =
        sql1(shop.tc, QStringLiteral("SELECT id FROM products WHERE sku = 'HAM-1'")).toLongLong();
    const qint64 flour =
        sql1(shop.tc, QStringLiteral("SELECT id FROM products WHERE sku = 'FLOUR-1'")).toLongLong();
    const qint64 alice =
        sql1(shop.tc, QStringLiteral("SELECT id FROM customers WHERE name = 'Alice'")).toLongLong();
    // A sale to Alice, tax included: 2 hammers at 7.35 = 14.70 and 1 kg of
    // flour at 3.33: 18.03, paid in full.
    InvoiceService invoices(*shop.tc.company);
    InvoiceDraft draft;
    draft.type = InvoiceType::Sale;
    draft.partnerId = alice;
    draft.warehouseId = 1;
    draft.issueDate = QDate(2026, 4, 2);
    InvoiceLineInput hammers;
    hammers.productId = hammer;
    hammers.quantity = 2000;
    hammers.unitPrice = 735;
    hammers.taxRateBp = 2000;
    InvoiceLineInput flourLine;
    flourLine.productId = flour;
    flourLine.quantity = 1000;
    flourLine.unitPrice = 333;
    flourLine.taxRateBp = 2000;
    draft.lines = {hammers, flourLine};
    auto sale = invoices.createAndPost(draft);
    REQUIRE_OK(sale);
    REQUIRE(sale->totalAmount == 1803);
    PaymentService payments(*shop.tc.company);
    REQUIRE_OK(payments.record({sale->id, 1803, PaymentMethod::Card, {}, {}}));
    // One hammer back: a credit note of 7.35.
    REQUIRE_OK(invoices.creditNote(sale->id, {CreditLineInput{1, 1000}}));

    InvoiceListModel model(*shop.tc.company);
    const auto balanceOf = [&model](qint64 invoiceId) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.invoiceIdAt(r) == invoiceId)
                return model.index(r, InvoiceListModel::Balance).data().toString();
        return QStringLiteral("(not listed)");
    };
    // 18.03 - 18.03 paid - 7.35 credited = -7.35: owed back, not 0.00.
    CHECK(balanceOf(sale->id) == QStringLiteral("-7.35"));
    // S1 (24.00, unpaid) credited 12.00 by C1: 12.00 still owed, not 24.00.
    CHECK(balanceOf(shop.s1) == QStringLiteral("12.00"));
    // S4 (12.00, 2.00 paid, no credit) keeps 10.00; the void S3 its dash.
    CHECK(balanceOf(shop.s4) == QStringLiteral("10.00"));
    CHECK(balanceOf(shop.s3) == QStringLiteral("—"));

    // 7.35 refunded: nothing owed either way.
    REQUIRE_OK(payments.refund({sale->id, 735, PaymentMethod::Card, {}, {}}));
    model.refresh();
    CHECK(balanceOf(sale->id) == QStringLiteral("0.00"));
}

TEST_CASE("Valuation and stock on hand: quantities are totalled per unit, never across units")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);
    // Stock: hammers (piece) MAIN 5, BACK 2 at 5.00; flour (kg) MAIN 15 at 1.00.
    auto valuation = reports.valuation({});
    REQUIRE_OK(valuation);
    const ReportTable &v = valuation.value();
    CHECK(v.columns
          == QStringList({QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("unit"),
                          QStringLiteral("quantity"), QStringLiteral("value")}));
    REQUIRE(v.rows.size() == 3);
    CHECK(v.rows.at(0)
          == QVariantList({QStringLiteral("BACK"), QStringLiteral("Tools"), QStringLiteral("piece"),
                           qint64(2000), qint64(1000)}));
    CHECK(v.rows.at(1)
          == QVariantList({QStringLiteral("MAIN"), QStringLiteral("Food"), QStringLiteral("kg"),
                           qint64(15000), qint64(1500)}));
    CHECK(v.rows.at(2)
          == QVariantList({QStringLiteral("MAIN"), QStringLiteral("Tools"), QStringLiteral("piece"),
                           qint64(5000), qint64(2500)}));
    // 15 kg and 7 pieces make no "22": no quantity total, the value total
    // 10.00 + 15.00 + 25.00 = 50.00.
    CHECK_FALSE(v.totals.at(3).isValid());
    CHECK(v.totals.at(2).toString().isEmpty());
    CHECK(v.totals.at(4).toLongLong() == 5000);

    // One unit (the Tools: pieces): the total is 2 + 5 = 7 pieces, 35.00.
    ReportFilters tools;
    tools.category = QStringLiteral("Tools");
    auto pieces = reports.valuation(tools);
    REQUIRE_OK(pieces);
    CHECK(pieces->totals
          == QVariantList(
              {QStringLiteral("total"), QString(), QStringLiteral("piece"), qint64(7000), qint64(3500)}));

    // Stock on hand: MAIN holds kg and pieces (no subtotal quantity), BACK
    // only pieces (2).
    auto onHand = reports.stockOnHand({});
    REQUIRE_OK(onHand);
    const ReportTable &s = onHand.value();
    QMap<QString, QVariantList> subtotals;
    for (qsizetype r = 0; r < s.rows.size(); ++r)
        if (s.rows.cell(r, 0).toString() == QStringLiteral("subtotal"))
            subtotals.insert(s.rows.cell(r, 4).toString(), {s.rows.cell(r, 5), s.rows.cell(r, 6)});
    REQUIRE(subtotals.size() == 2);
    CHECK_FALSE(subtotals.value(QStringLiteral("MAIN")).at(0).isValid());
    CHECK(subtotals.value(QStringLiteral("BACK")).at(0).toLongLong() == 2000);
    CHECK(subtotals.value(QStringLiteral("BACK")).at(1).toString() == QStringLiteral("piece"));
    CHECK_FALSE(s.totals.at(5).isValid());
}

TEST_CASE("Stock on hand and movements on screen: no internal Row column")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"stock-on-hand", "movements"}) {
        const ReportDefinition *report = findReport(QString::fromLatin1(name));
        REQUIRE(report);
        REQUIRE(report->columns.at(0).name == QStringLiteral("kind")); // files keep it
        CHECK(report->columns.at(0).text == ReportColumnText::RowKind);
    }
    ReportShop shop;
    ui::ReportView view(*shop.tc.company);
    view.resize(1024, 600);
    view.selectReport(QStringLiteral("stock-on-hand"));
    QSignalSpy finished(&view, &ui::ReportView::reportFinished);
    QTest::mouseClick(named<QPushButton>(view, "runReportButton"), Qt::LeftButton);
    REQUIRE_EVENTUALLY_WITHIN(finished.count() == 1, 20000);
    auto *table = named<QTableView>(view, "reportTable");
    QStringList shown;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (!table->isColumnHidden(c))
            shown << table->model()->headerData(c, Qt::Horizontal).toString();
    CHECK(shown
          == QStringList({QStringLiteral("SKU"), QStringLiteral("Name"), QStringLiteral("Category"),
                          QStringLiteral("Warehouse"), QStringLiteral("Quantity"), QStringLiteral("Unit")}));
    // Each subtotal and the total name themselves where the SKU would be;
    // MAIN holds kilograms and pieces: no quantity; BACK 2 pieces.
    const QAbstractItemModel *m = table->model();
    REQUIRE(m->rowCount() == 6);
    const auto shownRow = [m](int r) {
        QStringList texts;
        for (int c = 1; c < m->columnCount(); ++c)
            texts << m->index(r, c).data().toString();
        return texts;
    };
    CHECK(shownRow(1)
          == QStringList({QStringLiteral("Subtotal"), QString(), QString(), QStringLiteral("BACK"),
                          QStringLiteral("2"), QStringLiteral("piece")}));
    CHECK(shownRow(4)
          == QStringList({QStringLiteral("Subtotal"), QString(), QString(), QStringLiteral("MAIN"), QString(),
                          QString()}));
    CHECK(shownRow(5)
          == QStringList({QStringLiteral("Total"), QString(), QString(), QString(), QString(), QString()}));
    CHECK(shownRow(0)
          == QStringList({QStringLiteral("HAM-1"), QStringLiteral("Hammer"), QStringLiteral("Tools"),
                          QStringLiteral("BACK"), QStringLiteral("2"), QStringLiteral("piece")}));
    view.grab().save(pngPath(QStringLiteral("stock-on-hand")));

    // Movements of the hammer in MAIN: the opening and closing rows name
    // themselves in the Type column, which is empty on them.
    ReportFilters hammer;
    hammer.product = QStringLiteral("HAM-1");
    hammer.warehouse = QStringLiteral("MAIN");
    hammer.from = QDate(2026, 1, 1);
    hammer.to = QDate::currentDate().addDays(1);
    auto moved = ReportService(*shop.tc.company).movements(hammer);
    REQUIRE_OK(moved);
    ui::ReportTableModel movements;
    movements.setTable(moved.value());
    const int type = movements.column(QStringLiteral("type"));
    REQUIRE(type == 2);
    CHECK(movements.index(0, type).data().toString() == QStringLiteral("Opening"));
    CHECK(movements.index(movements.rowCount() - 1, type).data().toString() == QStringLiteral("Closing"));
    CHECK(movements.index(1, type).data().toString() == QStringLiteral("Receipt")); // the purchase
}

TEST_CASE("Stock tasks: time, SKU and user read whole, the stocktake's reason shown")
{
    QStandardPaths::setTestModeEnabled(true);
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    ProductInput in;
    in.sku = QStringLiteral("SCREW-4X40-200");
    in.name = QStringLiteral("Holzschrauben 4 x 40 mm, 200 Stück");
    in.price = 599;
    auto screws = CatalogService(*tc.company).createProduct(in);
    REQUIRE_OK(screws);
    StocktakeRequest count;
    count.warehouse = WarehouseKey(qint64{1});
    count.reason = QStringLiteral("annual count");
    count.lines = {CountLine{ProductKey(screws.value()), 12'000}};
    REQUIRE_OK(StockService(*tc.company).stocktake(count));

    std::unique_ptr<QWidget> page(ui::createStockTasksPage(*tc.company, nullptr));
    page->resize(1024, 500);
    showActive(*page);
    auto *view = named<QTableView>(*page, "stockTasksTable");
    const QAbstractItemModel *m = view->model();
    REQUIRE(m->rowCount() == 1);
    CHECK(m->headerData(StockMovementModel::Reason, Qt::Horizontal).toString() == QStringLiteral("Reason"));
    CHECK(m->index(0, StockMovementModel::Reason).data().toString() == QStringLiteral("annual count"));
    CHECK(m->index(0, StockMovementModel::User).data().toString() == QStringLiteral("max"));
    QHeaderView *header = view->horizontalHeader();
    // The time and the SKU as wide as their text; the user name short.
    for (int column : {int(StockMovementModel::Time), int(StockMovementModel::Sku)}) {
        INFO("column " << column);
        // (QTableView's override is protected; QAbstractItemView's is public.)
        CHECK(header->sectionSize(column)
              >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
        CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
    }
    CHECK(header->sectionSize(StockMovementModel::User) < view->viewport()->width() / 6);
    // The reason last, taking the room that is left.
    CHECK(header->visualIndex(StockMovementModel::Reason) == StockMovementModel::ColumnCount - 1);
    page->grab().save(pngPath(QStringLiteral("stock-tasks")));
}

TEST_CASE("Valuation and stock on hand on screen: the quantity per unit under the table, in the user's words")
{
    QStandardPaths::setTestModeEnabled(true);
    Language german(QStringLiteral("de"));
    DefaultLocale locale{QLocale(QLocale::German, QLocale::Germany)};
    ReportShop shop;
    // Stock: hammers (piece) MAIN 5 and BACK 2, flour (kg) MAIN 15: 15 kg and 7 pieces.
    for (const char *name : {"valuation", "stock-on-hand"}) {
        INFO(name);
        ui::ReportView view(*shop.tc.company);
        view.resize(1024, 600);
        view.selectReport(QString::fromLatin1(name));
        QSignalSpy finished(&view, &ui::ReportView::reportFinished);
        QTest::mouseClick(named<QPushButton>(view, "runReportButton"), Qt::LeftButton);
        REQUIRE_EVENTUALLY_WITHIN(finished.count() == 1, 20000);
        // In the order the rows name the units: BACK's pieces come first.
        const QString status = named<QLabel>(view, "reportStatus")->text();
        INFO(status.toStdString());
        CHECK(status.endsWith(QStringLiteral(" · Menge je Einheit: 7 Stück · 15 kg")));
    }
}

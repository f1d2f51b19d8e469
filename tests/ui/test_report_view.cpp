// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"
#include "LocaleGuard.h"
#include "ReportFixture.h"
#include "UiDriver.h"
#include "Wait.h"

#include "ReportSheet.h"
#include "domain/Labels.h"
#include "mainwindow/MainWindow.h"
#include "reports/DashboardWidget.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportPdfExport.h"
#include "reports/ReportRunner.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportView.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace stockbook;
using namespace stockbook::test;
using stockbook::ui::DashboardWidget;
using stockbook::ui::MainWindow;
using stockbook::ui::ReportPdfExport;
using stockbook::ui::ReportView;

namespace {

// The table as the view shows it, row by row, after sorting.
QList<QStringList> shownRows(const QTableView *view)
{
    const QAbstractItemModel *m = view->model();
    QList<QStringList> rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data().toString();
        rows << cells;
    }
    return rows;
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

// Clicks Run and waits for the worker thread's table (or error).
void runAndWait(ReportView &view, bool expectSuccess = true)
{
    QSignalSpy finished(&view, &ReportView::reportFinished);
    QSignalSpy failed(&view, &ReportView::reportFailed);
    QTest::mouseClick(named<QPushButton>(view, "runReportButton"), Qt::LeftButton);
    REQUIRE_EVENTUALLY_WITHIN(finished.count() + failed.count() > 0, 20000);
    if (expectSuccess) {
        INFO("error: " << (failed.isEmpty() ? std::string()
                                            : failed.first().first().toString().toStdString()));
        REQUIRE(finished.count() == 1);
    } else {
        REQUIRE(failed.count() == 1);
    }
    CHECK_FALSE(view.isRunning());
}

QString lastAuditAction(TestCompany &tc, QString *changes = nullptr)
{
    QSqlQuery q = exec(tc.sql(),
                       QStringLiteral("SELECT action, changes FROM audit_logs ORDER BY seq DESC LIMIT 1"));
    REQUIRE(q.next());
    if (changes)
        *changes = q.value(1).toString();
    return q.value(0).toString();
}

// "/Type /Page" objects, not the "/Type /Pages" tree.
int pdfPages(const QByteArray &pdf)
{
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    return pages;
}

// A stock-on-hand table of `rows` item rows and its totals row, as long as
// wanted without stocking that many products.
ReportTable longStockTable(int rows)
{
    ReportTable t;
    t.name = QStringLiteral("stock-on-hand");
    t.columns = {QStringLiteral("kind"),     QStringLiteral("sku"),       QStringLiteral("name"),
                 QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                 QStringLiteral("unit")};
    t.quantityColumns = {5};
    qint64 sum = 0;
    for (int i = 1; i <= rows; ++i) {
        t.rows.append({QStringLiteral("item"), QStringLiteral("SKU-%1").arg(i, 7, 10, QLatin1Char('0')),
                       QStringLiteral("Product %1").arg(i), QStringLiteral("Tools"), QStringLiteral("MAIN"),
                       qint64(1000) * (i % 50), QStringLiteral("pc")});
        sum += qint64(1000) * (i % 50);
    }
    t.totals = {QStringLiteral("total"), QString(), QString(), QString(), QString(), sum, QString()};
    return t;
}

// One more sale on 2026-03-20, to Alice: a hammer at 1341.47 with 20 % tax
// included, so net round(1341.47 / 1.2) = round(1117.891...) = 1117.89 and
// tax 1341.47 - 1117.89 = 223.58; due 30 days later, 2026-04-19.
void addBigSale(ReportShop &shop)
{
    QSqlQuery alice = exec(shop.tc.sql(), QStringLiteral("SELECT id FROM customers WHERE name = 'Alice'"));
    REQUIRE(alice.next());
    QSqlQuery hammer = exec(shop.tc.sql(), QStringLiteral("SELECT id FROM products WHERE sku = 'HAM-1'"));
    REQUIRE(hammer.next());
    InvoiceDraft draft;
    draft.type = InvoiceType::Sale;
    draft.partnerId = alice.value(0).toLongLong();
    draft.warehouseId = 1; // MAIN
    draft.issueDate = QDate(2026, 3, 20);
    InvoiceLineInput line;
    line.productId = hammer.value(0).toLongLong();
    line.quantity = 1000;
    line.unitPrice = 134147;
    line.taxRateBp = 2000;
    draft.lines = {line};
    auto posted = InvoiceService(*shop.tc.company).createAndPost(draft);
    REQUIRE_OK(posted);
    CHECK(posted->totalAmount == 134147);
}

qint64 exportEntries(TestCompany &tc)
{
    QSqlQuery q = exec(tc.sql(),
                       QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'data.export'"));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("The sales report in the view: hand-computed figures, totals kept last, chart, CSV")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 700);
    view.selectReport(QStringLiteral("sales"));
    view.filterBar()->setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    view.filterBar()->setPeriod(QStringLiteral("month"));
    // Sales takes a date range and a period; no warehouse or customer.
    CHECK_FALSE(named<QWidget>(view, "fromFilter")->isHidden());
    CHECK_FALSE(named<QWidget>(view, "periodFilter")->isHidden());
    CHECK(named<QWidget>(view, "warehouseFilter")->isHidden());
    CHECK(named<QWidget>(view, "customerFilter")->isHidden());
    CHECK_FALSE(named<QPushButton>(view, "exportPdfButton")->isEnabled()); // nothing to export yet

    runAndWait(view);
    auto *table = named<QTableView>(view, "reportTable");
    QStringList headers;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
    CHECK(headers == cells({"Period", "Count", "Credit notes", "Net", "Tax", "Gross"}));
    // February: S1 2 x 12.00 = 24.00 and S2 12.00 + 5 kg x 2.40 = 24.00, both at 20 % tax
    // included: net 20.00 + 20.00 = 40.00, tax 4.00 + 4.00 = 8.00, gross 48.00.
    // March: S4 12.00 (net 10.00, tax 2.00) less the credit note C1 12.00 (net 10.00, tax 2.00)
    // = 0.00; S3 is void and not counted. Totals: 3 sales, 1 credit note, 40.00 / 8.00 / 48.00.
    CHECK(shownRows(table)
          == QList<QStringList>{cells({"2026-02", "2", "0", "40.00", "8.00", "48.00"}),
                                cells({"2026-03", "1", "1", "0.00", "0.00", "0.00"}),
                                cells({"Total", "3", "1", "40.00", "8.00", "48.00"})});
    CHECK(table->model()->index(2, 5).data(Qt::FontRole).value<QFont>().bold());
    CHECK(table->model()->index(0, 5).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    // Sorting by gross, either way, keeps the totals row last.
    table->sortByColumn(5, Qt::DescendingOrder);
    CHECK(shownRows(table).at(0).at(0) == QStringLiteral("2026-02"));
    CHECK(shownRows(table).at(1).at(0) == QStringLiteral("2026-03"));
    CHECK(shownRows(table).at(2).at(0) == QStringLiteral("Total"));
    table->sortByColumn(5, Qt::AscendingOrder);
    CHECK(shownRows(table).at(0).at(0) == QStringLiteral("2026-03"));
    CHECK(shownRows(table).at(2).at(0) == QStringLiteral("Total"));

    // The chart: one bar per month, gross in major units.
    auto *chartView = named<QChartView>(view, "reportChart");
    CHECK_FALSE(chartView->isHidden());
    REQUIRE(chartView->chart()->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(chartView->chart()->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    CHECK(bars->barSets().constFirst()->count() == 2);
    CHECK(bars->barSets().constFirst()->at(0) == 48.0);
    CHECK(bars->barSets().constFirst()->at(1) == 0.0);

    // CSV: what `stockbook-cli report sales --format csv` writes for the same filters.
    const QString csv = shop.tc.dir.filePath(QStringLiteral("sales.csv"));
    REQUIRE_OK(view.exportCsv(csv));
    CHECK(readAll(csv)
          == QByteArray("\xEF\xBB\xBF"
                        "period,count,credit_notes,net,tax,gross\r\n"
                        "2026-02,2,0,40.00,8.00,48.00\r\n"
                        "2026-03,1,1,0.00,0.00,0.00\r\n"
                        "total,3,1,40.00,8.00,48.00\r\n"));
    QString changes;
    CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("data.export"));
    CHECK(changes.contains(QStringLiteral("\"what\":\"report:sales\"")));
    CHECK(changes.contains(QStringLiteral("\"format\":\"csv\"")));

    // A short report is one PDF page, and is audited as a PDF export.
    const QString pdf = shop.tc.dir.filePath(QStringLiteral("sales.pdf"));
    REQUIRE_OK(view.exportPdf(pdf));
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(pdfPages(bytes) == 1);
    CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("data.export"));
    CHECK(changes.contains(QStringLiteral("\"format\":\"pdf\"")));

    // Print opens a preview of the same single page, and is audited as a print.
    view.show();
    named<QPushButton>(view, "printReportButton")->click();
    auto *preview = named<QPrintPreviewDialog>(view, "reportPrintPreview");
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    REQUIRE_EVENTUALLY(pages->pageCount() == 1);
    CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("data.export"));
    CHECK(changes.contains(QStringLiteral("\"format\":\"print\"")));
    preview->close();
}

TEST_CASE("A report the service refuses shows its message, and another report shows its own filters")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.selectReport(QStringLiteral("movements"));
    CHECK_FALSE(named<QWidget>(view, "productFilter")->isHidden());
    CHECK_FALSE(named<QWidget>(view, "warehouseFilter")->isHidden());
    CHECK(named<QWidget>(view, "periodFilter")->isHidden());
    // Neither a product nor a warehouse: ReportService says what is missing.
    runAndWait(view, false);
    CHECK(named<QLabel>(view, "reportError")->text().contains(QStringLiteral("product")));
    CHECK_FALSE(view.hasResult());
    CHECK(view.model()->rowCount() == 0);

    // Valuation at moving average cost: MAIN Food 15 kg x 1.00 = 15.00, MAIN Tools 5 x 5.00 = 25.00,
    // BACK Tools 2 x 5.00 = 10.00; total 50.00, and no quantity: kg and pieces do not add up.
    view.selectReport(QStringLiteral("valuation"));
    runAndWait(view);
    CHECK(shownRows(view.tableView())
          == QList<QStringList>{
              cells({"BACK", "Tools", "piece", "2", "10.00"}), cells({"MAIN", "Food", "kg", "15", "15.00"}),
              cells({"MAIN", "Tools", "piece", "5", "25.00"}), cells({"Total", "", "", "", "50.00"})});
    CHECK_FALSE(view.chartView()->isHidden());
}

TEST_CASE("Cancel drops the running report")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.selectReport(QStringLiteral("sales"));
    QSignalSpy finished(&view, &ReportView::reportFinished);
    view.run();
    CHECK(view.isRunning());
    CHECK_FALSE(named<QPushButton>(view, "cancelReportButton")->isHidden());
    view.cancel();
    CHECK_FALSE(view.isRunning());
    // The cancelled worker thread ends once its statement is interrupted, and
    // the runner then drops its result: only after that can no result mean
    // none will come.
    auto *runner = view.findChild<ui::ReportRunner *>();
    REQUIRE(runner);
    CHECK(runner->hasWorkers()); // its thread is dealt with from the event loop, which has not run yet
    REQUIRE_EVENTUALLY_WITHIN(!runner->hasWorkers(), 20000);
    CHECK(finished.isEmpty());
    CHECK_FALSE(view.hasResult());
    CHECK(named<QPushButton>(view, "runReportButton")->isEnabled());
}

TEST_CASE("A long report exported as PDF runs to several pages")
{
    TestCompany tc;
    ShopData data(tc);
    // 120 products in stock: 120 item rows, one subtotal for MAIN and the totals row.
    for (int i = 1; i <= 120; ++i) {
        const qint64 id = data.product(QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0')), 100, 50);
        data.stock(id, ShopData::Main, 1000 * i);
    }
    tc.actAs(QStringLiteral("manager"));
    ReportView view(*tc.company);
    view.selectReport(QStringLiteral("stock-on-hand"));
    runAndWait(view);
    REQUIRE(view.model()->rowCount() == 122);
    // 1 + 2 + ... + 120 = 7260 units.
    CHECK(view.model()->index(121, 5).data().toString() == QStringLiteral("7260"));
    CHECK(view.chartView()->isHidden()); // a list of levels needs no chart

    const QString pdf = tc.dir.filePath(QStringLiteral("stock.pdf"));
    REQUIRE_OK(view.exportPdf(pdf));
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(pdfPages(bytes) > 1);
}

TEST_CASE("Exports are refused without data.export, by the service")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.selectReport(QStringLiteral("low-stock"));
    runAndWait(view);
    // The manager's role loses data.export while the page is open: core refuses.
    exec(shop.tc.sql(), QStringLiteral("DELETE FROM role_permissions WHERE permission = 'data.export'"));
    shop.tc.actAs(QStringLiteral("manager"));
    const QString csv = shop.tc.dir.filePath(QStringLiteral("low.csv"));
    REQUIRE_ERROR(view.exportCsv(csv), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(view.exportPdf(shop.tc.dir.filePath(QStringLiteral("low.pdf"))),
                  ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(csv));
    CHECK_FALSE(QFile::exists(shop.tc.dir.filePath(QStringLiteral("low.pdf"))));
    CHECK(lastAuditAction(shop.tc) == QStringLiteral("permission.denied"));
}

TEST_CASE("A clerk has no Reports page and no dashboard, and the service refuses the clerk too")
{
    SECTION("navigation")
    {
        TestCompany tc;
        tc.actAs(QStringLiteral("clerk"));
        MainWindow window;
        window.setCompany(std::move(tc.company));
        CHECK(window.findChild<QWidget *>(QStringLiteral("reportsPage")) == nullptr);
        CHECK(window.findChild<QWidget *>(QStringLiteral("dashboardPage")) == nullptr);
        CHECK(window.findChild<QAction *>(QStringLiteral("reportsPageAction")) == nullptr);
        CHECK(window.findChild<ReportView *>() == nullptr);
        CHECK_FALSE(window.showPage(QStringLiteral("reports")));
        CHECK(window.currentPageId() == QStringLiteral("sales"));
    }
    SECTION("service")
    {
        ReportShop shop;
        shop.tc.actAs(QStringLiteral("clerk"));
        ReportView view(*shop.tc.company);
        view.selectReport(QStringLiteral("sales"));
        runAndWait(view, false);
        CHECK_FALSE(view.hasResult());
        QString changes;
        CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("permission.denied"));
        CHECK(changes.contains(QStringLiteral("report.view")));
    }
}

TEST_CASE("Managers and admins open on the dashboard")
{
    for (const char *role : {"manager", "admin"}) {
        INFO(role);
        TestCompany tc;
        tc.actAs(QString::fromLatin1(role));
        MainWindow window;
        window.setCompany(std::move(tc.company));
        CHECK(window.currentPageId() == QStringLiteral("dashboard"));
        CHECK(window.findChild<DashboardWidget *>() != nullptr);
        CHECK(window.showPage(QStringLiteral("reports")));
        CHECK(window.findChild<ReportView *>() != nullptr);
    }
}

TEST_CASE("The dashboard shows the day's and month's sales, low stock, overdue and 12 months")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    DashboardWidget dash(*shop.tc.company);
    dash.setAsOf(QDate(2026, 3, 20));
    QSignalSpy refreshed(&dash, &DashboardWidget::refreshed);
    dash.refresh();
    REQUIRE(refreshed.wait(20000));
    // 2026-03-20: S4 12.00. March: S4 12.00 less C1 12.00 = 0.00 (S3 void), one sale.
    // Hammer 7 <= 8 and nails 0 <= 1 are at or below their reorder levels.
    // Overdue: S1 (due 02-17) 24.00 less its 12.00 credit note = 12.00; S4 is due 04-19.
    CHECK(named<QLabel>(dash, "salesTodayValue")->text() == QStringLiteral("12.00 EUR"));
    CHECK(named<QLabel>(dash, "salesMonthValue")->text() == QStringLiteral("0.00 EUR"));
    CHECK(named<QLabel>(dash, "lowStockValue")->text() == QStringLiteral("2"));
    CHECK(named<QLabel>(dash, "overdueValue")->text() == QStringLiteral("12.00 EUR"));
    auto *chart = named<QChartView>(dash, "dashboardChart")->chart();
    REQUIRE(chart->series().size() == 1);
    const QBarSet *set = qobject_cast<QBarSeries *>(chart->series().constFirst())->barSets().constFirst();
    // April 2025 .. March 2026: February 48.00, everything else 0.
    REQUIRE(set->count() == 12);
    for (int i = 0; i < 12; ++i) {
        INFO("month " << i);
        CHECK(set->at(i) == (i == 10 ? 48.0 : 0.0));
    }
}

TEST_CASE("A long report's PDF is written off the GUI thread under a progress dialog")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.resize(1000, 700);
    view.show();
    constexpr int Rows = 20000;
    view.showReport(longStockTable(Rows));
    REQUIRE(view.hasResult());
    REQUIRE(view.model()->rowCount() == Rows + 1);

    // The event loop keeps running: a 10 ms timer ticks all along.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(10);
    QSignalSpy finished(&view, &ReportView::pdfExportFinished);
    QSignalSpy failed(&view, &ReportView::pdfExportFailed);
    QSignalSpy progress(view.pdfExport(), &ReportPdfExport::progressChanged);
    const QString pdf = shop.tc.dir.filePath(QStringLiteral("long.pdf"));
    const qint64 entriesBefore = exportEntries(shop.tc);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(view.startPdfExport(pdf));
    CHECK(view.isExportingPdf());
    CHECK_FALSE(named<QPushButton>(view, "exportPdfButton")->isEnabled());
    auto *dialog = named<QProgressDialog>(view, "reportPdfProgress");
    CHECK(dialog->windowModality() == Qt::WindowModal);
    REQUIRE_EVENTUALLY_WITHIN(finished.count() + failed.count() > 0, 300000);
    const qint64 elapsed = clock.elapsed();
    ticker.stop();
    INFO("export took " << elapsed << " ms, " << ticks << " ticks");
    REQUIRE(finished.count() == 1);
    // Not a single stall: at least a tick for every 100 ms the export took.
    CHECK(ticks >= elapsed / 100);
    CHECK(progress.count() > 10);
    CHECK(progress.last().first().toInt() == 100);
    CHECK_FALSE(view.isExportingPdf());
    CHECK(named<QPushButton>(view, "exportPdfButton")->isEnabled());
    const auto *closed = view.findChild<QProgressDialog *>(QStringLiteral("reportPdfProgress"));
    CHECK((closed == nullptr || !closed->isVisible()));

    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    const int pages = pdfPages(bytes);
    CHECK(finished.first().at(1).toInt() == pages);
    // A4 less 15 mm margins is 267 mm = 1009 px at 96 dpi, less the 28 px footer: 981 px of body.
    // Every page repeats the header row, the first also has the title block above the table,
    // so the 20,000 rows and the totals row take ceil(20001 / perPage) pages, or one more.
    QFont font(QStringLiteral("sans-serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(12);
    QFont bold = font;
    bold.setBold(true);
    const qreal rowHeight = std::ceil(std::max(QFontMetricsF(font).height(), QFontMetricsF(bold).height()))
        + 6;
    const int perPage = int(std::floor((267.0 / 25.4 * 96.0 - 28.0) / rowHeight)) - 1;
    const int least = (Rows + 1 + perPage - 1) / perPage;
    INFO("row height " << rowHeight << ", " << perPage << " rows a page, " << pages << " pages");
    CHECK(pages >= least);
    CHECK(pages <= least + 1);

    // Audited once, as a PDF of 20,000 rows.
    CHECK(exportEntries(shop.tc) == entriesBefore + 1);
    QString changes;
    CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("data.export"));
    CHECK(changes.contains(QStringLiteral("\"format\":\"pdf\"")));
    CHECK(changes.contains(QStringLiteral("\"rows\":20000")));
}

TEST_CASE("Cancelling a PDF export leaves no file and no export in the audit log")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.show();
    view.showReport(longStockTable(100000));
    QSignalSpy finished(&view, &ReportView::pdfExportFinished);
    QSignalSpy failed(&view, &ReportView::pdfExportFailed);
    QSignalSpy progress(view.pdfExport(), &ReportPdfExport::progressChanged);
    const QString pdf = shop.tc.dir.filePath(QStringLiteral("cancelled.pdf"));
    const qint64 entriesBefore = exportEntries(shop.tc);
    REQUIRE(view.startPdfExport(pdf));
    auto *dialog = named<QProgressDialog>(view, "reportPdfProgress");
    // Under way, and the dialog shows itself.
    REQUIRE_EVENTUALLY_WITHIN(dialog->isVisible(), 10000);
    REQUIRE_EVENTUALLY_WITHIN(!progress.isEmpty() && progress.last().first().toInt() >= 1, 60000);
    REQUIRE(finished.isEmpty());
    auto *cancel = dialog->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE_EVENTUALLY_WITHIN(!view.isExportingPdf(), 30000);
    CHECK(finished.isEmpty());
    REQUIRE(failed.count() == 1);
    CHECK(named<QLabel>(view, "reportStatus")->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(pdf));
    // Nor a temporary file beside it.
    CHECK(QDir(shop.tc.dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).isEmpty());
    CHECK(exportEntries(shop.tc) == entriesBefore);
    CHECK(named<QPushButton>(view, "exportPdfButton")->isEnabled());

    // Closing the page while a PDF is written stops it the same way.
    {
        auto page = std::make_unique<ReportView>(*shop.tc.company);
        page->showReport(longStockTable(100000));
        const QString gone = shop.tc.dir.filePath(QStringLiteral("closed.pdf"));
        QSignalSpy pageProgress(page->pdfExport(), &ReportPdfExport::progressChanged);
        QSignalSpy pageFinished(page.get(), &ReportView::pdfExportFinished);
        REQUIRE(page->startPdfExport(gone));
        // Under way: the worker has reported drawing part of it.
        REQUIRE_EVENTUALLY_WITHIN(!pageProgress.isEmpty(), 60000);
        REQUIRE(pageFinished.isEmpty());
        page.reset();
        CHECK_FALSE(QFile::exists(gone));
        CHECK(QDir(shop.tc.dir.path()).entryList({QStringLiteral("closed*")}, QDir::Files).isEmpty());
    }
    CHECK(exportEntries(shop.tc) == entriesBefore);
}

TEST_CASE(
    "The report model sorts text by the locale, numbers by value, keeps the totals last and the selection")
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ReportTable t;
    t.name = QStringLiteral("top-products");
    t.columns = {QStringLiteral("name"), QStringLiteral("quantity")};
    t.quantityColumns = {1};
    t.rows = {{QStringLiteral("birne"), qint64(3000)},
              {QStringLiteral("Äpfel"), qint64(-1000)},
              {QStringLiteral("Zucker"), QVariant()},
              {QStringLiteral("apfel"), qint64(3000)},
              {QString(), qint64(12000)}};
    t.totals = {QStringLiteral("total"), qint64(17000)};
    ui::ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(t);
    const auto column = [&model](int c) {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, c).data().toString();
        return out;
    };
    // The current row is Zucker; it stays selected wherever it moves.
    QPersistentModelIndex current = model.index(2, 0);

    // German collation: empty first, then apfel before Äpfel (the umlaut sorts
    // as its base letter, lower case first), birne, Zucker; byte order would
    // put Zucker before apfel and Äpfel last.
    model.sort(0, Qt::AscendingOrder);
    CHECK(column(0)
          == QStringList{QString(), QStringLiteral("apfel"), QStringLiteral("Äpfel"), QStringLiteral("birne"),
                         QStringLiteral("Zucker"), QStringLiteral("Total")});
    CHECK(current.row() == 4);
    model.sort(0, Qt::DescendingOrder);
    CHECK(column(0).first() == QStringLiteral("Zucker"));
    CHECK(column(0).last() == QStringLiteral("Total"));
    CHECK(current.row() == 0);

    // Quantities: the empty cell first, then -1, 3, 3 (in the report's order), 12.
    model.sort(1, Qt::AscendingOrder);
    CHECK(column(0)
          == QStringList{QStringLiteral("Zucker"), QStringLiteral("Äpfel"), QStringLiteral("birne"),
                         QStringLiteral("apfel"), QString(), QStringLiteral("Total")});
    CHECK(current.row() == 0);
    model.sort(1, Qt::DescendingOrder);
    CHECK(column(0)
          == QStringList{QString(), QStringLiteral("birne"), QStringLiteral("apfel"), QStringLiteral("Äpfel"),
                         QStringLiteral("Zucker"), QStringLiteral("Total")});
    CHECK(current.row() == 4);
    CHECK(model.index(5, 1).data(ui::ReportTableModel::TotalsRole).toBool());

    // Column -1: the report's own order again; a new run keeps the chosen order.
    model.sort(-1);
    CHECK(column(0).first() == QStringLiteral("birne"));
    CHECK(current.row() == 2);
    model.sort(1, Qt::DescendingOrder);
    t.rows.append({QStringLiteral("Honig"), qint64(50000)});
    model.setTable(t);
    CHECK(column(0).first() == QStringLiteral("Honig"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("The movements report in the view names its rows and movement types as the Stock page does")
{
    ReportTable t;
    t.name = QStringLiteral("movements");
    t.columns = {QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("reference")};
    t.rows = {{QStringLiteral("opening"), QString(), QString()},
              {QStringLiteral("movement"), QStringLiteral("receipt"), QStringLiteral("P-2026-000001")},
              {QStringLiteral("movement"), QStringLiteral("transfer_out"), QStringLiteral("T-1")},
              {QStringLiteral("closing"), QString(), QString()}};
    ui::ReportTableModel model;
    model.setTable(t);
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("Movement"));
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("Receipt"));
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("Transfer out"));
    CHECK(model.index(3, 0).data().toString() == QStringLiteral("Closing"));
    // The raw value stays what the CSV and the CLI write.
    CHECK(model.index(2, 1).data(ui::ReportTableModel::SortRole).toString()
          == QStringLiteral("transfer_out"));
}

TEST_CASE("In German the dashboard writes its amounts as German does")
{
    ReportShop shop;
    addBigSale(shop);
    shop.tc.actAs(QStringLiteral("manager"));
    Language german(QStringLiteral("de"));
    DefaultLocale numbers(germanLocale());
    DashboardWidget dash(*shop.tc.company);
    dash.resize(1000, 700);
    dash.setAsOf(QDate(2026, 3, 20));
    QSignalSpy refreshed(&dash, &DashboardWidget::refreshed);
    dash.refresh();
    REQUIRE(refreshed.wait(20000));
    // 2026-03-20: S4 12.00 + the big sale 1341.47 = 1353.47. March: S4 12.00 less
    // C1 12.00 plus 1341.47 = 1341.47. Low stock and overdue as in English: 2 and 12.00.
    CHECK(named<QLabel>(dash, "salesTodayValue")->text() == QStringLiteral("1.353,47 EUR"));
    CHECK(named<QLabel>(dash, "salesMonthValue")->text() == QStringLiteral("1.341,47 EUR"));
    CHECK(named<QLabel>(dash, "lowStockValue")->text() == QStringLiteral("2"));
    CHECK(named<QLabel>(dash, "overdueValue")->text() == QStringLiteral("12,00 EUR"));
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG"))
        dash.grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG") + QStringLiteral("/dashboard-de.png"));
}

TEST_CASE("In German a report shows German figures and words, prints them, and exports CSV either way")
{
    ReportShop shop;
    addBigSale(shop);
    shop.tc.actAs(QStringLiteral("manager"));
    Language german(QStringLiteral("de"));
    DefaultLocale numbers(germanLocale());
    ReportView view(*shop.tc.company);
    view.resize(1000, 700);
    view.selectReport(QStringLiteral("sales"));
    view.filterBar()->setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    view.filterBar()->setPeriod(QStringLiteral("month"));
    runAndWait(view);
    auto *table = named<QTableView>(view, "reportTable");
    QStringList headers;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
    CHECK(headers.at(0) == QStringLiteral("Zeitraum"));
    CHECK(headers.at(5) == QStringLiteral("Brutto"));
    // February as in English: 40.00 / 8.00 / 48.00. March: S4 and C1 cancel out,
    // the big sale adds net 1117.89, tax 223.58, gross 1341.47 (2 sales, 1 credit note).
    // Totals: 4 sales, 1 credit note, net 1157.89, tax 231.58, gross 1389.47.
    CHECK(shownRows(table)
          == QList<QStringList>{cells({"2026-02", "2", "0", "40,00", "8,00", "48,00"}),
                                cells({"2026-03", "2", "1", "1.117,89", "223,58", "1.341,47"}),
                                cells({"Gesamt", "4", "1", "1.157,89", "231,58", "1.389,47"})});
    // Sorting still goes by the amounts, not by the German text.
    CHECK(table->model()->index(1, 5).data(ui::ReportTableModel::SortRole).toLongLong() == 134147);
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG"))
        view.grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG") + QStringLiteral("/report-sales-de.png"));

    // The printed sheet (PDF and printer) writes the same cells.
    const ReportCellDisplay display(view.table());
    CHECK(print::reportSheetCellText(display, view.table(), 1, 3) == QStringLiteral("1.117,89"));
    CHECK(print::reportSheetCellText(display, view.table(), 2, 0) == QStringLiteral("Gesamt"));
    CHECK(print::reportSheetCellText(display, view.table(), 2, 5) == QStringLiteral("1.389,47"));

    // CSV as this language writes numbers: ';' between fields, as a German spreadsheet reads.
    const QString language = shop.tc.dir.filePath(QStringLiteral("sales-de.csv"));
    REQUIRE_OK(view.exportCsv(language, ReportView::CsvNumbers::Language));
    CHECK(readAll(language)
          == QByteArray("\xEF\xBB\xBF"
                        "period;count;credit_notes;net;tax;gross\r\n"
                        "2026-02;2;0;40,00;8,00;48,00\r\n"
                        "2026-03;2;1;1.117,89;223,58;1.341,47\r\n"
                        "total;4;1;1.157,89;231,58;1.389,47\r\n"));
    // Owner-only from creation, and never written through a symbolic link.
    CHECK(QFileInfo(language).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const QString link = shop.tc.dir.filePath(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(language, link));
    const QByteArray before = readAll(language);
    REQUIRE_ERROR(view.exportCsv(link, ReportView::CsvNumbers::Language), ErrorCode::InvalidArgument);
    CHECK(readAll(language) == before);
    QString changes;
    CHECK(lastAuditAction(shop.tc, &changes) == QStringLiteral("data.export"));
    CHECK(changes.contains(QStringLiteral("\"format\":\"csv\"")));
    // Plain: what the command line writes, whatever the language.
    const QString plain = shop.tc.dir.filePath(QStringLiteral("sales-plain.csv"));
    REQUIRE_OK(view.exportCsv(plain, ReportView::CsvNumbers::Plain));
    CHECK(readAll(plain)
          == QByteArray("\xEF\xBB\xBF"
                        "period,count,credit_notes,net,tax,gross\r\n"
                        "2026-02,2,0,40.00,8.00,48.00\r\n"
                        "2026-03,2,1,1117.89,223.58,1341.47\r\n"
                        "total,4,1,1157.89,231.58,1389.47\r\n"));
    CHECK(exportEntries(shop.tc) == 2);
    // The file dialog names both choices with this language's example.
    CHECK(ReportView::csvNameFilters()
          == QStringList{QStringLiteral("CSV, Zahlen wie in dieser Sprache: 1.234,50 (*.csv)"),
                         QStringLiteral("CSV, einfache Zahlen: 1234.50 (*.csv)")});

    // Export CSV asks for the file with both choices, on "as in this language" the
    // first time and on the last choice afterwards.
    QSettings().remove(QStringLiteral("reports/csvNumbers"));
    const QStringList choices = ReportView::csvNameFilters();
    // Each file in a folder of its own: the file dialog lists the folder while
    // it is open and would offer a file already there.
    auto exportChoosing = [&](const QString &name, int choice, int expectedFirst) {
        REQUIRE(QDir(shop.tc.dir.path()).mkpath(name));
        const QString path = shop.tc.dir.filePath(name + QStringLiteral("/sales.csv"));
        DialogAnswer<QFileDialog> save("reportCsvDialog", [&](QFileDialog &dialog) {
            CHECK(dialog.nameFilters() == choices);
            CHECK(dialog.selectedNameFilter() == choices.at(expectedFirst));
            dialog.selectNameFilter(choices.at(choice));
            dialog.selectFile(path);
            static_cast<QDialog &>(dialog).accept(); // QFileDialog::accept, protected there
        });
        named<QPushButton>(view, "exportCsvButton")->click();
        REQUIRE(save.answered());
        REQUIRE(QFile::exists(path));
        return readAll(path);
    };
    CHECK(exportChoosing(QStringLiteral("plain"), 1, 0).contains("2026-03,2,1,1117.89,223.58,1341.47\r\n"));
    CHECK(
        exportChoosing(QStringLiteral("german"), 0, 1).contains("2026-03;2;1;1.117,89;223,58;1.341,47\r\n"));
    CHECK(exportEntries(shop.tc) == 4);

    // The print preview draws the same sheet: one page.
    view.show();
    named<QPushButton>(view, "printReportButton")->click();
    auto *preview = named<QPrintPreviewDialog>(view, "reportPrintPreview");
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    REQUIRE_EVENTUALLY(pages->pageCount() == 1);
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG")) {
        preview->resize(900, 1100);
        pages->fitToWidth();
        QTest::qWait(50);
        pages->grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG")
                           + QStringLiteral("/report-print-de.png"));
    }
    preview->close();

    // Units in words: the stock on hand of the hammer in pieces, the flour in kg.
    view.selectReport(QStringLiteral("stock-on-hand"));
    runAndWait(view);
    const int sku = view.model()->column(QStringLiteral("sku"));
    const int unit = view.model()->column(QStringLiteral("unit"));
    REQUIRE(sku >= 0);
    REQUIRE(unit >= 0);
    int hammers = 0;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const QString product = view.model()->index(r, sku).data().toString();
        const QString shown = view.model()->index(r, unit).data().toString();
        if (product == QStringLiteral("HAM-1")) {
            ++hammers;
            CHECK(shown == QStringLiteral("Stück"));
            CHECK(view.model()->index(r, unit).data(ui::ReportTableModel::SortRole).toString()
                  == QStringLiteral("piece"));
        } else if (product == QStringLiteral("FLOUR-1")) {
            CHECK(shown == QStringLiteral("kg"));
        }
    }
    CHECK(hammers > 0);
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG"))
        view.grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG") + QStringLiteral("/report-stock-de.png"));
}

TEST_CASE("The report cells for people: French grouping, movement types and units in words, counts grouped")
{
    Language french(QStringLiteral("fr"));
    DefaultLocale numbers(QLocale(QLocale::French, QLocale::France));
    ReportTable t;
    t.name = QStringLiteral("movements");
    t.columns = {QStringLiteral("type"), QStringLiteral("unit"), QStringLiteral("count"),
                 QStringLiteral("value"), QStringLiteral("quantity")};
    t.moneyColumns = {3};
    t.quantityColumns = {4};
    t.rows = {{QStringLiteral("transfer_out"), QStringLiteral("metre"), qint64(12345), qint64(135347),
               qint64(-1500)}};
    const ReportCellDisplay display(t);
    CHECK(display.text(0, t.rows.cell(0, 0)) == QStringLiteral("Transfert (sortie)"));
    CHECK(display.text(1, t.rows.cell(0, 1)) == QStringLiteral("mètre"));
    // French groups with a narrow no-break space (U+202F).
    CHECK(display.text(2, t.rows.cell(0, 2)) == QStringLiteral("12\u202F345"));
    CHECK(display.text(3, t.rows.cell(0, 3)) == QStringLiteral("1\u202F353,47"));
    CHECK(display.text(4, t.rows.cell(0, 4)) == QStringLiteral("-1,5"));
    // Files keep the codes and plain numbers.
    CHECK(reportCellText(t, 3, t.rows.cell(0, 3)) == QStringLiteral("1353.47"));
    CHECK(reportCellText(t, 1, t.rows.cell(0, 1)) == QStringLiteral("metre"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-bench-report-view --db PATH --user NAME [--warehouse CODE] [--png FILE] < password
//
// The Reports page with the largest report a shop can ask for: the movements
// of a warehouse from the first of January to today (on the large demo, about
// 940,000 rows). Prints the time ReportService takes to make the table, the
// time the page takes to show it (model, column widths, first paint), and the
// time a click on a column header takes to sort it, for a text column
// (reference), a number column (balance) and back to the report's own order.
// The last line is "ratio: Z", showing over making. It is not a test.

#include "BenchSupport.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportView.h"
#include "services/accounts/CompanyService.h"
#include "services/reports/ReportService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

using namespace stockbook;
using namespace stockbook::bench;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the Reports page on a warehouse's movements; the "
                       "password is read from the first line of standard input."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The company file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("A user with report.view."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption warehouseOption(QStringLiteral("warehouse"),
                                             QStringLiteral("The warehouse code."), QStringLiteral("CODE"),
                                             QStringLiteral("MAIN"));
    const QCommandLineOption pngOption(
        QStringLiteral("png"), QStringLiteral("Save the page, sorted by reference descending, as PNG."),
        QStringLiteral("FILE"));
    parser.addOptions({dbOption, userOption, warehouseOption, pngOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(userOption)) {
        out() << "usage: stockbook-bench-report-view --db PATH --user NAME [--warehouse CODE] < password"
              << Qt::endl;
        return 2;
    }
    auto signedIn = CompanyService::signIn(parser.value(dbOption), parser.value(userOption),
                                           readPasswordLine());
    if (!signedIn.ok()) {
        out() << "sign-in failed: " << signedIn.error().message << Qt::endl;
        return 1;
    }
    CompanySession &company = *signedIn.value();

    ReportFilters filters;
    filters.warehouse = parser.value(warehouseOption);
    filters.to = QDate::currentDate();
    filters.from = QDate(filters.to.year(), 1, 1);
    QElapsedTimer timer;
    timer.start();
    // As the Reports page runs it: on a fresh read-only connection.
    auto db = storage::Database::open(company.path(), company.databaseKey(),
                                      storage::Database::Mode::ReadOnly);
    if (!db.ok()) {
        out() << "cannot open: " << db.error().message << Qt::endl;
        return 1;
    }
    CompanySession worker(std::move(db).value(), SecretBytes::copyOf(company.databaseKey().bytes()),
                          company.session());
    auto table = ReportService(worker).run(QStringLiteral("movements"), filters);
    const double making = msSince(timer);
    if (!table.ok()) {
        out() << "report failed: " << table.error().message << Qt::endl;
        return 1;
    }
    out() << "report movements of " << filters.warehouse
          << ", year to date: " << QString::number(making, 'f', 0) << " ms (" << table->rows.size()
          << " rows)" << Qt::endl;

    ui::ReportView view(company);
    view.resize(1280, 800);
    view.selectReport(QStringLiteral("movements"));
    view.show();
    QApplication::processEvents();
    timer.restart();
    view.showReport(table.value());
    view.repaint();
    QApplication::processEvents();
    const double showing = msSince(timer);
    out() << "page shows it: " << QString::number(showing, 'f', 0) << " ms" << Qt::endl;

    QTableView *tableView = view.tableView();
    const ReportTable &shown = table.value();
    struct Sort {
        const char *label;
        int column;
        Qt::SortOrder order;
    };
    const Sort sorts[] = {
        {"sort by reference, ascending", int(shown.columns.indexOf(QStringLiteral("reference"))),
         Qt::AscendingOrder},
        {"sort by reference, descending", int(shown.columns.indexOf(QStringLiteral("reference"))),
         Qt::DescendingOrder},
        {"sort by balance, descending", int(shown.columns.indexOf(QStringLiteral("balance"))),
         Qt::DescendingOrder},
        {"the report's own order", -1, Qt::AscendingOrder},
    };
    double slowest = 0;
    for (const Sort &s : sorts) {
        timer.restart();
        tableView->sortByColumn(s.column, s.order);
        tableView->repaint();
        QApplication::processEvents();
        const double ms = msSince(timer);
        slowest = std::max(slowest, ms);
        out() << s.label << ": " << QString::number(ms, 'f', 0) << " ms, first row "
              << tableView->model()->index(0, 3).data().toString() << Qt::endl;
        if (s.order == Qt::DescendingOrder && s.column == sorts[0].column && parser.isSet(pngOption))
            view.grab().save(parser.value(pngOption));
    }
    out() << "peak memory: " << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    out() << "ratio: " << QString::number(std::max(showing, slowest) / making, 'f', 2) << Qt::endl;
    return 0;
}

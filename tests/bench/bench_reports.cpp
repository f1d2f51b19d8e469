// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-bench-reports --db PATH --user NAME [--rounds R] [--only TEXT] < password
//
// Runs every report of the registry on an existing company (made with
// `stockbook-cli demo --size large`) the way the app's Reports page does: each
// run on a fresh read-only connection, so every page it needs is read and
// decrypted again. Prints the median time of R runs per report, and the
// storage limit measured in the same run: the least work any report over all
// sales lines must do, one pass over invoice_items through the sqlcipher C
// API on a fresh connection. The last line is "ratio: Z", the top-products
// time over that raw pass. When the year of MAIN's movements runs, the same
// rows are also read through the C API, and "movements ratio" is the report's
// time over that read. It is not a test.

#include "BenchSupport.h"
#include "services/accounts/CompanyService.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

using namespace stockbook;
using namespace stockbook::bench;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Case {
    QString label;
    QString report;
    ReportFilters filters;
};

// Every report of the registry with the Reports page's own defaults (from
// the first of January to today for a report with dates), and again with
// each other choice of its period and ranking. A report that needs a
// product or a warehouse runs for SKU-00001 and for MAIN (also over the
// last 31 days), which the demo company has.
QList<Case> cases()
{
    const QDate today = QDate::currentDate();
    struct Variant {
        QString label;
        ReportFilters filters;
    };
    QList<Case> all;
    for (const ReportDefinition &report : reportRegistry()) {
        const bool dated = report.filters.contains(QStringLiteral("from"));
        ReportFilters base;
        if (dated) {
            base.from = QDate(today.year(), 1, 1);
            base.to = today;
        }
        QList<Variant> variants{{QString(), base}};
        auto vary =
            [&variants](const QList<std::pair<QString, std::function<void(ReportFilters &)>>> &choices) {
                QList<Variant> next;
                for (const Variant &v : std::as_const(variants)) {
                    for (const auto &[label, change] : choices) {
                        Variant changed = v;
                        changed.label += label;
                        change(changed.filters);
                        next.append(changed);
                    }
                }
                variants = next;
            };
        if (report.filters.contains(QStringLiteral("period")))
            vary({{QStringLiteral(" by month"), [](ReportFilters &) {}},
                  {QStringLiteral(" by day"), [](ReportFilters &f) { f.period = QStringLiteral("day"); }}});
        if (report.filters.contains(QStringLiteral("by")))
            vary({{QStringLiteral(" by revenue"), [](ReportFilters &) {}},
                  {QStringLiteral(" by quantity"),
                   [](ReportFilters &f) { f.by = QStringLiteral("quantity"); }}});
        if (!report.needsOneOf.isEmpty()) {
            QList<std::pair<QString, std::function<void(ReportFilters &)>>> subjects;
            if (report.needsOneOf.contains(QStringLiteral("product")))
                subjects.append({QStringLiteral(" of SKU-00001"),
                                 [](ReportFilters &f) { f.product = QStringLiteral("SKU-00001"); }});
            if (report.needsOneOf.contains(QStringLiteral("warehouse")))
                subjects.append({QStringLiteral(" of MAIN"),
                                 [](ReportFilters &f) { f.warehouse = QStringLiteral("MAIN"); }});
            vary(subjects);
        }
        for (const Variant &v : std::as_const(variants)) {
            all.append({report.name + v.label + (dated ? QStringLiteral(", year to date") : QString()),
                        report.name, v.filters});
            if (dated && v.filters.warehouse == QLatin1String("MAIN")) {
                ReportFilters month = v.filters;
                month.from = month.to.addDays(-30);
                all.append({report.name + v.label + QStringLiteral(", last 31 days"), report.name, month});
            }
        }
    }
    return all;
}

// One run as the Reports page does it: a fresh read-only connection.
double runReport(const CompanySession &company, const Case &c, qsizetype *rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    auto db = storage::Database::open(company.path(), company.databaseKey(),
                                      storage::Database::Mode::ReadOnly);
    if (!db.ok()) {
        *error = db.error().message;
        return -1;
    }
    CompanySession worker(std::move(db).value(), SecretBytes::copyOf(company.databaseKey().bytes()),
                          company.session());
    auto table = ReportService(worker).run(c.report, c.filters);
    if (!table.ok()) {
        *error = table.error().message;
        return -1;
    }
    *rows = table->rows.size();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A fresh read-only connection through the C API, with the same key and
// pragmas as the driver; null (and *error set) when it cannot open.
sqlite3 *openRaw(const CompanySession &company, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(company.path()).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("cannot open the company file");
        sqlite3_close(db);
        return nullptr;
    }
    static const char Hex[] = "0123456789abcdef";
    const SecretBytes &dek = company.databaseKey();
    SecretBytes text(3 + 2 * dek.size());
    text.data()[0] = 'x';
    text.data()[1] = '\'';
    for (std::size_t i = 0; i < dek.size(); ++i) {
        text.data()[2 + 2 * i] = std::uint8_t(Hex[dek.data()[i] >> 4]);
        text.data()[3 + 2 * i] = std::uint8_t(Hex[dek.data()[i] & 0xf]);
    }
    text.data()[text.size() - 1] = '\'';
    sqlite3_key_v2(db, "main", text.data(), int(text.size()));
    sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    return db;
}

// Steps a statement to its end, calling onRow for each row; false (and
// *error set) on a failure. Finalizes the statement and closes db.
bool stepAll(sqlite3 *db, sqlite3_stmt *stmt, const std::function<void(sqlite3_stmt *)> &onRow,
             QString *error)
{
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        onRow(stmt);
    sqlite3_finalize(stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return nullptr;
    }
    return stmt;
}

// The storage limit: one pass over every sales line through the C API, on a
// fresh connection with the same key and pragmas as the driver.
double rawLineScan(const CompanySession &company, qint64 *lines, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = openRaw(company, error);
    if (!db)
        return -1;
    // Every line's quantity and net read once, summed: no grouping, no join.
    sqlite3_stmt *stmt = prepare(db, "SELECT COUNT(*), SUM(quantity), SUM(line_net) FROM invoice_items",
                                 error);
    if (!stmt)
        return -1;
    if (!stepAll(
            db, stmt, [lines](sqlite3_stmt *s) { *lines = sqlite3_column_int64(s, 0); }, error))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// The storage limit of the movements report: the same rows of one warehouse
// and period read through the C API on a fresh connection, every column
// fetched once (texts as UTF-8, no copy) and nothing kept.
double rawMovementScan(const CompanySession &company, const Case &c, qint64 *rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = openRaw(company, error);
    if (!db)
        return -1;
    sqlite3_stmt *stmt = prepare(
        db,
        "SELECT m.created_at, m.type, m.reference, m.product_id, m.warehouse_id, m.quantity "
        "FROM stock_movements m WHERE m.warehouse_id = (SELECT id FROM warehouses WHERE code = ?1) "
        "AND m.created_at >= ?2 AND m.created_at < ?3 ORDER BY m.created_at, m.id",
        error);
    if (!stmt)
        return -1;
    const QByteArray code = c.filters.warehouse.toUtf8();
    const QByteArray from = c.filters.from.toString(Qt::ISODate).toUtf8();
    const QByteArray to = c.filters.to.addDays(1).toString(Qt::ISODate).toUtf8();
    sqlite3_bind_text(stmt, 1, code.constData(), int(code.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 3, to.constData(), int(to.size()), SQLITE_STATIC);
    qint64 count = 0;
    qint64 bytes = 0;
    const bool ok = stepAll(
        db, stmt,
        [&](sqlite3_stmt *s) {
            ++count;
            for (int i = 0; i < 3; ++i) {
                sqlite3_column_text(s, i);
                bytes += sqlite3_column_bytes(s, i);
            }
            for (int i = 3; i < 6; ++i)
                bytes += sqlite3_column_int64(s, i) & 1;
        },
        error);
    if (!ok)
        return -1;
    *rows = count + (bytes < 0); // bytes read so that the compiler keeps the fetches
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times every report on an existing company; the password "
                                                    "is read from the first line of standard input."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The company file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("A user with report.view."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs per report."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only the reports whose label starts with TEXT."),
                                        QStringLiteral("TEXT"));
    parser.addOptions({dbOption, userOption, roundsOption, onlyOption});
    parser.process(app);
    bool roundsOk = false;
    const int rounds = parser.value(roundsOption).toInt(&roundsOk);
    if (!parser.isSet(dbOption) || !parser.isSet(userOption) || !roundsOk || rounds < 1) {
        out() << "usage: stockbook-bench-reports --db PATH --user NAME [--rounds R] [--only TEXT] < password"
              << Qt::endl;
        return 2;
    }
    auto signedIn = CompanyService::signIn(parser.value(dbOption), parser.value(userOption),
                                           readPasswordLine());
    if (!signedIn.ok()) {
        out() << "sign-in failed: " << signedIn.error().message << Qt::endl;
        return 1;
    }
    const CompanySession &company = *signedIn.value();

    double topProducts = 0;
    double movementsMs = 0;
    const Case *movementsCase = nullptr;
    double slowest = 0;
    QString slowestLabel;
    const QList<Case> all = cases();
    for (const Case &c : all) {
        if (!c.label.startsWith(parser.value(onlyOption)))
            continue;
        std::vector<double> times;
        qsizetype rows = 0;
        for (int r = 0; r < rounds; ++r) {
            QString error;
            const double ms = runReport(company, c, &rows, &error);
            if (ms < 0) {
                out() << c.label << " failed: " << error << Qt::endl;
                return 1;
            }
            times.push_back(ms);
        }
        const double m = median(times);
        out() << "report " << c.label << ": " << QString::number(m, 'f', 0) << " ms (" << rows << " rows)"
              << Qt::endl;
        if (c.label.startsWith(QLatin1String("top-products by revenue")))
            topProducts = m;
        if (c.label == QLatin1String("movements of MAIN, year to date")) {
            movementsMs = m;
            movementsCase = &c;
        }
        if (m > slowest) {
            slowest = m;
            slowestLabel = c.label;
        }
    }
    std::vector<double> raw;
    qint64 lines = 0;
    for (int r = 0; r < rounds; ++r) {
        QString error;
        const double ms = rawLineScan(company, &lines, &error);
        if (ms < 0) {
            out() << "raw scan failed: " << error << Qt::endl;
            return 1;
        }
        raw.push_back(ms);
    }
    const double rawMs = median(raw);
    out() << "raw pass over " << lines << " invoice lines: " << QString::number(rawMs, 'f', 0) << " ms"
          << Qt::endl;
    if (movementsMs > 0) {
        std::vector<double> rawMovements;
        qint64 movementRows = 0;
        for (int r = 0; r < rounds; ++r) {
            QString error;
            const double ms = rawMovementScan(company, *movementsCase, &movementRows, &error);
            if (ms < 0) {
                out() << "raw movement scan failed: " << error << Qt::endl;
                return 1;
            }
            rawMovements.push_back(ms);
        }
        const double rawMovementsMs = median(rawMovements);
        out() << "raw pass over " << movementRows << " " << movementsCase->label << ": "
              << QString::number(rawMovementsMs, 'f', 0) << " ms" << Qt::endl;
        out() << "movements ratio (report / raw pass): "
              << QString::number(movementsMs / rawMovementsMs, 'f', 2) << Qt::endl;
    }
    out() << "slowest report: " << slowestLabel << " " << QString::number(slowest, 'f', 0) << " ms"
          << Qt::endl;
    out() << "peak memory: " << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    out() << "ratio: " << QString::number(topProducts / rawMs, 'f', 2) << Qt::endl;
    return 0;
}

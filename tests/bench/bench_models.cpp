// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-bench-models [--invoices N]
//
// Fills a new encrypted company with N invoices (default 1,000,000) in one
// transaction of plain SQL, then measures what a user waits for: opening the
// invoice list (permission check and COUNT(*)), jumping to its last row, and
// the filtered total. Prints figures; it is not a test.

#include "BenchSupport.h"
#include "models/InvoiceListModel.h"
#include "security/keys/Kdf.h"
#include "services/accounts/CompanyService.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace stockbook;
using namespace stockbook::bench;

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

bool fill(CompanySession &company, qint64 invoices)
{
    storage::Transaction tx(company.database());
    if (!tx.begin().ok())
        return false;
    const QString now = QStringLiteral("2026-11-28T10:00:00.000Z");
    QSqlQuery q(company.database().connection());
    // 1,000 customers; invoice x goes to customer x mod 1000 + 1, is dated
    // 2020-01-01 + (x mod 2500) days and totals x mod 100000 cents.
    if (!run(q,
             QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
                            "INSERT INTO customers (id, name, created_at, updated_at) "
                            "SELECT x, printf('Customer %04d', x), ?, ? FROM n"),
             {now, now})
        || !run(q,
                QStringLiteral(
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?) "
                    "INSERT INTO invoices (id, type, status, invoice_number, customer_id, warehouse_id, "
                    "issue_date, total_amount, created_by, created_at, updated_at) "
                    "SELECT x, 'sale', 'posted', printf('INV-%07d', x), x % 1000 + 1, 1, "
                    "date('2020-01-01', '+' || (x % 2500) || ' days'), x % 100000, ?, ?, ? FROM n"),
                {invoices, company.session().userId(), now, now})) {
        out() << "fill failed: " << q.lastError().text() << Qt::endl;
        return false;
    }
    q.finish();
    return tx.commit().ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption invoicesOption(QStringLiteral("invoices"), QStringLiteral("Invoices to create."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(invoicesOption);
    parser.process(app);
    bool valid = false;
    const qint64 invoices = parser.value(invoicesOption).toLongLong(&valid);
    if (!valid || invoices < 1) {
        out() << "--invoices needs a positive number" << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    security::ScopedKdfCostForTesting cheapKdf;
    static constexpr char password[] = "correct horse battery staple 1";
    auto created = CompanyService::create(
        dir.filePath(QStringLiteral("bench.stockbook")), QStringLiteral("Bench"), QStringLiteral("anna"),
        SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(password), sizeof password - 1}));
    if (!created.ok()) {
        out() << "create failed: " << created.error().message << Qt::endl;
        return 1;
    }
    CompanySession &company = *created->company;

    QElapsedTimer timer;
    timer.start();
    if (!fill(company, invoices))
        return 1;
    out() << "filled " << invoices << " invoices: " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    InvoiceListModel model(company);
    const int rows = model.rowCount();
    const qint64 openMs = timer.elapsed();
    if (model.lastError() || rows != invoices) {
        out() << "open failed: "
              << (model.lastError() ? model.lastError()->message : QStringLiteral("row count")) << Qt::endl;
        return 1;
    }
    out() << "invoice list open: " << openMs << " ms (" << rows << " rows)" << Qt::endl;

    timer.restart();
    const QString lastNumber = model.data(model.index(rows - 1, InvoiceListModel::Number)).toString();
    const qint64 jumpMs = timer.elapsed();
    out() << "jump to last row: " << jumpMs << " ms (" << lastNumber << ")" << Qt::endl;
    out() << "open + jump: " << openMs + jumpMs << " ms" << Qt::endl;

    timer.restart();
    const QString middleNumber = model.data(model.index(rows / 2, InvoiceListModel::Number)).toString();
    out() << "jump to middle row: " << timer.elapsed() << " ms (" << middleNumber << ")" << Qt::endl;

    timer.restart();
    for (int r = rows / 2; r < std::min(rows, rows / 2 + 2000); ++r)
        (void)model.data(model.index(r, InvoiceListModel::Total));
    out() << "scroll 2000 rows from the middle: " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    const qint64 total = model.filteredTotal();
    out() << "filtered total (all): " << timer.elapsed() << " ms (" << total << ")" << Qt::endl;

    InvoiceListFilter filter;
    filter.numberPrefix = QStringLiteral("inv-00001");
    timer.restart();
    model.setFilter(filter);
    const int found = model.rowCount();
    (void)model.data(model.index(0, 0));
    out() << "number prefix search: " << timer.elapsed() << " ms (" << found << " rows)" << Qt::endl;

    out() << "rows held: " << model.loadedRowCount() << Qt::endl;
    out() << "peak memory: " << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}

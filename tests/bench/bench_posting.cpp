// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-bench [--invoices N] [--rounds R] [--list-invoices M]
// stockbook-bench --server URL [--clients N[,N...]] [--seconds S]
//
// Posts N sale invoices of five lines through InvoiceService::createAndPost
// on an encrypted company, and writes the same rows through the sqlcipher C
// API (RawStorage), in R alternating rounds so disk noise hits both; then
// opens the invoice list over M invoices. Prints figures; the last line is
// "ratio: Z", the services rate over the raw rate. It is not a test.
//
// With --server, the same sale on a PostgreSQL server instead, by several
// clients at once (ServerBench.h): URL reaches the server as a superuser
// (postgresql://postgres@HOST[:PORT]/postgres[?sslmode=...&sslrootcert=...&host=SOCKETDIR];
// its password, if the server asks for one, is the first line of standard
// input). --clients is a comma-separated list of client counts, 1,2,4,8
// when not given; each runs S seconds (default 5) through the services and
// S seconds through libpq. One line "clients: N services: X/s raw: Y/s
// ratio: Z" per count; the last line is "ratio: Z" of the last count.

#include "RawStorage.h"

#include "BenchShop.h"
#include "BenchSupport.h"
#include "ServerBench.h"
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

constexpr char Password[] = "correct horse battery staple 1";

SecretBytes password()
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(Password), sizeof Password - 1});
}

struct ServicesShop {
    std::unique_ptr<CompanySession> company;
    ShopIds ids;
};

Result<ServicesShop> makeShop(const QString &path)
{
    auto created = CompanyService::create(path, QStringLiteral("Bench"), QStringLiteral("anna"), password());
    if (!created.ok())
        return created.error();
    ServicesShop shop;
    shop.company = std::move(created->company);
    auto ids = seedShop(*shop.company);
    if (!ids.ok())
        return ids.error();
    shop.ids = std::move(ids).value();
    return shop;
}

// Posts sales first .. first + count - 1; returns seconds or a negative value.
double postSales(ServicesShop &shop, InvoiceService &invoices, int first, int count, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = first; i < first + count; ++i) {
        auto posted = invoices.createAndPost(benchSale(shop.ids, i));
        if (!posted.ok()) {
            *error = posted.error().message;
            return -1;
        }
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

bool fillList(CompanySession &company, qint64 invoices)
{
    storage::Transaction tx(company.database());
    if (!tx.begin().ok())
        return false;
    const QString now = QStringLiteral("2026-11-28T10:00:00.000Z");
    QSqlQuery q(company.database().connection());
    auto run = [&q](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    if (!run(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
                            "INSERT INTO customers (id, name, created_at, updated_at) "
                            "SELECT x, printf('Customer %04d', x), ?, ? FROM n"),
             {now, now})
        || !run(QStringLiteral(
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
    const QCommandLineOption invoicesOption(QStringLiteral("invoices"), QStringLiteral("Sales to post."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Alternating rounds."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption listOption(QStringLiteral("list-invoices"),
                                        QStringLiteral("Invoices behind the invoice list."),
                                        QStringLiteral("M"), QStringLiteral("200000"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "Benchmark a PostgreSQL server instead, reached as a superuser: "
            "postgresql://postgres@HOST[:PORT]/postgres[?sslmode=..&sslrootcert=..&host=SOCKETDIR]. "
            "The superuser's password, when asked for, is read from standard input."),
        QStringLiteral("URL"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("With --server: client counts separated by commas (default 1,2,4,8)."),
        QStringLiteral("N"), QStringLiteral("1,2,4,8"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"),
        QStringLiteral("With --server: seconds each run of N clients lasts, through the services and then "
                       "through libpq (default 5)."),
        QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({invoicesOption, roundsOption, listOption, serverOption, clientsOption, secondsOption});
    parser.process(app);
    if (parser.isSet(serverOption)) {
        QList<int> clients;
        bool good = true;
        for (const QString &part : parser.value(clientsOption).split(u',')) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            good = good && ok && n >= 1 && n <= 64;
            clients << n;
        }
        bool okSeconds = false;
        const double seconds = parser.value(secondsOption).toDouble(&okSeconds);
        if (!good || !okSeconds || seconds <= 0) {
            out() << "--clients needs numbers from 1 to 64 separated by commas (e.g. 1,2,4,8), --seconds a "
                     "positive number"
                  << Qt::endl;
            return 2;
        }
        security::ScopedKdfCostForTesting cheapKdf;
        return bench::runServerBench(parser.value(serverOption), clients, seconds);
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const int invoices = parser.value(invoicesOption).toInt(&ok1);
    const int rounds = parser.value(roundsOption).toInt(&ok2);
    const qint64 listInvoices = parser.value(listOption).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || invoices < 1 || rounds < 1 || listInvoices < 1) {
        out() << "--invoices, --rounds and --list-invoices need positive numbers" << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    security::ScopedKdfCostForTesting cheapKdf;
    auto shop = makeShop(dir.filePath(QStringLiteral("services.stockbook")));
    if (!shop.ok()) {
        out() << "setup failed: " << shop.error().message << Qt::endl;
        return 1;
    }
    InvoiceService invoiceService(*shop->company);

    double servicesSeconds = 0, rawSeconds = 0;
    int servicesDone = 0, rawDone = 0;
    for (int r = 0; r < rounds; ++r) {
        const int count = invoices / rounds + (r < invoices % rounds ? 1 : 0);
        // Alternate which goes first, so neither always runs on a warm cache.
        for (int half = 0; half < 2; ++half) {
            if ((half == 0) == (r % 2 == 0)) {
                QString error;
                const double s = postSales(shop.value(), invoiceService, servicesDone, count, &error);
                if (s < 0) {
                    out() << "services failed: " << error << Qt::endl;
                    return 1;
                }
                servicesSeconds += s;
                servicesDone += count;
            } else {
                const bench::RawRun raw = bench::runRawStorage(
                    dir.filePath(QStringLiteral("raw-%1.db").arg(r)), count, Products);
                if (!raw.error.isEmpty()) {
                    out() << "raw failed: " << raw.error << Qt::endl;
                    return 1;
                }
                rawSeconds += raw.seconds;
                rawDone += count;
            }
        }
    }
    const double servicesRate = servicesDone / servicesSeconds;
    const double rawRate = rawDone / rawSeconds;
    out() << "services: " << QString::number(servicesRate, 'f', 1) << " invoices/s (" << servicesDone
          << " in " << QString::number(servicesSeconds, 'f', 2) << " s)" << Qt::endl;
    out() << "raw: " << QString::number(rawRate, 'f', 1) << " invoices/s (" << rawDone << " in "
          << QString::number(rawSeconds, 'f', 2) << " s)" << Qt::endl;
    shop->company.reset();

    // The invoice list over many invoices.
    auto listed = CompanyService::create(dir.filePath(QStringLiteral("list.stockbook")),
                                         QStringLiteral("List"), QStringLiteral("anna"), password());
    if (!listed.ok()) {
        out() << "create failed: " << listed.error().message << Qt::endl;
        return 1;
    }
    CompanySession &company = *listed->company;
    if (!fillList(company, listInvoices))
        return 1;
    QElapsedTimer timer;
    timer.start();
    InvoiceListModel model(company);
    const int rows = model.rowCount();
    const qint64 openMs = timer.elapsed();
    if (model.lastError() || rows != listInvoices) {
        out() << "open failed" << Qt::endl;
        return 1;
    }
    out() << "invoice list open: " << openMs << " ms (" << rows << " rows)" << Qt::endl;
    timer.restart();
    const QString last = model.data(model.index(rows - 1, InvoiceListModel::Number)).toString();
    out() << "jump to last row: " << timer.elapsed() << " ms (" << last << ")" << Qt::endl;
    out() << "peak memory: " << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    out() << "ratio: " << QString::number(servicesRate / rawRate, 'f', 2) << Qt::endl;
    return 0;
}

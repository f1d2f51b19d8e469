// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-bench [--invoices N] [--rounds R] [--list-invoices M]
//
// Posts N sale invoices of five lines through InvoiceService::createAndPost
// on an encrypted company, and writes the same rows through the sqlcipher C
// API (RawStorage), in R alternating rounds so disk noise hits both; then
// opens the invoice list over M invoices. Prints figures; the last line is
// "ratio: Z", the services rate over the raw rate. It is not a test.

#include "RawStorage.h"

#include "BenchSupport.h"
#include "models/InvoiceListModel.h"
#include "security/keys/Kdf.h"
#include "services/accounts/CompanyService.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
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

constexpr int Products = 100;
constexpr int LinesPerSale = 5;
constexpr char Password[] = "correct horse battery staple 1";

SecretBytes password()
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(Password), sizeof Password - 1});
}

struct ServicesShop {
    std::unique_ptr<CompanySession> company;
    qint64 customer = 0;
    QList<qint64> products;
};

Result<ServicesShop> makeShop(const QString &path)
{
    auto created = CompanyService::create(path, QStringLiteral("Bench"), QStringLiteral("anna"), password());
    if (!created.ok())
        return created.error();
    ServicesShop shop;
    shop.company = std::move(created->company);
    PartnerInput customer;
    customer.name = QStringLiteral("Bench customer");
    auto c = PartnerService(*shop.company).create(PartnerKind::Customer, customer);
    if (!c.ok())
        return c.error();
    shop.customer = c.value();
    PartnerInput supplier;
    supplier.name = QStringLiteral("Bench supplier");
    auto s = PartnerService(*shop.company).create(PartnerKind::Supplier, supplier);
    if (!s.ok())
        return s.error();
    CatalogService catalog(*shop.company);
    InvoiceDraft purchase;
    purchase.type = InvoiceType::Purchase;
    purchase.partnerId = s.value();
    purchase.warehouseId = 1;
    for (int p = 1; p <= Products; ++p) {
        ProductInput in;
        in.sku = QStringLiteral("SKU-%1").arg(p);
        in.name = QStringLiteral("Product %1").arg(p);
        in.price = 1999;
        auto id = catalog.createProduct(in);
        if (!id.ok())
            return id.error();
        shop.products.append(id.value());
        InvoiceLineInput line;
        line.productId = id.value();
        line.quantity = 1'000'000'000; // a million units
        line.unitPrice = 1000;
        purchase.lines.append(line);
    }
    auto bought = InvoiceService(*shop.company).createAndPost(purchase);
    if (!bought.ok())
        return bought.error();
    return shop;
}

// Posts sales first .. first + count - 1; returns seconds or a negative value.
double postSales(ServicesShop &shop, InvoiceService &invoices, int first, int count, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = first; i < first + count; ++i) {
        InvoiceDraft sale;
        sale.type = InvoiceType::Sale;
        sale.partnerId = shop.customer;
        sale.warehouseId = 1;
        for (int line = 0; line < LinesPerSale; ++line) {
            InvoiceLineInput l;
            l.productId = shop.products.at((i * LinesPerSale + line) % Products);
            l.quantity = 1000;
            sale.lines.append(l);
        }
        auto posted = invoices.createAndPost(sale);
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
    parser.addOptions({invoicesOption, roundsOption, listOption});
    parser.process(app);
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

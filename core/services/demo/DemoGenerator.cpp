// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/demo/DemoGenerator.h"

#include "Tr.h"
#include "domain/Money.h"
#include "security/PasswordPolicy.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/maintenance/MigrationService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/stock/WarehouseService.h"
#include "storage/server/ServerSetup.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <random>
#include <vector>

namespace stockbook {

using security::PasswordPolicy;

namespace {

struct Plan {
    int products = 0;
    int customers = 0;
    int suppliers = 0;
    int sales = 0;
};

Plan planFor(DemoSize size)
{
    if (size == DemoSize::Large)
        return {10000, 1000, 100, 200000};
    return {300, 60, 12, 2000};
}

// The demo's users, each a login of the same name on a server.
const QStringList LoginNames{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("clerk")};

const char *const CategoryNames[] = {"Beverages", "Bakery",   "Dairy",      "Fruit and vegetables",
                                     "Household", "Hardware", "Stationery", "Garden"};
const char *const Adjectives[] = {"Classic", "Organic", "Fresh", "Premium", "Everyday", "Large",
                                  "Small",   "Family",  "Eco",   "Deluxe",  "Mini",     "Strong"};
const char *const Nouns[] = {"Coffee", "Tea",    "Bread",    "Milk",      "Cheese",   "Apples",
                             "Soap",   "Hammer", "Notebook", "Seeds",     "Juice",    "Butter",
                             "Pasta",  "Rice",   "Candles",  "Tape",      "Pens",     "Gloves",
                             "Rope",   "Flour",  "Honey",    "Olive oil", "Potatoes", "Batteries"};
const char *const FirstNames[] = {"Anna", "Ben",   "Clara", "David", "Emma", "Felix", "Greta", "Hugo",
                                  "Ida",  "Jonas", "Klara", "Leo",   "Mia",  "Noah",  "Olga",  "Paul"};
const char *const LastNames[] = {"Weber",   "Martin", "Schmidt", "Dubois",  "Keller", "Laurent",
                                 "Fischer", "Moreau", "Wagner",  "Bernard", "Becker", "Petit"};

template <typename T, std::size_t N>
QString pick(const T (&items)[N], std::mt19937 &rng)
{
    return QString::fromUtf8(items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)]);
}

struct DemoProduct {
    qint64 id = 0;
    bool weighed = false;
};

struct SaleLinePlan {
    int product = 0;
    qint64 quantity = 0;
};

struct SalePlan {
    QDate date;
    int customer = 0;
    std::size_t firstLine = 0;
    int lineCount = 0;
};

class Builder {
public:
    Builder(CompanySession &company, const DemoProgress &progress) : m_company(company), m_progress(progress)
    { }

    Result<void> step(const QString &stage, qint64 done, qint64 total)
    {
        if (m_progress && !m_progress(stage, done, total))
            return makeError(ErrorCode::InvalidState, Tr::tr("The demo company was cancelled."));
        return {};
    }

    Result<void> actAs(qint64 userId)
    {
        auto session = AccountStore(m_company.database()).sessionFor(userId, systemClock());
        if (!session.ok())
            return session.error();
        m_company.setSession(std::move(session).value());
        return {};
    }

    CompanySession &company() { return m_company; }

private:
    CompanySession &m_company;
    DemoProgress m_progress;
};

#define DEMO_TRY(expr)                                                                                       \
    do {                                                                                                     \
        if (auto demo_result_ = (expr); !demo_result_.ok())                                                  \
            return demo_result_.error();                                                                     \
    } while (false)

Result<DemoSummary> build(const QString &path, DemoSize size, const DemoProgress &progress)
{
    const Plan plan = planFor(size);
    std::mt19937 rng(20261129);
    DemoSummary summary;

    SecretBytes adminPassword = PasswordPolicy::generateTemporary();
    auto created = CompanyService::create(path, QStringLiteral("Corner Shop (demo)"), QStringLiteral("admin"),
                                          adminPassword);
    if (!created.ok())
        return created.error();
    CompanySession &company = *created->company;
    summary.recoveryKey = std::move(created->recoveryKey);
    DEMO_TRY(company.database().setBulkLoad(true));
    Builder b(company, progress);
    const qint64 adminId = company.session().userId();
    summary.logins.push_back(
        DemoLogin{QStringLiteral("admin"), QStringLiteral("admin"), std::move(adminPassword)});

    // Users: made by the admin, then each replaces the temporary password as
    // a user would at first sign-in.
    QMap<QString, qint64> ids{{QStringLiteral("admin"), adminId}};
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("clerk")}) {
        DEMO_TRY(b.actAs(adminId));
        auto temporary = UsersService(company).create(
            {role, role, QString(), QStringLiteral("Demo %1").arg(role)});
        if (!temporary.ok())
            return temporary.error();
        auto row = AccountStore(company.database()).userByName(role);
        if (!row.ok())
            return row.error();
        ids.insert(role, row->id);
        DEMO_TRY(b.actAs(row->id));
        SecretBytes password = PasswordPolicy::generateTemporary();
        DEMO_TRY(UsersService(company).changeOwnPassword(temporary.value(), password));
        summary.logins.push_back(DemoLogin{role, role, std::move(password)});
    }

    // Catalog and partners, as the manager.
    DEMO_TRY(b.actAs(ids.value(QStringLiteral("manager"))));
    DEMO_TRY(b.step(Tr::tr("warehouses and categories"), 0, 1));
    DEMO_TRY(WarehouseService(company).create(QStringLiteral("BACK"), QStringLiteral("Back store")));
    CatalogService catalog(company);
    QList<qint64> categories;
    for (const char *name : CategoryNames) {
        auto id = catalog.createCategory(QString::fromUtf8(name));
        if (!id.ok())
            return id.error();
        categories.append(id.value());
    }
    auto rates = catalog.taxRates();
    if (!rates.ok())
        return rates.error();

    PartnerService partners(company);
    QList<qint64> suppliers;
    for (int i = 0; i < plan.suppliers; ++i) {
        PartnerInput s;
        s.name = QStringLiteral("%1 %2 Wholesale").arg(pick(LastNames, rng)).arg(i + 1);
        s.email = QStringLiteral("orders%1@supplier%2.example").arg(i + 1).arg(i % 7 + 1);
        s.phone = QStringLiteral("+49 30 %1").arg(5550000 + i);
        s.address = QStringLiteral("Industriestrasse %1, Berlin").arg(i + 1);
        s.paymentTermsDays = 30;
        auto id = partners.create(PartnerKind::Supplier, s);
        if (!id.ok())
            return id.error();
        suppliers.append(id.value());
    }
    summary.suppliers = suppliers.size();

    QList<qint64> customers;
    for (int i = 0; i < plan.customers; ++i) {
        if (i % 200 == 0)
            DEMO_TRY(b.step(Tr::tr("customers"), i, plan.customers));
        PartnerInput c;
        c.name = QStringLiteral("%1 %2").arg(pick(FirstNames, rng), pick(LastNames, rng));
        if (i % 4 != 3)
            c.email = QStringLiteral("customer%1@mail.example").arg(i + 1);
        c.phone = QStringLiteral("+49 170 %1").arg(1000000 + i * 7);
        c.address = QStringLiteral("Hauptstrasse %1, Potsdam").arg(i % 180 + 1);
        c.paymentTermsDays = (i % 3 == 0) ? 30 : 14;
        auto id = partners.create(PartnerKind::Customer, c);
        if (!id.ok())
            return id.error();
        customers.append(id.value());
    }
    summary.customers = customers.size();

    std::vector<DemoProduct> products;
    products.reserve(static_cast<std::size_t>(plan.products));
    for (int i = 0; i < plan.products; ++i) {
        if (i % 500 == 0)
            DEMO_TRY(b.step(Tr::tr("products"), i, plan.products));
        ProductInput p;
        p.sku = QStringLiteral("SKU-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        p.barcode = QStringLiteral("400%1").arg(1000000000LL + i * 13LL);
        p.name = QStringLiteral("%1 %2 %3").arg(pick(Adjectives, rng), pick(Nouns, rng)).arg(i + 1);
        p.categoryId = categories.at(i % categories.size());
        p.supplierId = suppliers.at(i % suppliers.size());
        const bool weighed = i % 10 == 4;
        p.unit = weighed ? QStringLiteral("kg")
                         : (i % 25 == 7 ? QStringLiteral("metre") : QStringLiteral("piece"));
        p.price = std::uniform_int_distribution<qint64>(99, 19999)(rng);
        p.taxRateId = rates->at(i % 5 == 1 && rates->size() > 1 ? 1 : 0).id;
        p.reorderLevel = 10 * QuantityScale;
        auto id = catalog.createProduct(p);
        if (!id.ok())
            return id.error();
        products.push_back({id.value(), weighed});
    }
    summary.products = static_cast<qint64>(products.size());

    // The sales of the last twelve months, planned first so the purchases
    // can bring in what they will need.
    const QDate today = company.today();
    std::vector<SaleLinePlan> lines;
    std::vector<SalePlan> sales;
    lines.reserve(static_cast<std::size_t>(plan.sales) * 5);
    sales.reserve(static_cast<std::size_t>(plan.sales));
    for (int i = 0; i < plan.sales; ++i) {
        SalePlan sale;
        sale.date = today.addDays(-std::uniform_int_distribution<int>(0, 364)(rng));
        sale.customer = std::uniform_int_distribution<int>(0, static_cast<int>(customers.size()) - 1)(rng);
        sale.firstLine = lines.size();
        sale.lineCount = std::uniform_int_distribution<int>(1, 9)(rng);
        std::vector<int> used;
        for (int l = 0; l < sale.lineCount; ++l) {
            int product = 0;
            do {
                product = std::uniform_int_distribution<int>(0, static_cast<int>(products.size()) - 1)(rng);
            } while (std::find(used.begin(), used.end(), product) != used.end());
            used.push_back(product);
            const qint64 quantity = products[static_cast<std::size_t>(product)].weighed
                ? std::uniform_int_distribution<qint64>(1, 8)(rng) * 250
                : std::uniform_int_distribution<qint64>(1, 3)(rng) * QuantityScale;
            lines.push_back({product, quantity});
        }
        sales.push_back(sale);
    }
    std::stable_sort(sales.begin(), sales.end(),
                     [](const SalePlan &x, const SalePlan &y) { return x.date < y.date; });

    // Purchases as a shop makes them, month by month: the first a year ago
    // brings every product's margin and what the sales of the rest of that
    // month need; then one round on the first of each later month with sales
    // brings what that month's sales need. The purchases report of any period
    // (this year's too) then has rows. The margins leave a few products at or
    // below their reorder level so the low-stock list has rows.
    InvoiceService invoices(company);
    DEMO_TRY(b.actAs(ids.value(QStringLiteral("clerk"))));
    const QDate purchaseDate = today.addDays(-365);
    const auto roundOf = [&purchaseDate](const QDate &day) {
        const QDate month(day.year(), day.month(), 1);
        return month < purchaseDate ? purchaseDate : month;
    };
    // The rounds in date order, each with what its month's sales need.
    std::vector<QDate> rounds{purchaseDate};
    std::vector<std::vector<qint64>> roundNeeds(1, std::vector<qint64>(products.size(), 0));
    std::vector<std::size_t> roundOfSale(sales.size(), 0);
    for (std::size_t i = 0; i < sales.size(); ++i) {
        const QDate round = roundOf(sales[i].date);
        if (round != rounds.back()) {
            rounds.push_back(round);
            roundNeeds.emplace_back(products.size(), 0);
        }
        roundOfSale[i] = rounds.size() - 1;
        for (int l = 0; l < sales[i].lineCount; ++l) {
            const SaleLinePlan &planned = lines[sales[i].firstLine + static_cast<std::size_t>(l)];
            roundNeeds.back()[static_cast<std::size_t>(planned.product)] += planned.quantity;
        }
    }
    for (std::size_t k = 0; k < products.size(); ++k)
        roundNeeds.front()[k] += (k % 17 == 3)
            ? 2 * QuantityScale
            : std::uniform_int_distribution<qint64>(15, 60)(rng) * QuantityScale;
    // Stock moves when each invoice would have been posted, not all today:
    // each round's purchases at eight in the morning of its day, each day's
    // sales a minute apart from nine. The movements report of any period
    // then shows that period's movements.
    QDateTime postedAt(purchaseDate, QTime(8, 0), Qt::UTC);
    company.setClock([&postedAt] { return postedAt; });
    constexpr int PurchaseLines = 20;
    const qint64 mainWarehouse = 1;
    int purchaseNumber = 0;
    const auto restock = [&](std::size_t round) -> Result<void> {
        postedAt = QDateTime(rounds[round], QTime(8, 0), Qt::UTC);
        const std::vector<qint64> &need = roundNeeds[round];
        std::vector<std::size_t> bought;
        for (std::size_t k = 0; k < products.size(); ++k)
            if (need[k] > 0)
                bought.push_back(k);
        for (std::size_t first = 0; first < bought.size(); first += PurchaseLines) {
            if (round == 0 && (first / PurchaseLines) % 25 == 0)
                DEMO_TRY(b.step(Tr::tr("purchases"), static_cast<qint64>(first),
                                static_cast<qint64>(bought.size())));
            InvoiceDraft draft;
            draft.type = InvoiceType::Purchase;
            draft.partnerId = suppliers.at(purchaseNumber % suppliers.size());
            draft.warehouseId = mainWarehouse;
            draft.issueDate = rounds[round];
            draft.supplierReference = QStringLiteral("PO-%1").arg(++purchaseNumber);
            for (std::size_t j = first; j < std::min(bought.size(), first + PurchaseLines); ++j) {
                InvoiceLineInput line;
                line.productId = products[bought[j]].id;
                line.quantity = need[bought[j]];
                line.unitPrice = std::uniform_int_distribution<qint64>(50, 9000)(rng);
                draft.lines.append(line);
            }
            auto posted = invoices.createAndPost(draft);
            if (!posted.ok())
                return posted.error();
            ++summary.purchases;
        }
        return {};
    };
    DEMO_TRY(restock(0));
    std::size_t restocked = 0;

    // Sales by the clerk, in date order so numbers follow the dates; most
    // older ones are paid, some partly; a few are voided or credited by the
    // manager.
    PaymentService payments(company);
    int saleOfDay = 0;
    std::uniform_int_distribution<int> percent(0, 99);
    for (std::size_t i = 0; i < sales.size(); ++i) {
        if (i % 1000 == 0)
            DEMO_TRY(b.step(Tr::tr("sales"), static_cast<qint64>(i), static_cast<qint64>(sales.size())));
        const SalePlan &sale = sales[i];
        if (roundOfSale[i] != restocked) {
            restocked = roundOfSale[i];
            DEMO_TRY(restock(restocked));
        }
        saleOfDay = (i > 0 && sales[i - 1].date == sale.date) ? saleOfDay + 1 : 0;
        postedAt = QDateTime(sale.date, QTime(9, 0).addSecs(std::min(saleOfDay * 60, 14 * 3600)), Qt::UTC);
        InvoiceDraft draft;
        draft.type = InvoiceType::Sale;
        draft.partnerId = customers.at(sale.customer);
        draft.warehouseId = mainWarehouse;
        draft.issueDate = sale.date;
        for (int l = 0; l < sale.lineCount; ++l) {
            const SaleLinePlan &planned = lines[sale.firstLine + static_cast<std::size_t>(l)];
            InvoiceLineInput line;
            line.productId = products[static_cast<std::size_t>(planned.product)].id;
            line.quantity = planned.quantity;
            if (percent(rng) < 10)
                line.discountBp = 500;
            draft.lines.append(line);
        }
        auto posted = invoices.createAndPost(draft);
        if (!posted.ok())
            return posted.error();
        ++summary.sales;
        summary.saleLines += sale.lineCount;
        const qint64 age = sale.date.daysTo(today);
        const int roll = percent(rng);
        if (roll == 0) {
            DEMO_TRY(b.actAs(ids.value(QStringLiteral("manager"))));
            auto voided = invoices.voidInvoice(posted->id, QStringLiteral("Entered twice"));
            if (!voided.ok())
                return voided.error();
            ++summary.voids;
            DEMO_TRY(b.actAs(ids.value(QStringLiteral("clerk"))));
            continue;
        }
        if (roll == 1) {
            DEMO_TRY(b.actAs(ids.value(QStringLiteral("manager"))));
            const InvoiceLine &first = posted->lines.constFirst();
            auto credit = invoices.creditNote(posted->id, {{first.lineNo, first.quantity}}, sale.date,
                                              QStringLiteral("Returned by the customer"));
            if (!credit.ok())
                return credit.error();
            ++summary.creditNotes;
            DEMO_TRY(b.actAs(ids.value(QStringLiteral("clerk"))));
        }
        qint64 due = posted->totalAmount;
        if (roll == 1) {
            auto balance = invoices.balance(posted->id);
            if (!balance.ok())
                return balance.error();
            due = balance.value();
        }
        const int payRoll = percent(rng);
        qint64 amount = 0;
        if (age > 45 ? payRoll < 88 : payRoll < 55)
            amount = due;
        else if (payRoll < 93)
            amount = due / 2;
        if (amount > 0) {
            NewPayment payment;
            payment.invoiceId = posted->id;
            payment.amount = amount;
            payment.method = static_cast<PaymentMethod>(percent(rng) % 4);
            payment.paidOn = std::min(today, sale.date.addDays(percent(rng) % 20));
            auto paid = payments.record(payment);
            if (!paid.ok())
                return paid.error();
            ++summary.payments;
        }
    }
    DEMO_TRY(b.step(Tr::tr("sales"), static_cast<qint64>(sales.size()), static_cast<qint64>(sales.size())));

    company.setClock({});
    DEMO_TRY(company.database().setBulkLoad(false));
    DEMO_TRY(b.actAs(adminId));
    return summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::create(const QString &path, DemoSize size, const DemoProgress &progress)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::FileExists,
            Tr::tr("%1 already exists. Choose another file name for the demo company.").arg(path),
            QStringLiteral("path"));
    auto made = build(path, size, progress);
    if (!made.ok())
        CompanyService::removeCompanyFiles(path);
    return made;
}

Result<DemoSummary> DemoGenerator::createOnServer(QSqlDatabase &super, const QString &dbName, DemoSize size,
                                                  const DemoProgress &progress)
{
    using storage::server::ServerSetup;
    if (auto valid = ServerSetup::checkDatabaseName(dbName); !valid.ok())
        return valid.error();
    if (!super.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("Connect to the server as a superuser first."));
    // What the move would refuse, said before the minutes the demo takes.
    const auto taken = [&super](const QString &sql, const QString &name) -> Result<bool> {
        QSqlQuery q(super);
        if (!q.prepare(sql))
            return makeError(ErrorCode::Sql,
                             Tr::tr("The server did not answer: %1").arg(q.lastError().databaseText()));
        q.addBindValue(name);
        if (!q.exec())
            return makeError(ErrorCode::Sql,
                             Tr::tr("The server did not answer: %1").arg(q.lastError().databaseText()));
        return q.next();
    };
    auto database = taken(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), dbName);
    if (!database.ok())
        return database.error();
    if (database.value())
        return makeError(ErrorCode::FileExists,
                         Tr::tr("The database %1 exists on this server already. Choose another name, or "
                                "open that company.")
                             .arg(dbName),
                         QStringLiteral("database"));
    QStringList roles = LoginNames;
    roles << ServerSetup::ownerRole(dbName) << ServerSetup::groupRole(dbName, QStringLiteral("clerk"))
          << ServerSetup::groupRole(dbName, QStringLiteral("manager"))
          << ServerSetup::groupRole(dbName, QStringLiteral("admin"));
    for (const QString &role : roles) {
        auto found = taken(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role);
        if (!found.ok())
            return found.error();
        if (found.value())
            return makeError(ErrorCode::FileExists,
                             Tr::tr("The role %1 exists on this server already. Choose another company "
                                    "database or user name.")
                                 .arg(role),
                             LoginNames.contains(role) ? QStringLiteral("username")
                                                       : QStringLiteral("database"));
    }

    // The file never leaves a folder only this user may open, and goes with it.
    QTemporaryDir folder;
    if (!folder.isValid())
        return makeError(ErrorCode::Io,
                         Tr::tr("A temporary folder could not be made: %1").arg(folder.errorString()));
    const QString path = folder.filePath(QStringLiteral("demo.stockbook"));
    auto made = create(path, size, progress);
    if (!made.ok())
        return made.error();
    DemoSummary summary = std::move(made).value();
    summary.recoveryKey = SecretBytes();

    const DemoLogin &admin = summary.logins.front(); // admin, manager, clerk
    if (progress && !progress(Tr::tr("moving onto the server"), 0, 1))
        return makeError(ErrorCode::InvalidState, Tr::tr("The demo company was cancelled."));
    {
        auto company = CompanyService::signIn(path, admin.username, admin.password);
        if (!company.ok())
            return company.error();
        auto moved = MigrationService::toServer(*company.value(), admin.password, super, dbName);
        if (!moved.ok())
            return moved.error();
    }
    ServerSetup::LoginPasswords passwords;
    for (const DemoLogin &login : summary.logins) {
        if (login.username != admin.username)
            passwords.emplace_back(login.username, std::cref(login.password));
    }
    if (auto given = ServerSetup::setLoginPasswords(super, dbName, passwords); !given.ok()) {
        ServerSetup::removeCompany(super, dbName);
        return given.error();
    }
    if (progress)
        progress(Tr::tr("moving onto the server"), 1, 1);
    return summary;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Several workstations posting at once on one server company: each till is a
// thread with its own sign-in and its own connection (to the server the same
// as a process of its own), selling from the same few products until the
// stock runs out. Afterwards the books are checked in SQL, independently of
// the services: numbers without gaps, levels equal to the ledger, no
// negative stock, every total equal to its lines, every refusal a clean one.
#include "CompanyFixture.h"
#include "InvoiceTestData.h"
#include "SalesBooks.h"
#include "services/invoices/InvoiceService.h"

#include <atomic>
#include <thread>

using namespace stockbook;
using namespace stockbook::test;

namespace {

constexpr int Tills = 8;
constexpr int SalesPerTill = 40;

struct TillResult {
    int posted = 0;
    int refusedForStock = 0;
    QStringList otherErrors; // anything else is a fault
};

} // namespace

TEST_CASE(
    "eight tills posting sales at once keep numbers gapless, stock never below zero and totals equal to "
    "their lines")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres"); // a server company (CompanyFixture.h)
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    // Little stock for what eight tills want: many sales must be refused.
    const QList<qint64> products = {data.product(QStringLiteral("TEA"), 450, 200),
                                    data.product(QStringLiteral("MUG"), 900, 300),
                                    data.product(QStringLiteral("JAM"), 350, 150)};
    for (const qint64 p : products)
        data.stock(p, ShopData::Main, 250'000); // 250 pieces each

    // One clerk per till, each with a password of their own.
    QStringList names;
    QList<QByteArray> passwords;
    for (int i = 0; i < Tills; ++i) {
        const QString name = QStringLiteral("till%1").arg(i + 1);
        auto temporary = UsersService(*tc.company).create({name, QStringLiteral("clerk"), {}, {}});
        REQUIRE_OK(temporary);
        names << name;
        passwords << QByteArray(reinterpret_cast<const char *>(temporary->data()),
                                qsizetype(temporary->size()));
    }

    const QString url = tc.path;
    std::vector<TillResult> results(Tills);
    std::atomic<int> ready{0};
    std::vector<std::thread> tills;
    for (int i = 0; i < Tills; ++i) {
        tills.emplace_back([&, i] {
            TillResult &r = results[i];
            const QByteArray &pw = passwords.at(i);
            auto signedIn = CompanyService::signIn(
                QString(url).replace(QStringLiteral("anna@"), names.at(i) + u'@'), names.at(i),
                SecretBytes::copyOf(
                    {reinterpret_cast<const std::uint8_t *>(pw.constData()), std::size_t(pw.size())}));
            ++ready;
            if (!signedIn.ok()) {
                r.otherErrors << signedIn.error().message;
                return;
            }
            std::unique_ptr<CompanySession> company = std::move(signedIn).value();
            company->session().setMustChangePassword(false);
            while (ready.load() < Tills)
                std::this_thread::yield();
            InvoiceService invoices(*company);
            for (int n = 0; n < SalesPerTill; ++n) {
                InvoiceDraft d;
                d.type = InvoiceType::Sale;
                d.partnerId = alice;
                d.warehouseId = ShopData::Main;
                d.issueDate = QDate(2026, 3, 10);
                // Two products, 1 to 3 pieces each, the pair changing with the till and the sale.
                const qint64 a = products.at((i + n) % 3);
                const qint64 b = products.at((i + n + 1) % 3);
                InvoiceLineInput first;
                first.productId = a;
                first.quantity = 1000 * (1 + (n % 3));
                InvoiceLineInput second;
                second.productId = b;
                second.quantity = 1000 * (1 + ((n + i) % 3));
                d.lines = {first, second};
                auto draft = invoices.createDraft(d);
                if (!draft.ok()) {
                    r.otherErrors << draft.error().message;
                    continue;
                }
                auto posted = invoices.post(draft->id);
                if (posted.ok())
                    ++r.posted;
                else if (posted.error().code == ErrorCode::InsufficientStock)
                    ++r.refusedForStock;
                else
                    r.otherErrors << posted.error().message;
            }
        });
    }
    for (std::thread &t : tills)
        t.join();

    int posted = 0;
    int refused = 0;
    for (const TillResult &r : results) {
        INFO(r.otherErrors.join(QStringLiteral("\n")).toStdString());
        CHECK(r.otherErrors.isEmpty());
        posted += r.posted;
        refused += r.refusedForStock;
    }
    WARN("posted " << posted << ", refused for stock " << refused);
    // 750 pieces in stock, about 3.9 wanted per sale: some sales go, the rest are refused.
    CHECK(posted > 100);
    CHECK(refused > 0);
    CHECK(posted + refused == Tills * SalesPerTill);

    // 750 pieces came in: the opening stock (tests/support/SalesBooks.h).
    checkBooksOfSales(tc.sql(), posted, 750'000);
}

TEST_CASE("postings share the company's write lock with each other, and every other write waits for them")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres"); // a server company (CompanyFixture.h)
    TestCompany tc;
    REQUIRE(tc.cluster);
    auto connect = [&] {
        auto signedIn = CompanyService::signIn(tc.path, QStringLiteral("anna"), TestCompany::password());
        REQUIRE_OK(signedIn);
        return std::move(signedIn).value();
    };
    using Lock = storage::Database::WriteLock;
    std::unique_ptr<CompanySession> first = connect();
    std::unique_ptr<CompanySession> second = connect();
    // A wait longer than this is a refusal (SQLSTATE 55P03), not a hang.
    const auto waitAtMost = [](CompanySession &c) {
        QSqlQuery set(c.database().connection()); // not prepared: a server prepares no SET
        REQUIRE(set.exec(QStringLiteral("SET lock_timeout = '500ms'")));
    };
    waitAtMost(*second);

    REQUIRE_OK(first->database().begin(Lock::Posting));
    // A second posting goes ahead beside the first...
    auto beside = second->database().begin(Lock::Posting);
    CHECK(beside.ok());
    if (beside.ok())
        REQUIRE_OK(second->database().rollback());
    // ...any other write waits until the posting ends.
    CHECK_FALSE(second->database().begin(Lock::Exclusive).ok());
    REQUIRE_OK(first->database().rollback());
    auto after = second->database().begin(Lock::Exclusive);
    CHECK(after.ok());

    // And a posting waits for another write.
    waitAtMost(*first);
    CHECK_FALSE(first->database().begin(Lock::Posting).ok());
    if (after.ok())
        REQUIRE_OK(second->database().rollback());
    auto once = first->database().begin(Lock::Posting);
    CHECK(once.ok());
    if (once.ok())
        REQUIRE_OK(first->database().rollback());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Tills as processes of their own on one server company (stockbook_pg_poster,
// tests/server/pg_poster.cpp), and connections that die in the middle of a
// post: the server's transaction is the unit, so whatever happens to a
// workstation, the books hold. They are checked in SQL as the superuser,
// independently of the services (tests/support/SalesBooks.h).
#include "CompanyFixture.h"
#include "InvoiceTestData.h"
#include "SalesBooks.h"
#include "services/accounts/AuditLog.h"
#include "services/invoices/InvoiceService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <thread>

using namespace stockbook;
using namespace stockbook::test;

namespace {

constexpr int Processes = 8;
constexpr int SalesPerProcess = 250;

SecretBytes secretOf(const QByteArray &text)
{
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(text.constData()), std::size_t(text.size())});
}

QString urlFor(const TestCompany &tc, const QString &user)
{
    return QString(tc.path).replace(QStringLiteral("anna@"), user + u'@');
}

// A clerk who signed in once and set a password of their own (the test's),
// as a till's user would before the first sale.
QByteArray makeClerk(TestCompany &tc, const QString &name)
{
    auto temporary = UsersService(*tc.company).create({name, QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    auto signedIn = CompanyService::signIn(urlFor(tc, name), name, temporary.value());
    REQUIRE_OK(signedIn);
    static int made = 0;
    const QByteArray chosen =
        QStringLiteral("quince jar %1 waits by the north window").arg(++made * 7919).toUtf8();
    REQUIRE_OK(UsersService(*signedIn.value()).changeOwnPassword(temporary.value(), secretOf(chosen)));
    return chosen;
}

struct Till {
    std::unique_ptr<QProcess> process;
    QByteArray output;
    QByteArray errors;

    Till() = default;
    Till(Till &&) = default;
    ~Till()
    {
        // A failed REQUIRE leaves no till running.
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};

// Starts a till: the password goes to its standard input, never to its
// arguments or environment.
std::unique_ptr<QProcess> startTill(const TestCompany &tc, const QString &user, const QByteArray &password,
                                    int sales, int till, qint64 customer, const QList<qint64> &products)
{
    auto process = std::make_unique<QProcess>();
    QStringList args{urlFor(tc, user),          user,
                     QString::number(sales),    QString::number(till),
                     QString::number(customer), QString::number(ShopData::Main)};
    for (const qint64 p : products)
        args << QString::number(p);
    process->start(QStringLiteral(STOCKBOOK_PG_POSTER), args);
    REQUIRE(process->waitForStarted(10000));
    process->write(password + '\n');
    // No event loop here: written now, then the end of input.
    REQUIRE(process->waitForBytesWritten(10000));
    process->closeWriteChannel();
    return process;
}

// The server's view of one login's backend, waiting on a lock inside its
// transaction; 0 when there is none within the time.
qint64 waitingBackend(QSqlDatabase check, const QString &user, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        QSqlQuery q(check);
        q.prepare(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = ? AND wait_event_type = "
                                 "'Lock' AND xact_start IS NOT NULL"));
        q.addBindValue(user);
        REQUIRE(q.exec());
        if (q.next())
            return q.value(0).toLongLong();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return 0;
}

// The rows of the table that the backend's open transaction has changed
// (their committed version names it as the deleter: xmax), as the
// superuser sees them before that transaction ends.
qint64 rowsChangedBy(QSqlDatabase check, qint64 pid, const QString &table)
{
    return sqlScalar(check,
                     QStringLiteral("SELECT count(*) FROM %1 t JOIN pg_stat_activity a ON a.pid = %2 "
                                    "WHERE t.xmax = a.backend_xid")
                         .arg(table)
                         .arg(pid));
}

bool backendGone(QSqlDatabase check, qint64 pid, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        QSqlQuery q(check);
        q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"));
        q.addBindValue(pid);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        if (q.value(0).toLongLong() == 0)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

qint64 postedSales(QSqlDatabase check)
{
    return sqlScalar(
        check, QStringLiteral("SELECT count(*) FROM invoices WHERE type = 'sale' AND status <> 'draft'"));
}

} // namespace

TEST_CASE(
    "eight processes posting 250 sales each against overlapping stock, after which an independent check "
    "finds gapless numbers, levels equal to the ledger, no negative stock, totals equal to lines")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres"); // a server company (CompanyFixture.h)
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    // Eight products, five on every sale: the tills meet on each of them.
    // Four are plentiful; four run short, so that sales are refused from the
    // middle of the run on while others still go.
    QList<qint64> products;
    qint64 stockIn = 0;
    for (int i = 0; i < 8; ++i) {
        products << data.product(QStringLiteral("P%1").arg(i + 1), 400 + 50 * i, 150 + 20 * i);
        const qint64 pieces = i % 2 == 0 ? 10'000 : 1'200;
        data.stock(products.last(), ShopData::Main, pieces * 1000);
        stockIn += pieces * 1000;
    }
    QStringList names;
    QList<QByteArray> passwords;
    for (int i = 0; i < Processes; ++i) {
        names << QStringLiteral("till%1").arg(i + 1);
        passwords << makeClerk(tc, names.last());
    }

    QElapsedTimer wall;
    wall.start();
    std::vector<Till> tills(Processes);
    for (int i = 0; i < Processes; ++i)
        tills[i].process = startTill(tc, names.at(i), passwords.at(i), SalesPerProcess, i, alice, products);
    for (Till &t : tills) {
        const qint64 left = qMax<qint64>(1000, 600'000 - wall.elapsed());
        CHECK(t.process->waitForFinished(int(left)));
        if (t.process->state() != QProcess::NotRunning) {
            t.process->kill();
            t.process->waitForFinished(5000);
        }
        t.output = t.process->readAllStandardOutput();
        t.errors = t.process->readAllStandardError();
    }
    const qint64 seconds = wall.elapsed() / 1000;

    static const QRegularExpression last(QStringLiteral("^posted=(\\d+) refused=(\\d+) failed=(\\d+)$"));
    int posted = 0;
    int refused = 0;
    int failed = 0;
    for (const Till &t : tills) {
        INFO(t.errors.toStdString());
        CHECK(t.process->exitStatus() == QProcess::NormalExit);
        CHECK(t.process->exitCode() == 0);
        const QStringList lines = QString::fromUtf8(t.output).trimmed().split(u'\n');
        const QRegularExpressionMatch m = last.match(lines.last());
        REQUIRE(m.hasMatch());
        const int p = m.captured(1).toInt();
        const int r = m.captured(2).toInt();
        const int f = m.captured(3).toInt();
        CHECK(p + r + f == SalesPerProcess);
        posted += p;
        refused += r;
        failed += f;
    }
    WARN(Processes << " processes: posted " << posted << ", refused for stock " << refused << ", failed "
                   << failed << " in " << seconds << " s");
    CHECK(failed == 0);
    CHECK(posted + refused == Processes * SalesPerProcess);
    // 4 x 1,200 short pieces against some 2,500 wanted of each: both kinds
    // of outcome, many times.
    CHECK(posted > 200);
    CHECK(refused > 200);
    checkBooksOfSales(tc.sql(), posted, stockIn);
}

TEST_CASE("a connection killed mid-post leaves nothing half-written")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    const QList<qint64> products = {data.product(QStringLiteral("TEA"), 450, 200),
                                    data.product(QStringLiteral("MUG"), 900, 300),
                                    data.product(QStringLiteral("JAM"), 350, 150)};
    for (const qint64 p : products)
        data.stock(p, ShopData::Main, 100'000); // 100 pieces each

    InvoiceService invoices(*tc.company);
    const auto draftOf = [&](qint64 pieces) {
        InvoiceDraft d;
        d.type = InvoiceType::Sale;
        d.partnerId = alice;
        d.warehouseId = ShopData::Main;
        d.issueDate = QDate(2026, 3, 10);
        for (const qint64 p : products) {
            InvoiceLineInput line;
            line.productId = p;
            line.quantity = pieces * 1000;
            d.lines << line;
        }
        auto made = invoices.createDraft(d);
        REQUIRE_OK(made);
        return made->id;
    };
    auto first = invoices.post(draftOf(1));
    REQUIRE_OK(first);
    REQUIRE(first->number == QStringLiteral("S-2026-000001"));
    const qint64 draft = draftOf(2);

    QSqlDatabase check = tc.sql();
    const auto levels = [&] {
        QList<qint64> out;
        for (const qint64 p : products)
            out << data.level(p)
                << data.scalar(QStringLiteral("SELECT quantity FROM products WHERE id = ?"), {p});
        return out;
    };
    const QList<qint64> levelsBefore = levels();
    REQUIRE(levelsBefore == QList<qint64>{99'000, 99'000, 99'000, 99'000, 99'000, 99'000});
    const qint64 movementsBefore = sqlScalar(check, QStringLiteral("SELECT count(*) FROM stock_movements"));

    // The superuser makes the post wait inside its transaction: either at
    // the last line, holding that line's level row (the post has taken its
    // number and moved the first two lines), or at the start, holding the
    // company's write lock (Database::begin).
    bool halfway = true;
    SECTION("half-way through its lines")
    {
        halfway = true;
    }
    SECTION("while it waits for the company's write lock")
    {
        halfway = false;
    }
    QSqlDatabase blocker = tc.cluster->superuserConnection(QStringLiteral("shop"));
    REQUIRE(blocker.open());
    REQUIRE(blocker.transaction());
    if (halfway) {
        QSqlQuery hold(blocker);
        REQUIRE(hold.exec(QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = %1 AND "
                                         "warehouse_id = %2 FOR UPDATE")
                              .arg(products.last())
                              .arg(ShopData::Main)));
    }

    const QString cleo = tc.userNames.value(QStringLiteral("clerk"));
    const QByteArray cleoPassword = tc.passwords.value(cleo);
    std::optional<Result<Invoice>> outcome;
    QString signInError;
    std::atomic<bool> signedInFlag{false};
    std::atomic<bool> go{false};
    std::thread till([&] {
        auto signedIn = CompanyService::signIn(urlFor(tc, cleo), cleo, secretOf(cleoPassword));
        if (!signedIn.ok()) {
            signInError = signedIn.error().message;
            signedInFlag = true;
            return;
        }
        signedIn.value()->session().setMustChangePassword(false);
        signedInFlag = true;
        while (!go)
            std::this_thread::yield();
        outcome.emplace(InvoiceService(*signedIn.value()).post(draft));
    });
    // A failed REQUIRE below ends the test with the post let go and joined.
    const auto letGo = qScopeGuard([&] {
        go = true;
        if (blocker.isOpen()) {
            blocker.rollback();
            blocker.close();
        }
        if (till.joinable())
            till.join();
    });
    while (!signedInFlag)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (!signInError.isEmpty()) {
        till.join();
        FAIL(signInError.toStdString());
    }
    if (!halfway) {
        // After the sign-in, which takes the write lock for its audit entry.
        QSqlQuery hold(blocker);
        REQUIRE(hold.exec(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(storage::Database::WriteLockKey)));
    }
    // After the sign-in's own entry: the post adds none.
    const qint64 auditBefore = sqlScalar(check, QStringLiteral("SELECT count(*) FROM audit_logs"));
    go = true;

    const qint64 pid = waitingBackend(check, cleo, 60);
    CHECK(pid != 0);
    if (pid != 0) {
        // Half-way: the number taken, the three lines' products locked
        // (StockLedger::applyAll), the first two lines' levels and products'
        // totals moved, not committed. At the write lock: nothing yet.
        // A row lock waits for the holder's transaction to end.
        CHECK(sqlScalar(
                  check,
                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 AND wait_event = %2")
                      .arg(pid)
                      .arg(halfway ? QStringLiteral("'transactionid'") : QStringLiteral("'advisory'")))
              == 1);
        CHECK(rowsChangedBy(check, pid, QStringLiteral("number_sequences")) == (halfway ? 1 : 0));
        CHECK(rowsChangedBy(check, pid, QStringLiteral("stock_levels")) == (halfway ? 2 : 0));
        CHECK(rowsChangedBy(check, pid, QStringLiteral("products")) == (halfway ? 3 : 0));
        CHECK(sqlScalar(check, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)) == 1);
    }
    till.join();
    blocker.rollback();
    blocker.close();

    REQUIRE(outcome.has_value());
    REQUIRE_FALSE(outcome->ok());
    INFO(outcome->error().message.toStdString() << " / " << outcome->error().detail.toStdString());
    CHECK(outcome->error().code == ErrorCode::ConnectionLost);
    if (pid != 0)
        CHECK(backendGone(check, pid, 30));

    // Nothing of the post stayed: still a draft without a number, no
    // movement, the levels as before, no number used, no audit entry, and
    // the chain still verifies.
    CHECK(data.text(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {draft})
          == QStringLiteral("draft"));
    CHECK(data.scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE id = ? AND invoice_number IS NULL"),
                      {draft})
          == 1);
    CHECK(data.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE invoice_id = ?"), {draft})
          == 0);
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM stock_movements")) == movementsBefore);
    CHECK(levels() == levelsBefore);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT next_value FROM number_sequences WHERE series = 'sale' AND year = "
                                   "2026"))
          == 2);
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM audit_logs")) == auditBefore);
    auto chain = AuditLog::verify(tc.seedDb());
    REQUIRE_OK(chain);
    CHECK(chain->ok);
    CHECK(chain->rows == auditBefore);

    // Signed in again, the same draft posts with the next number of the series.
    auto again = CompanyService::signIn(urlFor(tc, cleo), cleo, secretOf(cleoPassword));
    REQUIRE_OK(again);
    again.value()->session().setMustChangePassword(false);
    auto second = InvoiceService(*again.value()).post(draft);
    REQUIRE_OK(second);
    CHECK(second->number == QStringLiteral("S-2026-000002"));
    CHECK(levels() == QList<qint64>{97'000, 97'000, 97'000, 97'000, 97'000, 97'000});
    checkBooksOfSales(check, 2, 300'000);
}

TEST_CASE("a till process killed mid-post leaves nothing half-written")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    QList<qint64> products;
    for (int i = 0; i < 6; ++i) {
        products << data.product(QStringLiteral("P%1").arg(i + 1), 500 + 10 * i, 200);
        data.stock(products.last(), ShopData::Main, 10'000'000); // plenty: no sale is refused
    }
    const QString user = QStringLiteral("till1");
    const QByteArray password = makeClerk(tc, user);
    QSqlDatabase check = tc.sql();

    Till t;
    t.process = startTill(tc, user, password, SalesPerProcess, 0, alice, products);
    // Let it post a few, then hold two level rows: every sale has one of the
    // two, so the next post waits inside its transaction.
    QElapsedTimer timer;
    timer.start();
    while (postedSales(check) < 10 && timer.elapsed() < 60'000 && t.process->state() == QProcess::Running)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    INFO(t.process->readAllStandardError().toStdString());
    REQUIRE(postedSales(check) >= 10);
    QSqlDatabase blocker = tc.cluster->superuserConnection(QStringLiteral("shop"));
    REQUIRE(blocker.open());
    REQUIRE(blocker.transaction());
    {
        QSqlQuery hold(blocker);
        REQUIRE(hold.exec(QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id IN (%1, %2) AND "
                                         "warehouse_id = %3 FOR UPDATE")
                              .arg(products.at(0))
                              .arg(products.at(3))
                              .arg(ShopData::Main)));
    }
    const qint64 pid = waitingBackend(check, user, 60);
    REQUIRE(pid != 0);
    CHECK(rowsChangedBy(check, pid, QStringLiteral("number_sequences")) == 1); // a number taken
    const qint64 postedBeforeKill = postedSales(check);

    t.process->kill(); // SIGKILL: no goodbye to the server
    REQUIRE(t.process->waitForFinished(10000));
    CHECK(t.process->exitStatus() == QProcess::CrashExit);
    blocker.rollback(); // the backend goes on, finds its client gone and rolls back
    blocker.close();
    CHECK(backendGone(check, pid, 30));

    const qint64 posted = postedSales(check);
    CHECK(posted == postedBeforeKill);
    CHECK(posted < SalesPerProcess);
    checkBooksOfSales(check, posted, 6 * 10'000'000);
}

TEST_CASE("stock another workstation takes while a post waits is refused as a shortage, with nothing posted")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    const qint64 tea = data.product(QStringLiteral("TEA"), 450, 200);
    const qint64 jam = data.product(QStringLiteral("JAM"), 350, 150);
    data.stock(tea, ShopData::Main, 10'000);
    data.stock(jam, ShopData::Main, 10'000);
    InvoiceDraft d;
    d.type = InvoiceType::Sale;
    d.partnerId = alice;
    d.warehouseId = ShopData::Main;
    d.issueDate = QDate(2026, 3, 10);
    d.lines = {InvoiceLineInput{}, InvoiceLineInput{}};
    d.lines[0].productId = tea;
    d.lines[0].quantity = 4000;
    d.lines[1].productId = jam;
    d.lines[1].quantity = 4000;
    auto made = InvoiceService(*tc.company).createDraft(d);
    REQUIRE_OK(made);
    const qint64 draft = made->id;
    QSqlDatabase check = tc.sql();
    const qint64 movementsBefore = sqlScalar(check, QStringLiteral("SELECT count(*) FROM stock_movements"));

    // The other workstation holds jam's level: the post checks its lines
    // (10 of each on the shelf, 4 wanted), takes its number and waits there.
    QSqlDatabase other = tc.cluster->superuserConnection(QStringLiteral("shop"));
    REQUIRE(other.open());
    REQUIRE(other.transaction());
    QSqlQuery hold(other);
    REQUIRE(hold.exec(
        QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = %1 AND warehouse_id = %2 "
                       "FOR UPDATE")
            .arg(jam)
            .arg(ShopData::Main)));

    const QString cleo = tc.userNames.value(QStringLiteral("clerk"));
    const QByteArray cleoPassword = tc.passwords.value(cleo);
    std::optional<Result<Invoice>> outcome;
    std::thread till([&] {
        auto signedIn = CompanyService::signIn(urlFor(tc, cleo), cleo, secretOf(cleoPassword));
        if (!signedIn.ok()) {
            outcome.emplace(signedIn.error());
            return;
        }
        signedIn.value()->session().setMustChangePassword(false);
        outcome.emplace(InvoiceService(*signedIn.value()).post(draft));
    });
    const auto letGo = qScopeGuard([&] {
        if (other.isOpen()) {
            other.rollback();
            other.close();
        }
        if (till.joinable())
            till.join();
    });
    CHECK(waitingBackend(check, cleo, 60) != 0);
    // ...and sells 8 of the 10 meanwhile (as its own ledger would: level and
    // product total), then commits.
    QSqlQuery sell(other);
    REQUIRE(sell.exec(QStringLiteral("SET LOCAL session_replication_role = replica")));
    REQUIRE(sell.exec(QStringLiteral("UPDATE stock_levels SET quantity = 2000 WHERE product_id = %1 AND "
                                     "warehouse_id = %2")
                          .arg(jam)
                          .arg(ShopData::Main)));
    REQUIRE(other.commit());
    other.close();
    till.join();

    REQUIRE(outcome.has_value());
    REQUIRE_FALSE(outcome->ok());
    CHECK(outcome->error().code == ErrorCode::InsufficientStock);
    CHECK(outcome->error().message.contains(QStringLiteral("Another workstation took stock")));
    // Nothing of the post stayed: a draft without a number, no movement, tea
    // untouched, the number given back.
    CHECK(data.text(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {draft})
          == QStringLiteral("draft"));
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM stock_movements")) == movementsBefore);
    CHECK(data.level(tea) == 10'000);
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM number_sequences WHERE next_value > 1"))
          == 0);
}

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

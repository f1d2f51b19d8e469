// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

using namespace stockbook::test;

namespace {

// Making the demo company takes a while on a busy machine.
CliRun cli(const QStringList &arguments, const QString &input = {})
{
    CliOptions options;
    options.timeoutMs = 600000;
    return runCli(arguments, input, options);
}

} // namespace

TEST_CASE("demo --size small makes a company whose printed logins sign in")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.stockbook"));
    const CliRun made = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--size"),
                             QStringLiteral("small")});
    INFO("stdout: " << made.out.toStdString() << "\nstderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    // Not a terminal: a progress line on stderr when a stage starts and at
    // each further tenth; the 2000 sales report every 1000th: 0, 50 and 100 %.
    CHECK(made.err.contains(QStringLiteral("Making the demo company: sales 0/2000 (0 %)\n")));
    CHECK(made.err.contains(QStringLiteral("Making the demo company: sales 1000/2000 (50 %)\n")));
    CHECK(made.err.contains(QStringLiteral("Making the demo company: sales 2000/2000 (100 %)\n")));
    CHECK(made.err.count(QStringLiteral("Making the demo company: sales")) == 3);
    CHECK(made.out.contains(
        QRegularExpression(QStringLiteral("^Recovery key: \\S+$"), QRegularExpression::MultilineOption)));

    QMap<QString, QString> passwords;
    const QRegularExpression login(QStringLiteral("^Login: (\\w+) / (\\S+)$"),
                                   QRegularExpression::MultilineOption);
    for (auto it = login.globalMatch(made.out); it.hasNext();) {
        const auto m = it.next();
        passwords.insert(m.captured(1), m.captured(2));
    }
    REQUIRE(passwords.keys()
            == QStringList{QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("manager")});

    // The small plan: 300 products, bought month by month in purchases of up
    // to 20 lines: the first round a year ago brings all 300 (300 / 20 = 15
    // purchases), each of the twelve or thirteen later months what its sales
    // need (at least one purchase each); 2000 sales; about 1 % of the sales
    // get a credit note (the summary line says how many).
    const QRegularExpression summary(
        QStringLiteral("300 products, 60 customers, 12 suppliers, (\\d+) purchases, "
                       "2000 sales \\((\\d+) voided\\), (\\d+) credit notes"));
    const auto counts = summary.match(made.out);
    REQUIRE(counts.hasMatch());
    const int purchases = counts.captured(1).toInt();
    CHECK(purchases >= 15 + 12);
    CHECK(purchases <= 15 * 14);
    const int creditNotes = counts.captured(3).toInt();
    CHECK(creditNotes > 0);
    CHECK(creditNotes < 100);

    const CliRun listed = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("100000"),
                               QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                               QStringLiteral("--password-stdin")},
                              passwords.value(QStringLiteral("clerk")) + QLatin1Char('\n'));
    INFO("invoice list stderr: " << listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray invoices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    // The purchases + 2000 sales + the credit notes.
    CHECK(invoices.size() == purchases + 2000 + creditNotes);

    // Stock moved when each invoice was dated, not all on the day the demo
    // was made: every movement of a product carries its invoice's date, the
    // first being the purchase a year ago.
    QHash<QString, QString> issued;
    for (const QJsonValue &v : invoices)
        issued.insert(v[QStringLiteral("number")].toString(), v[QStringLiteral("date")].toString());
    const CliRun moved = cli({QStringLiteral("report"), QStringLiteral("movements"),
                              QStringLiteral("--product"), QStringLiteral("SKU-00001"),
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db,
                              QStringLiteral("--user"), QStringLiteral("manager"),
                              QStringLiteral("--password-stdin")},
                             passwords.value(QStringLiteral("manager")) + QLatin1Char('\n'));
    INFO("movements stderr: " << moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    const QJsonArray movements = QJsonDocument::fromJson(moved.out.toUtf8()).array();
    REQUIRE(movements.size() > 3);
    CHECK(movements[1][QStringLiteral("type")].toString() == QStringLiteral("receipt"));
    CHECK(movements[1][QStringLiteral("date")].toString()
          == QDate::currentDate().addDays(-365).toString(Qt::ISODate));
    QSet<QString> days;
    for (const QJsonValue &m : movements) {
        if (m[QStringLiteral("kind")].toString() != QStringLiteral("movement"))
            continue;
        const QString reference = m[QStringLiteral("reference")].toString();
        INFO("movement of " << reference.toStdString());
        REQUIRE(issued.contains(reference));
        CHECK(m[QStringLiteral("date")].toString() == issued.value(reference));
        days.insert(m[QStringLiteral("date")].toString());
    }
    CHECK(days.size() > 3);

    // The purchases report of this year (its default period) counts the
    // purchases the demo dated this year: one round on every first of a
    // month this year with sales, so never none.
    const QString yearStart = QDate(QDate::currentDate().year(), 1, 1).toString(Qt::ISODate);
    int purchasesThisYear = 0;
    for (const QJsonValue &v : invoices)
        if (v[QStringLiteral("type")].toString() == QStringLiteral("purchase")
            && v[QStringLiteral("date")].toString() >= yearStart)
            ++purchasesThisYear;
    CHECK(purchasesThisYear > 0);
    const CliRun bought = cli({QStringLiteral("report"), QStringLiteral("purchases"),
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db,
                               QStringLiteral("--user"), QStringLiteral("manager"),
                               QStringLiteral("--password-stdin")},
                              passwords.value(QStringLiteral("manager")) + QLatin1Char('\n'));
    INFO("purchases stderr: " << bought.err.toStdString());
    REQUIRE(bought.exitCode == 0);
    const QJsonArray periods = QJsonDocument::fromJson(bought.out.toUtf8()).array();
    REQUIRE(periods.size() >= 2); // at least one month and the totals
    const QJsonValue totals = periods.last();
    CHECK(totals[QStringLiteral("period")].toString() == QStringLiteral("total"));
    CHECK(totals[QStringLiteral("count")].toInt() == purchasesThisYear);

    const CliRun verified = cli({QStringLiteral("verify"), QStringLiteral("--db"), db,
                                 QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                passwords.value(QStringLiteral("admin")) + QLatin1Char('\n'));
    INFO("verify: " << verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // The file is taken now: a second demo refuses it.
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    CHECK(again.exitCode == 1);
}

TEST_CASE("demo without --db or with an unknown size is a usage error")
{
    CHECK(cli({QStringLiteral("demo")}).exitCode == 2);
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.stockbook"),
               QStringLiteral("--size"), QStringLiteral("huge")})
              .exitCode
          == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"
#include "InvoiceTestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace stockbook;
using namespace stockbook::test;

namespace {

struct CliShop {
    TestCompany tc;
    QString year = QString::number(QDate::currentDate().year());

    CliShop()
    {
        ShopData data(tc);
        data.customer(QStringLiteral("Alice"), QStringLiteral("alice@example.org"));
        data.supplier(QStringLiteral("Acme"), QStringLiteral("sales@acme.example"));
        const qint64 mug = data.product(QStringLiteral("MUG"), 1299, 500);
        data.stock(mug, ShopData::Main, 10'000);
        tc.company.reset();
        rewrapForCli(tc.path, {{QStringLiteral("anna"), AnnaPassword}});
    }

    CliRun as(const QStringList &arguments)
    {
        return runCliAs(tc.path, QStringLiteral("anna"), AnnaPassword, arguments);
    }
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("invoice create --post, show and list as JSON, payment add, void")
{
    CliShop s;
    // 2 mugs at 12.99 with 10 % off, tax included: 2 x 12.99 x 0.9 = 23.382 -> 23.38.
    const CliRun created = s.as(args({"invoice", "create", "--type", "sale", "--partner", "alice@example.org",
                                      "--warehouse", "MAIN", "--line", "MUG:2:12.99:10", "--post"}));
    REQUIRE(created.exitCode == 0);
    const QString number = QStringLiteral("S-%1-000001").arg(s.year);
    CHECK(created.out.trimmed() == QStringLiteral("Invoice: ") + number);

    const CliRun shown = s.as({QStringLiteral("invoice"), QStringLiteral("show"), number,
                               QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject inv = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(inv.value(QStringLiteral("number")).toString() == number);
    CHECK(inv.value(QStringLiteral("status")).toString() == QStringLiteral("posted"));
    CHECK(inv.value(QStringLiteral("total")).toDouble() == 23.38);
    // net 2338 / 1.2 = 1948.33 -> 19.48; tax 3.90.
    CHECK(inv.value(QStringLiteral("subtotal")).toDouble() == 19.48);
    CHECK(inv.value(QStringLiteral("tax")).toDouble() == 3.9);
    const QJsonObject line = inv.value(QStringLiteral("lines")).toArray().at(0).toObject();
    CHECK(line.value(QStringLiteral("quantity")).toDouble() == 2.0);
    CHECK(line.value(QStringLiteral("unit_price")).toDouble() == 12.99);
    CHECK(shown.out.contains(QStringLiteral("\"total\": 23.38")));

    const CliRun paid = s.as({QStringLiteral("payment"), QStringLiteral("add"), number,
                              QStringLiteral("10.00"), QStringLiteral("--method"), QStringLiteral("bank"),
                              QStringLiteral("--reference"), QStringLiteral("TX-1"), QStringLiteral("--date"),
                              QStringLiteral("2026-02-01")});
    REQUIRE(paid.exitCode == 0);
    CHECK(paid.out.contains(QStringLiteral("partly_paid")));
    const CliRun over = s.as({QStringLiteral("payment"), QStringLiteral("add"), number,
                              QStringLiteral("13.39"), QStringLiteral("--method"), QStringLiteral("cash")});
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains(QStringLiteral("13.38")));

    const CliRun listed = s.as(args({"invoice", "list", "--format", "json"}));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("paid")).toDouble() == 10.0);
    CHECK(rows.at(0).toObject().value(QStringLiteral("partner")).toString() == QStringLiteral("Alice"));

    // Payments stand: void is refused until they are reversed.
    const CliRun voided = s.as({QStringLiteral("invoice"), QStringLiteral("void"), number,
                                QStringLiteral("--reason"), QStringLiteral("mistake")});
    CHECK(voided.exitCode == 1);
    CHECK(voided.err.contains(QStringLiteral("Reverse them first")));
}

TEST_CASE("invoice drafts, post by id, refusals and exit codes")
{
    CliShop s;
    const CliRun draft = s.as(args({"invoice", "create", "--type", "purchase", "--partner",
                                    "sales@acme.example", "--warehouse", "main", "--line", "MUG:5:4.50"}));
    REQUIRE(draft.exitCode == 0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Draft: (\\d+)$"),
                                                         QRegularExpression::MultilineOption)
                                          .match(draft.out);
    REQUIRE(m.hasMatch());
    const CliRun posted = s.as({QStringLiteral("invoice"), QStringLiteral("post"), m.captured(1)});
    REQUIRE(posted.exitCode == 0);
    CHECK(posted.out.trimmed() == QStringLiteral("Invoice: P-%1-000001").arg(s.year));

    // 15 on hand; 20 asked.
    const CliRun tooMany = s.as(args({"invoice", "create", "--type", "sale", "--partner", "alice@example.org",
                                      "--warehouse", "MAIN", "--line", "MUG:20", "--post"}));
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains(QStringLiteral("15 available")));
    const CliRun badLine = s.as(args({"invoice", "create", "--type", "sale", "--partner", "alice@example.org",
                                      "--warehouse", "MAIN", "--line", "MUG:two"}));
    CHECK(badLine.exitCode == 2);
    CHECK(s.as(args({"invoice", "void", "S-2026-000001"})).exitCode == 2); // no --reason
    CHECK(s.as(args({"invoice", "show", "S-1999-000001"})).exitCode == 1);
    CHECK(s.as(args({"payment", "add", "P-2026-000001", "5", "--method", "cheque"})).exitCode == 2);
    for (const char *command : {"invoice", "payment"}) {
        const CliRun help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: stockbook-cli ") + QString::fromLatin1(command)));
    }
}

TEST_CASE("invoice pdf NUMBER --out FILE writes the printable invoice")
{
    CliShop s;
    const CliRun created = s.as(args({"invoice", "create", "--type", "sale", "--partner", "alice@example.org",
                                      "--warehouse", "MAIN", "--line", "MUG:2", "--post"}));
    REQUIRE(created.exitCode == 0);
    const QString number = QStringLiteral("S-%1-000001").arg(s.year);
    const QString out = s.tc.dir.filePath(QStringLiteral("invoice.pdf"));

    const CliRun pdf = s.as(
        {QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), out});
    REQUIRE(pdf.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    // One page: "/Type /Page" once, besides the "/Type /Pages" tree.
    CHECK(bytes.count("/Type /Page") - bytes.count("/Type /Pages") == 1);

    // An unknown number fails as `invoice show` does, and leaves no file.
    const QString missing = s.tc.dir.filePath(QStringLiteral("missing.pdf"));
    const CliRun unknown = s.as({QStringLiteral("invoice"), QStringLiteral("pdf"),
                                 QStringLiteral("S-1999-000001"), QStringLiteral("--out"), missing});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no invoice numbered S-1999-000001")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(s.as({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("S-1999-000001")}).exitCode
          == unknown.exitCode);
    // --out is required.
    CHECK(s.as({QStringLiteral("invoice"), QStringLiteral("pdf"), number}).exitCode == 2);
}

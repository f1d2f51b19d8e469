// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// stockbook-cli migrate, backup and restore with a company on a PostgreSQL
// server: a demo company moved from its file onto a server, backed up there,
// restored onto a second server and moved back into a file, with the same
// reports at every stop.
#include "CliDriver.h"
#include "PgCluster.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace stockbook;
using namespace stockbook::test;

namespace {

QString valueOf(const QString &output, const QString &label)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(label + QStringLiteral(": ")))
            return line.mid(label.size() + 2);
    }
    return {};
}

CliRun cli(const QStringList &arguments, const QString &input)
{
    CliOptions options;
    options.lang = QStringLiteral("C.UTF-8");
    options.timeoutMs = 180000;
    return runCli(arguments, input, options);
}

// The reports that read every kind of row: invoices, lines, payments, stock.
const QList<QStringList> Reports{
    {QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
     QStringLiteral("2099-12-31")},
    {QStringLiteral("purchases"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
     QStringLiteral("--to"), QStringLiteral("2099-12-31")},
    {QStringLiteral("top-customers"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
     QStringLiteral("--to"), QStringLiteral("2099-12-31")},
    {QStringLiteral("stock-on-hand")},
    {QStringLiteral("valuation")},
    {QStringLiteral("aging")}};

QList<QByteArray> reportsOf(const QString &db, const QString &user, const QString &password)
{
    QList<QByteArray> outputs;
    for (const QStringList &report : Reports) {
        const CliRun run = cli(QStringList{QStringLiteral("report")} + report
                                   + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                                 QStringLiteral("--password-stdin")},
                               password + QLatin1Char('\n'));
        INFO("report " << report.join(u' ').toStdString() << " on " << db.toStdString() << "\n"
                       << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.bytes.count('\n') > 1);
        outputs << run.bytes;
    }
    return outputs;
}

} // namespace

TEST_CASE(
    "migrate moves a demo company onto a server and back, backup and restore work on a server, and every "
    "stop gives the same reports")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("shop.stockbook"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), file}, {});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString password = valueOf(demo.out, QStringLiteral("Login")).section(QStringLiteral(" / "), 1);
    REQUIRE(valueOf(demo.out, QStringLiteral("Login")).startsWith(QStringLiteral("admin / ")));
    const QList<QByteArray> before = reportsOf(file, QStringLiteral("admin"), password);

    PgCluster &server = PgCluster::shared();
    const CliRun moved = cli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), server.superuserUrl(QStringLiteral("moved")),
                              QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin")},
                             password + QLatin1Char('\n'));
    INFO("migrate: " << moved.out.toStdString() << moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(
        valueOf(moved.out, QStringLiteral("url"))
        == QStringLiteral("postgresql://admin@:%1/moved?host=%2").arg(server.port()).arg(server.socketDir()));
    CHECK(valueOf(moved.out, QStringLiteral("rows")).toLongLong() > 1000);
    CHECK(valueOf(moved.out, QStringLiteral("administrator")) == QStringLiteral("admin"));
    CHECK(valueOf(moved.out, QStringLiteral("users without a password")) == QStringLiteral("manager, clerk"));
    const QString onServer = server.userUrl(QStringLiteral("admin"), QStringLiteral("moved"));
    CHECK(reportsOf(onServer, QStringLiteral("admin"), password) == before);

    // Refused as usage errors: two files, two servers.
    CHECK(cli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
               dir.filePath(QStringLiteral("other.stockbook")), QStringLiteral("--user"),
               QStringLiteral("admin")},
              {})
              .exitCode
          == 2);
    // The same database again: it exists.
    const CliRun again = cli({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                              QStringLiteral("--to"), server.superuserUrl(QStringLiteral("moved")),
                              QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin")},
                             password + QLatin1Char('\n'));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("The database moved exists on this server already")));

    // A backup of the server company, restored onto another server.
    const QString backup = dir.filePath(QStringLiteral("moved.backup"));
    const CliRun backedUp = cli({QStringLiteral("backup"), QStringLiteral("--db"), onServer,
                                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--out"),
                                 backup, QStringLiteral("--password-stdin")},
                                password + QLatin1Char('\n'));
    INFO("backup: " << backedUp.out.toStdString() << backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.startsWith(QStringLiteral("Backup written and verified: ")));
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(u".stockbook-")
              .isEmpty());

    PgCluster second;
    const CliRun restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                 QStringLiteral("--db"), second.superuserUrl(QStringLiteral("again")),
                                 QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                password + QLatin1Char('\n'));
    INFO("restore: " << restored.out.toStdString() << restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(valueOf(restored.out, QStringLiteral("users without a password"))
          == QStringLiteral("manager, clerk"));
    CHECK(reportsOf(second.userUrl(QStringLiteral("admin"), QStringLiteral("again")), QStringLiteral("admin"),
                    password)
          == before);

    // And back into a file, which verifies.
    const QString back = dir.filePath(QStringLiteral("back.stockbook"));
    const CliRun home = cli({QStringLiteral("migrate"), QStringLiteral("--from"), onServer,
                             QStringLiteral("--to"), back, QStringLiteral("--password-stdin")},
                            password + QLatin1Char('\n'));
    INFO("migrate back: " << home.out.toStdString() << home.err.toStdString());
    REQUIRE(home.exitCode == 0);
    CHECK(valueOf(home.out, QStringLiteral("file")) == QFileInfo(back).absoluteFilePath());
    CHECK(valueOf(home.out, QStringLiteral("Recovery key")).size() > 40);
    CHECK(reportsOf(back, QStringLiteral("admin"), password) == before);
    const CliRun verified = cli({QStringLiteral("verify"), QStringLiteral("--db"), back,
                                 QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                password + QLatin1Char('\n'));
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("verify: no problems found")));
}

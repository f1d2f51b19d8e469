// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs stockbook-cli without input under the given locale variables; the
// others (LC_ALL, LC_MESSAGES, LANGUAGE) are removed, so LANG decides.
Run cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
        environment.remove(name);
    environment.insert(QStringLiteral("LANG"), lang);
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(STOCKBOOK_CLI), arguments);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    return r;
}

} // namespace

TEST_CASE("a command's --help-all prints its options and the Qt toolkit's, and exits with 0")
{
    const Run plain = cli({QStringLiteral("user"), QStringLiteral("--help")});
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(plain.out.contains(QStringLiteral("-qmljsdebugger")));

    const Run all = cli({QStringLiteral("user"), QStringLiteral("--help-all")});
    INFO(all.out.toStdString() << all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    // The command's own options ...
    for (const char *option :
         {"--db", "--user", "--password-stdin", "--role", "--email", "--full-name", "--help-all"})
        CHECK(all.out.contains(QLatin1String(option)));
    // ... and the one QCoreApplication itself takes.
    CHECK(all.out.contains(QStringLiteral("-qmljsdebugger")));
    CHECK(all.err.isEmpty());
}

TEST_CASE("invoice pdf --help-all lists the GUI application's Qt options, which that command runs with")
{
    const Run all = cli({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--help-all")});
    INFO(all.out.toStdString() << all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("--out")));
    CHECK(all.out.contains(QStringLiteral("-platform")));
    CHECK(all.out.contains(QStringLiteral("-qmljsdebugger")));
}

TEST_CASE("stockbook-cli, report and stock take --help-all too: exit 0 and Qt's options")
{
    const Run top = cli({QStringLiteral("--help-all")});
    INFO(top.out.toStdString() << top.err.toStdString());
    REQUIRE(top.exitCode == 0);
    CHECK(top.out.contains(QStringLiteral("Commands:")));
    CHECK(top.out.contains(QStringLiteral("  invoice ")));
    CHECK(top.out.contains(QStringLiteral("-qmljsdebugger")));

    const Run report = cli({QStringLiteral("report"), QStringLiteral("--help-all")});
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("filters: --from")));
    CHECK(report.out.contains(QStringLiteral("-qmljsdebugger")));

    const Run stock = cli({QStringLiteral("stock"), QStringLiteral("--help-all")});
    REQUIRE(stock.exitCode == 0);
    CHECK(stock.out.contains(QStringLiteral("transfer|adjust|levels")));
    CHECK(stock.out.contains(QStringLiteral("-qmljsdebugger")));
}

TEST_CASE("under LANG=de_DE.UTF-8 the help and the error messages are German")
{
    // English under C.UTF-8, as scripts see it.
    const Run english = cli({QStringLiteral("init")});
    CHECK(english.exitCode == 2);
    CHECK(english.err.contains(QStringLiteral("init needs --db, --company and --admin.")));

    const Run error = cli({QStringLiteral("init")}, QStringLiteral("de_DE.UTF-8"));
    CHECK(error.exitCode == 2);
    CHECK(error.err.contains(QStringLiteral("init braucht --db, --company und --admin.")));
    CHECK(error.err.contains(QStringLiteral("Rufen Sie den Befehl mit --help auf")));

    // The command list is registered before main() runs: its summaries are
    // translated when printed.
    const Run help = cli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Firmendatei, Schlüsseldatei und ersten Administrator anlegen")));
    CHECK_FALSE(help.out.contains(QStringLiteral("create a company file, its key file")));

    const Run commandHelp = cli({QStringLiteral("passwd"), QStringLiteral("--help")},
                                QStringLiteral("de_DE.UTF-8"));
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.startsWith(QStringLiteral("Verwendung: stockbook-cli passwd")));
}

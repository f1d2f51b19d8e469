// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"

using namespace stockbook::test;

namespace {

// Runs stockbook-cli without input under the given locale variables; the
// others (LC_ALL, LC_MESSAGES, LANGUAGE) are removed, so LANG decides.
CliRun cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    CliOptions options;
    options.lang = lang;
    return runCli(arguments, {}, options);
}

} // namespace

TEST_CASE("a command's --help-all prints its options and the Qt toolkit's, and exits with 0")
{
    const CliRun plain = cli({QStringLiteral("user"), QStringLiteral("--help")});
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(plain.out.contains(QStringLiteral("-qmljsdebugger")));

    const CliRun all = cli({QStringLiteral("user"), QStringLiteral("--help-all")});
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
    const CliRun all = cli({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--help-all")});
    INFO(all.out.toStdString() << all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("--out")));
    CHECK(all.out.contains(QStringLiteral("-platform")));
    CHECK(all.out.contains(QStringLiteral("-qmljsdebugger")));
}

TEST_CASE("stockbook-cli, report and stock take --help-all too: exit 0 and Qt's options")
{
    const CliRun top = cli({QStringLiteral("--help-all")});
    INFO(top.out.toStdString() << top.err.toStdString());
    REQUIRE(top.exitCode == 0);
    CHECK(top.out.contains(QStringLiteral("Commands:")));
    CHECK(top.out.contains(QStringLiteral("  invoice ")));
    CHECK(top.out.contains(QStringLiteral("-qmljsdebugger")));

    const CliRun report = cli({QStringLiteral("report"), QStringLiteral("--help-all")});
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("filters: --from")));
    CHECK(report.out.contains(QStringLiteral("-qmljsdebugger")));

    const CliRun stock = cli({QStringLiteral("stock"), QStringLiteral("--help-all")});
    REQUIRE(stock.exitCode == 0);
    CHECK(stock.out.contains(QStringLiteral("transfer|adjust|levels")));
    CHECK(stock.out.contains(QStringLiteral("-qmljsdebugger")));
}

TEST_CASE("under LANG=de_DE.UTF-8 the help and the error messages are German")
{
    // English under C.UTF-8, as scripts see it.
    const CliRun english = cli({QStringLiteral("init")});
    CHECK(english.exitCode == 2);
    CHECK(english.err.contains(QStringLiteral("init needs --db, --company and --admin.")));

    const CliRun error = cli({QStringLiteral("init")}, QStringLiteral("de_DE.UTF-8"));
    CHECK(error.exitCode == 2);
    CHECK(error.err.contains(QStringLiteral("init braucht --db, --company und --admin.")));
    CHECK(error.err.contains(QStringLiteral("Rufen Sie den Befehl mit --help auf")));

    // The command list is registered before main() runs: its summaries are
    // translated when printed.
    const CliRun help = cli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Firmendatei, Schlüsseldatei und ersten Administrator anlegen")));
    CHECK_FALSE(help.out.contains(QStringLiteral("create a company file, its key file")));

    const CliRun commandHelp = cli({QStringLiteral("passwd"), QStringLiteral("--help")},
                                   QStringLiteral("de_DE.UTF-8"));
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.startsWith(QStringLiteral("Verwendung: stockbook-cli passwd")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// The CSV that stockbook-cli writes (every report, the product, customer and
// supplier exports, the stock levels) compared byte for byte with the golden
// files in tests/golden: one folder per case, its command line in `command`,
// the expected bytes in expected.csv, the figures worked out by hand in its
// README.md. The company is GoldenShop (tests/support/GoldenShop.h): fixed
// data on fixed days, and every command names its dates, so nothing depends
// on the day, the machine or its locale.
#include "CliDriver.h"
#include "Golden.h"
#include "GoldenShop.h"

#include "services/csv/CsvService.h"
#include "services/reports/ReportService.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// The golden company, closed for the CLI.
struct GoldenCli {
    GoldenShop shop;
    CliCompany cli;
    QTemporaryDir scratch;

    GoldenCli()
    {
        closeForCli(shop.tc);
        cli.db = shop.tc.path;
        REQUIRE(scratch.isValid());
    }

    // What the case's command writes: stdout, or the file it names by {file}.
    QByteArray output(const GoldenCase &c, const CliOptions &options)
    {
        QStringList arguments = c.arguments;
        QString file;
        for (QString &a : arguments) {
            if (a == QLatin1String("{file}"))
                a = file = scratch.filePath(c.name + QStringLiteral(".csv"));
        }
        if (!file.isEmpty())
            QFile::remove(file);
        const CliRun run = cli.as(QStringLiteral("anna"), arguments, options);
        INFO("golden case " << c.name.toStdString() << ": stockbook-cli "
                            << arguments.join(QLatin1Char(' ')).toStdString() << "\nstdout: "
                            << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        if (file.isEmpty())
            return run.bytes;
        CHECK(run.out.contains(file)); // "Exported N row(s) to FILE.", in the user's language
        QFile written(file);
        REQUIRE(written.open(QIODevice::ReadOnly));
        return written.readAll();
    }
};

bool isReportCase(const GoldenCase &c)
{
    return c.arguments.value(0) == QLatin1String("report");
}

// A case may name a report the CLI does not offer yet (one added on
// another branch): it is left out with a warning until it does.
bool offered(const GoldenCase &c)
{
    if (ReportService::reportNames().contains(c.arguments.value(1)))
        return true;
    WARN("golden case " << c.name.toStdString() << " left out: the CLI has no report "
                        << c.arguments.value(1).toStdString());
    return false;
}

} // namespace

TEST_CASE("golden: the CSV of every report case matches tests/golden byte for byte")
{
    GoldenCli g;
    int compared = 0;
    for (const GoldenCase &c : goldenCases()) {
        if (!isReportCase(c))
            continue;
        if (!offered(c))
            continue;
        checkGolden(c.name, g.output(c, {}));
        ++compared;
    }
    CHECK(compared >= 10);
}

TEST_CASE("golden: the product, customer and supplier exports and the stock levels CSV match tests/golden")
{
    GoldenCli g;
    int compared = 0;
    for (const GoldenCase &c : goldenCases()) {
        if (isReportCase(c))
            continue;
        checkGolden(c.name, g.output(c, {}));
        ++compared;
    }
    CHECK(compared >= 4);
}

TEST_CASE("golden: the same bytes under LANG=de_DE.UTF-8 and a time zone 14 hours ahead of UTC")
{
    if (updatingGolden())
        return; // the files are written once, by the two cases above
    GoldenCli g;
    CliOptions elsewhere;
    elsewhere.lang = QStringLiteral("de_DE.UTF-8");
    elsewhere.timeZone = QStringLiteral("Pacific/Kiritimati");
    for (const GoldenCase &c : goldenCases()) {
        if (isReportCase(c) && !offered(c))
            continue;
        checkGolden(c.name, g.output(c, elsewhere));
    }
}

TEST_CASE("golden: every report the CLI offers and every CSV export has a golden case")
{
    QSet<QString> reports;
    QSet<QString> exports;
    for (const GoldenCase &c : goldenCases()) {
        if (isReportCase(c))
            reports.insert(c.arguments.value(1));
        else if (c.arguments.value(1) == QLatin1String("export"))
            exports.insert(c.arguments.value(0));
    }
    for (const QString &name : ReportService::reportNames()) {
        INFO("Add a folder tests/golden/report-" << name.toStdString()
                                                 << " with its command (see tests/golden/README.md)");
        CHECK(reports.contains(name));
    }
    for (CsvEntity entity : {CsvEntity::Products, CsvEntity::Customers, CsvEntity::Suppliers}) {
        const QString name = CsvService::entityName(entity);
        INFO("Add a folder tests/golden/export-" << name.toStdString() << " with its command");
        CHECK(exports.contains(name));
    }
}

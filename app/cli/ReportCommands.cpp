// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include "services/reports/ReportFormat.h"
#include "services/reports/ReportService.h"
#include "services/settings/SettingsService.h"

#include <QCoreApplication>
#include <cstdio>

namespace stockbook::cli {

namespace {

int reportCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const QStringList help{
        tr("Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH "
           "--user NAME [--password-stdin]"),
        tr("  NAME: %1").arg(ReportService::reportNames().join(QStringLiteral(", "))),
        tr("  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, "
           "--customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N")};
    if (name == QLatin1String("--help-all"))
        showHelpAll(help.join(QLatin1Char('\n')));
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name.isEmpty()) {
        for (const QString &line : help)
            printLine(line);
        return name.isEmpty() ? usage(tr("Name the report.")) : ExitOk;
    }
    if (!ReportService::reportNames().contains(name))
        return usage(tr("There is no report %1; choose one of %2.")
                         .arg(name, ReportService::reportNames().join(QStringLiteral(", "))));
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + name} + arguments.mid(2);

    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to this file instead of the screen."),
                                 QStringLiteral("FILE"));
    struct Filter {
        QString key; // as in ReportService::filtersOf
        QCommandLineOption option;
    };
    const QList<Filter> filters{
        {QStringLiteral("from"), {QStringLiteral("from"), tr("First day."), QStringLiteral("YYYY-MM-DD")}},
        {QStringLiteral("to"), {QStringLiteral("to"), tr("Last day."), QStringLiteral("YYYY-MM-DD")}},
        {QStringLiteral("as_of"),
         {QStringLiteral("as-of"), tr("The day to report as of."), QStringLiteral("YYYY-MM-DD")}},
        {QStringLiteral("warehouse"),
         {QStringLiteral("warehouse"), tr("A warehouse code."), QStringLiteral("CODE")}},
        {QStringLiteral("category"),
         {QStringLiteral("category"), tr("A category name."), QStringLiteral("NAME")}},
        {QStringLiteral("supplier"),
         {QStringLiteral("supplier"), tr("A supplier's e-mail."), QStringLiteral("EMAIL")}},
        {QStringLiteral("customer"),
         {QStringLiteral("customer"), tr("A customer's e-mail."), QStringLiteral("EMAIL")}},
        {QStringLiteral("product"), {QStringLiteral("product"), tr("A product SKU."), QStringLiteral("SKU")}},
        {QStringLiteral("period"),
         {QStringLiteral("period"), tr("day, week or month."), QStringLiteral("PERIOD")}},
        {QStringLiteral("by"), {QStringLiteral("by"), tr("revenue or quantity."), QStringLiteral("BY")}},
        {QStringLiteral("limit"), {QStringLiteral("limit"), tr("How many rows."), QStringLiteral("N")}},
    };
    parser.addOptions({common.db, common.user, common.passwordStdin, format, out});
    for (const Filter &f : filters)
        parser.addOption(f.option);
    int code = ExitOk;
    if (!parseCommand(
            parser, rest,
            QStringLiteral("stockbook-cli report %1 [filters] [--format table|csv|json] [--out FILE] "
                           "--db PATH --user NAME [--password-stdin]")
                .arg(name),
            &code))
        return code;
    if (!parser.isSet(common.db) || !parser.isSet(common.user))
        return usage(tr("report needs --db and --user."));
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("table");
    if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usage(tr("--format is table, csv or json."));

    const QStringList allowed = ReportService::filtersOf(name);
    ReportFilters given;
    for (const Filter &f : filters) {
        if (!parser.isSet(f.option))
            continue;
        const QString option = f.option.names().constFirst();
        if (!allowed.contains(f.key))
            return usage(tr("The %1 report does not take --%2.").arg(name, option));
        const QString value = parser.value(f.option).trimmed();
        if (f.key == QLatin1String("from") || f.key == QLatin1String("to")
            || f.key == QLatin1String("as_of")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return usage(tr("--%1 is a date as YYYY-MM-DD, not %2.").arg(option, value));
            (f.key == QLatin1String("from")     ? given.from
                 : f.key == QLatin1String("to") ? given.to
                                                : given.asOf) = date;
        } else if (f.key == QLatin1String("limit")) {
            bool ok = false;
            given.limit = value.toInt(&ok);
            if (!ok || given.limit < 1)
                return usage(tr("--limit is a whole number above 0, not %1.").arg(value));
        } else if (f.key == QLatin1String("period")) {
            if (value != QLatin1String("day") && value != QLatin1String("week")
                && value != QLatin1String("month"))
                return usage(tr("--period is day, week or month."));
            given.period = value;
        } else if (f.key == QLatin1String("by")) {
            if (value != QLatin1String("revenue") && value != QLatin1String("quantity"))
                return usage(tr("--by is revenue or quantity."));
            given.by = value;
        } else if (f.key == QLatin1String("warehouse")) {
            given.warehouse = value;
        } else if (f.key == QLatin1String("category")) {
            given.category = value;
        } else if (f.key == QLatin1String("supplier")) {
            given.supplier = value;
        } else if (f.key == QLatin1String("customer")) {
            given.customer = value;
        } else if (f.key == QLatin1String("product")) {
            given.product = value;
        }
    }

    if (name == QLatin1String("movements") && given.product.isEmpty() && given.warehouse.isEmpty())
        return usage(tr("report movements needs --product, --warehouse or both."));

    PasswordSource passwords(parser.isSet(common.passwordStdin));
    auto company = signIn(parser.value(common.db), parser.value(common.user), passwords);
    if (!company.ok())
        return fail(company.error());
    auto table = ReportService(*company.value()).run(name, given);
    if (!table.ok())
        return fail(table.error());

    if (parser.isSet(out)) {
        // A file is an export: core checks data.export, audits it and writes
        // the same bytes the screen would show.
        if (auto written = ReportService(*company.value()).exportFile(table.value(), fmt, parser.value(out));
            !written.ok())
            return fail(written.error());
        return ExitOk;
    }
    CsvDecimal decimal = CsvDecimal::Dot;
    if (fmt == QLatin1String("csv")) {
        auto settings = SettingsService(*company.value()).get();
        if (!settings.ok())
            return fail(settings.error());
        decimal = settings->csvDecimal;
    }
    const QByteArray bytes = fmt == QLatin1String("json") ? reportJson(table.value())
        : fmt == QLatin1String("csv")                     ? reportCsv(table.value(), decimal)
                                                          : reportText(table.value());
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

const CommandRegistration registration{
    {QStringLiteral("report"),
     QT_TRANSLATE_NOOP("stockbook::cli", "stock, sales, purchase, top-list, aging and dashboard reports"),
     &reportCommand}};

} // namespace

} // namespace stockbook::cli

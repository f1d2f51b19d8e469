// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"
#include "services/settings/SettingsService.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace stockbook::cli {

namespace {

QString reportNameList()
{
    QStringList names;
    for (const ReportDefinition &d : reportRegistry())
        names.append(d.name);
    return names.join(QStringLiteral(", "));
}

// The report's filters: the command line's option for each name a
// ReportDefinition's filters list may hold, and where its value goes.
struct Filter {
    QString key; // as in ReportDefinition::filters
    QCommandLineOption option;
};

QList<Filter> filterOptions()
{
    return {
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
}

QString optionOf(const QString &filter)
{
    return QStringLiteral("--") + QString(filter).replace(QLatin1Char('_'), QLatin1Char('-'));
}

class ReportCommand : public SignedInCommand {
public:
    explicit ReportCommand(const ReportDefinition &report) : m_report(report) { }

private:
    const ReportDefinition &m_report;
    const QCommandLineOption format{QStringLiteral("format"), tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT")};
    const QCommandLineOption out{QStringLiteral("out"), tr("Write to this file instead of the screen."),
                                 QStringLiteral("FILE")};
    const QList<Filter> filters = filterOptions();
    QString fmt;
    ReportFilters given;

    QString synopsis() const override
    {
        return QStringLiteral(
                   "stockbook-cli report %1 [filters] [--format table|csv|json] [--out FILE [--force]] "
                   "--db PATH --user NAME [--password-stdin]")
            .arg(m_report.name);
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, format, out, common.force});
        for (const Filter &f : filters)
            parser.addOption(f.option);
    }
    QString missingSignIn() const override { return tr("report needs --db and --user."); }

    int check() override
    {
        const QString name = m_report.name;
        if (const int required = requireSignIn(); required != ExitOk)
            return required;
        fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("table");
        if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
            return usage(tr("--format is table, csv or json."));
        if (parser.isSet(common.force) && !parser.isSet(out))
            return usage(tr("--force applies to --out only."));
        if (parser.isSet(out))
            if (const int allowed = checkOutputFile(parser.value(out), parser.isSet(common.force));
                allowed != ExitOk)
                return allowed;
        QStringList set;
        for (const Filter &f : filters) {
            if (!parser.isSet(f.option))
                continue;
            const QString option = f.option.names().constFirst();
            if (!m_report.filters.contains(f.key))
                return usage(tr("The %1 report does not take --%2.").arg(name, option));
            const QString value = parser.value(f.option).trimmed();
            if (!value.isEmpty())
                set.append(f.key);
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
        // A report that needs one of some filters (movements: a product or
        // a warehouse) is refused here, before the password is read.
        if (!m_report.needsOneOf.isEmpty()
            && std::none_of(m_report.needsOneOf.cbegin(), m_report.needsOneOf.cend(),
                            [&set](const QString &filter) { return set.contains(filter); })) {
            QStringList options;
            for (const QString &filter : m_report.needsOneOf)
                options.append(optionOf(filter));
            const QString last = options.takeLast();
            return usage(options.isEmpty() ? tr("report %1 needs %2.").arg(name, last)
                                           : tr("report %1 needs %2, %3 or both.")
                                                 .arg(name, options.join(QStringLiteral(", ")), last));
        }
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        auto table = ReportService(company).run(m_report.name, given);
        if (!table.ok())
            return fail(table.error());

        if (parser.isSet(out)) {
            // A file is an export: core checks data.export, audits it and
            // writes the same bytes the screen would show.
            if (auto written = ReportService(company).exportFile(table.value(), fmt, parser.value(out));
                !written.ok())
                return fail(written.error());
            return ExitOk;
        }
        CsvDecimal decimal = CsvDecimal::Dot;
        if (fmt == QLatin1String("csv")) {
            auto settings = SettingsService(company).get();
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
};

int reportCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const QStringList help{
        tr("Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH "
           "--user NAME [--password-stdin]"),
        tr("  NAME: %1").arg(reportNameList()),
        tr("  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, "
           "--customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N")};
    if (name == QLatin1String("--help-all"))
        showHelpAll(help.join(QLatin1Char('\n')));
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name.isEmpty()) {
        for (const QString &line : help)
            printLine(line);
        return name.isEmpty() ? usage(tr("Name the report.")) : ExitOk;
    }
    const ReportDefinition *report = findReport(name);
    if (!report)
        return usage(tr("There is no report %1; choose one of %2.").arg(name, reportNameList()));
    return ReportCommand(*report).execute(QStringList{arguments.value(0) + QLatin1Char(' ') + name}
                                          + arguments.mid(2));
}

const CommandRegistration registration{
    {QStringLiteral("report"),
     QT_TRANSLATE_NOOP("stockbook::cli", "stock, sales, purchase, top-list, aging and dashboard reports"),
     &reportCommand}};

} // namespace

} // namespace stockbook::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include "domain/Money.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace stockbook::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook-cli", text);
}

enum class CellKind { Plain, Money, Quantity };

CellKind kindOf(const ReportTable &t, int column)
{
    if (t.moneyColumns.contains(column))
        return CellKind::Money;
    if (t.quantityColumns.contains(column))
        return CellKind::Quantity;
    return CellKind::Plain;
}

bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
}

// Text of a cell: money in major units, quantities in the unit, dot decimals.
QString cellText(const ReportTable &t, int column, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (isNumber(v)) {
        switch (kindOf(t, column)) {
        case CellKind::Money:
            return formatMoney(v.toLongLong());
        case CellKind::Quantity:
            return formatQuantity(v.toLongLong());
        case CellKind::Plain:
            break;
        }
        return QString::number(v.toLongLong());
    }
    return v.toString();
}

QList<QVariantList> allRows(const ReportTable &t)
{
    QList<QVariantList> rows = t.rows;
    if (!t.totals.isEmpty())
        rows.append(t.totals);
    return rows;
}

QByteArray toJson(const ReportTable &t)
{
    QJsonArray array;
    for (const QVariantList &row : allRows(t)) {
        QJsonObject object;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant v = row.value(c);
            QJsonValue value;
            if (v.isNull() || !v.isValid())
                value = QJsonValue(QJsonValue::Null);
            else if (!isNumber(v))
                value = v.toString();
            else if (kindOf(t, c) == CellKind::Money)
                value = static_cast<double>(v.toLongLong()) / 100.0;
            else if (kindOf(t, c) == CellKind::Quantity)
                value = static_cast<double>(v.toLongLong()) / 1000.0;
            else
                value = v.toLongLong();
            object.insert(t.columns[c], value);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// UTF-8 with a byte order mark. With comma decimals (report.csv_decimal)
// numbers use ',' and fields are separated by ';'.
QByteArray toCsv(const ReportTable &t, bool commaDecimals)
{
    const QChar separator = commaDecimals ? QLatin1Char(';') : QLatin1Char(',');
    QString out = QStringLiteral("\uFEFF") + t.columns.join(separator) + QStringLiteral("\r\n");
    for (const QVariantList &row : allRows(t)) {
        QStringList fields;
        for (int c = 0; c < t.columns.size(); ++c) {
            QString text = cellText(t, c, row.value(c));
            if (commaDecimals && isNumber(row.value(c)) && kindOf(t, c) != CellKind::Plain)
                text.replace(QLatin1Char('.'), QLatin1Char(','));
            if (commaDecimals && (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"'))))
                text = QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                    + QLatin1Char('"');
            else if (!commaDecimals)
                text = csvField(text);
            fields.append(text);
        }
        out += fields.join(separator) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toTable(const ReportTable &t)
{
    const QList<QVariantList> rows = allRows(t);
    QList<qsizetype> widths;
    for (const QString &c : t.columns)
        widths.append(c.size());
    QList<QStringList> texts;
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int c = 0; c < t.columns.size(); ++c) {
            line.append(cellText(t, c, row.value(c)));
            widths[c] = std::max(widths[c], line.last().size());
        }
        texts.append(line);
    }
    auto format = [&](const QStringList &cells, bool header) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c) {
            const bool right = !header && kindOf(t, c) != CellKind::Plain;
            padded.append(right ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]));
        }
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = format(t.columns, true);
    for (const QStringList &line : texts)
        out += format(line, false);
    return out.toUtf8();
}

int reportCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name.isEmpty()) {
        printLine(
            tr("Usage: stockbook-cli report NAME [filters] [--format table|csv|json] [--out FILE] --db PATH "
               "--user NAME [--password-stdin]"));
        printLine(tr("  NAME: %1").arg(ReportService::reportNames().join(QStringLiteral(", "))));
        printLine(tr(
            "  filters: --from --to --as-of YYYY-MM-DD, --warehouse CODE, --category NAME, --supplier EMAIL, "
            "--customer EMAIL, --product SKU, --period day|week|month, --by revenue|quantity, --limit N"));
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

    bool commaDecimals = false;
    if (fmt == QLatin1String("csv")) {
        auto settings = SettingsService(*company.value()).get();
        if (!settings.ok())
            return fail(settings.error());
        commaDecimals = settings->csvDecimal == CsvDecimal::Comma;
    }
    const QByteArray bytes = fmt == QLatin1String("json") ? toJson(table.value())
        : fmt == QLatin1String("csv")                     ? toCsv(table.value(), commaDecimals)
                                                          : toTable(table.value());
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            printError(tr("Cannot write %1: %2").arg(parser.value(out), file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

const CommandRegistration registration{{QStringLiteral("report"),
                                        tr("stock, sales, purchase, top-list, aging and dashboard reports"),
                                        &reportCommand}};

} // namespace

} // namespace stockbook::cli

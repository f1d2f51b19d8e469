// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include "domain/Money.h"
#include "services/csv/CsvFile.h"
#include "services/stock/StockService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace stockbook::cli {

namespace {

struct ParsedLine {
    QString sku;
    qint64 quantity = 0;
};

// "SKU:QTY", split at the last colon so a SKU may contain one.
bool parseLines(const QStringList &values, QList<ParsedLine> *out, QString *problem)
{
    for (const QString &value : values) {
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        const QString sku = colon > 0 ? value.left(colon).trimmed() : QString();
        const auto quantity = colon > 0 ? parseQuantity(value.mid(colon + 1).trimmed()) : std::nullopt;
        if (sku.isEmpty() || !quantity) {
            *problem =
                tr("--line %1 is not SKU:QUANTITY with a decimal quantity such as 2 or 1.5.").arg(value);
            return false;
        }
        out->append({sku, *quantity});
    }
    return true;
}

// A text cell of the CSV output: neutralised against formula injection
// (core's csvSafeText), then quoted when it must be.
QString csvField(const QString &cell)
{
    const QString text = csvSafeText(cell);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

class TransferCommand : public SignedInCommand {
    const QCommandLineOption from{QStringLiteral("from"), tr("The source warehouse code."),
                                  QStringLiteral("CODE")};
    const QCommandLineOption to{QStringLiteral("to"), tr("The destination warehouse code."),
                                QStringLiteral("CODE")};
    const QCommandLineOption line{QStringLiteral("line"),
                                  tr("A product and the quantity to move (repeatable)."),
                                  QStringLiteral("SKU:QTY")};
    const QCommandLineOption reference{QStringLiteral("reference"), tr("A reference for the transfer."),
                                       QStringLiteral("TEXT")};
    QList<ParsedLine> lines;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli stock transfer --db PATH --user NAME [--password-stdin] --from CODE "
            "--to CODE --line SKU:QTY [--line ...] [--reference TEXT]");
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, from, to, line, reference});
    }
    QString missingSignIn() const override
    {
        return tr("stock transfer needs --db, --user, --from, --to and at least one --line.");
    }
    int check() override
    {
        if (!signInOptionsSet() || !parser.isSet(from) || !parser.isSet(to) || !parser.isSet(line))
            return usage(missingSignIn());
        QString problem;
        if (!parseLines(parser.values(line), &lines, &problem))
            return usage(problem);
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        TransferRequest request{parser.value(from), parser.value(to), {}, parser.value(reference), {}};
        for (const ParsedLine &l : lines)
            request.lines.append({l.sku, l.quantity});
        auto transferred = StockService(company).transfer(request);
        if (!transferred.ok())
            return fail(transferred.error());
        printLine(tr("Transfer %1 from %2 to %3:")
                      .arg(transferred.value())
                      .arg(parser.value(from), parser.value(to)));
        for (const ParsedLine &l : lines)
            printLine(QStringLiteral("  %1 %2").arg(l.sku, formatQuantity(l.quantity)));
        return ExitOk;
    }
};

class AdjustCommand : public SignedInCommand {
    const QCommandLineOption warehouse{QStringLiteral("warehouse"), tr("The counted warehouse's code."),
                                       QStringLiteral("CODE")};
    const QCommandLineOption line{QStringLiteral("line"),
                                  tr("A product and the quantity counted (repeatable)."),
                                  QStringLiteral("SKU:COUNTED")};
    const QCommandLineOption reason{QStringLiteral("reason"), tr("Why the stock is adjusted."),
                                    QStringLiteral("TEXT")};
    QList<ParsedLine> lines;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli stock adjust --db PATH --user NAME [--password-stdin] --warehouse "
            "CODE --line SKU:COUNTED [--line ...] --reason TEXT");
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, warehouse, line, reason});
    }
    QString missingSignIn() const override
    {
        return tr("stock adjust needs --db, --user, --warehouse, --reason and at least one --line.");
    }
    int check() override
    {
        if (!signInOptionsSet() || !parser.isSet(warehouse) || !parser.isSet(line) || !parser.isSet(reason))
            return usage(missingSignIn());
        QString problem;
        if (!parseLines(parser.values(line), &lines, &problem))
            return usage(problem);
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        StocktakeRequest request{parser.value(warehouse), {}, parser.value(reason), {}};
        for (const ParsedLine &l : lines)
            request.lines.append({l.sku, l.quantity});
        auto adjusted = StockService(company).stocktake(request);
        if (!adjusted.ok())
            return fail(adjusted.error());
        printLine(tr("Stocktake of %1:").arg(parser.value(warehouse)));
        for (const StocktakeLine &l : adjusted.value()) {
            const QString change = l.difference == 0
                ? tr("unchanged")
                : (l.difference > 0 ? QStringLiteral("+") : QStringLiteral("-"))
                    + formatQuantity(l.difference > 0 ? l.difference : -l.difference);
            printLine(QStringLiteral("  %1 %2 -> %3 (%4)")
                          .arg(l.sku, formatQuantity(l.before), formatQuantity(l.counted), change));
        }
        return ExitOk;
    }
};

class LevelsCommand : public SignedInCommand {
    const QCommandLineOption warehouse{QStringLiteral("warehouse"), tr("Only this warehouse."),
                                       QStringLiteral("CODE")};
    const QCommandLineOption format{QStringLiteral("format"), tr("table (default), csv or json."),
                                    QStringLiteral("FORMAT")};
    QString fmt;

    QString synopsis() const override
    {
        return QStringLiteral("stockbook-cli stock levels --db PATH --user NAME [--password-stdin] "
                              "[--warehouse CODE] [--format csv|json]");
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, warehouse, format});
    }
    QString missingSignIn() const override { return tr("stock levels needs --db and --user."); }
    int check() override
    {
        if (const int required = requireSignIn(); required != ExitOk)
            return required;
        fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("table");
        if (fmt != QLatin1String("table") && fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
            return usage(tr("--format is table, csv or json."));
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        std::optional<WarehouseKey> only;
        if (parser.isSet(warehouse))
            only = WarehouseKey(parser.value(warehouse));
        auto rows = StockService(company).levels(only);
        if (!rows.ok())
            return fail(rows.error());

        if (fmt == QLatin1String("json")) {
            QJsonArray array;
            for (const StockLevelRow &r : rows.value())
                array.append(
                    QJsonObject{{QStringLiteral("sku"), r.sku},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("unit"), r.unit},
                                {QStringLiteral("warehouse"), r.warehouseCode},
                                {QStringLiteral("quantity"), static_cast<double>(r.quantity) / 1000.0}});
            std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
            std::fflush(stdout);
        } else if (fmt == QLatin1String("csv")) {
            printLine(QStringLiteral("sku,name,unit,warehouse,quantity"));
            for (const StockLevelRow &r : rows.value())
                printLine(QStringList{csvField(r.sku), csvField(r.name), csvField(r.unit),
                                      csvField(r.warehouseCode), formatQuantity(r.quantity)}
                              .join(QLatin1Char(',')));
        } else {
            printLine(QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(tr("SKU"), -16)
                          .arg(tr("name"), -30)
                          .arg(tr("unit"), -6)
                          .arg(tr("warehouse"), -10)
                          .arg(tr("quantity"), 12));
            for (const StockLevelRow &r : rows.value())
                printLine(QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(r.sku, -16)
                              .arg(r.name, -30)
                              .arg(r.unit, -6)
                              .arg(r.warehouseCode, -10)
                              .arg(formatQuantity(r.quantity), 12));
        }
        return ExitOk;
    }
};

int stockCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + action} + arguments.mid(2);
    if (action == QLatin1String("transfer"))
        return TransferCommand().execute(rest);
    if (action == QLatin1String("adjust"))
        return AdjustCommand().execute(rest);
    if (action == QLatin1String("levels"))
        return LevelsCommand().execute(rest);
    const QStringList help{
        tr("Usage: stockbook-cli stock transfer|adjust|levels [options]; each has --help."),
        tr("  transfer  move stock between warehouses (managers)"),
        tr("  adjust    record a stocktake: counted quantities with a reason (managers)"),
        tr("  levels    stock per product and warehouse as a table, CSV or JSON")};
    if (action == QLatin1String("--help-all"))
        showHelpAll(help.join(QLatin1Char('\n')));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        for (const QString &line : help)
            printLine(line);
        return ExitOk;
    }
    return usage(tr("Name the action: transfer, adjust or levels."));
}

const CommandRegistration registration{
    {QStringLiteral("stock"),
     QT_TRANSLATE_NOOP("stockbook::cli", "transfer stock, record a stocktake, list levels"), &stockCommand}};

} // namespace

} // namespace stockbook::cli

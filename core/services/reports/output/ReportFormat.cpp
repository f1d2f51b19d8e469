// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/reports/output/ReportFormat.h"

#include "Tr.h"
#include "domain/Labels.h"
#include "domain/Money.h"
#include "services/csv/CsvFile.h"
#include "services/reports/ReportRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace stockbook {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A cell the query gave as a number is written as one; any other cell is text
// and goes through csvSafeText (formula injection).
QString csvCellText(const QVariant &value, const QString &text)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return text;
    default:
        return csvSafeText(text);
    }
}

QString readable(const QString &name)
{
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ReportCellKind reportCellKind(const ReportTable &t, int column)
{
    if (t.moneyColumns.contains(column))
        return ReportCellKind::Money;
    if (t.quantityColumns.contains(column))
        return ReportCellKind::Quantity;
    return ReportCellKind::Plain;
}

bool isReportNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
}

QString reportCellText(const ReportTable &t, int column, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (isReportNumber(v)) {
        switch (reportCellKind(t, column)) {
        case ReportCellKind::Money:
            return formatMoney(v.toLongLong());
        case ReportCellKind::Quantity:
            return formatQuantity(v.toLongLong());
        case ReportCellKind::Plain:
            break;
        }
        return QString::number(v.toLongLong());
    }
    return v.toString();
}

ReportCellDisplay::ReportCellDisplay(const ReportTable &t, const NumberFormat &numbers) : m_numbers(numbers)
{
    const ReportDefinition *report = findReport(t.name);
    for (int c = 0; c < t.columns.size(); ++c) {
        Kind kind = Kind::Plain;
        if (t.moneyColumns.contains(c))
            kind = Kind::Money;
        else if (t.quantityColumns.contains(c))
            kind = Kind::Quantity;
        else if (t.columns.at(c) == QLatin1String("unit"))
            kind = Kind::Unit;
        else if (report) {
            for (const ReportColumn &rc : report->columns) {
                if (rc.name == t.columns.at(c) && rc.text == ReportColumnText::MovementType)
                    kind = Kind::MovementType;
            }
        }
        m_kinds.append(kind);
    }
}

QString ReportCellDisplay::text(int column, const QVariant &v) const
{
    if (v.isNull() || !v.isValid())
        return {};
    const Kind kind = m_kinds.value(column, Kind::Plain);
    if (isReportNumber(v)) {
        switch (kind) {
        case Kind::Money:
            return m_numbers.money(v.toLongLong());
        case Kind::Quantity:
            return m_numbers.quantity(v.toLongLong());
        default:
            return m_numbers.locale().toString(v.toLongLong());
        }
    }
    switch (kind) {
    case Kind::Unit:
        return unitLabel(v.toString());
    case Kind::MovementType:
        return movementTypeLabel(v.toString());
    default:
        return v.toString();
    }
}

QByteArray reportCsv(const ReportTable &t, const NumberFormat &numbers)
{
    const bool commaDecimals = numbers.locale().decimalPoint() == QStringLiteral(",");
    const QChar separator = commaDecimals ? QLatin1Char(';') : QLatin1Char(',');
    auto field = [separator](const QString &text) -> QString {
        if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
            && !text.contains(QLatin1Char('\r')))
            return text;
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    };
    QStringList header;
    for (const QString &c : t.columns)
        header.append(field(c));
    QString out = QStringLiteral("\uFEFF") + header.join(separator) + QStringLiteral("\r\n");
    for (qsizetype r = 0; r < t.rowCountWithTotals(); ++r) {
        QStringList fields;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant value = t.cellWithTotals(r, c);
            QString text;
            if (isReportNumber(value)) {
                switch (reportCellKind(t, c)) {
                case ReportCellKind::Money:
                    text = numbers.money(value.toLongLong());
                    break;
                case ReportCellKind::Quantity:
                    text = numbers.quantity(value.toLongLong());
                    break;
                case ReportCellKind::Plain:
                    text = numbers.locale().toString(value.toLongLong());
                    break;
                }
            } else {
                text = reportCellText(t, c, value);
            }
            fields.append(field(csvCellText(value, text)));
        }
        out += fields.join(separator) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray reportCsv(const ReportTable &t, CsvDecimal decimal)
{
    const bool commaDecimals = decimal == CsvDecimal::Comma;
    const QChar separator = commaDecimals ? QLatin1Char(';') : QLatin1Char(',');
    QString out = QStringLiteral("\uFEFF") + t.columns.join(separator) + QStringLiteral("\r\n");
    for (qsizetype r = 0; r < t.rowCountWithTotals(); ++r) {
        QStringList fields;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant value = t.cellWithTotals(r, c);
            QString text = csvCellText(value, reportCellText(t, c, value));
            if (commaDecimals && isReportNumber(value) && reportCellKind(t, c) != ReportCellKind::Plain)
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

QByteArray reportJson(const ReportTable &t)
{
    QJsonArray array;
    for (qsizetype r = 0; r < t.rowCountWithTotals(); ++r) {
        QJsonObject object;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QVariant v = t.cellWithTotals(r, c);
            QJsonValue value;
            if (v.isNull() || !v.isValid())
                value = QJsonValue(QJsonValue::Null);
            else if (!isReportNumber(v))
                value = v.toString();
            else if (reportCellKind(t, c) == ReportCellKind::Money)
                value = static_cast<double>(v.toLongLong()) / 100.0;
            else if (reportCellKind(t, c) == ReportCellKind::Quantity)
                value = static_cast<double>(v.toLongLong()) / 1000.0;
            else
                value = v.toLongLong();
            object.insert(t.columns[c], value);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray reportText(const ReportTable &t)
{
    // The table is read by people: its header holds the translated column
    // titles (CSV and JSON keep the column names).
    QStringList titles;
    QList<qsizetype> widths;
    for (const QString &c : t.columns) {
        titles.append(reportColumnTitle(c));
        widths.append(titles.last().size());
    }
    QList<QStringList> texts;
    for (qsizetype r = 0; r < t.rowCountWithTotals(); ++r) {
        QStringList line;
        for (int c = 0; c < t.columns.size(); ++c) {
            line.append(reportCellText(t, c, t.cellWithTotals(r, c)));
            widths[c] = std::max(widths[c], line.last().size());
        }
        texts.append(line);
    }
    auto format = [&](const QStringList &cells, bool header) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c) {
            const bool right = !header && reportCellKind(t, c) != ReportCellKind::Plain;
            padded.append(right ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]));
        }
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = format(titles, true);
    for (const QStringList &line : texts)
        out += format(line, false);
    return out.toUtf8();
}

QString reportTitle(const QString &report)
{
    if (const ReportDefinition *d = findReport(report))
        return d->translatedTitle();
    return readable(report);
}

QString reportColumnTitle(const QString &column)
{
    static const struct {
        const char *name;
        const char *title;
    } titles[] = {
        {"kind", QT_TRANSLATE_NOOP("Stockbook", "Row")},
        {"sku", QT_TRANSLATE_NOOP("Stockbook", "SKU")},
        {"name", QT_TRANSLATE_NOOP("Stockbook", "Name")},
        {"category", QT_TRANSLATE_NOOP("Stockbook", "Category")},
        {"warehouse", QT_TRANSLATE_NOOP("Stockbook", "Warehouse")},
        {"quantity", QT_TRANSLATE_NOOP("Stockbook", "Quantity")},
        {"unit", QT_TRANSLATE_NOOP("Stockbook", "Unit")},
        {"reorder_level", QT_TRANSLATE_NOOP("Stockbook", "Reorder level")},
        {"to_order", QT_TRANSLATE_NOOP("Stockbook", "To order")},
        {"supplier", QT_TRANSLATE_NOOP("Stockbook", "Supplier")},
        {"supplier_email", QT_TRANSLATE_NOOP("Stockbook", "Supplier e-mail")},
        {"value", QT_TRANSLATE_NOOP("Stockbook", "Value")},
        {"date", QT_TRANSLATE_NOOP("Stockbook", "Date")},
        {"type", QT_TRANSLATE_NOOP("Stockbook", "Type")},
        {"reference", QT_TRANSLATE_NOOP("Stockbook", "Reference")},
        {"in", QT_TRANSLATE_NOOP("Stockbook", "In")},
        {"out", QT_TRANSLATE_NOOP("Stockbook", "Out")},
        {"balance", QT_TRANSLATE_NOOP("Stockbook", "Balance")},
        {"period", QT_TRANSLATE_NOOP("Stockbook", "Period")},
        {"count", QT_TRANSLATE_NOOP("Stockbook", "Count")},
        {"credit_notes", QT_TRANSLATE_NOOP("Stockbook", "Credit notes")},
        {"net", QT_TRANSLATE_NOOP("Stockbook", "Net")},
        {"tax", QT_TRANSLATE_NOOP("Stockbook", "Tax")},
        {"gross", QT_TRANSLATE_NOOP("Stockbook", "Gross")},
        {"rank", QT_TRANSLATE_NOOP("Stockbook", "Rank")},
        {"customer", QT_TRANSLATE_NOOP("Stockbook", "Customer")},
        {"email", QT_TRANSLATE_NOOP("Stockbook", "E-mail")},
        {"revenue", QT_TRANSLATE_NOOP("Stockbook", "Revenue")},
        {"current", QT_TRANSLATE_NOOP("Stockbook", "Not yet due")},
        {"days_1_30", QT_TRANSLATE_NOOP("Stockbook", "1–30 days")},
        {"days_31_60", QT_TRANSLATE_NOOP("Stockbook", "31–60 days")},
        {"days_61_90", QT_TRANSLATE_NOOP("Stockbook", "61–90 days")},
        {"over_90", QT_TRANSLATE_NOOP("Stockbook", "Over 90 days")},
        {"total", QT_TRANSLATE_NOOP("Stockbook", "Total")},
        {"metric", QT_TRANSLATE_NOOP("Stockbook", "Figure")},
        {"amount", QT_TRANSLATE_NOOP("Stockbook", "Amount")},
    };
    for (const auto &t : titles) {
        if (column == QLatin1String(t.name))
            return Tr::tr(t.title);
    }
    // A column only one report has may bring its own title.
    for (const ReportDefinition &d : reportRegistry()) {
        for (const ReportColumn &c : d.columns) {
            if (c.title && c.name == column)
                return Tr::tr(c.title);
        }
    }
    return readable(column);
}

QString reportFilterTitle(const QString &filter)
{
    static const struct {
        const char *name;
        const char *title;
    } titles[] = {
        {"from", QT_TRANSLATE_NOOP("Stockbook", "From")},
        {"to", QT_TRANSLATE_NOOP("Stockbook", "To")},
        {"as_of", QT_TRANSLATE_NOOP("Stockbook", "As of")},
        {"warehouse", QT_TRANSLATE_NOOP("Stockbook", "Warehouse")},
        {"category", QT_TRANSLATE_NOOP("Stockbook", "Category")},
        {"supplier", QT_TRANSLATE_NOOP("Stockbook", "Supplier")},
        {"customer", QT_TRANSLATE_NOOP("Stockbook", "Customer")},
        {"product", QT_TRANSLATE_NOOP("Stockbook", "Product")},
        {"period", QT_TRANSLATE_NOOP("Stockbook", "Period")},
        {"by", QT_TRANSLATE_NOOP("Stockbook", "Rank by")},
        {"limit", QT_TRANSLATE_NOOP("Stockbook", "Rows")},
    };
    for (const auto &t : titles) {
        if (filter == QLatin1String(t.name))
            return Tr::tr(t.title);
    }
    return readable(filter);
}

} // namespace stockbook

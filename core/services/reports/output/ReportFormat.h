// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/NumberFormat.h"
#include "services/reports/ReportService.h"
#include "services/settings/SettingsService.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace stockbook {

// How a report's cells and files are written, shared by the command line and
// the app so that both show and export the same figures.
enum class ReportCellKind { Plain, Money, Quantity };

ReportCellKind reportCellKind(const ReportTable &table, int column);
// A count, an amount or a quantity (as opposed to text or an empty cell).
bool isReportNumber(const QVariant &value);

// Text of a cell: money in major units (12.50), quantities in the unit
// (1.5), counts as integers, dot decimals, no grouping; empty for a null cell.
QString reportCellText(const ReportTable &table, int column, const QVariant &value);

// Cells as people read them on the Reports page and the printed report:
// money and quantities as the user's language writes them (NumberFormat:
// "1.353,47" in German), counts grouped the same way, units and stock
// movement types in words (domain/Labels.h). Files and the command line
// keep reportCellText. Made once per table, it costs no lookup per cell.
class ReportCellDisplay {
public:
    explicit ReportCellDisplay(const ReportTable &table, const NumberFormat &numbers = NumberFormat());
    QString text(int column, const QVariant &value) const;
    const NumberFormat &numbers() const { return m_numbers; }

private:
    enum class Kind : quint8 { Plain, Money, Quantity, Unit, MovementType };
    QList<Kind> m_kinds;
    NumberFormat m_numbers;
};

// UTF-8 with a byte order mark and a header row of the column names, CRLF
// line ends. With comma decimals numbers use ',' and fields are separated by
// ';' (the report.csv_decimal setting).
QByteArray reportCsv(const ReportTable &table, CsvDecimal decimal);
// The same file with numbers as a language writes them ("1.234,50" and
// "1,5" in German, without a currency); fields are separated by ';' where
// the language's decimal separator is a comma, by ',' otherwise. Texts and
// the header row stay as in reportCsv.
QByteArray reportCsv(const ReportTable &table, const NumberFormat &numbers);
// An array of objects keyed by column name; money and quantities as numbers
// in major units.
QByteArray reportJson(const ReportTable &table);
// Aligned plain text with the column names on the first line.
QByteArray reportText(const ReportTable &table);

// Translated names for people: "Sales", "Stock on hand"; "Net", "Due date".
// Unknown names come back readable ("days_1_30" -> "Days 1 30").
QString reportTitle(const QString &report);
QString reportColumnTitle(const QString &column);
QString reportFilterTitle(const QString &filter);

} // namespace stockbook

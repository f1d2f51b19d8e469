// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportTableModel.h"

#include "services/ReportFormat.h"

#include <QFont>

namespace stockbook::ui {

namespace {

// Words the reports put in their first column, for people.
QString rowWord(const QString &text)
{
    if (text == QLatin1String("total"))
        return ReportTableModel::tr("Total");
    if (text == QLatin1String("subtotal"))
        return ReportTableModel::tr("Subtotal");
    if (text == QLatin1String("item"))
        return ReportTableModel::tr("Item");
    if (text == QLatin1String("opening"))
        return ReportTableModel::tr("Opening");
    if (text == QLatin1String("closing"))
        return ReportTableModel::tr("Closing");
    return text;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({});
}

int ReportTableModel::totalsRow() const
{
    return hasTotals() ? int(m_table.rows.size()) : -1;
}

int ReportTableModel::column(const QString &name) const
{
    return int(m_table.columns.indexOf(name));
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table.rows.size()) + (hasTotals() ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::cell(int row, int column) const
{
    const QVariantList &cells = row < m_table.rows.size() ? m_table.rows.at(row) : m_table.totals;
    return cells.value(column);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant value = cell(index.row(), index.column());
    const bool totals = index.row() == totalsRow();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString text = reportCellText(m_table, index.column(), value);
        return m_table.columns.value(index.column()) == QLatin1String("kind")
                || (totals && index.column() == 0)
            ? rowWord(text)
            : text;
    }
    case Qt::TextAlignmentRole:
        return isReportNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || cell(index.row(), 0).toString() == QLatin1String("subtotal")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        return value;
    case TotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return reportColumnTitle(m_table.columns.at(section));
    if (role == Qt::ToolTipRole)
        return m_table.columns.at(section); // the name the CSV and the CLI use
    return {};
}

ReportSortProxy::ReportSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
}

bool ReportSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Descending order asks lessThan(right, left), so the totals row is the
    // greatest when ascending and the least when descending: last either way.
    const bool leftTotals = left.data(ReportTableModel::TotalsRole).toBool();
    const bool rightTotals = right.data(ReportTableModel::TotalsRole).toBool();
    if (leftTotals != rightTotals)
        return leftTotals ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    const QVariant a = left.data(ReportTableModel::SortRole);
    const QVariant b = right.data(ReportTableModel::SortRole);
    const bool numberA = isReportNumber(a);
    const bool numberB = isReportNumber(b);
    if (numberA && numberB)
        return a.toLongLong() < b.toLongLong();
    if (numberA != numberB) // empty cells before numbers
        return numberB;
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace stockbook::ui

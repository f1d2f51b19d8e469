// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportTableModel.h"

#include "services/reports/ReportRegistry.h"

#include <QCollator>
#include <QFont>
#include <QHash>

#include <algorithm>
#include <vector>

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
    if (text == QLatin1String("movement"))
        return ReportTableModel::tr("Movement");
    return text;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_display = ReportCellDisplay(m_table);
    m_kindHidden.clear();
    if (const ReportDefinition *report = findReport(m_table.name)) {
        for (const ReportColumn &c : report->columns) {
            if (c.text == ReportColumnText::RowKind && m_table.columns.contains(c.name))
                m_kindHidden.append(int(m_table.columns.indexOf(c.name)));
        }
    }
    m_order.clear();
    // A new run keeps the order the user chose, if the column is still there.
    if (m_sortColumn >= m_table.columns.size())
        m_sortColumn = -1;
    if (m_sortColumn >= 0)
        m_order = sortedRows(m_sortColumn, m_sortOrder);
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

int ReportTableModel::sourceRow(int row) const
{
    return row < m_order.size() ? m_order.at(row) : row;
}

QVariant ReportTableModel::cell(int row, int column) const
{
    return row < m_table.rows.size() ? m_table.rows.cell(sourceRow(row), column)
                                     : m_table.totals.value(column);
}

QList<int> ReportTableModel::sortedRows(int column, Qt::SortOrder order) const
{
    const qsizetype n = m_table.rows.size();
    // One key per row: numbers by value after everything else; the rest by
    // the rank of their text among the column's distinct texts.
    std::vector<qint64> keys;
    std::vector<char> isNumber(static_cast<std::size_t>(n));
    QStringList texts;
    // A column of texts gives its distinct texts and each row's index at
    // once; another is read cell by cell.
    if (!m_table.rows.textIndexes(column, texts, keys)) {
        keys.assign(static_cast<std::size_t>(n), 0);
        texts.clear();
        QHash<QString, int> distinct;
        for (qsizetype r = 0; r < n; ++r) {
            const QVariant value = m_table.rows.cell(r, column);
            const auto i = static_cast<std::size_t>(r);
            if (isReportNumber(value)) {
                isNumber[i] = 1;
                keys[i] = value.toLongLong();
                continue;
            }
            const QString text = value.toString();
            auto it = distinct.constFind(text);
            if (it == distinct.constEnd()) {
                it = distinct.insert(text, int(texts.size()));
                texts.append(text);
            }
            keys[i] = *it;
        }
    }
    if (!texts.isEmpty()) {
        // The collator's key for each distinct text once, then the texts
        // ranked by their keys.
        QCollator collator;
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(static_cast<std::size_t>(texts.size()));
        for (const QString &t : std::as_const(texts))
            sortKeys.push_back(collator.sortKey(t));
        std::vector<int> byText(static_cast<std::size_t>(texts.size()));
        for (std::size_t i = 0; i < byText.size(); ++i)
            byText[i] = int(i);
        std::stable_sort(byText.begin(), byText.end(), [&sortKeys](int a, int b) {
            return sortKeys[static_cast<std::size_t>(a)].compare(sortKeys[static_cast<std::size_t>(b)]) < 0;
        });
        std::vector<int> rank(byText.size());
        for (std::size_t i = 0; i < byText.size(); ++i) {
            // Texts the collator holds equal share a rank.
            const bool same = i > 0
                && sortKeys[static_cast<std::size_t>(byText[i])].compare(
                       sortKeys[static_cast<std::size_t>(byText[i - 1])])
                    == 0;
            rank[static_cast<std::size_t>(byText[i])] = same ? rank[static_cast<std::size_t>(byText[i - 1])]
                                                             : int(i);
        }
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (!isNumber[i])
                keys[i] = rank[static_cast<std::size_t>(keys[i])];
    }
    QList<int> rows(n);
    for (qsizetype r = 0; r < n; ++r)
        rows[r] = int(r);
    const auto less = [&keys, &isNumber](int a, int b) {
        const auto i = static_cast<std::size_t>(a), j = static_cast<std::size_t>(b);
        if (isNumber[i] != isNumber[j])
            return isNumber[j] != 0; // text and empty cells before numbers
        return keys[i] < keys[j];
    };
    // Equal rows keep the report's order either way.
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&less](int a, int b) { return less(b, a); });
    return rows;
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each remembered index (the current row, the selection) was in the
    // report, to find it again after the sort.
    const QModelIndexList before = persistentIndexList();
    QList<int> sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append(index.row() < m_table.rows.size() ? sourceRow(index.row()) : index.row());
    m_sortColumn = column;
    m_sortOrder = order;
    m_order = column < 0 ? QList<int>() : sortedRows(column, order);
    if (!before.isEmpty()) {
        QList<int> shownAt(m_table.rows.size());
        for (qsizetype row = 0; row < shownAt.size(); ++row)
            shownAt[sourceRow(int(row))] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int source = sources.at(i);
            const int row = source < shownAt.size() ? shownAt.at(source) : source;
            after.append(index(row, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// The view shows no kind column (ReportColumnText::RowKind): a row that is
// not an item or a movement names itself in its first empty cell instead.
int ReportTableModel::firstEmptyAfterKind(int row) const
{
    if (m_kindHidden.isEmpty() || m_kindHidden.first() != 0)
        return -1;
    const QString kind = cell(row, 0).toString();
    if (kind.isEmpty() || kind == QLatin1String("item") || kind == QLatin1String("movement"))
        return -1;
    for (int c = 1; c < m_table.columns.size(); ++c) {
        if (reportCellText(m_table, c, cell(row, c)).isEmpty())
            return c;
    }
    return -1;
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
        const QString text = m_display.text(index.column(), value);
        const QString name = m_table.columns.value(index.column());
        if (text.isEmpty() && index.column() == firstEmptyAfterKind(index.row()))
            return rowWord(cell(index.row(), 0).toString()); // "Subtotal", "Total", "Opening"
        return name == QLatin1String("kind") || (totals && index.column() == 0) ? rowWord(text) : text;
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

} // namespace stockbook::ui

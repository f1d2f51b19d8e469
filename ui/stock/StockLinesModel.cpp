// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StockLinesModel.h"

#include "domain/Money.h"

#include <QApplication>
#include <QStyle>

namespace stockbook::ui {

StockLinesModel::StockLinesModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) { }

int StockLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int StockLinesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Stocktake ? ColumnCount : Difference;
}

std::optional<qint64> StockLinesModel::quantity(int row) const
{
    const QString text = m_lines.at(row).quantity.trimmed();
    return text.isEmpty() ? std::nullopt : parseQuantity(text);
}

bool StockLinesModel::exceedsLevel(int row) const
{
    const Line &l = m_lines.at(row);
    const auto q = quantity(row);
    return m_kind == Kind::Transfer && l.level && q && *q > *l.level;
}

QVariant StockLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Line &l = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Product:
            return role == Qt::EditRole ? l.sku : tr("%1 · %2").arg(l.sku, l.name);
        case Level:
            if (!l.level)
                return role == Qt::DisplayRole ? tr("—") : QVariant();
            if (role == Qt::EditRole)
                return formatQuantity(*l.level);
            return exceedsLevel(index.row()) ? tr("Only %1 %2").arg(formatQuantity(*l.level), l.unit)
                                             : tr("%1 %2").arg(formatQuantity(*l.level), l.unit);
        case Quantity:
            return l.quantity;
        case Difference: {
            const auto q = quantity(index.row());
            if (!q || !l.level)
                return QString();
            const qint64 difference = *q - *l.level;
            return difference > 0 ? tr("+%1").arg(formatQuantity(difference)) : formatQuantity(difference);
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == Product && !l.error.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == Level && exceedsLevel(index.row()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        if (!l.error.isEmpty())
            return l.error;
        if (exceedsLevel(index.row()))
            return tr("More than the %1 %2 in the warehouse the stock leaves.")
                .arg(formatQuantity(*l.level), l.unit);
    }
    if (role == Qt::TextAlignmentRole && column != Product)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StockLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const bool transfer = m_kind == Kind::Transfer;
    switch (section) {
    case Product:
        return tr("Product");
    case Level:
        return transfer ? tr("Available") : tr("Recorded");
    case Quantity:
        return transfer ? tr("Quantity") : tr("Counted");
    case Difference:
        return tr("Difference");
    default:
        return {};
    }
}

Qt::ItemFlags StockLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Quantity)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StockLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Quantity || index.row() >= rowCount())
        return false;
    Line &l = m_lines[index.row()];
    l.quantity = value.toString().trimmed();
    l.error.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

bool StockLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_lines.remove(row, count);
    endRemoveRows();
    return true;
}

int StockLinesModel::rowOf(qint64 productId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == productId)
            return row;
    }
    return -1;
}

int StockLinesModel::addLine(const Line &line)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    return row;
}

void StockLinesModel::setLines(const QList<Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void StockLinesModel::setLevel(int row, std::optional<qint64> level)
{
    m_lines[row].level = level;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void StockLinesModel::setLineError(int row, const QString &message)
{
    m_lines[row].error = message;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void StockLinesModel::clearErrors()
{
    for (Line &l : m_lines)
        l.error.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace stockbook::ui

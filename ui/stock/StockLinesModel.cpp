// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StockLinesModel.h"

#include "common/FieldError.h"
#include "domain/Labels.h"
#include "domain/NumberFormat.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
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
    return text.isEmpty() ? std::nullopt : NumberFormat().parseQuantity(text);
}

QString StockLinesModel::inputError(int row) const
{
    const NumberFormat numbers;
    const QString text = m_lines.at(row).quantity.trimmed();
    const auto q = quantity(row);
    if (m_kind == Kind::Transfer) {
        if (text.isEmpty())
            return tr("the quantity is empty; type e.g. %1").arg(numbers.quantityExample());
        if (!q)
            return tr("quantity '%1' is not a number; type e.g. %2").arg(text, numbers.quantityExample());
        if (*q <= 0)
            return tr("quantity '%1' must be above zero; type e.g. %2").arg(text, numbers.quantityExample());
        return {};
    }
    if (text.isEmpty())
        return {};
    if (!q)
        return tr("count '%1' is not a number; type e.g. %2").arg(text, numbers.quantityExample());
    if (*q < 0)
        return tr("count '%1' cannot be below zero; type e.g. %2").arg(text, numbers.quantityExample());
    return {};
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
    const NumberFormat numbers;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Product:
            return role == Qt::EditRole ? l.sku : tr("%1 · %2").arg(l.sku, l.name);
        case Level:
            if (!l.level)
                return role == Qt::DisplayRole ? tr("—") : QVariant();
            if (role == Qt::EditRole)
                return numbers.quantity(*l.level);
            return exceedsLevel(index.row())
                ? tr("Only %1 %2").arg(numbers.quantity(*l.level), unitLabel(l.unit))
                : tr("%1 %2").arg(numbers.quantity(*l.level), unitLabel(l.unit));
        case Quantity:
            return l.quantity;
        case Difference: {
            const auto q = quantity(index.row());
            if (!q || !l.level)
                return QString();
            const qint64 difference = *q - *l.level;
            return difference > 0 ? tr("+%1").arg(numbers.quantity(difference))
                                  : numbers.quantity(difference);
        }
        default:
            return {};
        }
    }
    const bool badInput = column == Quantity && !inputError(index.row()).isEmpty();
    if (role == Qt::DecorationRole) {
        if ((column == Product && !l.error.isEmpty()) || badInput)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == Level && exceedsLevel(index.row()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        if (badInput)
            return inputError(index.row());
        if (!l.error.isEmpty())
            return l.error;
        if (exceedsLevel(index.row()))
            return tr("More than the %1 %2 in the warehouse the stock leaves.")
                .arg(numbers.quantity(*l.level), unitLabel(l.unit));
    }
    if (role == Qt::ForegroundRole && badInput)
        return errorColour(QApplication::palette());
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceLinesModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace stockbook::ui {

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void InvoiceLinesModel::setPricesIncludeTax(bool include)
{
    m_pricesIncludeTax = include;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Total), index(rowCount() - 1, Total));
    emit totalsChanged();
}

void InvoiceLinesModel::setCheckStock(bool check)
{
    m_checkStock = check;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<LineAmounts> InvoiceLinesModel::amounts(int row) const
{
    const Line &l = m_lines.at(row);
    const auto quantity = parseQuantity(l.quantity);
    const auto price = parseMoney(l.unitPrice);
    const auto discount = l.discount.trimmed().isEmpty() ? std::optional<qint64>(0)
                                                         : parsePercent(l.discount);
    const auto tax = parsePercent(l.tax);
    if (!quantity || !price || !discount || !tax)
        return std::nullopt;
    return computeLine(*quantity, *price, *discount, *tax, m_pricesIncludeTax);
}

LineAmounts InvoiceLinesModel::totals() const
{
    LineAmounts sum;
    for (int row = 0; row < rowCount(); ++row) {
        if (const auto a = amounts(row)) {
            sum.net += a->net;
            sum.tax += a->tax;
            sum.total += a->total;
        }
    }
    return sum;
}

bool InvoiceLinesModel::exceedsStock(int row) const
{
    const Line &l = m_lines.at(row);
    if (!m_checkStock || !l.available)
        return false;
    const auto quantity = parseQuantity(l.quantity);
    return quantity && *quantity > *l.available;
}

int InvoiceLinesModel::linesOverStock() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += exceedsStock(row) ? 1 : 0;
    return count;
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Line &l = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Product:
            return role == Qt::EditRole ? l.sku : tr("%1 · %2").arg(l.sku, l.name);
        case Description:
            return l.description;
        case Quantity:
            return role == Qt::EditRole || l.unit.isEmpty() ? l.quantity
                                                            : tr("%1 %2").arg(l.quantity, l.unit);
        case UnitPrice:
            return l.unitPrice;
        case Discount:
            return l.discount;
        case Tax:
            return l.tax;
        case Total: {
            const auto a = amounts(index.row());
            return a ? formatMoney(a->total) : tr("?");
        }
        case Available:
            if (!m_checkStock || !l.available)
                return role == Qt::DisplayRole ? tr("—") : QVariant();
            return exceedsStock(index.row()) ? tr("Only %1").arg(formatQuantity(*l.available))
                                             : formatQuantity(*l.available);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == Product && !l.error.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == Available && exceedsStock(index.row()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        if (!l.error.isEmpty())
            return l.error;
        if (exceedsStock(index.row()))
            return tr("More than the %1 %2 in stock in this warehouse.")
                .arg(formatQuantity(*l.available), l.unit);
    }
    if (role == Qt::TextAlignmentRole && column >= Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount %");
    case Tax:
        return tr("Tax %");
    case Total:
        return tr("Line total");
    case Available:
        return tr("In stock");
    default:
        return {};
    }
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() >= Description && index.column() <= Tax)
        f |= Qt::ItemIsEditable;
    return f;
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Line &l = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Description:
        l.description = value.toString();
        break;
    case Quantity:
        l.quantity = text;
        break;
    case UnitPrice:
        l.unitPrice = text;
        break;
    case Discount:
        l.discount = text;
        break;
    case Tax:
        l.tax = text;
        break;
    default:
        return false;
    }
    l.error.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    return true;
}

bool InvoiceLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_lines.remove(row, count);
    endRemoveRows();
    emit totalsChanged();
    return true;
}

int InvoiceLinesModel::addLine(const Line &line)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    emit totalsChanged();
    return row;
}

void InvoiceLinesModel::setLines(const QList<Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit totalsChanged();
}

void InvoiceLinesModel::clear()
{
    setLines({});
}

void InvoiceLinesModel::setAvailable(int row, std::optional<qint64> available)
{
    m_lines[row].available = available;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalsChanged();
}

void InvoiceLinesModel::setLineError(int row, const QString &message)
{
    m_lines[row].error = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InvoiceLinesModel::clearErrors()
{
    for (Line &l : m_lines)
        l.error.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<InvoiceLinesModel::ParseError> InvoiceLinesModel::toInputs(QList<InvoiceLineInput> &out) const
{
    out.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const Line &l = m_lines.at(row);
        InvoiceLineInput in;
        in.productId = l.productId;
        in.description = l.description.trimmed() == l.name ? QString() : l.description.trimmed();
        const auto quantity = parseQuantity(l.quantity);
        if (!quantity || *quantity <= 0)
            return ParseError{row, Quantity, tr("Enter a quantity above zero, such as 2 or 1.5.")};
        in.quantity = *quantity;
        const auto price = parseMoney(l.unitPrice);
        if (!price)
            return ParseError{row, UnitPrice, tr("Enter the unit price as a number such as 12.50.")};
        in.unitPrice = *price;
        if (!l.discount.trimmed().isEmpty()) {
            const auto discount = parsePercent(l.discount);
            if (!discount)
                return ParseError{row, Discount, tr("Enter the discount as a percentage such as 10 or 2.5.")};
            in.discountBp = *discount;
        }
        const auto tax = parsePercent(l.tax);
        if (!tax)
            return ParseError{row, Tax, tr("Enter the tax rate as a percentage such as 20.")};
        in.taxRateBp = *tax;
        out.append(in);
    }
    return std::nullopt;
}

} // namespace stockbook::ui

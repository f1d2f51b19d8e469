// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceLinesModel.h"

#include "domain/Catalog.h"
#include "domain/Labels.h"
#include "domain/NumberFormat.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace stockbook::ui {

namespace {

std::optional<qint64> parseCell(int column, const QString &text)
{
    const NumberFormat numbers;
    switch (column) {
    case InvoiceLinesModel::Quantity:
        return numbers.parseQuantity(text);
    case InvoiceLinesModel::UnitPrice:
        return numbers.parseMoney(text);
    case InvoiceLinesModel::Discount:
        return text.trimmed().isEmpty() ? std::optional<qint64>(0) : numbers.parsePercent(text);
    case InvoiceLinesModel::Tax:
        return numbers.parsePercent(text);
    default:
        return std::nullopt;
    }
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

QString InvoiceLinesModel::checkInput(int column, const QString &typed, QString *canonical)
{
    const NumberFormat numbers;
    const QString text = typed.trimmed();
    const auto value = parseCell(column, text);
    QString problem;
    switch (column) {
    case Quantity:
        if (text.isEmpty())
            problem = tr("the quantity is empty; type e.g. %1").arg(numbers.quantityExample());
        else if (!value)
            problem = tr("quantity '%1' is not a number; type e.g. %2").arg(text, numbers.quantityExample());
        else if (*value <= 0)
            problem =
                tr("quantity '%1' must be above zero; type e.g. %2").arg(text, numbers.quantityExample());
        else if (canonical)
            *canonical = numbers.quantity(*value);
        break;
    case UnitPrice:
        if (text.isEmpty())
            problem = tr("the unit price is empty; type e.g. %1").arg(numbers.moneyExample());
        else if (!value)
            problem = tr("unit price '%1' is not an amount; type e.g. %2").arg(text, numbers.moneyExample());
        else if (*value < 0)
            problem =
                tr("unit price '%1' cannot be negative; type e.g. %2").arg(text, numbers.moneyExample());
        else if (canonical)
            *canonical = numbers.money(*value);
        break;
    case Discount:
        if (!value)
            problem = tr("discount '%1' is not a percentage; type e.g. %2").arg(text, numbers.percent(250));
        else if (*value < 0 || *value > BasisPoints)
            problem = tr("discount '%1' must lie between 0 and 100 %; type e.g. %2")
                          .arg(text, numbers.percent(250));
        else if (canonical)
            *canonical = numbers.percent(*value);
        break;
    case Tax:
        if (text.isEmpty())
            problem = tr("the tax rate is empty; type e.g. %1").arg(numbers.percent(2000));
        else if (!value)
            problem = tr("tax rate '%1' is not a percentage; type e.g. %2").arg(text, numbers.percent(2000));
        else if (!isValidTaxRate(*value))
            problem = tr("tax rate '%1': %2").arg(text, taxRateRangeMessage());
        else if (canonical)
            *canonical = numbers.percent(*value);
        break;
    default:
        if (canonical)
            *canonical = typed;
        break;
    }
    return problem;
}

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
    const auto quantity = parseCell(Quantity, l.quantity);
    const auto price = parseCell(UnitPrice, l.unitPrice);
    const auto discount = parseCell(Discount, l.discount);
    const auto tax = parseCell(Tax, l.tax);
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
    const auto quantity = parseCell(Quantity, l.quantity);
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
                                                            : tr("%1 %2").arg(l.quantity, unitLabel(l.unit));
        case UnitPrice:
            return l.unitPrice;
        case Discount:
            return l.discount;
        case Tax:
            return l.tax;
        case Total: {
            const auto a = amounts(index.row());
            return a ? NumberFormat().money(a->total) : tr("?");
        }
        case Available:
            if (!m_checkStock || !l.available)
                return role == Qt::DisplayRole ? tr("—") : QVariant();
            return exceedsStock(index.row()) ? tr("Only %1").arg(NumberFormat().quantity(*l.available))
                                             : NumberFormat().quantity(*l.available);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if ((column == Product && !l.error.isEmpty()) || l.refused.contains(column))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == Available && exceedsStock(index.row()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        if (l.refused.contains(column))
            return l.refused.value(column);
        if (!l.error.isEmpty())
            return l.error;
        if (exceedsStock(index.row()))
            return tr("More than the %1 %2 in stock in this warehouse.")
                .arg(NumberFormat().quantity(*l.available), unitLabel(l.unit));
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
    const int column = index.column();
    QString canonical;
    const QString problem = checkInput(column, value.toString(), &canonical);
    if (!problem.isEmpty()) {
        // Refused: the cell keeps its last good value, the line says why.
        l.refused.insert(column, problem);
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit errorsChanged();
        return false;
    }
    switch (column) {
    case Description:
        l.description = canonical;
        break;
    case Quantity:
        l.quantity = canonical;
        break;
    case UnitPrice:
        l.unitPrice = canonical;
        break;
    case Discount:
        l.discount = canonical;
        break;
    case Tax:
        l.tax = canonical;
        break;
    default:
        return false;
    }
    l.refused.remove(column);
    l.error.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    emit errorsChanged();
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
    emit errorsChanged();
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
    emit errorsChanged();
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
    emit errorsChanged();
}

void InvoiceLinesModel::clearErrors()
{
    for (Line &l : m_lines)
        l.error.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit errorsChanged();
}

bool InvoiceLinesModel::isRefused(int row, int column) const
{
    return row >= 0 && row < rowCount() && m_lines.at(row).refused.contains(column);
}

QString InvoiceLinesModel::errorMessages() const
{
    QStringList messages;
    for (int row = 0; row < rowCount(); ++row) {
        const Line &l = m_lines.at(row);
        QStringList own = l.refused.values();
        if (!l.error.isEmpty() && !own.contains(l.error))
            own.append(l.error);
        for (const QString &message : own)
            messages << tr("Line %1: %2").arg(row + 1).arg(message);
    }
    return messages.join(QLatin1Char('\n'));
}

std::optional<InvoiceLinesModel::ParseError> InvoiceLinesModel::toInputs(QList<InvoiceLineInput> &out) const
{
    out.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const Line &l = m_lines.at(row);
        if (!l.refused.isEmpty())
            return ParseError{row, static_cast<Column>(l.refused.firstKey()), l.refused.first()};
        for (const Column column : {Quantity, UnitPrice, Discount, Tax}) {
            const QString problem = checkInput(column, index(row, column).data(Qt::EditRole).toString());
            if (!problem.isEmpty())
                return ParseError{row, column, problem};
        }
        InvoiceLineInput in;
        in.productId = l.productId;
        in.description = l.description.trimmed() == l.name ? QString() : l.description.trimmed();
        in.quantity = *parseCell(Quantity, l.quantity);
        in.unitPrice = *parseCell(UnitPrice, l.unitPrice);
        in.discountBp = *parseCell(Discount, l.discount);
        in.taxRateBp = *parseCell(Tax, l.tax);
        out.append(in);
    }
    return std::nullopt;
}

} // namespace stockbook::ui

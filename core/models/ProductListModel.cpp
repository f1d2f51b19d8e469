// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/ProductListModel.h"

#include "Tr.h"

namespace stockbook {

namespace {

enum Field {
    Id,
    SkuField,
    BarcodeField,
    NameField,
    CategoryField,
    UnitField,
    PriceField,
    QuantityField,
    ReorderField,
    ActiveField,
    CategoryIdField
};

const char *const Headers[] = {
    QT_TRANSLATE_NOOP("Stockbook", "SKU"),      QT_TRANSLATE_NOOP("Stockbook", "Barcode"),
    QT_TRANSLATE_NOOP("Stockbook", "Name"),     QT_TRANSLATE_NOOP("Stockbook", "Category"),
    QT_TRANSLATE_NOOP("Stockbook", "Unit"),     QT_TRANSLATE_NOOP("Stockbook", "Price"),
    QT_TRANSLATE_NOOP("Stockbook", "In stock"), QT_TRANSLATE_NOOP("Stockbook", "Reorder level"),
    QT_TRANSLATE_NOOP("Stockbook", "Active"),
};
static_assert(std::size(Headers) == ProductListModel::ColumnCount);

} // namespace

ProductListModel::ProductListModel(CompanySession &company, QObject *parent)
    : PagedSqlModel(company, {Permission::ProductView}, QStringLiteral("product.list"), Name,
                    Qt::AscendingOrder, parent)
{
    reload();
}

void ProductListModel::setFilter(const ProductListFilter &filter)
{
    m_filter = filter;
    reload();
}

QString ProductListModel::header(int column) const
{
    return Tr::tr(Headers[column]);
}

PagedSqlModel::Query ProductListModel::query() const
{
    Query q;
    q.fields = QStringLiteral("p.id, p.sku, p.barcode, p.name, cat.name, p.unit, p.price, p.quantity, "
                              "p.reorder_level, p.active, p.category_id");
    q.from = QStringLiteral("products p LEFT JOIN categories cat ON cat.id = p.category_id");
    q.countFrom = QStringLiteral("products p");
    q.keys = {QStringLiteral("p.id")};
    addSearch(q, {QStringLiteral("p.sku"), QStringLiteral("p.barcode"), QStringLiteral("p.name")},
              m_filter.search);
    if (m_filter.categoryId > 0) {
        q.conditions << QStringLiteral("p.category_id = ?");
        q.values << m_filter.categoryId;
    }
    if (m_filter.active) {
        q.conditions << QStringLiteral("p.active = ?");
        q.values << (*m_filter.active ? 1 : 0);
    }
    return q;
}

PagedSqlModel::SortKey ProductListModel::sortKey(int column) const
{
    switch (column) {
    case Sku:
        return {QStringLiteral("p.sku")};
    case Barcode:
        return {QStringLiteral("p.barcode"), false};
    case Category:
        return {QStringLiteral("cat.name"), false, true};
    case Unit:
        return {QStringLiteral("p.unit")};
    case Price:
        return {QStringLiteral("p.price")};
    case Quantity:
        return {QStringLiteral("p.quantity")};
    case ReorderLevel:
        return {QStringLiteral("p.reorder_level")};
    case Active:
        return {QStringLiteral("p.active")};
    case Name:
    default:
        return {dialect().nocase(QStringLiteral("p.name"))};
    }
}

QVariant ProductListModel::cell(const QVariantList &fields, int column, int role) const
{
    if (role == CategoryIdRole)
        return fields.at(CategoryIdField).toLongLong();
    switch (column) {
    case Sku:
        return textCell(fields.at(SkuField), role);
    case Barcode:
        return textCell(fields.at(BarcodeField), role);
    case Name:
        return textCell(fields.at(NameField), role);
    case Category:
        return textCell(fields.at(CategoryField), role);
    case Unit:
        return labelCell(fields.at(UnitField), unitLabel(fields.at(UnitField).toString()), role);
    case Price:
        return moneyCell(fields.at(PriceField), role);
    case Quantity:
        return quantityCell(fields.at(QuantityField), role);
    case ReorderLevel:
        return quantityCell(fields.at(ReorderField), role);
    case Active:
        return flagCell(fields.at(ActiveField), role);
    default:
        return {};
    }
}

} // namespace stockbook

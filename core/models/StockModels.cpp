// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/StockModels.h"

#include "Tr.h"
#include "domain/Stock.h"
#include "services/ServiceSupport.h"

namespace stockbook {

namespace {

enum LevelField {
    LevelProductId,
    LevelWarehouseId,
    LevelSku,
    LevelName,
    LevelWarehouse,
    LevelQuantity,
    LevelReorder
};

const char *const LevelHeaders[] = {
    QT_TRANSLATE_NOOP("Stockbook", "SKU"),           QT_TRANSLATE_NOOP("Stockbook", "Product"),
    QT_TRANSLATE_NOOP("Stockbook", "Warehouse"),     QT_TRANSLATE_NOOP("Stockbook", "Quantity"),
    QT_TRANSLATE_NOOP("Stockbook", "Reorder level"),
};
static_assert(std::size(LevelHeaders) == StockLevelModel::ColumnCount);

enum MovementField {
    MoveId,
    MoveTime,
    MoveType,
    MoveSku,
    MoveName,
    MoveWarehouse,
    MoveQuantity,
    MoveReference,
    MoveUser,
    MoveProductId,
    MoveWarehouseId,
    MoveInvoiceId,
    MoveReason
};

const char *const MovementHeaders[] = {
    QT_TRANSLATE_NOOP("Stockbook", "Time"),      QT_TRANSLATE_NOOP("Stockbook", "Type"),
    QT_TRANSLATE_NOOP("Stockbook", "SKU"),       QT_TRANSLATE_NOOP("Stockbook", "Product"),
    QT_TRANSLATE_NOOP("Stockbook", "Warehouse"), QT_TRANSLATE_NOOP("Stockbook", "Quantity"),
    QT_TRANSLATE_NOOP("Stockbook", "Reference"), QT_TRANSLATE_NOOP("Stockbook", "User"),
    QT_TRANSLATE_NOOP("Stockbook", "Reason"),
};
static_assert(std::size(MovementHeaders) == StockMovementModel::ColumnCount);

const QString SignedQuantity = QStringLiteral(
                                   "CASE WHEN sm.type IN (%1) THEN -sm.quantity ELSE sm.quantity END")
                                   .arg(outboundMovementTypesSql());

} // namespace

void addLocalDayRange(QStringList &conditions, QVariantList &values, const QString &column, const QDate &from,
                      const QDate &to)
{
    if (from.isValid()) {
        conditions << column + QStringLiteral(" >= ?");
        values << isoTimestamp(from.startOfDay());
    }
    if (to.isValid()) {
        conditions << column + QStringLiteral(" < ?");
        values << isoTimestamp(to.addDays(1).startOfDay());
    }
}

StockLevelModel::StockLevelModel(CompanySession &company, QObject *parent)
    : PagedSqlModel(company, {Permission::StockView}, QStringLiteral("stock.list"), Sku, Qt::AscendingOrder,
                    parent)
{
    reload();
}

void StockLevelModel::setFilter(const StockLevelFilter &filter)
{
    m_filter = filter;
    reload();
}

qint64 StockLevelModel::warehouseIdAt(int row) const
{
    return fieldAt(row, LevelWarehouseId).toLongLong();
}

QString StockLevelModel::header(int column) const
{
    return Tr::tr(LevelHeaders[column]);
}

PagedSqlModel::Query StockLevelModel::query() const
{
    Query q;
    q.fields = QStringLiteral(
        "sl.product_id, sl.warehouse_id, p.sku, p.name, w.code, sl.quantity, p.reorder_level");
    q.from = QStringLiteral("stock_levels sl JOIN products p ON p.id = sl.product_id "
                            "JOIN warehouses w ON w.id = sl.warehouse_id");
    q.countFrom = QStringLiteral("stock_levels sl JOIN products p ON p.id = sl.product_id");
    q.keys = {QStringLiteral("sl.product_id"), QStringLiteral("sl.warehouse_id")};
    if (m_filter.warehouseId > 0) {
        q.conditions << QStringLiteral("sl.warehouse_id = ?");
        q.values << m_filter.warehouseId;
    }
    addSearch(q, {QStringLiteral("p.sku"), QStringLiteral("p.barcode"), QStringLiteral("p.name")},
              m_filter.search);
    if (m_filter.lowStockOnly)
        q.conditions << QStringLiteral("sl.quantity <= p.reorder_level");
    return q;
}

PagedSqlModel::SortKey StockLevelModel::sortKey(int column) const
{
    switch (column) {
    case Product:
        return {dialect().nocase(QStringLiteral("p.name"))};
    case Warehouse:
        return {QStringLiteral("w.code"), true, true};
    case Quantity:
        return {QStringLiteral("sl.quantity")};
    case ReorderLevel:
        return {QStringLiteral("p.reorder_level")};
    case Sku:
    default:
        return {QStringLiteral("p.sku")};
    }
}

QVariant StockLevelModel::cell(const QVariantList &fields, int column, int role) const
{
    if (role == WarehouseIdRole)
        return fields.at(LevelWarehouseId).toLongLong();
    if (role == LowStockRole)
        return fields.at(LevelQuantity).toLongLong() <= fields.at(LevelReorder).toLongLong();
    switch (column) {
    case Sku:
        return textCell(fields.at(LevelSku), role);
    case Product:
        return textCell(fields.at(LevelName), role);
    case Warehouse:
        return textCell(fields.at(LevelWarehouse), role);
    case Quantity:
        return quantityCell(fields.at(LevelQuantity), role);
    case ReorderLevel:
        return quantityCell(fields.at(LevelReorder), role);
    default:
        return {};
    }
}

StockMovementModel::StockMovementModel(CompanySession &company, QObject *parent)
    : PagedSqlModel(company, {Permission::StockView}, QStringLiteral("stock.movements"), Time,
                    Qt::DescendingOrder, parent)
{
    reload();
}

void StockMovementModel::setFilter(const StockMovementFilter &filter)
{
    m_filter = filter;
    reload();
}

QString StockMovementModel::header(int column) const
{
    return Tr::tr(MovementHeaders[column]);
}

PagedSqlModel::Query StockMovementModel::query() const
{
    Query q;
    q.fields = QStringLiteral("sm.id, sm.created_at, sm.type, p.sku, p.name, w.code, ") + SignedQuantity
        + QStringLiteral(
                   ", sm.reference, u.username, sm.product_id, sm.warehouse_id, sm.invoice_id, sm.reason");
    q.from = QStringLiteral("stock_movements sm JOIN products p ON p.id = sm.product_id "
                            "JOIN warehouses w ON w.id = sm.warehouse_id LEFT JOIN %1 u ON u.id = sm.user_id")
                 .arg(dialect().userNames());
    q.countFrom = QStringLiteral("stock_movements sm");
    q.keys = {QStringLiteral("sm.id")};
    if (m_filter.productId > 0) {
        q.conditions << QStringLiteral("sm.product_id = ?");
        q.values << m_filter.productId;
    }
    if (m_filter.warehouseId > 0) {
        q.conditions << QStringLiteral("sm.warehouse_id = ?");
        q.values << m_filter.warehouseId;
    }
    if (!m_filter.types.isEmpty()) {
        QStringList marks;
        for (const QString &t : m_filter.types) {
            marks << QStringLiteral("?");
            q.values << t;
        }
        q.conditions << QStringLiteral("sm.type IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    addLocalDayRange(q.conditions, q.values, QStringLiteral("sm.created_at"), m_filter.from, m_filter.to);
    return q;
}

PagedSqlModel::SortKey StockMovementModel::sortKey(int column) const
{
    switch (column) {
    case Type:
        return {QStringLiteral("sm.type")};
    case Sku:
        return {QStringLiteral("p.sku"), true, true};
    case Product:
        return {dialect().nocase(QStringLiteral("p.name")), true, true};
    case Warehouse:
        return {QStringLiteral("w.code"), true, true};
    case Quantity:
        return {SignedQuantity};
    case Reference:
        return {QStringLiteral("sm.reference")};
    case User:
        return {QStringLiteral("u.username"), false, true};
    case Reason:
        return {QStringLiteral("sm.reason")};
    case Time:
    default:
        return {QStringLiteral("sm.created_at")};
    }
}

QVariant StockMovementModel::cell(const QVariantList &fields, int column, int role) const
{
    if (role == ProductIdRole)
        return fields.at(MoveProductId).toLongLong();
    if (role == WarehouseIdRole)
        return fields.at(MoveWarehouseId).toLongLong();
    if (role == InvoiceIdRole)
        return fields.at(MoveInvoiceId).toLongLong();
    switch (column) {
    case Time:
        return timestampCell(fields.at(MoveTime), role);
    case Type:
        return labelCell(fields.at(MoveType), movementTypeLabel(fields.at(MoveType).toString()), role);
    case Sku:
        return textCell(fields.at(MoveSku), role);
    case Product:
        return textCell(fields.at(MoveName), role);
    case Warehouse:
        return textCell(fields.at(MoveWarehouse), role);
    case Quantity:
        return quantityCell(fields.at(MoveQuantity), role);
    case Reference:
        return textCell(fields.at(MoveReference), role);
    case User:
        return textCell(fields.at(MoveUser), role);
    case Reason: // a stocktake's, e.g. "annual count"
        return textCell(fields.at(MoveReason), role);
    default:
        return {};
    }
}

} // namespace stockbook

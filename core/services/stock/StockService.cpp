// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/stock/StockService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "domain/Stock.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/stock/StockLedger.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace stockbook {

namespace {

struct Warehouse {
    qint64 id = 0;
    QString code;
    bool active = false;
};

struct Product {
    qint64 id = 0;
    QString sku;
    qint64 cost = 0;
};

QString lineField(int index, const char *name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

Result<Warehouse> findWarehouse(storage::Database &db, const WarehouseKey &key, const QString &field)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (key.id > 0) {
        q.prepare(QStringLiteral("SELECT id, code, active FROM warehouses WHERE id = ?"));
        q.addBindValue(key.id);
    } else {
        q.prepare(QStringLiteral("SELECT id, code, active FROM warehouses WHERE ")
                  + storage::dialectOf(db).equalsNocase(QStringLiteral("code")));
        q.addBindValue(key.code.trimmed());
    }
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return noSuchWarehouse(key.id > 0 ? QString::number(key.id) : key.code, field);
    return Warehouse{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() == 1};
}

Result<Product> findProduct(storage::Database &db, const ProductKey &key, const QString &field)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (key.id > 0) {
        q.prepare(QStringLiteral("SELECT id, sku, cost FROM products WHERE id = ?"));
        q.addBindValue(key.id);
    } else {
        q.prepare(QStringLiteral("SELECT id, sku, cost FROM products WHERE ")
                  + storage::dialectOf(db).equalsNocase(QStringLiteral("sku")));
        q.addBindValue(key.sku.trimmed());
    }
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no product %1. Check the SKU.")
                             .arg(key.id > 0 ? QString::number(key.id) : key.sku),
                         field);
    return Product{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

Error inactiveWarehouse(const Warehouse &w, const QString &field)
{
    return makeError(
        ErrorCode::InvalidState,
        Tr::tr("Warehouse %1 is inactive. Reactivate it first or choose another warehouse.").arg(w.code),
        field);
}

Error duplicateLine(const QString &sku, int first, int second)
{
    return fieldError(lineField(second, "product"),
                      Tr::tr("%1 is on lines %2 and %3. Put each product on one line only.")
                          .arg(sku)
                          .arg(first + 1)
                          .arg(second + 1));
}

// The ledger's text columns are NOT NULL: a null QString would bind NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<qint64> StockService::transfer(const TransferRequest &request)
{
    const QString target = (request.from.id > 0 ? QString::number(request.from.id) : request.from.code)
        + QStringLiteral(" -> ") + (request.to.id > 0 ? QString::number(request.to.id) : request.to.code);
    if (auto ok = authorize(m_company, Permission::StockTransfer, QStringLiteral("stock.transfer"), target);
        !ok.ok())
        return ok.error();
    if (request.lines.isEmpty())
        return fieldError(QStringLiteral("lines"), Tr::tr("A transfer needs at least one line."));
    for (int i = 0; i < request.lines.size(); ++i) {
        if (request.lines.at(i).quantity <= 0)
            return fieldError(lineField(i, "quantity"),
                              Tr::tr("Line %1: the quantity to transfer must be above zero.").arg(i + 1));
    }

    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto from = findWarehouse(db, request.from, QStringLiteral("from"));
    if (!from.ok())
        return from.error();
    auto to = findWarehouse(db, request.to, QStringLiteral("to"));
    if (!to.ok())
        return to.error();
    if (from->id == to->id)
        return fieldError(QStringLiteral("to"),
                          Tr::tr("Stock cannot be transferred from warehouse %1 to itself. Choose another "
                                 "destination.")
                              .arg(from->code));
    if (!from->active)
        return inactiveWarehouse(from.value(), QStringLiteral("from"));
    if (!to->active)
        return inactiveWarehouse(to.value(), QStringLiteral("to"));

    QList<Product> products;
    for (int i = 0; i < request.lines.size(); ++i) {
        auto product = findProduct(db, request.lines.at(i).product, lineField(i, "product"));
        if (!product.ok())
            return product.error();
        for (int j = 0; j < products.size(); ++j) {
            if (products.at(j).id == product->id)
                return duplicateLine(product->sku, j, i);
        }
        products.append(product.value());
    }

    StockLedger ledger(db, m_company.session().userId(), m_company.now());
    auto transferId = ledger.nextTransferId();
    if (!transferId.ok())
        return transferId.error();
    QJsonArray audited;
    for (int i = 0; i < request.lines.size(); ++i) {
        const Product &p = products.at(i);
        const qint64 quantity = request.lines.at(i).quantity;
        StockMovement out{
            p.id,         from->id,           MovementType::TransferOut, quantity,          p.cost,
            std::nullopt, transferId.value(), text(request.reference),   text(request.note)};
        if (auto applied = ledger.apply(out); !applied.ok()) {
            Error e = applied.error();
            e.field = lineField(i, "quantity");
            return e;
        }
        StockMovement in = out;
        in.warehouseId = to->id;
        in.type = MovementType::TransferIn;
        if (auto applied = ledger.apply(in); !applied.ok())
            return applied.error();
        audited.append(QJsonObject{{QStringLiteral("sku"), p.sku},
                                   {QStringLiteral("quantity"), formatQuantity(quantity)}});
    }
    if (auto logged = AuditLog::append(
            db,
            auditEntry(m_company.session(), QStringLiteral("stock.transfer"),
                       QStringLiteral("stock_movements"), transferId.value(),
                       QJsonObject{{QStringLiteral("transfer_id"), QString::number(transferId.value())},
                                   {QStringLiteral("from"), from->code},
                                   {QStringLiteral("to"), to->code},
                                   {QStringLiteral("reference"), request.reference},
                                   {QStringLiteral("note"), request.note},
                                   {QStringLiteral("lines"), audited}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return transferId.value();
}

Result<QList<StocktakeLine>> StockService::stocktake(const StocktakeRequest &request)
{
    const QString target = request.warehouse.id > 0 ? QString::number(request.warehouse.id)
                                                    : request.warehouse.code;
    if (auto ok = authorize(m_company, Permission::StockAdjust, QStringLiteral("stock.adjust"), target);
        !ok.ok())
        return ok.error();
    if (request.reason.trimmed().isEmpty())
        return fieldError(
            QStringLiteral("reason"),
            Tr::tr("A stocktake needs a reason, for example \"annual count\" or \"breakage\"."));
    if (request.lines.isEmpty())
        return fieldError(QStringLiteral("lines"), Tr::tr("A stocktake needs at least one counted product."));
    for (int i = 0; i < request.lines.size(); ++i) {
        if (request.lines.at(i).counted < 0)
            return fieldError(lineField(i, "counted"),
                              Tr::tr("Line %1: a counted quantity cannot be below zero.").arg(i + 1));
    }

    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto warehouse = findWarehouse(db, request.warehouse, QStringLiteral("warehouse"));
    if (!warehouse.ok())
        return warehouse.error();
    if (!warehouse->active)
        return inactiveWarehouse(warehouse.value(), QStringLiteral("warehouse"));

    QList<Product> products;
    for (int i = 0; i < request.lines.size(); ++i) {
        auto product = findProduct(db, request.lines.at(i).product, lineField(i, "product"));
        if (!product.ok())
            return product.error();
        for (int j = 0; j < products.size(); ++j) {
            if (products.at(j).id == product->id)
                return duplicateLine(product->sku, j, i);
        }
        products.append(product.value());
    }

    StockLedger ledger(db, m_company.session().userId(), m_company.now());
    QList<StocktakeLine> result;
    QJsonArray audited;
    for (int i = 0; i < request.lines.size(); ++i) {
        const Product &p = products.at(i);
        auto before = ledger.level(p.id, warehouse->id);
        if (!before.ok())
            return before.error();
        StocktakeLine line{p.id, p.sku, before.value(), request.lines.at(i).counted, 0, std::nullopt};
        line.difference = line.counted - line.before;
        if (line.difference != 0) {
            StockMovement m{p.id,
                            warehouse->id,
                            line.difference > 0 ? MovementType::AdjustmentIn : MovementType::AdjustmentOut,
                            line.difference > 0 ? line.difference : -line.difference,
                            p.cost,
                            std::nullopt,
                            std::nullopt,
                            text(request.reference),
                            text(request.reason.trimmed())};
            auto applied = ledger.apply(m);
            if (!applied.ok()) {
                Error e = applied.error();
                e.field = lineField(i, "counted");
                return e;
            }
            line.movementId = applied.value();
        }
        audited.append(QJsonObject{{QStringLiteral("sku"), p.sku},
                                   {QStringLiteral("before"), formatQuantity(line.before)},
                                   {QStringLiteral("after"), formatQuantity(line.counted)}});
        result.append(line);
    }
    if (auto logged = AuditLog::append(
            db,
            auditEntry(m_company.session(), QStringLiteral("stock.adjust"), QStringLiteral("warehouses"),
                       warehouse->id,
                       QJsonObject{{QStringLiteral("warehouse"), warehouse->code},
                                   {QStringLiteral("reason"), request.reason.trimmed()},
                                   {QStringLiteral("reference"), request.reference},
                                   {QStringLiteral("lines"), audited}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return result;
}

Result<QList<StockLevelRow>> StockService::levels(const std::optional<WarehouseKey> &warehouse,
                                                  const QString &search)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("stock.view")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    qint64 warehouseId = 0;
    if (warehouse) {
        auto w = findWarehouse(db, *warehouse, QStringLiteral("warehouse"));
        if (!w.ok())
            return w.error();
        warehouseId = w->id;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, w.id, w.code, l.quantity FROM stock_levels l "
                       "JOIN products p ON p.id = l.product_id JOIN warehouses w ON w.id = l.warehouse_id "
                       "WHERE (? = 0 OR l.warehouse_id = ?) AND (? = '' OR p.sku %1 ? ESCAPE '\\' "
                       "OR p.name %1 ? ESCAPE '\\' OR COALESCE(p.barcode, '') %1 ? ESCAPE '\\') "
                       "ORDER BY p.sku, w.code")
            .arg(storage::dialectOf(db).likeNocase()));
    const QString pattern = likePattern(search.trimmed());
    q.addBindValue(warehouseId);
    q.addBindValue(warehouseId);
    q.addBindValue(text(search.trimmed()));
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    QList<StockLevelRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                     q.value(6).toLongLong()});
    return rows;
}

Result<qint64> StockService::level(const ProductKey &product, const WarehouseKey &warehouse)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("stock.view")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    auto p = findProduct(db, product, QStringLiteral("product"));
    if (!p.ok())
        return p.error();
    auto w = findWarehouse(db, warehouse, QStringLiteral("warehouse"));
    if (!w.ok())
        return w.error();
    return StockLedger(db, m_company.session().userId()).level(p->id, w->id);
}

Result<QList<StockMovementRow>> StockService::movements(const MovementQuery &query)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("stock.view")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    qint64 productId = 0;
    qint64 warehouseId = 0;
    if (query.product) {
        auto p = findProduct(db, *query.product, QStringLiteral("product"));
        if (!p.ok())
            return p.error();
        productId = p->id;
    }
    if (query.warehouse) {
        auto w = findWarehouse(db, *query.warehouse, QStringLiteral("warehouse"));
        if (!w.ok())
            return w.error();
        warehouseId = w->id;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT m.id, m.product_id, p.sku, m.warehouse_id, w.code, m.type, m.quantity, m.unit_cost, "
            "m.invoice_id, "
            "m.transfer_id, m.reference, m.reason, m.user_id, u.username, m.created_at FROM stock_movements "
            "m "
            "JOIN products p ON p.id = m.product_id JOIN warehouses w ON w.id = m.warehouse_id "
            "JOIN %1 u ON u.id = m.user_id WHERE (? = 0 OR m.product_id = ?) AND (? = 0 OR m.warehouse_id = "
            "?) "
            "AND (? = '' OR m.created_at >= ?) AND (? = '' OR m.created_at < ?) ORDER BY m.created_at, m.id")
            .arg(storage::dialectOf(db).userNames()));
    const QString from = query.from.isValid() ? isoTimestamp(query.from) : QStringLiteral("");
    const QString to = query.to.isValid() ? isoTimestamp(query.to) : QStringLiteral("");
    for (const QVariant &v :
         {QVariant(productId), QVariant(productId), QVariant(warehouseId), QVariant(warehouseId),
          QVariant(from), QVariant(from), QVariant(to), QVariant(to)})
        q.addBindValue(v);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    QList<StockMovementRow> rows;
    while (q.next()) {
        StockMovementRow r;
        r.id = q.value(0).toLongLong();
        r.productId = q.value(1).toLongLong();
        r.sku = q.value(2).toString();
        r.warehouseId = q.value(3).toLongLong();
        r.warehouseCode = q.value(4).toString();
        r.type = movementTypeFromName(q.value(5).toString()).value_or(MovementType::Receipt);
        r.quantity = q.value(6).toLongLong();
        r.unitCost = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            r.invoiceId = q.value(8).toLongLong();
        if (!q.value(9).isNull())
            r.transferId = q.value(9).toLongLong();
        r.reference = q.value(10).toString();
        r.reason = q.value(11).toString();
        r.userId = q.value(12).toLongLong();
        r.username = q.value(13).toString();
        r.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        rows.append(r);
    }
    return rows;
}

Result<QList<StockProblem>> StockService::checkLevels(storage::Database &db)
{
    auto mismatches = StockLedger::verify(db);
    if (!mismatches.ok())
        return mismatches.error();
    QList<StockProblem> problems;
    for (const StockLedger::Mismatch &m : mismatches.value())
        problems.append({m.productId, {}, m.warehouseId, {}, m.recorded, m.ledger, {}});

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT product_id, warehouse_id, quantity FROM stock_levels WHERE quantity < 0 "
                           "UNION ALL SELECT id, 0, quantity FROM products WHERE quantity < 0")))
        return storage::errorFromSql(q.lastError());
    while (q.next())
        problems.append({q.value(0).toLongLong(),
                         {},
                         q.value(1).toLongLong(),
                         {},
                         q.value(2).toLongLong(),
                         0,
                         QStringLiteral("negative")});

    QSqlQuery names(db.connection());
    names.setForwardOnly(true);
    names.prepare(
        QStringLiteral("SELECT sku, (SELECT code FROM warehouses WHERE id = ?) FROM products WHERE id = ?"));
    for (StockProblem &p : problems) {
        names.addBindValue(p.warehouseId);
        names.addBindValue(p.productId);
        if (names.exec() && names.next()) {
            p.sku = names.value(0).toString();
            p.warehouseCode = names.value(1).toString();
        }
        names.finish();
        const QString sku = p.sku.isEmpty() ? QStringLiteral("#%1").arg(p.productId) : p.sku;
        const bool negative = p.message == QLatin1String("negative");
        if (p.warehouseId == 0)
            p.message = negative
                ? Tr::tr("%1: the product total is negative (%2).").arg(sku, formatQuantity(p.recorded))
                : Tr::tr("%1: the product total is %2 but its warehouse levels add up to %3.")
                      .arg(sku, formatQuantity(p.recorded), formatQuantity(p.expected));
        else
            p.message = negative
                ? Tr::tr("%1 in warehouse %2: the level is negative (%3).")
                      .arg(sku, p.warehouseCode, formatQuantity(p.recorded))
                : Tr::tr("%1 in warehouse %2: the level is %3 but the stock movements add up to %4.")
                      .arg(sku, p.warehouseCode, formatQuantity(p.recorded), formatQuantity(p.expected));
    }
    return problems;
}

} // namespace stockbook

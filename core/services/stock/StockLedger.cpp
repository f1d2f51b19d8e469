// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/stock/StockLedger.h"

#include "Tr.h"
#include "domain/Money.h"
#include "domain/Stock.h"
#include "services/invoices/InvoiceStore.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace stockbook {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

StockLedger::StockLedger(storage::Database &db, qint64 userId, QDateTime now)
    : m_ownStore(std::make_unique<InvoiceStore>(db)), m_store(*m_ownStore), m_userId(userId),
      m_now(now.toUTC().toString(Qt::ISODateWithMs))
{ }

StockLedger::StockLedger(InvoiceStore &store, qint64 userId, QDateTime now)
    : m_store(store), m_userId(userId), m_now(now.toUTC().toString(Qt::ISODateWithMs))
{ }

StockLedger::~StockLedger() = default;

Result<qint64> StockLedger::level(qint64 productId, qint64 warehouseId)
{
    auto q = m_store.run("SELECT quantity FROM stock_levels WHERE product_id = ? AND warehouse_id = ?",
                         {productId, warehouseId});
    if (!q.ok())
        return q.error();
    const qint64 value = q.value()->next() ? q.value()->value(0).toLongLong() : qint64(0);
    q.value()->finish();
    return value;
}

Result<qint64> StockLedger::nextTransferId()
{
    auto q = m_store.run("SELECT COALESCE(MAX(transfer_id), 0) + 1 FROM stock_movements", {});
    if (!q.ok())
        return q.error();
    const qint64 value = q.value()->next() ? q.value()->value(0).toLongLong() : qint64(1);
    q.value()->finish();
    return value;
}

Error StockLedger::shortage(const StockMovement &m, qint64 available)
{
    auto names = m_store.run("SELECT p.sku, p.name, w.code FROM products p, warehouses w "
                             "WHERE p.id = ? AND w.id = ?",
                             {m.productId, m.warehouseId});
    QString sku, name, code;
    if (names.ok() && names.value()->next()) {
        sku = names.value()->value(0).toString();
        name = names.value()->value(1).toString();
        code = names.value()->value(2).toString();
    }
    if (names.ok())
        names.value()->finish();
    return makeError(ErrorCode::InsufficientStock,
                     Tr::tr("Not enough stock of %1 (%2) in warehouse %3: %4 available, %5 needed.")
                         .arg(sku, name, code, formatQuantity(available), formatQuantity(m.quantity)),
                     QStringLiteral("quantity"), QString::number(available));
}

storage::Database &StockLedger::database()
{
    return m_store.database();
}

Result<void> StockLedger::checkAvailable(const StockMovement &m)
{
    if (!storage::dialectOf(m_store.database()).isPostgres() || addsStock(m.type))
        return {};
    auto current = level(m.productId, m.warehouseId);
    if (!current.ok())
        return current.error();
    if (current.value() < m.quantity)
        return shortage(m, current.value());
    return {};
}

Result<void> StockLedger::applyAll(const QList<StockMovement> &movements)
{
    if (movements.isEmpty())
        return {};
    const StockMovement &first = movements.first();
    const bool shared = std::all_of(movements.cbegin(), movements.cend(), [&](const StockMovement &m) {
        return m.type == first.type && m.invoiceId == first.invoiceId && m.transferId == first.transferId
            && m.reference == first.reference && m.reason == first.reason && m.quantity > 0;
    });
    if (!storage::dialectOf(m_store.database()).isPostgres() || !shared) {
        for (const StockMovement &m : movements) {
            if (auto applied = apply(m); !applied.ok())
                return applied.error();
        }
        return {};
    }
    // Arrays as PostgreSQL's text form: {1,2,3}.
    auto array = [&](auto field) {
        QStringList items;
        for (const StockMovement &m : movements)
            items << QString::number(field(m));
        return QStringLiteral("{%1}").arg(items.join(QLatin1Char(',')));
    };
    auto inserted = m_store.runText(
        QStringLiteral(
            "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, invoice_id, "
            "transfer_id, reference, reason, user_id, created_at) "
            "SELECT u.p, u.w, ?, u.q, u.c, ?::bigint, ?::bigint, ?, ?, ?::bigint, ? "
            "FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) WITH ORDINALITY AS u(p, w, q, "
            "c, n) "
            // Before the first row (a one-time filter): the products' rows,
            // locked in id order.
            "WHERE (SELECT count(*) FROM (SELECT id FROM products WHERE id = ANY(?::bigint[]) ORDER BY id "
            "FOR NO KEY UPDATE) AS locked) > 0 "
            "ORDER BY u.n"),
        {movementTypeName(first.type), optionalId(first.invoiceId), optionalId(first.transferId),
         first.reference.isNull() ? QStringLiteral("") : first.reference,
         first.reason.isNull() ? QStringLiteral("") : first.reason, m_userId, m_now,
         array([](const StockMovement &m) { return m.productId; }),
         array([](const StockMovement &m) { return m.warehouseId; }),
         array([](const StockMovement &m) { return m.quantity; }),
         array([](const StockMovement &m) { return m.unitCost; }),
         array([](const StockMovement &m) { return m.productId; })});
    if (!inserted.ok()) {
        if (inserted.error().field == QLatin1String("ck_stock_levels_quantity"))
            return makeError(ErrorCode::InsufficientStock,
                             Tr::tr("Another workstation took stock this invoice needs while it was being "
                                    "posted. Nothing was posted: check the stock levels and post again."),
                             QStringLiteral("quantity"));
        return inserted.error();
    }
    inserted.value()->finish();
    return {};
}

Result<qint64> StockLedger::apply(const StockMovement &m)
{
    if (m.quantity <= 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A stock movement needs a quantity above zero."),
                         QStringLiteral("quantity"));
    InvoiceStore &s = m_store;
    // On a server the ledger's trigger moves the levels, the product's total
    // and its cost (schema/postgres/security.sql): no login may write them.
    // The shortage is still told here, before the movement, by name.
    const bool server = storage::dialectOf(s.database()).isPostgres();
    if (server) {
        if (!addsStock(m.type)) {
            auto current = level(m.productId, m.warehouseId);
            if (!current.ok())
                return current.error();
            if (current.value() < m.quantity)
                return shortage(m, current.value());
        }
    } else if (addsStock(m.type)) {
        if (m.type == MovementType::Receipt) {
            // Moving average over what is on hand in all warehouses.
            auto cost = s.run("SELECT quantity, cost FROM products WHERE id = ?", {m.productId});
            if (!cost.ok())
                return cost.error();
            QSqlQuery &c = *cost.value();
            if (!c.next())
                return makeError(ErrorCode::NotFound, Tr::tr("The product no longer exists."),
                                 QStringLiteral("product"));
            const qint64 onHand = qMax<qint64>(0, c.value(0).toLongLong());
            const qint64 oldCost = c.value(1).toLongLong();
            c.finish();
            const qint64 newCost = roundedDiv(static_cast<WideInt>(onHand) * oldCost
                                                  + static_cast<WideInt>(m.quantity) * m.unitCost,
                                              onHand + m.quantity);
            if (auto up = s.write("UPDATE products SET cost = ? WHERE id = ?", {newCost, m.productId});
                !up.ok())
                return up.error();
        }
        // SQLite 3.15 has no ON CONFLICT clause on INSERT; PostgreSQL no OR IGNORE.
        const char *makeLevel = storage::dialectOf(s.database()).isPostgres()
            ? "INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) "
              "VALUES (?, ?, 0, ?) ON CONFLICT (product_id, warehouse_id) DO NOTHING"
            : "INSERT OR IGNORE INTO stock_levels (product_id, warehouse_id, quantity, "
              "updated_at) VALUES (?, ?, 0, ?)";
        if (auto made = s.write(makeLevel, {m.productId, m.warehouseId, m_now}); !made.ok())
            return made.error();
        if (auto up = s.write("UPDATE stock_levels SET quantity = quantity + ?, updated_at = ? "
                              "WHERE product_id = ? AND warehouse_id = ?",
                              {m.quantity, m_now, m.productId, m.warehouseId});
            !up.ok())
            return up.error();
    } else {
        // The check is part of the update: no row changes when the level (or
        // its row) falls short.
        auto up = s.write("UPDATE stock_levels SET quantity = quantity - ?, updated_at = ? "
                          "WHERE product_id = ? AND warehouse_id = ? AND quantity >= ?",
                          {m.quantity, m_now, m.productId, m.warehouseId, m.quantity});
        if (!up.ok())
            return up.error();
        if (up.value() == 0) {
            auto current = level(m.productId, m.warehouseId);
            if (!current.ok())
                return current.error();
            return shortage(m, current.value());
        }
    }

    // A null QString binds as SQL NULL; reference and reason hold '' when empty.
    auto insert = s.insert(
        "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, invoice_id, "
        "transfer_id, reference, reason, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {m.productId, m.warehouseId, movementTypeName(m.type), m.quantity, m.unitCost,
         optionalId(m.invoiceId), optionalId(m.transferId),
         m.reference.isNull() ? QStringLiteral("") : m.reference,
         m.reason.isNull() ? QStringLiteral("") : m.reason, m_userId, m_now});
    if (!insert.ok())
        return insert.error();
    const qint64 movementId = insert.value();
    if (server)
        return movementId;

    const qint64 delta = addsStock(m.type) ? m.quantity : -m.quantity;
    if (auto total = s.write("UPDATE products SET quantity = quantity + ? WHERE id = ?",
                             {delta, m.productId});
        !total.ok())
        return total.error();
    return movementId;
}

Result<QList<StockLedger::Mismatch>> StockLedger::verify(storage::Database &db)
{
    QList<Mismatch> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Levels against the ledger, both ways round (a level without movements,
    // movements without a level).
    const QString ledger =
        QStringLiteral(
            "SELECT product_id, warehouse_id, SUM(CASE WHEN type IN (%1) THEN quantity ELSE -quantity END) "
            "AS qty FROM stock_movements GROUP BY product_id, warehouse_id")
            .arg(inboundMovementTypesSql());
    if (!q.exec(QStringLiteral("SELECT l.product_id, l.warehouse_id, l.quantity, COALESCE(m.qty, 0) "
                               "FROM stock_levels l LEFT JOIN (%1) m ON m.product_id = l.product_id "
                               "AND m.warehouse_id = l.warehouse_id WHERE l.quantity <> COALESCE(m.qty, 0) "
                               "UNION ALL SELECT m.product_id, m.warehouse_id, 0, m.qty FROM (%1) m "
                               "WHERE m.qty <> 0 AND NOT EXISTS (SELECT 1 FROM stock_levels l WHERE "
                               "l.product_id = m.product_id AND l.warehouse_id = m.warehouse_id)")
                    .arg(ledger)))
        return storage::errorFromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    if (!q.exec(QStringLiteral(
            "SELECT t.id, t.quantity, t.total FROM (SELECT p.id, p.quantity, CAST(COALESCE((SELECT "
            "SUM(quantity) FROM stock_levels l WHERE l.product_id = p.id), 0) AS BIGINT) AS total "
            "FROM products p) t WHERE t.quantity <> t.total")))
        return storage::errorFromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toLongLong(), 0, q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/StockLedger.h"

#include "Tr.h"
#include "domain/Money.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <utility>

namespace stockbook {

namespace {

constexpr std::array<std::pair<MovementType, const char *>, 9> TypeNames{{
    {MovementType::Receipt, "receipt"},
    {MovementType::Sale, "sale"},
    {MovementType::Return, "return"},
    {MovementType::TransferOut, "transfer_out"},
    {MovementType::TransferIn, "transfer_in"},
    {MovementType::AdjustmentIn, "adjustment_in"},
    {MovementType::AdjustmentOut, "adjustment_out"},
    {MovementType::VoidIn, "void_in"},
    {MovementType::VoidOut, "void_out"},
}};

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString movementTypeName(MovementType type)
{
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<MovementType> movementTypeFromName(const QString &name)
{
    for (const auto &[t, text] : TypeNames) {
        if (name == QLatin1String(text))
            return t;
    }
    return std::nullopt;
}

bool isInbound(MovementType type)
{
    switch (type) {
    case MovementType::Receipt:
    case MovementType::Return:
    case MovementType::TransferIn:
    case MovementType::AdjustmentIn:
    case MovementType::VoidIn:
        return true;
    case MovementType::Sale:
    case MovementType::TransferOut:
    case MovementType::AdjustmentOut:
    case MovementType::VoidOut:
        return false;
    }
    return false;
}

StockLedger::StockLedger(storage::Database &db, qint64 userId, QDateTime now)
    : m_db(db), m_userId(userId), m_now(now.toUTC().toString(Qt::ISODateWithMs))
{
}

Result<qint64> StockLedger::level(qint64 productId, qint64 warehouseId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = ? AND warehouse_id = ?"));
    q.addBindValue(productId);
    q.addBindValue(warehouseId);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> StockLedger::nextTransferId()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(transfer_id), 0) + 1 FROM stock_movements")))
        return storage::errorFromSql(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(1);
}

Result<qint64> StockLedger::apply(const StockMovement &m)
{
    if (m.quantity <= 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A stock movement needs a quantity above zero."),
                         QStringLiteral("quantity"));
    const bool inbound = isInbound(m.type);
    QSqlDatabase conn = m_db.connection();

    auto current = level(m.productId, m.warehouseId);
    if (!current.ok())
        return current.error();
    if (!inbound && current.value() < m.quantity) {
        QSqlQuery names(conn);
        names.setForwardOnly(true);
        names.prepare(QStringLiteral("SELECT p.sku, p.name, w.code FROM products p, warehouses w "
                                     "WHERE p.id = ? AND w.id = ?"));
        names.addBindValue(m.productId);
        names.addBindValue(m.warehouseId);
        QString sku, name, code;
        if (names.exec() && names.next()) {
            sku = names.value(0).toString();
            name = names.value(1).toString();
            code = names.value(2).toString();
        }
        return makeError(ErrorCode::InsufficientStock,
                         Tr::tr("Not enough stock of %1 (%2) in warehouse %3: %4 available, %5 needed.")
                             .arg(sku, name, code, formatQuantity(current.value()), formatQuantity(m.quantity)),
                         QStringLiteral("quantity"), QString::number(current.value()));
    }

    if (m.type == MovementType::Receipt) {
        // Moving average over what is on hand in all warehouses.
        QSqlQuery cost(conn);
        cost.setForwardOnly(true);
        cost.prepare(QStringLiteral("SELECT quantity, cost FROM products WHERE id = ?"));
        cost.addBindValue(m.productId);
        if (!cost.exec())
            return storage::errorFromSql(cost.lastError());
        if (!cost.next())
            return makeError(ErrorCode::NotFound, Tr::tr("The product no longer exists."), QStringLiteral("product"));
        const qint64 onHand = qMax<qint64>(0, cost.value(0).toLongLong());
        const qint64 oldCost = cost.value(1).toLongLong();
        cost.finish();
        const qint64 newCost = roundedDiv(static_cast<WideInt>(onHand) * oldCost
                                              + static_cast<WideInt>(m.quantity) * m.unitCost,
                                          onHand + m.quantity);
        QSqlQuery update(conn);
        update.prepare(QStringLiteral("UPDATE products SET cost = ? WHERE id = ?"));
        update.addBindValue(newCost);
        update.addBindValue(m.productId);
        if (!update.exec())
            return storage::errorFromSql(update.lastError());
    }

    QSqlQuery insert(conn);
    insert.prepare(QStringLiteral(
        "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, invoice_id, transfer_id, "
        "reference, reason, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(m.productId);
    insert.addBindValue(m.warehouseId);
    insert.addBindValue(movementTypeName(m.type));
    insert.addBindValue(m.quantity);
    insert.addBindValue(m.unitCost);
    insert.addBindValue(optionalId(m.invoiceId));
    insert.addBindValue(optionalId(m.transferId));
    // A null QString binds as SQL NULL; these columns hold '' when empty.
    insert.addBindValue(m.reference.isNull() ? QStringLiteral("") : m.reference);
    insert.addBindValue(m.reason.isNull() ? QStringLiteral("") : m.reason);
    insert.addBindValue(m_userId);
    insert.addBindValue(m_now);
    if (!insert.exec())
        return storage::errorFromSql(insert.lastError());
    const qint64 movementId = insert.lastInsertId().toLongLong();

    const qint64 delta = inbound ? m.quantity : -m.quantity;
    QSqlQuery upsert(conn);
    upsert.prepare(QStringLiteral("INSERT OR IGNORE INTO stock_levels (product_id, warehouse_id, quantity, updated_at) "
                                  "VALUES (?, ?, 0, ?)"));
    upsert.addBindValue(m.productId);
    upsert.addBindValue(m.warehouseId);
    upsert.addBindValue(m_now);
    if (!upsert.exec())
        return storage::errorFromSql(upsert.lastError());
    QSqlQuery levelUpdate(conn);
    levelUpdate.prepare(QStringLiteral("UPDATE stock_levels SET quantity = quantity + ?, updated_at = ? "
                                       "WHERE product_id = ? AND warehouse_id = ?"));
    levelUpdate.addBindValue(delta);
    levelUpdate.addBindValue(m_now);
    levelUpdate.addBindValue(m.productId);
    levelUpdate.addBindValue(m.warehouseId);
    if (!levelUpdate.exec())
        return storage::errorFromSql(levelUpdate.lastError());
    QSqlQuery total(conn);
    total.prepare(QStringLiteral("UPDATE products SET quantity = quantity + ? WHERE id = ?"));
    total.addBindValue(delta);
    total.addBindValue(m.productId);
    if (!total.exec())
        return storage::errorFromSql(total.lastError());
    return movementId;
}

Result<QList<StockLedger::Mismatch>> StockLedger::verify(storage::Database &db)
{
    QList<Mismatch> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Levels against the ledger, both ways round (a level without movements,
    // movements without a level).
    const QString ledger = QStringLiteral(
        "SELECT product_id, warehouse_id, SUM(CASE WHEN type IN ('receipt', 'return', 'transfer_in', "
        "'adjustment_in', 'void_in') THEN quantity ELSE -quantity END) AS qty FROM stock_movements "
        "GROUP BY product_id, warehouse_id");
    if (!q.exec(QStringLiteral("SELECT l.product_id, l.warehouse_id, l.quantity, COALESCE(m.qty, 0) "
                               "FROM stock_levels l LEFT JOIN (%1) m ON m.product_id = l.product_id "
                               "AND m.warehouse_id = l.warehouse_id WHERE l.quantity <> COALESCE(m.qty, 0) "
                               "UNION ALL SELECT m.product_id, m.warehouse_id, 0, m.qty FROM (%1) m "
                               "WHERE m.qty <> 0 AND NOT EXISTS (SELECT 1 FROM stock_levels l WHERE "
                               "l.product_id = m.product_id AND l.warehouse_id = m.warehouse_id)")
                    .arg(ledger)))
        return storage::errorFromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    if (!q.exec(QStringLiteral("SELECT p.id, p.quantity, COALESCE((SELECT SUM(quantity) FROM stock_levels l "
                               "WHERE l.product_id = p.id), 0) AS total FROM products p WHERE p.quantity <> total")))
        return storage::errorFromSql(q.lastError());
    while (q.next())
        out.append({q.value(0).toLongLong(), 0, q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

} // namespace stockbook

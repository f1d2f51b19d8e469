// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/stock/WarehouseService.h"

#include "Tr.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stockbook {

namespace {

Result<QString> checkName(const QString &given)
{
    const QString name = given.trimmed();
    if (name.isEmpty())
        return fieldError(QStringLiteral("name"), Tr::tr("The warehouse name is empty; enter one."));
    if (name.size() > 100)
        return fieldError(QStringLiteral("name"),
                          Tr::tr("The warehouse name is longer than 100 characters."));
    return name;
}

Error duplicateCode(const QString &code)
{
    return fieldError(QStringLiteral("code"),
                      Tr::tr("The warehouse code %1 is already used; choose another.").arg(code));
}

} // namespace

Result<QString> WarehouseService::normaliseCode(const QString &given)
{
    const QString code = given.trimmed().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9_-]{1,16}$"));
    if (!shape.match(code).hasMatch())
        return fieldError(
            QStringLiteral("code"),
            Tr::tr("The warehouse code \"%1\" must be 1 to 16 of the characters A-Z, 0-9, - and _.")
                .arg(given.trimmed()));
    return code;
}

Result<Warehouse> WarehouseService::fetch(const QString &column, const QVariant &value, const QString &what)
{
    // column is "id" or "code", chosen by this class.
    // The code compares without case (COLLATE NOCASE on the file).
    const QString condition = column == QLatin1String("code") ? m_company.dialect().equalsNocase(column)
                                                              : column + QStringLiteral(" = ?");
    auto q = m_company.database().query(
        QStringLiteral("SELECT id, code, name, active, is_default FROM warehouses WHERE ") + condition,
        {value});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return noSuchWarehouse(what);
    return Warehouse{q->get<qint64>("id"), q->text("code"), q->text("name"), q->get<int>("active") != 0,
                     q->get<int>("is_default") != 0};
}

Result<qint64> WarehouseService::create(const QString &givenCode, const QString &givenName)
{
    if (auto ok = authorize(m_company, Permission::WarehouseEdit, QStringLiteral("warehouse.create"),
                            givenCode);
        !ok.ok())
        return ok.error();
    auto code = normaliseCode(givenCode);
    if (!code.ok())
        return code.error();
    auto name = checkName(givenName);
    if (!name.ok())
        return name.error();
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto q = db.query(storage::dialectOf(db).returningId(QStringLiteral(
                          "INSERT INTO warehouses (code, name, active, is_default, created_at) "
                          "VALUES (?, ?, 1, 0, ?)")),
                      {code.value(), name.value(), isoNow(m_company)});
    if (!q.ok())
        return q.error().code == ErrorCode::ConstraintUnique ? duplicateCode(code.value()) : q.error();
    const qint64 id = storage::dialectOf(db).insertedId(*q);
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("warehouse.create"),
                                                  QStringLiteral("warehouses"), id,
                                                  QJsonObject{{QStringLiteral("code"), code.value()},
                                                              {QStringLiteral("name"), name.value()}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id;
}

Result<void> WarehouseService::update(qint64 id, const QString &givenCode, const QString &givenName)
{
    if (auto ok = authorize(m_company, Permission::WarehouseEdit, QStringLiteral("warehouse.update"),
                            QString::number(id));
        !ok.ok())
        return ok;
    auto code = normaliseCode(givenCode);
    if (!code.ok())
        return code.error();
    auto name = checkName(givenName);
    if (!name.ok())
        return name.error();
    auto old = fetch(QStringLiteral("id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    QJsonObject changes;
    if (old->code != code.value())
        changes.insert(
            QStringLiteral("code"),
            QJsonObject{{QStringLiteral("old"), old->code}, {QStringLiteral("new"), code.value()}});
    if (old->name != name.value())
        changes.insert(
            QStringLiteral("name"),
            QJsonObject{{QStringLiteral("old"), old->name}, {QStringLiteral("new"), name.value()}});
    if (changes.isEmpty())
        return {};
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE warehouses SET code = ?, name = ? WHERE id = ?"),
                          {code.value(), name.value(), id});
        !q.ok())
        return q.error().code == ErrorCode::ConstraintUnique ? duplicateCode(code.value()) : q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("warehouse.update"),
                                                  QStringLiteral("warehouses"), id, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> WarehouseService::setActive(qint64 id, bool active)
{
    const QString action = active ? QStringLiteral("warehouse.reactivate")
                                  : QStringLiteral("warehouse.deactivate");
    if (auto ok = authorize(m_company, Permission::WarehouseEdit, action, QString::number(id)); !ok.ok())
        return ok;
    auto old = fetch(QStringLiteral("id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    if (old->active == active)
        return {};
    storage::Database &db = m_company.database();
    if (!active) {
        if (old->isDefault)
            return makeError(ErrorCode::InvalidState,
                             Tr::tr("%1 is the default warehouse and cannot be deactivated.").arg(old->code),
                             QStringLiteral("active"));
        auto stock = db.query(
            QStringLiteral(
                "SELECT count(*) AS products FROM stock_levels WHERE warehouse_id = ? AND quantity > 0"),
            {id});
        if (!stock.ok())
            return stock.error();
        if (stock->next() && stock->get<qint64>("products") > 0)
            return makeError(ErrorCode::InvalidState,
                             Tr::tr("%1 still holds stock of %n product(s); move or adjust it out first.",
                                    nullptr, static_cast<int>(stock->get<qint64>("products")))
                                 .arg(old->code),
                             QStringLiteral("active"));
    }
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE warehouses SET active = ? WHERE id = ?"),
                          {active ? 1 : 0, id});
        !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), action, QStringLiteral("warehouses"),
                                                  id, QJsonObject{{QStringLiteral("code"), old->code}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> WarehouseService::deactivate(qint64 id)
{
    return setActive(id, false);
}

Result<void> WarehouseService::reactivate(qint64 id)
{
    return setActive(id, true);
}

Result<QList<Warehouse>> WarehouseService::list(bool includeInactive)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("warehouse.list")); !ok.ok())
        return ok.error();
    auto q = m_company.database().query(
        QStringLiteral("SELECT id, code, name, active, is_default FROM warehouses WHERE ? = 1 OR active = 1 "
                       "ORDER BY is_default DESC, code"),
        {includeInactive ? 1 : 0});
    if (!q.ok())
        return q.error();
    QList<Warehouse> rows;
    while (q->next())
        rows.append(Warehouse{q->get<qint64>("id"), q->text("code"), q->text("name"),
                              q->get<int>("active") != 0, q->get<int>("is_default") != 0});
    return rows;
}

Result<Warehouse> WarehouseService::byCode(const QString &code)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("warehouse.view"), code);
        !ok.ok())
        return ok.error();
    return fetch(QStringLiteral("code"), code.trimmed(), code.trimmed());
}

Result<Warehouse> WarehouseService::byId(qint64 id)
{
    if (auto ok = authorize(m_company, Permission::StockView, QStringLiteral("warehouse.view"),
                            QString::number(id));
        !ok.ok())
        return ok.error();
    return fetch(QStringLiteral("id"), id, QString::number(id));
}

} // namespace stockbook

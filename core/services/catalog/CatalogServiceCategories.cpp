// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// Categories and tax rates of CatalogService.
#include "services/catalog/CatalogService.h"

#include "Tr.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace stockbook {

namespace {

Result<void> checkName(QString &name, const QString &what)
{
    name = name.trimmed();
    if (name.isEmpty())
        return fieldError(QStringLiteral("name"), Tr::tr("The %1 name is empty; enter one.").arg(what));
    if (name.size() > 100)
        return fieldError(QStringLiteral("name"),
                          Tr::tr("The %1 name is longer than 100 characters.").arg(what));
    return {};
}

Error duplicateOr(const Error &error, const QString &message)
{
    if (error.code == ErrorCode::ConstraintUnique)
        return fieldError(QStringLiteral("name"), message);
    return error;
}

} // namespace

Result<qint64> CatalogService::createCategory(const QString &givenName, std::optional<qint64> parentId)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("category.create"), givenName);
        !ok.ok())
        return ok.error();
    QString name = givenName;
    if (auto valid = checkName(name, Tr::tr("category")); !valid.ok())
        return valid.error();
    storage::Database &db = m_company.database();
    if (parentId) {
        auto parent = db.query(QStringLiteral("SELECT id FROM categories WHERE id = ?"), {*parentId});
        if (!parent.ok())
            return parent.error();
        if (!parent->next())
            return fieldError(QStringLiteral("parent"), Tr::tr("The parent category does not exist."));
    }
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto id = insertCategory(db, name, parentId, isoNow(m_company));
    if (!id.ok())
        return id.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("category.create"),
                                                  QStringLiteral("categories"), id.value(),
                                                  QJsonObject{{QStringLiteral("name"), name}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id.value();
}

Result<void> CatalogService::renameCategory(qint64 id, const QString &givenName)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("category.update"),
                            QString::number(id));
        !ok.ok())
        return ok;
    QString name = givenName;
    if (auto valid = checkName(name, Tr::tr("category")); !valid.ok())
        return valid;
    storage::Database &db = m_company.database();
    auto old = db.query(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {id});
    if (!old.ok())
        return old.error();
    if (!old->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No category %1 was found.").arg(id),
                         QStringLiteral("category"));
    const QString oldName = old->text("name");
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"), {name, id}); !q.ok())
        return duplicateOr(q.error(), Tr::tr("The category %1 exists already.").arg(name));
    if (auto logged = AuditLog::append(
            db,
            auditEntry(
                m_company.session(), QStringLiteral("category.update"), QStringLiteral("categories"), id,
                QJsonObject{{QStringLiteral("name"),
                             QJsonObject{{QStringLiteral("old"), oldName}, {QStringLiteral("new"), name}}}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<QList<Category>> CatalogService::categories()
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("category.list")); !ok.ok())
        return ok.error();
    auto q = m_company.database().query(
        QStringLiteral("SELECT id, name, parent_id FROM categories ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<Category> rows;
    while (q->next()) {
        Category c{q->get<qint64>("id"), q->text("name"), {}};
        if (!q->isNull("parent_id"))
            c.parentId = q->get<qint64>("parent_id");
        rows.append(c);
    }
    return rows;
}

Result<TaxRate> CatalogService::taxRate(qint64 id)
{
    auto q = m_company.database().query(
        QStringLiteral("SELECT id, name, rate_bp, is_default, active FROM tax_rates WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No tax rate %1 was found.").arg(id),
                         QStringLiteral("tax_rate"));
    return TaxRate{q->get<qint64>("id"), q->text("name"), q->get<qint64>("rate_bp"),
                   q->get<int>("is_default") != 0, q->get<int>("active") != 0};
}

Result<qint64> CatalogService::createTaxRate(const QString &givenName, qint64 rateBp, bool makeDefault)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("tax_rate.create"), givenName);
        !ok.ok())
        return ok.error();
    QString name = givenName;
    if (auto valid = checkName(name, Tr::tr("tax rate")); !valid.ok())
        return valid.error();
    if (auto valid = checkTaxRate(rateBp); !valid.ok())
        return valid.error();
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    if (makeDefault) {
        if (auto q = db.query(QStringLiteral("UPDATE tax_rates SET is_default = 0 WHERE is_default = 1"));
            !q.ok())
            return q.error();
    }
    auto q = db.query(storage::dialectOf(db).returningId(QStringLiteral(
                          "INSERT INTO tax_rates (name, rate_bp, is_default, active) VALUES (?, ?, ?, 1)")),
                      {name, rateBp, makeDefault ? 1 : 0});
    if (!q.ok())
        return duplicateOr(q.error(), Tr::tr("A tax rate named %1 exists already.").arg(name));
    const qint64 id = storage::dialectOf(db).insertedId(*q);
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("tax_rate.create"),
                                                  QStringLiteral("tax_rates"), id,
                                                  QJsonObject{{QStringLiteral("name"), name},
                                                              {QStringLiteral("rate_bp"), rateBp},
                                                              {QStringLiteral("is_default"), makeDefault}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id;
}

Result<void> CatalogService::updateTaxRate(qint64 id, const QString &givenName, qint64 rateBp)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("tax_rate.update"),
                            QString::number(id));
        !ok.ok())
        return ok;
    QString name = givenName;
    if (auto valid = checkName(name, Tr::tr("tax rate")); !valid.ok())
        return valid;
    if (auto valid = checkTaxRate(rateBp); !valid.ok())
        return valid;
    auto old = taxRate(id);
    if (!old.ok())
        return old.error();
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE tax_rates SET name = ?, rate_bp = ? WHERE id = ?"),
                          {name, rateBp, id});
        !q.ok())
        return duplicateOr(q.error(), Tr::tr("A tax rate named %1 exists already.").arg(name));
    QJsonObject changes;
    if (old->name != name)
        changes.insert(QStringLiteral("name"),
                       QJsonObject{{QStringLiteral("old"), old->name}, {QStringLiteral("new"), name}});
    if (old->rateBp != rateBp)
        changes.insert(QStringLiteral("rate_bp"),
                       QJsonObject{{QStringLiteral("old"), old->rateBp}, {QStringLiteral("new"), rateBp}});
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("tax_rate.update"),
                                                  QStringLiteral("tax_rates"), id, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> CatalogService::setDefaultTaxRate(qint64 id)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("tax_rate.set_default"),
                            QString::number(id));
        !ok.ok())
        return ok;
    auto rate = taxRate(id);
    if (!rate.ok())
        return rate.error();
    if (!rate->active)
        return fieldError(QStringLiteral("is_default"),
                          Tr::tr("The tax rate %1 is inactive and cannot be the default.").arg(rate->name));
    if (rate->isDefault)
        return {};
    storage::Database &db = m_company.database();
    auto previous = defaultTaxRateOf(db);
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE tax_rates SET is_default = 0 WHERE is_default = 1"));
        !q.ok())
        return q.error();
    if (auto q = db.query(QStringLiteral("UPDATE tax_rates SET is_default = 1 WHERE id = ?"), {id}); !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(
            db,
            auditEntry(m_company.session(), QStringLiteral("tax_rate.set_default"),
                       QStringLiteral("tax_rates"), id,
                       QJsonObject{{QStringLiteral("default"),
                                    QJsonObject{{QStringLiteral("old"), previous.ok() ? previous->id : 0},
                                                {QStringLiteral("new"), id}}}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> CatalogService::deactivateTaxRate(qint64 id)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("tax_rate.deactivate"),
                            QString::number(id));
        !ok.ok())
        return ok;
    auto rate = taxRate(id);
    if (!rate.ok())
        return rate.error();
    if (rate->isDefault)
        return makeError(
            ErrorCode::InvalidState,
            Tr::tr("The tax rate %1 is the default; make another rate the default first.").arg(rate->name),
            QStringLiteral("is_default"));
    if (!rate->active)
        return {};
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE tax_rates SET active = 0 WHERE id = ?"), {id}); !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("tax_rate.deactivate"),
                                                  QStringLiteral("tax_rates"), id,
                                                  QJsonObject{{QStringLiteral("name"), rate->name}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<QList<TaxRate>> CatalogService::taxRates(bool includeInactive)
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("tax_rate.list")); !ok.ok())
        return ok.error();
    auto q = m_company.database().query(
        QStringLiteral(
            "SELECT id, name, rate_bp, is_default, active FROM tax_rates WHERE ? = 1 OR active = 1 "
            "ORDER BY rate_bp, name"),
        {includeInactive ? 1 : 0});
    if (!q.ok())
        return q.error();
    QList<TaxRate> rows;
    while (q->next())
        rows.append(TaxRate{q->get<qint64>("id"), q->text("name"), q->get<qint64>("rate_bp"),
                            q->get<int>("is_default") != 0, q->get<int>("active") != 0});
    return rows;
}

Result<TaxRate> CatalogService::defaultTaxRate()
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("tax_rate.view")); !ok.ok())
        return ok.error();
    return defaultTaxRateOf(m_company.database());
}

} // namespace stockbook

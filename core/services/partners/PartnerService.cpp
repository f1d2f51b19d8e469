// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/partners/PartnerService.h"

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

Permission editPermission(PartnerKind kind)
{
    return kind == PartnerKind::Customer ? Permission::CustomerEdit : Permission::SupplierEdit;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Result<void> checkText(QString &text, const QString &field, const QString &what, int maxLength,
                       bool multiLine)
{
    text = text.trimmed();
    if (text.size() > maxLength)
        return fieldError(
            field, Tr::tr("The %1 is longer than %2 characters; shorten it.").arg(what).arg(maxLength));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !(multiLine && (c == u'\n' || c == u'\r' || c == u'\t')))
            return fieldError(field, Tr::tr("The %1 holds a control character; remove it.").arg(what));
    }
    return {};
}

QJsonObject partnerJson(const PartnerInput &p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("phone"), p.phone},
                       {QStringLiteral("tax_id"), p.taxId},
                       {QStringLiteral("payment_terms_days"), p.paymentTermsDays},
                       {QStringLiteral("active"), p.active}};
}

const QString Columns = QStringLiteral(
    "SELECT id, name, email, phone, address, tax_id, payment_terms_days, notes, active, updated_at FROM ");

Partner partnerFrom(PartnerKind kind, const storage::Query &q)
{
    return Partner{q.get<qint64>("id"), kind,
                   q.text("name"),      q.text("email"),
                   q.text("phone"),     q.text("address"),
                   q.text("tax_id"),    q.get<int>("payment_terms_days"),
                   q.text("notes"),     q.get<int>("active") != 0,
                   q.text("updated_at")};
}

} // namespace

QString PartnerService::table(PartnerKind kind)
{
    return kind == PartnerKind::Customer ? QStringLiteral("customers") : QStringLiteral("suppliers");
}

QString PartnerService::entityName(PartnerKind kind)
{
    return kind == PartnerKind::Customer ? QStringLiteral("customer") : QStringLiteral("supplier");
}

Result<void> PartnerService::validate(PartnerInput &input)
{
    if (auto ok = checkText(input.name, QStringLiteral("name"), Tr::tr("name"), 200, false); !ok.ok())
        return ok;
    if (input.name.isEmpty())
        return fieldError(QStringLiteral("name"), Tr::tr("The name is empty; enter one."));
    input.email = input.email.trimmed();
    if (!input.email.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral(
            "^[^@\\s\"(),:;<>\\[\\]\\\\]+@[^@\\s\"(),:;<>\\[\\]\\\\.]+(\\.[^@\\s\"(),:;<>\\[\\]\\\\.]+)+$"));
        if (input.email.size() > 254 || !shape.match(input.email).hasMatch())
            return fieldError(
                QStringLiteral("email"),
                Tr::tr("The e-mail address %1 is not of the form name@example.com.").arg(input.email));
    }
    if (auto ok = checkText(input.phone, QStringLiteral("phone"), Tr::tr("phone number"), 40, false);
        !ok.ok())
        return ok;
    static const QRegularExpression phoneShape(QStringLiteral("^[0-9+()./ -]*$"));
    if (!phoneShape.match(input.phone).hasMatch())
        return fieldError(
            QStringLiteral("phone"),
            Tr::tr("The phone number %1 may hold only digits, spaces and + ( ) . / -.").arg(input.phone));
    if (auto ok = checkText(input.address, QStringLiteral("address"), Tr::tr("address"), 500, true); !ok.ok())
        return ok;
    if (auto ok = checkText(input.taxId, QStringLiteral("tax_id"), Tr::tr("tax id"), 40, false); !ok.ok())
        return ok;
    if (input.paymentTermsDays < 0 || input.paymentTermsDays > 365)
        return fieldError(QStringLiteral("payment_terms_days"), Tr::tr("Payment terms are 0 to 365 days."));
    if (auto ok = checkText(input.notes, QStringLiteral("notes"), Tr::tr("note"), 4000, true); !ok.ok())
        return ok;
    return {};
}

Result<void> PartnerService::checkEmailFree(storage::Database &db, PartnerKind kind, const QString &email,
                                            qint64 excludeId)
{
    if (email.isEmpty())
        return {};
    // table() is one of two fixed names.
    auto q = db.query(QStringLiteral("SELECT id FROM ") + table(kind)
                          + QStringLiteral(" WHERE lower(email) = lower(?) AND id <> ?"),
                      {email, excludeId});
    if (!q.ok())
        return q.error();
    if (q->next())
        return fieldError(QStringLiteral("email"),
                          kind == PartnerKind::Customer
                              ? Tr::tr("The e-mail address %1 belongs to another customer.").arg(email)
                              : Tr::tr("The e-mail address %1 belongs to another supplier.").arg(email));
    return {};
}

Result<qint64> PartnerService::insert(storage::Database &db, PartnerKind kind, const PartnerInput &p,
                                      const QString &now)
{
    auto q = db.query(
        storage::dialectOf(db).returningId(
            QStringLiteral("INSERT INTO ") + table(kind)
            + QStringLiteral(" (name, email, phone, address, tax_id, payment_terms_days, notes, active, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        {p.name, nullIfEmpty(p.email), p.phone, p.address, p.taxId, p.paymentTermsDays, p.notes,
         p.active ? 1 : 0, now, now});
    if (!q.ok())
        return q.error();
    return storage::dialectOf(db).insertedId(*q);
}

Result<void> PartnerService::authorizeRead(PartnerKind kind, const QString &action, const QString &target)
{
    const Permission permission = m_company.session().has(editPermission(kind)) ? editPermission(kind)
                                                                                : Permission::InvoiceCreate;
    return authorize(m_company, permission, action, target);
}

Result<qint64> PartnerService::create(PartnerKind kind, const PartnerInput &given)
{
    const QString action = entityName(kind) + QStringLiteral(".create");
    if (auto ok = authorize(m_company, editPermission(kind), action, given.name); !ok.ok())
        return ok.error();
    PartnerInput input = given;
    if (auto valid = validate(input); !valid.ok())
        return valid.error();
    storage::Database &db = m_company.database();
    if (auto free = checkEmailFree(db, kind, input.email); !free.ok())
        return free.error();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto id = insert(db, kind, input, isoNow(m_company));
    if (!id.ok())
        return id.error();
    if (auto logged = AuditLog::append(
            db, auditEntry(m_company.session(), action, table(kind), id.value(), partnerJson(input)));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id.value();
}

Result<void> PartnerService::update(PartnerKind kind, qint64 id, const PartnerInput &given)
{
    const QString action = entityName(kind) + QStringLiteral(".update");
    if (auto ok = authorize(m_company, editPermission(kind), action, QString::number(id)); !ok.ok())
        return ok;
    PartnerInput input = given;
    if (auto valid = validate(input); !valid.ok())
        return valid;
    storage::Database &db = m_company.database();
    // Read inside the transaction: what it is compared with stays the newest.
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    auto old = fetch(kind, QStringLiteral("id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    const QString what = kind == PartnerKind::Customer ? Tr::tr("Customer %1").arg(old->name)
                                                       : Tr::tr("Supplier %1").arg(old->name);
    if (auto same = checkUnchanged(old->updatedAt, input.expectedUpdatedAt, what); !same.ok())
        return same;
    if (auto free = checkEmailFree(db, kind, input.email, id); !free.ok())
        return free;
    QJsonObject changes;
    const auto add = [&changes](const QString &key, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(key, QJsonObject{{QStringLiteral("old"), from}, {QStringLiteral("new"), to}});
    };
    add(QStringLiteral("name"), old->name, input.name);
    add(QStringLiteral("email"), old->email, input.email);
    add(QStringLiteral("phone"), old->phone, input.phone);
    add(QStringLiteral("address"), old->address, input.address);
    add(QStringLiteral("tax_id"), old->taxId, input.taxId);
    add(QStringLiteral("payment_terms_days"), old->paymentTermsDays, input.paymentTermsDays);
    add(QStringLiteral("notes"), old->notes, input.notes);
    add(QStringLiteral("active"), old->active, input.active);
    if (changes.isEmpty())
        return {};
    if (auto q = db.query(
            QStringLiteral("UPDATE ") + table(kind)
                + QStringLiteral(
                    " SET name = ?, email = ?, phone = ?, address = ?, tax_id = ?, "
                    "payment_terms_days = ?, notes = ?, active = ?, updated_at = ? WHERE id = ?"),
            {input.name, nullIfEmpty(input.email), input.phone, input.address, input.taxId,
             input.paymentTermsDays, input.notes, input.active ? 1 : 0,
             nextVersion(m_company, old->updatedAt), id});
        !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db, auditEntry(m_company.session(), action, table(kind), id, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> PartnerService::setActive(PartnerKind kind, qint64 id, bool active)
{
    const QString action = entityName(kind)
        + (active ? QStringLiteral(".reactivate") : QStringLiteral(".deactivate"));
    if (auto ok = authorize(m_company, editPermission(kind), action, QString::number(id)); !ok.ok())
        return ok;
    auto old = fetch(kind, QStringLiteral("id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    if (old->active == active)
        return {};
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE ") + table(kind)
                              + QStringLiteral(" SET active = ?, updated_at = ? WHERE id = ?"),
                          {active ? 1 : 0, isoNow(m_company), id});
        !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), action, table(kind), id,
                                                  QJsonObject{{QStringLiteral("name"), old->name}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<Partner> PartnerService::fetch(PartnerKind kind, const QString &where, const QVariant &value,
                                      const QString &what)
{
    // where is one of two fixed expressions chosen by this class.
    auto q = m_company.database().query(
        Columns + table(kind) + QStringLiteral(" WHERE ") + where + QStringLiteral(" = ?"), {value});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         kind == PartnerKind::Customer ? Tr::tr("No customer %1 was found.").arg(what)
                                                       : Tr::tr("No supplier %1 was found.").arg(what),
                         entityName(kind));
    return partnerFrom(kind, q.value());
}

Result<Partner> PartnerService::get(PartnerKind kind, qint64 id)
{
    if (auto ok = authorizeRead(kind, entityName(kind) + QStringLiteral(".view"), QString::number(id));
        !ok.ok())
        return ok.error();
    return fetch(kind, QStringLiteral("id"), id, QString::number(id));
}

Result<Partner> PartnerService::findByEmail(PartnerKind kind, const QString &email)
{
    if (auto ok = authorizeRead(kind, entityName(kind) + QStringLiteral(".view"), email); !ok.ok())
        return ok.error();
    return fetch(kind, QStringLiteral("lower(email)"), email.trimmed().toLower(), email.trimmed());
}

Result<QList<Partner>> PartnerService::list(PartnerKind kind, const QString &search, bool includeInactive,
                                            int limit, int offset)
{
    if (auto ok = authorizeRead(kind, entityName(kind) + QStringLiteral(".list"), search); !ok.ok())
        return ok.error();
    QString pattern = search.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = QStringLiteral("%") + pattern + QStringLiteral("%");
    const storage::Dialect sql = m_company.dialect();
    auto q = m_company.database().query(
        Columns + table(kind)
            + QStringLiteral(" WHERE (? = 1 OR active = 1) AND (name %1 ? ESCAPE '\\' OR coalesce(email, '') "
                             "%1 ? ESCAPE '\\' OR phone %1 ? ESCAPE '\\') "
                             "ORDER BY %2, id LIMIT ? OFFSET ?")
                  .arg(sql.likeNocase(), sql.nocase(QStringLiteral("name"))),
        {includeInactive ? 1 : 0, pattern, pattern, pattern, limit, offset});
    if (!q.ok())
        return q.error();
    QList<Partner> rows;
    while (q->next())
        rows.append(partnerFrom(kind, q.value()));
    return rows;
}

} // namespace stockbook

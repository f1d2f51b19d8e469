// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/AuditService.h"

#include "Tr.h"
#include "domain/Labels.h"
#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/accounts/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockbook {

namespace {

// The keys whose numbers are amounts in minor units.
bool isAmountKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("total"), QStringLiteral("subtotal"),
                                  QStringLiteral("tax"),   QStringLiteral("amount"),
                                  QStringLiteral("price"), QStringLiteral("cost"),
                                  QStringLiteral("paid"),  QStringLiteral("balance")};
    return keys.contains(key);
}

QString valueText(const QString &key, const QJsonValue &value, const NumberFormat &numbers)
{
    if (value.isDouble() && isAmountKey(key))
        return numbers.money(qint64(value.toDouble()));
    if (value.isDouble() && (key == QLatin1String("quantity") || key == QLatin1String("reorder_level")))
        return numbers.quantity(qint64(value.toDouble()));
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    if (value.isArray())
        return Tr::tr("%n item(s)", nullptr, int(value.toArray().size()));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("old")) || o.contains(QStringLiteral("new")))
            return QStringLiteral("%1 → %2").arg(valueText(key, o.value(QStringLiteral("old")), numbers),
                                                 valueText(key, o.value(QStringLiteral("new")), numbers));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return value.toString();
}

// "key value, key value" of an entry without words of its own.
QString summary(const QJsonObject &changes, const NumberFormat &numbers)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), valueText(it.key(), it.value(), numbers));
    return parts.join(QStringLiteral(", "));
}

struct InvoiceFacts {
    QString type;
    QString number;
    QString partner;
};

InvoiceFacts invoiceFacts(CompanySession &company, const QString &id)
{
    InvoiceFacts f;
    auto q = company.database().query(
        QStringLiteral("SELECT i.type AS type, COALESCE(i.invoice_number, '') AS number, "
                       "COALESCE(c.name, s.name, '') AS partner "
                       "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id "
                       "LEFT JOIN suppliers s ON s.id = i.supplier_id WHERE i.id = ?"),
        {id.toLongLong()});
    if (q.ok() && q->next()) {
        f.type = q->text("type");
        f.number = q->text("number");
        f.partner = q->text("partner");
    }
    return f;
}

QString usernameOf(CompanySession &company, const QString &id)
{
    auto q = company.database().query(QStringLiteral("SELECT username FROM users WHERE id = ?"),
                                      {id.toLongLong()});
    return q.ok() && q->next() ? q->text("username") : id;
}

} // namespace

Result<AuditVerification> AuditService::verifyChain(const std::optional<AuditChainHead> &anchor)
{
    if (auto ok = authorize(m_company, Permission::AuditView, QStringLiteral("audit.verify")); !ok.ok())
        return ok.error();
    return AuditLog::verify(m_company.database(), anchor);
}

Result<void> AuditService::recordVerifyFailure(int problems, const QStringList &failedChecks,
                                               qint64 firstBadAuditRow)
{
    if (auto ok = authorize(m_company, Permission::AuditView, QStringLiteral("audit.verify")); !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    QJsonObject changes{{QStringLiteral("problems"), problems},
                        {QStringLiteral("checks"), QJsonArray::fromStringList(failedChecks)}};
    if (firstBadAuditRow > 0)
        changes.insert(QStringLiteral("audit_first_bad_row"), firstBadAuditRow);
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("verify.failed"),
                                                  QStringLiteral("database"), 0, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<CheckpointReport> AuditService::verifyCheckpoints()
{
    if (auto ok = authorize(m_company, Permission::AuditView, QStringLiteral("audit.verify")); !ok.ok())
        return ok.error();
    return Checkpoints::verify(m_company, Checkpoints::RowScope::All);
}

Result<void> AuditService::acceptChanges()
{
    if (auto ok = authorize(m_company, Permission::UserManage, QStringLiteral("audit.checkpoint_accept"));
        !ok.ok())
        return ok.error();
    if (m_company.adminSigningKey().isEmpty())
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("Only an administrator whose key file holds the administrators' key can sign a "
                   "checkpoint. Sign in as an administrator of this company and try again."));
    auto report = Checkpoints::verify(m_company);
    if (!report.ok())
        return report.error();
    QJsonArray accepted;
    for (const QString &problem : report->problems) {
        if (!report->rowProblems.contains(problem))
            accepted.append(problem);
    }
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    const Session &session = m_company.session();
    if (auto logged = AuditLog::append(
            m_company.database(),
            AuditRecord{session.userId(), session.username(), QStringLiteral("audit.checkpoint_accept"),
                        QStringLiteral("audit_checkpoints"), QString(),
                        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("accepted"), accepted}})
                                              .toJson(QJsonDocument::Compact)),
                        m_company.now()});
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    auto written = Checkpoints::write(m_company);
    if (!written.ok())
        return written.error();
    return {};
}

QString AuditService::describe(const Entry &e) const
{
    if (!m_company.isOpen() || !m_company.session().has(Permission::AuditView))
        return {};
    const NumberFormat numbers;
    const QJsonObject c = QJsonDocument::fromJson(e.changes.toUtf8()).object();
    const QString who = e.username.isEmpty() ? Tr::tr("The system") : e.username;
    const auto text = [&c](const char *key) { return c.value(QLatin1String(key)).toString(); };
    const auto money = [&c, &numbers](const char *key) {
        return numbers.money(qint64(c.value(QLatin1String(key)).toDouble()));
    };
    const QString &a = e.action;

    if (a.startsWith(QLatin1String("invoice.")) && e.entity == QLatin1String("invoices")) {
        InvoiceFacts f = invoiceFacts(m_company, e.entityId);
        if (c.contains(QStringLiteral("type")))
            f.type = text("type");
        const QString number = c.contains(QStringLiteral("number")) ? text("number") : f.number;
        const QString partner = f.partner.isEmpty() ? Tr::tr("(unknown)") : f.partner;
        if (a == QLatin1String("invoice.post")) {
            if (f.type == QLatin1String("purchase"))
                return Tr::tr("%1 posted purchase %2 from %3 for %4")
                    .arg(who, number, partner, money("total"));
            if (f.type == QLatin1String("credit_note"))
                return Tr::tr("%1 posted credit note %2 to %3 for %4")
                    .arg(who, number, partner, money("total"));
            return Tr::tr("%1 posted sale %2 to %3 for %4").arg(who, number, partner, money("total"));
        }
        if (a == QLatin1String("invoice.create")) {
            if (f.type == QLatin1String("purchase"))
                return Tr::tr("%1 started a draft purchase from %2 for %3").arg(who, partner, money("total"));
            return Tr::tr("%1 started a draft sale to %2 for %3").arg(who, partner, money("total"));
        }
        if (a == QLatin1String("invoice.update"))
            return Tr::tr("%1 changed the draft for %2, now %3").arg(who, partner, money("total"));
        if (a == QLatin1String("invoice.delete"))
            return Tr::tr("%1 deleted the draft for %2 of %3").arg(who, partner, money("total"));
        if (a == QLatin1String("invoice.void"))
            return Tr::tr("%1 voided %2 of %3: %4").arg(who, number, partner, text("reason"));
        if (a == QLatin1String("invoice.credit"))
            return Tr::tr("%1 credited %2 of %3 with %4 for %5")
                .arg(who, text("credit_of"), partner, number, money("total"));
    }
    if (a == QLatin1String("payment.record"))
        return Tr::tr("%1 recorded a payment of %2 for %3").arg(who, money("amount"), text("invoice"));
    if (a == QLatin1String("payment.reverse"))
        return Tr::tr("%1 reversed a payment of %2 for %3: %4")
            .arg(who, money("amount"), text("invoice"), text("reason"));
    if (a == QLatin1String("stock.transfer"))
        return Tr::tr("%1 moved %2 from %3 to %4")
            .arg(who,
                 Tr::tr("%n product(s)", nullptr, int(c.value(QStringLiteral("lines")).toArray().size())),
                 text("from"), text("to"));
    if (a == QLatin1String("stock.adjust"))
        return Tr::tr("%1 counted %2 in %3: %4")
            .arg(who,
                 Tr::tr("%n product(s)", nullptr, int(c.value(QStringLiteral("lines")).toArray().size())),
                 text("warehouse"), text("reason"));
    if (a == QLatin1String("product.create"))
        return Tr::tr("%1 created product %2 %3 at %4").arg(who, text("sku"), text("name"), money("price"));
    if (a == QLatin1String("product.update"))
        return Tr::tr("%1 changed product %2: %3").arg(who, e.entityId, summary(c, numbers));
    if (a == QLatin1String("payment.refund"))
        return Tr::tr("%1 refunded %2 on %3").arg(who, money("amount"), text("invoice"));
    if (a == QLatin1String("invoice.draft_kept_on_lock"))
        return Tr::tr("%1's unsaved invoice was kept as a draft when the window locked").arg(who);
    if (a == QLatin1String("user.create"))
        return Tr::tr("%1 created the user %2 as %3").arg(who, text("username"), roleLabel(text("role")));
    if (a == QLatin1String("user.set_role")) {
        const QJsonObject r = c.value(QStringLiteral("role")).toObject();
        return Tr::tr("%1 made %2 %3 (was %4)")
            .arg(who, usernameOf(m_company, e.entityId), roleLabel(r.value(QStringLiteral("new")).toString()),
                 roleLabel(r.value(QStringLiteral("old")).toString()));
    }
    if (a == QLatin1String("user.reset_password"))
        return Tr::tr("%1 reset the password of %2").arg(who, usernameOf(m_company, e.entityId));
    if (a == QLatin1String("user.deactivate"))
        return Tr::tr("%1 deactivated the user %2").arg(who, usernameOf(m_company, e.entityId));
    if (a == QLatin1String("user.reactivate"))
        return Tr::tr("%1 reactivated the user %2").arg(who, usernameOf(m_company, e.entityId));
    if (a == QLatin1String("company.create"))
        return Tr::tr("%1 created the company %2").arg(who, text("company"));
    if (a == QLatin1String("company.setup") && c.contains(QStringLiteral("currency"))
        && c.contains(QStringLiteral("default_tax_rate_bp")))
        return Tr::tr("%1 set the currency to %2 and the default tax rate to %3 %")
            .arg(who, text("currency"),
                 numbers.percent(qint64(c.value(QStringLiteral("default_tax_rate_bp")).toDouble())));
    if (a == QLatin1String("backup.create"))
        return Tr::tr("%1 made the backup %2").arg(who, e.entityId);
    if (a == QLatin1String("key.rotate"))
        return Tr::tr("%1 changed the company key").arg(who);
    if (a == QLatin1String("user.change_password"))
        return Tr::tr("%1 changed a password").arg(who);
    if (a == QLatin1String("login.success"))
        return Tr::tr("%1 signed in").arg(who);
    if (a == QLatin1String("login.failed"))
        return Tr::tr("A sign-in as %1 failed").arg(who);
    if (a == QLatin1String("permission.denied"))
        return Tr::tr("%1 was refused %2").arg(who, text("action"));

    // No words of its own: who, what, on which record, and the changes.
    QString sentence = QStringLiteral("%1: %2").arg(who, a);
    if (!e.entity.isEmpty())
        sentence += QStringLiteral(" (%1)").arg(e.entityId.isEmpty() || e.entityId == QLatin1String("0")
                                                    ? e.entity
                                                    : e.entity + QLatin1Char(' ') + e.entityId);
    const QString rest = summary(c, numbers);
    return rest.isEmpty() ? sentence : sentence + QLatin1Char(' ') + rest;
}

} // namespace stockbook

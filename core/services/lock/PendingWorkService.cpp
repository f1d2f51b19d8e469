// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/lock/PendingWorkService.h"

#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stockbook {

namespace {

QString kindName(PendingWorkKind kind)
{
    switch (kind) {
    case PendingWorkKind::Transfer:
        return QStringLiteral("transfer");
    case PendingWorkKind::Stocktake:
        return QStringLiteral("stocktake");
    case PendingWorkKind::Sale:
        return QStringLiteral("sale");
    case PendingWorkKind::Purchase:
        break;
    }
    return QStringLiteral("purchase");
}

Permission permissionFor(PendingWorkKind kind)
{
    switch (kind) {
    case PendingWorkKind::Transfer:
        return Permission::StockTransfer;
    case PendingWorkKind::Stocktake:
        return Permission::StockAdjust;
    case PendingWorkKind::Sale:
    case PendingWorkKind::Purchase:
        break;
    }
    return Permission::InvoiceCreate;
}

// "stock.transfer_kept_on_lock", "invoice.sale_resumed", ...
QString actionFor(PendingWorkKind kind, const char *what)
{
    const bool stock = kind == PendingWorkKind::Transfer || kind == PendingWorkKind::Stocktake;
    return QStringLiteral("%1.%2_%3")
        .arg(stock ? QStringLiteral("stock") : QStringLiteral("invoice"), kindName(kind),
             QLatin1String(what));
}

} // namespace

QString PendingWorkService::key(PendingWorkKind kind) const
{
    return QStringLiteral("pending_work.%1.%2").arg(kindName(kind)).arg(m_company.session().userId());
}

Result<void> PendingWorkService::keepOnLock(PendingWorkKind kind, const QJsonObject &content)
{
    const QString action = actionFor(kind, "kept_on_lock");
    if (auto ok = authorizeAtLock(m_company, permissionFor(kind), action); !ok.ok())
        return ok;
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    auto set = db.query(m_company.dialect().insertOrReplace(
                            QStringLiteral("settings"),
                            {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")},
                            {QStringLiteral("key")}),
                        {key(kind), QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)),
                         isoNow(m_company)});
    if (!set.ok())
        return set.error();
    AuditRecord entry = auditEntry(
        m_company.session(), action, QStringLiteral("settings"), 0,
        QJsonObject{{QStringLiteral("lines"), content.value(QStringLiteral("lines")).toArray().size()}});
    entry.entityId = key(kind);
    if (auto logged = AuditLog::append(db, entry); !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<std::optional<QJsonObject>> PendingWorkService::take(PendingWorkKind kind)
{
    const QString action = actionFor(kind, "resumed");
    if (auto ok = authorize(m_company, permissionFor(kind), action); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    QJsonObject content;
    {
        auto read = db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key(kind)});
        if (!read.ok())
            return read.error();
        if (!read->next())
            return std::optional<QJsonObject>();
        content = QJsonDocument::fromJson(read->text("value").toUtf8()).object();
    }
    if (auto del = db.query(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key(kind)}); !del.ok())
        return del.error();
    AuditRecord entry = auditEntry(
        m_company.session(), action, QStringLiteral("settings"), 0,
        QJsonObject{{QStringLiteral("lines"), content.value(QStringLiteral("lines")).toArray().size()}});
    entry.entityId = key(kind);
    if (auto logged = AuditLog::append(db, entry); !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return std::optional<QJsonObject>(content);
}

} // namespace stockbook

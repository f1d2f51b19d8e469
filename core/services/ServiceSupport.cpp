// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/ServiceSupport.h"

#include "Tr.h"
#include "services/CompanySession.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QLocale>

namespace stockbook {

namespace {

Result<void> refused(CompanySession &company, Result<void> allowed, const QString &action,
                     const QString &target)
{
    Session &session = company.session();
    if (allowed.error().code == ErrorCode::PermissionDenied && company.isOpen()) {
        storage::Transaction tx(company.database());
        if (tx.begin().ok()) {
            AuditRecord record{
                session.userId(),
                session.username(),
                QStringLiteral("permission.denied"),
                {},
                {},
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("action"), action},
                                                            {QStringLiteral("target"), target}})
                                      .toJson(QJsonDocument::Compact)),
                session.now()};
            (void)AuditLog::append(company.database(), record);
            (void)tx.commit();
        }
    }
    return allowed;
}

} // namespace

Result<void> authorize(CompanySession &company, Permission permission, const QString &action,
                       const QString &target)
{
    Session &session = company.session();
    auto allowed = session.require(permission);
    if (allowed.ok()) {
        session.touch();
        return {};
    }
    return refused(company, std::move(allowed), action, target);
}

Result<void> authorizeAtLock(CompanySession &company, Permission permission, const QString &action,
                             const QString &target)
{
    // Every check of Session::require() but the idle limit: a copy of the
    // session, as if just used, is asked; the session itself stays expired.
    Session probe = company.session();
    probe.touch();
    auto allowed = probe.require(permission);
    if (allowed.ok())
        return {};
    return refused(company, std::move(allowed), action, target);
}

AuditRecord auditEntry(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                       const QJsonObject &changes)
{
    return AuditRecord{session.userId(),
                       session.username(),
                       action,
                       entity,
                       entityId > 0 ? QString::number(entityId) : QString(),
                       changes.isEmpty()
                           ? QString()
                           : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                       session.now()};
}

QString isoTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString isoNow(const CompanySession &company)
{
    return isoTimestamp(company.now());
}

Result<void> checkUnchanged(const QString &stored, const QString &expected, const QString &what)
{
    if (expected.isEmpty() || stored == expected)
        return {};
    const QDateTime when = QDateTime::fromString(stored, Qt::ISODateWithMs).toLocalTime();
    return makeError(
        ErrorCode::Conflict,
        Tr::tr("%1 was saved on another workstation at %2, after you opened it, so your changes "
               "were not saved. They stay on screen: open it again to see the other changes, then "
               "make yours again.")
            .arg(what, QLocale().toString(when.time(), QStringLiteral("HH:mm:ss"))),
        QStringLiteral("updated_at"));
}

QString nextVersion(const CompanySession &company, const QString &previous)
{
    const QString now = isoNow(company);
    if (previous.isEmpty() || now > previous)
        return now;
    return isoTimestamp(QDateTime::fromString(previous, Qt::ISODateWithMs).addMSecs(1));
}

Error fieldError(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, field);
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/AuditSigner.h"

#include "security/keys/Asymmetric.h"
#include "services/CompanySession.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace stockbook {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<const storage::Database *, const SigningKey *> &registry()
{
    static QHash<const storage::Database *, const SigningKey *> keys;
    return keys;
}

} // namespace

void AuditSigner::set(const storage::Database *db, const SigningKey *key)
{
    if (!db)
        return;
    QMutexLocker lock(&registryMutex());
    if (!key || key->isEmpty())
        registry().remove(db);
    else
        registry().insert(db, key);
}

void AuditSigner::clear(const storage::Database *db)
{
    QMutexLocker lock(&registryMutex());
    registry().remove(db);
}

QByteArray AuditSigner::message(const QByteArray &rowHash)
{
    return QByteArrayLiteral("stockbook-audit-row-v1") + rowHash;
}

std::optional<AuditSigner::Signature>
AuditSigner::sign(const storage::Database &db, const std::optional<qint64> &userId, const QByteArray &rowHash)
{
    if (!userId)
        return std::nullopt;
    QMutexLocker lock(&registryMutex());
    const SigningKey *key = registry().value(&db, nullptr);
    if (!key || key->isEmpty() || key->userId != *userId)
        return std::nullopt;
    QByteArray signature = security::crypto::ed25519Sign(key->seed, message(rowHash));
    if (signature.isEmpty())
        return std::nullopt;
    return Signature{signature, key->userId};
}

} // namespace stockbook

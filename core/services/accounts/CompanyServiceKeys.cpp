// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The key vault's part of signing in: the session's keys, the rewrap of a
// slot at sign-in and the upgrade of a key file of an earlier format.
#include "Tr.h"
#include "security/keys/Asymmetric.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/CompanyService.h"
#include "services/maintenance/KeyRotationService.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockbook {

using security::KeyVault;
using security::UnlockedKey;

void CompanyService::useVaultKeys(CompanySession &company, const KeyVault &vault, const UnlockedKey &key)
{
    if (vault.isLegacy() || key.signingSeed.isEmpty())
        return;
    company.setUserSigningKey(
        SigningKey{key.userId, SecretBytes::copyOf(key.signingSeed.bytes()), key.signingPublic});
    if (!key.adminSeed.isEmpty())
        company.setAdminSigningKey(
            SigningKey{0, SecretBytes::copyOf(key.adminSeed.bytes()), key.pinnedAdminKey});
    else
        company.setAdminSigningKey(SigningKey());
    company.setTrustedAdminKey(key.pinnedAdminKey);
    company.setUserPublicKeys(vault.certifiedSigningKeys(key.pinnedAdminKey));
}

Result<void> CompanyService::rewrapIfNeeded(storage::Database &db, KeyVault &vault, const UnlockedKey &key,
                                            const QString &slotName, const SecretBytes &password,
                                            const QString &vaultPath, const QDateTime &now)
{
    if (vault.isLegacy()) {
        // An earlier key file waits for an administrator's sign-in to be
        // upgraded; until then its slots keep their own format.
        return {};
    }
    if (!key.needsRewrap)
        return {};
    if (auto rewrapped = vault.rewrap(key, slotName, password); !rewrapped.ok())
        return rewrapped;
    if (auto hashed = AccountStore(db).setSlotHash(key.userId, vault.slotHash(key.userId), now); !hashed.ok())
        return hashed;
    // Written before the caller's transaction commits, as UsersService does:
    // a commit that then fails leaves a slot the row does not match (refused,
    // safe) rather than a row without a usable slot.
    return vault.save(vaultPath);
}

Result<void> CompanyService::upgradeKeyFile(CompanySession &company, const KeyVault &legacy,
                                            const UnlockedKey &admin, const QString &slotName,
                                            const SecretBytes &password)
{
    storage::Database &db = company.database();
    SecretBytes legacySecret = legacy.legacySecretFromDek(company.databaseKey());
    if (legacySecret.isEmpty())
        return makeError(ErrorCode::VaultDamaged,
                         Tr::tr("The key file does not match the company file, so it cannot be upgraded."),
                         {}, QStringLiteral("no legacy secret from the company key"));
    AccountStore store(db);
    auto users = store.users();
    if (!users.ok())
        return users.error();
    QList<qint64> administrators;
    QList<qint64> active;
    for (const UserRow &user : users.value()) {
        if (user.active)
            active.append(user.id);
        if (user.active && user.roleName == QLatin1String("admin"))
            administrators.append(user.id);
    }
    SecretBytes newDek = SecretBytes::random(KeyVault::DekSize);
    if (newDek.size() != static_cast<std::size_t>(KeyVault::DekSize))
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available for a new key."));
    security::VaultSecrets secrets;
    auto next = legacy.migrated(admin, slotName, password, legacySecret, administrators, active, newDek,
                                secrets);
    if (!next.ok())
        return next.error();
    auto recovery = security::RecoveryKey::encodeAscii(secrets.recoverySecret);
    if (!recovery.ok())
        return recovery.error();

    // The users rows learn the new slots' hashes first; if the file cannot
    // then be rekeyed, the old hashes go back with the old key file.
    const QDateTime now = company.now();
    auto writeHashes = [&](const KeyVault &vault, bool upgraded) -> Result<void> {
        storage::Transaction tx(db);
        if (auto begun = tx.begin(); !begun.ok())
            return begun;
        for (const qint64 id : vault.userIds()) {
            if (auto hashed = store.setSlotHash(id, vault.slotHash(id), now); !hashed.ok())
                return hashed;
        }
        if (upgraded) {
            const QJsonObject changes{{QStringLiteral("format"), KeyVault::FormatVersion},
                                      {QStringLiteral("users"), vault.slotCount()},
                                      {QStringLiteral("pending"), vault.slotCount() - 1}};
            if (auto logged = AuditLog::append(
                    db,
                    AuditRecord{company.session().userId(), company.session().username(),
                                QStringLiteral("keys.upgrade"), QStringLiteral("database"), QString(),
                                QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                                now});
                !logged.ok())
                return logged.error();
        }
        return tx.commit();
    };
    if (auto hashed = writeHashes(next.value(), true); !hashed.ok())
        return hashed;
    if (auto rekeyed = KeyRotationService::rekeyCompany(company, std::move(newDek), next.value());
        !rekeyed.ok()) {
        if (company.isOpen())
            (void)writeHashes(legacy, false);
        return rekeyed;
    }
    auto own = next->unwrap(slotName, password);
    if (!own.ok())
        return own.error();
    useVaultKeys(company, next.value(), own.value());
    company.setNewRecoveryKey(std::move(recovery).value());
    return {};
}

} // namespace stockbook

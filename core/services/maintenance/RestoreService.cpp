// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/RestoreService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/CompanyService.h"
#include "services/maintenance/BackupFile.h"
#include "services/maintenance/MaintenanceSupport.h"
#include "services/settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>
#include <functional>
#include <optional>

namespace stockbook {

using namespace maintenance;
using security::KeyVault;
using security::LoginState;
using Credentials = RestoreService::Credentials;

namespace {

// THE one place that turns a recovery key as typed into what opens the
// company whose key file is `vault` (nullptr when that key file is missing):
// its database key. Restore, backup side and target side alike, call nothing
// else with a recovery key.
Result<SecretBytes> databaseKeyFromRecovery(const SecretBytes &recoveryText, const KeyVault *vault)
{
    QString text = QString::fromLatin1(reinterpret_cast<const char *>(recoveryText.data()),
                                       static_cast<qsizetype>(recoveryText.size()));
    auto decoded = security::RecoveryKey::decode(text);
    text.fill(QChar(u'\0'));
    if (!decoded.ok())
        return decoded.error();
    // An earlier key file (format 1 or 2), or none: the recovery key of that
    // time was the company key itself.
    if (!vault || vault->isLegacy())
        return decoded;
    // Format 3: the recovery secret opens what the key file sealed to it.
    SecretBytes dek;
    if (auto opened = vault->openWithRecoverySecret(decoded.value(), dek); !opened.ok())
        return opened.error();
    return dek;
}

struct OpenedKey {
    SecretBytes dek;
    std::optional<qint64> userId; // empty: the recovery key
    QString username;
    QByteArray slotHash;
};

// The sign-in state file in which the restore's wrong passwords are counted,
// by the rules of sign-in: the target's, or for a new target the backup's.
class Attempts {
public:
    explicit Attempts(const QString &path)
        : m_path(path), m_state(LoginState::load(path)), m_now(nowUtc()) { }

    // Throttled when the name must still wait; counts a wrong password.
    Result<security::UnlockedKey> unwrap(const KeyVault &vault, const QString &username,
                                         const SecretBytes &password)
    {
        const QString name = CompanyService::slotName(username);
        const bool known = vault.hasSlotNamed(name);
        if (const int wait = m_state.secondsToWait(name, known, m_now); wait > 0)
            return makeError(
                ErrorCode::Throttled,
                Tr::tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, wait),
                QString::number(wait));
        auto unlocked = vault.unwrap(name, password);
        if (unlocked.ok()) {
            m_proven.append({name, known});
            return unlocked;
        }
        if (unlocked.error().code == ErrorCode::WrongPassword) {
            const int failures = m_state.recordFailure(name, known, m_now);
            m_state.addPendingAudit(
                AuditRecord{std::nullopt, known ? username.trimmed() : QString(),
                            QStringLiteral("login.failed"), QStringLiteral("users"), QString(),
                            json(QJsonObject{{QStringLiteral("consecutive_failures"), failures},
                                             {QStringLiteral("known_name"), known}}),
                            m_now});
            if (known && failures == m_state.lockoutThreshold())
                m_state.addPendingAudit(
                    AuditRecord{std::nullopt, username.trimmed(), QStringLiteral("account.lockout"),
                                QStringLiteral("users"), QString(),
                                json(QJsonObject{{QStringLiteral("failures"), failures}}), m_now});
            (void)m_state.save(m_path);
        }
        return unlocked;
    }

    const LoginState &state() const { return m_state; }

    // After a restore: the proven names start afresh.
    LoginState &succeeded()
    {
        for (const auto &[name, known] : m_proven)
            m_state.clearFailures(name, known);
        return m_state;
    }

private:
    QString m_path;
    LoginState m_state;
    QDateTime m_now;
    QList<std::pair<QString, bool>> m_proven;
};

Result<OpenedKey> keyFrom(const Credentials &credentials, const KeyVault *vault, const QString &dbPath,
                          Attempts &attempts)
{
    if (credentials.recoveryKey) {
        auto dek = databaseKeyFromRecovery(credentials.secret, vault);
        if (!dek.ok())
            return dek.error();
        return OpenedKey{std::move(dek).value(), std::nullopt, QString(), QByteArray()};
    }
    if (!vault)
        return makeError(ErrorCode::VaultMissing,
                         Tr::tr("The key file %1 is missing, so no password opens %2. Use its recovery key.")
                             .arg(native(KeyVault::pathFor(dbPath)), native(dbPath)));
    auto unlocked = attempts.unwrap(*vault, credentials.username, credentials.secret);
    if (!unlocked.ok())
        return unlocked.error();
    return OpenedKey{std::move(unlocked->dek), unlocked->userId, credentials.username.trimmed(),
                     unlocked->slotHash};
}

QString companyName(storage::Database &db)
{
    auto name = AccountStore(db).setting(SettingsService::KeyCompanyName);
    return name.ok() ? name.value() : QString();
}

AuditChainHead manifestHead(const QJsonObject &m)
{
    AuditChainHead head;
    head.seq = m.value(QStringLiteral("audit_seq")).toString().toLongLong();
    head.hash = QByteArray::fromHex(m.value(QStringLiteral("audit_hash")).toString().toLatin1());
    return head;
}

Error targetError(ErrorCode code, const QString &message)
{
    return makeError(code, message, RestoreService::FieldTarget);
}

// What the target's credentials prove: its company's name (when they open
// it) and whether they may replace it; otherwise why not.
struct TargetCheck {
    QString company;
    std::optional<Error> refusal;
};

Result<TargetCheck> checkTarget(const QString &target, const KeyVault *vault, const Credentials &credentials,
                                bool sameAsBackup, Attempts &attempts)
{
    TargetCheck check;
    const QString file = QFileInfo(target).fileName();
    auto key = keyFrom(credentials, vault, target, attempts);
    if (!key.ok()) {
        const Error &e = key.error();
        if (e.code == ErrorCode::WrongPassword)
            check.refusal = targetError(
                ErrorCode::WrongPassword,
                sameAsBackup
                    ? Tr::tr(
                          "Replacing %1 needs the sign-in of one of its administrators or its recovery key: "
                          "the user name and password that opened the backup do not open %1 as it is now. "
                          "%1 was not changed.")
                          .arg(file)
                    : Tr::tr("The user name or password for %1 is wrong; %1 was not changed.").arg(file));
        else
            check.refusal = makeError(e.code, e.message, RestoreService::FieldTarget, e.detail);
        return check;
    }
    auto opened = storage::Database::open(target, key->dek, storage::Database::Mode::ReadOnly);
    if (!opened.ok()) {
        if (opened.error().code == ErrorCode::WrongKey)
            check.refusal = targetError(
                ErrorCode::WrongKey,
                Tr::tr("This recovery key does not open %1: it belongs to another company, or the key was "
                       "changed since it was printed. %1 was not changed.")
                    .arg(file));
        else
            check.refusal = targetError(
                opened.error().code,
                Tr::tr("%1 cannot be opened to check who may replace it (%2). Restore into another file, or "
                       "move %1 away first.")
                    .arg(native(target), opened.error().message));
        return check;
    }
    storage::Database &db = *opened.value();
    check.company = companyName(db);
    if (!key->userId)
        return check; // the recovery key: whoever holds it controls the company
    AccountStore store(db);
    auto user = store.user(*key->userId);
    if (!user.ok()) {
        check.refusal = makeError(user.error().code, user.error().message, RestoreService::FieldTarget,
                                  user.error().detail);
        return check;
    }
    // Failures counted since the last sign-in lock the account as sign-in
    // would lock it (it writes the lock when it next opens the file).
    UserRow row = user.value();
    const QString name = CompanyService::slotName(row.username);
    if (row.active && !row.lockedUntil.isValid()
        && attempts.state().failures(name, true) >= attempts.state().lockoutThreshold()) {
        auto others = store.otherActiveAdmins(row.id);
        const bool lastAdmin = row.roleName == QLatin1String("admin") && others.ok() && others.value() == 0;
        row.lockedUntil = AccountStore::lockoutUntil(lastAdmin, attempts.state().lastFailure(name, true));
    }
    if (auto refusal = signInRefusal(row, vault->slotMatches(row.id, row.keyslotHash), nowUtc())) {
        // As at sign-in, a locked account's right password is answered like a wrong one.
        const Error shown = refusal->error.code == ErrorCode::AccountLocked ? KeyVault::wrongPasswordError()
                                                                            : refusal->error;
        check.refusal = makeError(shown.code, shown.message, RestoreService::FieldTarget, shown.detail);
    } else if (!row.active || row.roleName != QLatin1String("admin"))
        check.refusal = targetError(
            ErrorCode::PermissionDenied,
            Tr::tr("%1 is not an administrator of %2, so %1 may not replace it. Replacing it needs the "
                   "sign-in of one of its administrators or its recovery key; %2 was not changed.")
                .arg(row.username, file));
    return check;
}

} // namespace

Result<RestoreService::Outcome> RestoreService::restore(const Request &request)
{
    const QString backup = QFileInfo(request.backupPath).absoluteFilePath();
    const QString target = QFileInfo(request.targetDbPath).absoluteFilePath();
    if (backup == target)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("A backup cannot be restored onto itself. Choose another target."));
    if (!QFileInfo::exists(backup))
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The backup %1 does not exist. Check the path.").arg(native(backup)));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::Io,
                         Tr::tr("The folder of %1 does not exist. Create it first.").arg(native(target)));

    // The current company must not be in use while it is replaced.
    QLockFile targetLock(target + QStringLiteral(".lock"));
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0))
        return makeError(
            ErrorCode::Locked,
            Tr::tr("%1 is open in Stockbook. Close it everywhere, then restore.").arg(native(target)));

    const bool targetExists = QFileInfo::exists(target);
    std::optional<KeyVault> targetVault;
    if (targetExists) {
        auto loaded = KeyVault::load(KeyVault::pathFor(target));
        if (loaded.ok())
            targetVault = std::move(loaded).value();
        else if (loaded.error().code != ErrorCode::FileNotFound)
            return loaded.error();
    }
    // Wrong passwords count where sign-in counts them; a new target has no
    // state file yet, so they count beside the backup.
    Attempts attempts(LoginState::pathFor(targetExists ? target : backup));

    // Unpacked and verified beside the target first.
    const QString tmp = target + QStringLiteral(".restoring-") + uniqueSuffix();
    std::unique_ptr<storage::Database> copy;
    auto fail = [&](Error e) -> Result<Outcome> {
        copy.reset();
        removeDatabaseFiles(tmp);
        QFile::remove(tmp + QStringLiteral(".keys"));
        return e;
    };
    auto unpacked = BackupFile::read(backup, tmp);
    if (!unpacked.ok()) {
        const Error &e = unpacked.error();
        return fail(e.code == ErrorCode::Damaged ? damagedBackup(backup, e.message, e.detail) : e);
    }
    const AuditChainHead backupHead = manifestHead(unpacked->manifest);
    auto vault = KeyVault::fromBytes(unpacked->vault, backup);
    if (!vault.ok())
        return fail(damagedBackup(backup, vault.error().message, vault.error().detail));
    auto derived = keyFrom(request.backup, &vault.value(), backup, attempts);
    if (!derived.ok())
        return fail(derived.error());
    OpenedKey key = std::move(derived).value();

    // The backup, checked whole, and whether its user could restore then.
    auto verified = [&]() -> Result<QString> {
        auto opened = storage::Database::open(tmp, key.dek);
        if (!opened.ok()) {
            if (opened.error().code == ErrorCode::WrongKey)
                return makeError(
                    ErrorCode::WrongKey,
                    Tr::tr("The password or recovery key does not open the backup %1. Use the "
                           "password you had when the backup was made, or the recovery key of that "
                           "time; the current company file was not changed.")
                        .arg(native(backup)));
            return damagedBackup(backup, opened.error().message, opened.error().detail);
        }
        copy = std::move(opened).value();
        storage::Database &db = *copy;
        if (auto whole = db.checkIntegrity(); !whole.ok())
            return damagedBackup(backup, whole.error().message, whole.error().detail);
        auto chain = AuditLog::verify(db, backupHead);
        if (!chain.ok())
            return chain.error();
        if (!chain->ok)
            return damagedBackup(
                backup, Tr::tr("its audit log does not match its manifest (%1).").arg(chain->problem));
        if (key.userId) {
            AccountStore store(db);
            auto user = store.user(*key.userId);
            if (!user.ok())
                return user.error();
            if (user->keyslotHash != key.slotHash)
                return makeError(
                    ErrorCode::SlotMismatch,
                    Tr::tr("The key of %1 in the backup's key file does not match the backup. Use "
                           "the recovery key instead.")
                        .arg(user->username));
            auto session = store.sessionFor(user->id, systemClock());
            if (!session.ok())
                return session.error();
            if (!user->active || !session->require(Permission::BackupRestore).ok())
                return makeError(
                    ErrorCode::PermissionDenied,
                    Tr::tr("%1 may not restore backups. Sign in with an administrator's password "
                           "from the time of the backup, or use the recovery key.")
                        .arg(user->username));
            key.username = user->username;
        }
        return companyName(db);
    }();
    if (!verified.ok())
        return fail(verified.error());
    const QString backupCompany = verified.value();

    // Replacing a company needs control of it; another company's backup is
    // refused by name unless asked for.
    bool otherCompany = false;
    if (targetExists) {
        const bool sameVault = targetVault && targetVault->vaultId() == vault->vaultId();
        const Credentials &credentials = request.target ? *request.target : request.backup;
        auto checked = checkTarget(target, targetVault ? &*targetVault : nullptr, credentials,
                                   !request.target.has_value(), attempts);
        if (!checked.ok())
            return fail(checked.error());
        otherCompany = !sameVault;
        if (otherCompany && !request.replaceOtherCompany) {
            const QString file = QFileInfo(target).fileName();
            return fail(makeError(ErrorCode::InvalidState,
                                  checked->company.isEmpty()
                                      ? Tr::tr("This backup is of “%1”, not of the company in %2; %2 was not "
                                               "changed.")
                                            .arg(backupCompany, file)
                                      : Tr::tr("This backup is of “%1”, not of “%3” (%2); %2 was not "
                                               "changed.")
                                            .arg(backupCompany, file, checked->company),
                                  FieldOtherCompany));
        }
        if (checked->refusal)
            return fail(*checked->refusal);
    }

    auto finished = [&]() -> Result<AuditChainHead> {
        storage::Database &db = *copy;
        storage::Transaction tx(db);
        if (auto begun = tx.begin(); !begun.ok())
            return begun.error();
        if (auto logged = AuditLog::append(
                db,
                AuditRecord{key.userId, key.userId ? key.username : QStringLiteral("recovery key"),
                            QStringLiteral("backup.restore"), QStringLiteral("database"),
                            QFileInfo(backup).fileName(),
                            json(QJsonObject{{QStringLiteral("audit_seq"), QString::number(backupHead.seq)},
                                             {QStringLiteral("replaced_existing"), targetExists},
                                             {QStringLiteral("replaced_other_company"), otherCompany}}),
                            nowUtc()});
            !logged.ok())
            return logged.error();
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        if (auto flushed = checkpoint(db.nativeHandle()); !flushed.ok())
            return flushed.error();
        return AuditLog::head(db);
    }();
    if (!finished.ok())
        return fail(finished.error());
    const AuditChainHead restoredHead = finished.value();
    copy.reset();
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));

    if (auto w = writeFileOwnerOnly(tmp + QStringLiteral(".keys"), unpacked->vault); !w.ok())
        return fail(w.error());

    // Verified: keep the current company aside, then move the copy in.
    Outcome outcome;
    outcome.company = backupCompany;
    outcome.replacedExisting = targetExists;
    if (targetExists) {
        const QString aside = freeName(target + QStringLiteral(".before-restore"));
        if (!QFile::rename(target, aside))
            return fail(makeError(ErrorCode::Io,
                                  Tr::tr("%1 could not be renamed to %2; nothing was restored.")
                                      .arg(native(target), native(aside))));
        QFile::rename(target + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        QFile::rename(KeyVault::pathFor(target), KeyVault::pathFor(aside));
        QFile::copy(LoginState::pathFor(target), LoginState::pathFor(aside));
        outcome.keptAs = aside;
    } else {
        QFile::remove(KeyVault::pathFor(target));
        QFile::remove(LoginState::pathFor(target));
    }
    if (!QFile::rename(tmp, target))
        return fail(makeError(
            ErrorCode::Io,
            Tr::tr("The verified copy %1 could not be renamed to %2. Rename it by hand; the previous "
                   "company file was kept as %2.before-restore.")
                .arg(native(tmp), native(target))));
    QFile::rename(tmp + QStringLiteral(".keys"), KeyVault::pathFor(target));
    // The counters and pending audit of failed attempts stay with the file
    // name; the proven names start afresh.
    LoginState &counted = attempts.succeeded();
    if (targetExists) {
        counted.setAnchor(restoredHead);
        (void)counted.save(LoginState::pathFor(target));
    } else {
        if (QFileInfo::exists(LoginState::pathFor(backup)))
            (void)counted.save(LoginState::pathFor(backup));
        LoginState state;
        state.setAnchor(restoredHead);
        (void)state.save(LoginState::pathFor(target));
    }
    return outcome;
}

Result<void> RestoreService::restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                                 const QString &username, const SecretBytes &password)
{
    Request request{backupPath, targetDbPath,
                    Credentials{username, SecretBytes::copyOf(password.bytes()), false}, std::nullopt, false};
    auto restored = restore(request);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<void> RestoreService::restoreWithRecoveryKey(const QString &backupPath, const QString &targetDbPath,
                                                    const SecretBytes &recoveryKey)
{
    Request request{backupPath, targetDbPath,
                    Credentials{QString(), SecretBytes::copyOf(recoveryKey.bytes()), true}, std::nullopt,
                    false};
    auto restored = restore(request);
    if (!restored.ok())
        return restored.error();
    return {};
}

} // namespace stockbook

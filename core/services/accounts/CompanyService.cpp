// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/CompanyService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/PasswordPolicy.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/Checkpoints.h"
#include "services/settings/SettingsService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace stockbook {

using security::KeyVault;
using security::LoginState;

namespace {

// An audit row's changes: always built as a JSON object, never by pasting
// text, so no value can add keys.
QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Moves the outside copy of the audit chain head forward, unless the chain no
// longer holds the row it recorded: then the old anchor stays, for verify to report.
void advanceAnchor(storage::Database &db, LoginState &state)
{
    if (const auto anchor = state.anchor()) {
        auto holds = AuditLog::anchorHolds(db, *anchor);
        if (!holds.ok() || !holds.value())
            return;
    }
    if (auto head = AuditLog::head(db); head.ok())
        state.setAnchor(head.value());
}

// The company's lockout threshold (settings), for the state file that counts
// failures while the database is closed; the default when unset or unreadable.
int storedLockoutThreshold(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'security.lockout_threshold'"));
    if (!q.exec() || !q.next())
        return LoginState::DefaultLockoutThreshold;
    bool ok = false;
    const int value = q.value(0).toString().toInt(&ok);
    return ok ? value : LoginState::DefaultLockoutThreshold;
}

// What a wrong password leaves in the state file: one more failure for the
// name, a pending failed sign-in and, at the threshold, a pending lockout. A
// locked account's sign-in leaves exactly this too, whatever the password.
void countWrongTry(LoginState &state, const QString &name, const QString &username, bool known,
                   const QDateTime &now)
{
    const int failures = state.recordFailure(name, known, now);
    state.addPendingAudit(
        AuditRecord{std::nullopt, known ? username.trimmed() : QString(), QStringLiteral("login.failed"),
                    QStringLiteral("users"), QString(),
                    compactJson(QJsonObject{{QStringLiteral("consecutive_failures"), failures},
                                            {QStringLiteral("known_name"), known}}),
                    now});
    if (known && failures == state.lockoutThreshold())
        state.addPendingAudit(AuditRecord{
            std::nullopt, username.trimmed(), QStringLiteral("account.lockout"), QStringLiteral("users"),
            QString(), compactJson(QJsonObject{{QStringLiteral("failures"), failures}}), now});
}

} // namespace

void CompanyService::removeCompanyFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".keys"), QStringLiteral(".state")})
        QFile::remove(path + suffix);
}

Result<void> CompanyService::validateUsername(const QString &username)
{
    return AccountStore::validateUsername(username);
}

QString CompanyService::slotName(const QString &username)
{
    return username.trimmed().toCaseFolded();
}

Result<NewCompany> CompanyService::create(const QString &path, const QString &companyName,
                                          const QString &adminName, const SecretBytes &adminPassword,
                                          const Clock &clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (companyName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Enter the company's name."),
                         QStringLiteral("company"));
    if (auto valid = AccountStore::validateUsername(adminName); !valid.ok())
        return valid.error();
    if (auto strong = security::PasswordPolicy::validate(adminPassword, {adminName, QString(), companyName});
        !strong.ok())
        return strong.error();
    if (QFileInfo::exists(KeyVault::pathFor(absolute)))
        return makeError(ErrorCode::FileExists,
                         Tr::tr("A key file %1 already exists. Choose another name for the company file.")
                             .arg(QDir::toNativeSeparators(KeyVault::pathFor(absolute))));

    SecretBytes dek = SecretBytes::random(KeyVault::DekSize);
    if (dek.isEmpty())
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available to make a key."));
    auto created = storage::Database::create(absolute, dek);
    if (!created.ok())
        return created.error();
    std::unique_ptr<storage::Database> db = std::move(created).value();

    auto fail = [&](Error e) -> Result<NewCompany> {
        db.reset();
        removeCompanyFiles(absolute);
        return e;
    };

    security::VaultSecrets secrets;
    auto vault = KeyVault::createNew(dek, secrets);
    if (!vault.ok())
        return fail(vault.error());
    const QDateTime now = clock();
    storage::Transaction tx(*db);
    if (auto begun = tx.begin(); !begun.ok())
        return fail(begun.error());
    AccountStore store(*db);
    if (auto set = store.setSetting(SettingsService::KeyCompanyName, companyName.trimmed(), now); !set.ok())
        return fail(set.error());
    auto adminId = store.insertUser(adminName.trimmed(), QStringLiteral("admin"), {}, {}, false, now);
    if (!adminId.ok())
        return fail(adminId.error());
    security::UnlockedKey own; // the administrator's keys, as a sign-in would give them
    if (auto wrapped = vault->addOrReplaceSlot(adminId.value(), slotName(adminName), adminPassword, dek,
                                               secrets.adminSeed, true, security::KdfParams::current(), &own);
        !wrapped.ok())
        return fail(wrapped.error());
    if (auto hashed = store.setSlotHash(adminId.value(), vault->slotHash(adminId.value()), now); !hashed.ok())
        return fail(hashed.error());
    AuditRecord audit{adminId.value(),
                      adminName.trimmed(),
                      QStringLiteral("company.create"),
                      QStringLiteral("settings"),
                      SettingsService::KeyCompanyName,
                      compactJson(QJsonObject{{QStringLiteral("company"), companyName.trimmed()}}),
                      now};
    if (auto logged = AuditLog::append(*db, audit); !logged.ok())
        return fail(logged.error());
    if (auto saved = vault->save(KeyVault::pathFor(absolute)); !saved.ok())
        return fail(saved.error());
    if (auto committed = tx.commit(); !committed.ok())
        return fail(committed.error());

    LoginState state;
    if (auto head = AuditLog::head(*db); head.ok())
        state.setAnchor(head.value());
    if (auto saved = state.save(LoginState::pathFor(absolute)); !saved.ok())
        return fail(saved.error());

    auto recovery = security::RecoveryKey::encodeAscii(secrets.recoverySecret);
    if (!recovery.ok())
        return fail(recovery.error());

    auto session = store.sessionFor(adminId.value(), clock);
    if (!session.ok())
        return fail(session.error());
    NewCompany result;
    result.company = std::make_unique<CompanySession>(std::move(db), std::move(dek),
                                                      std::move(session).value());
    useVaultKeys(*result.company, vault.value(), own);
    (void)Checkpoints::attest(*result.company); // the first checkpoint: the company as created
    result.recoveryKey = std::move(recovery).value();
    return result;
}

Result<std::unique_ptr<CompanySession>> CompanyService::signIn(const QString &path, const QString &username,
                                                               const SecretBytes &password,
                                                               const Clock &clock)
{
    if (isServerLocation(path))
        return signInServer(path, username, password, clock);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return makeError(
            ErrorCode::FileNotFound,
            Tr::tr("The company file %1 does not exist.").arg(QDir::toNativeSeparators(absolute)));
    auto vault = KeyVault::load(KeyVault::pathFor(absolute));
    if (!vault.ok()) {
        if (vault.error().code == ErrorCode::FileNotFound)
            return makeError(
                ErrorCode::VaultMissing,
                Tr::tr("The key file %1 is missing, so nobody can sign in. Put it back from a backup "
                       "(every backup holds it); the recovery key, too, works only with the key file.")
                    .arg(QDir::toNativeSeparators(KeyVault::pathFor(absolute))));
        return vault.error();
    }

    const QString name = slotName(username);
    const bool known = vault->hasSlotNamed(name);
    const QString statePath = LoginState::pathFor(absolute);
    const QDateTime now = clock();
    LoginState state = LoginState::current(statePath, now);
    if (const int wait = state.secondsToWait(name, known, now); wait > 0)
        return makeError(
            ErrorCode::Throttled,
            Tr::tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, wait),
            QString::number(wait));

    auto unlocked = vault->unwrap(name, password);
    if (!unlocked.ok()) {
        if (unlocked.error().code == ErrorCode::WrongPassword) {
            // Counted under the lock, dated when the failure is known.
            const QDateTime failedAt = clock();
            (void)LoginState::update(statePath, failedAt, [&](LoginState &s) {
                countWrongTry(s, name, username, known, failedAt);
            });
            return KeyVault::wrongPasswordError();
        }
        return unlocked.error();
    }

    // Held until the state file is written again, so no failure counted
    // meanwhile by another program is lost.
    LoginState::Lock lock(statePath);
    state = LoginState::load(statePath);
    state.clampTimes(now);
    auto opened = storage::Database::open(absolute, unlocked->dek);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    AccountStore store(*db);
    const qint64 userId = unlocked->userId;

    storage::Transaction tx(*db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    for (const QString &lockedName : state.lockedOutNames()) {
        if (auto locked = store.applyLockout(lockedName, state.lastFailure(lockedName, true), now);
            !locked.ok())
            return locked.error();
    }
    auto user = store.user(userId);
    if (!user.ok())
        return user.error();
    const auto refusal = signInRefusal(user.value(), vault->slotMatches(userId, user->keyslotHash), now);
    if (refusal && refusal->error.code == ErrorCode::AccountLocked) {
        // Answered exactly like a wrong password, with the same effect on the
        // state file, whether or not the password is right: only the audit
        // log (which the caller cannot read without signing in) says so.
        (void)AuditLog::append(*db,
                               AuditRecord{userId, user->username, refusal->action, QStringLiteral("users"),
                                           QString::number(userId), QString(), now});
        (void)tx.commit();
        const QDateTime failedAt = clock();
        state.clampTimes(failedAt);
        countWrongTry(state, name, username, true, failedAt);
        (void)state.save(statePath);
        return KeyVault::wrongPasswordError();
    }

    // Attempts made while the database was closed enter the audit log now,
    // marked as read from the state file (which anyone with the folder can
    // write), never dated after now. Records of another shape were skipped
    // when the file was read; how many is recorded here.
    for (AuditRecord pending : state.pendingAudit()) {
        if (pending.timestamp > now)
            pending.timestamp = now;
        QJsonObject changes = QJsonDocument::fromJson(pending.changes.toUtf8()).object();
        changes.insert(QStringLiteral("from_state_file"), true);
        pending.changes = compactJson(changes);
        if (auto logged = AuditLog::append(*db, pending); !logged.ok())
            return logged.error();
    }
    if (state.refusedRecords() > 0) {
        if (auto logged = AuditLog::append(
                *db,
                AuditRecord{std::nullopt, QStringLiteral(""), QStringLiteral("state.records_refused"),
                            QStringLiteral("users"), QString(),
                            compactJson(QJsonObject{{QStringLiteral("count"), state.refusedRecords()}}),
                            now});
            !logged.ok())
            return logged.error();
        state.clearRefusedRecords();
    }

    auto refuse = [&](Error error, const QString &action) -> Result<std::unique_ptr<CompanySession>> {
        (void)AuditLog::append(*db,
                               AuditRecord{userId, user->username, action, QStringLiteral("users"),
                                           QString::number(userId), QString(), now});
        if (tx.commit().ok()) {
            state.takePendingAudit();
            (void)state.save(statePath);
        }
        return error;
    };
    if (refusal)
        return refuse(refusal->error, refusal->action);

    if (auto noted = noteLostStateFile(*db, state, storedLockoutThreshold(*db), now); !noted.ok())
        return noted.error();
    if (auto recorded = store.recordSuccessfulLogin(userId, now); !recorded.ok())
        return recorded.error();
    if (auto logged = AuditLog::append(*db,
                                       AuditRecord{userId, user->username, QStringLiteral("login.success"),
                                                   QStringLiteral("users"), QString::number(userId),
                                                   QString(), now});
        !logged.ok())
        return logged.error();
    if (auto rewrapped = rewrapIfNeeded(*db, vault.value(), unlocked.value(), name, password,
                                        KeyVault::pathFor(absolute), now);
        !rewrapped.ok())
        return rewrapped.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();

    state.takePendingAudit();
    state.clearFailures(name, true);
    state.setLockoutThreshold(storedLockoutThreshold(*db));
    advanceAnchor(*db, state);
    (void)state.save(statePath);

    auto session = store.sessionFor(userId, clock);
    if (!session.ok())
        return session.error();
    auto company = std::make_unique<CompanySession>(std::move(db), SecretBytes::copyOf(unlocked->dek.bytes()),
                                                    std::move(session).value());
    useVaultKeys(*company, vault.value(), unlocked.value());
    // An administrator who was pending at the upgrade gets the administrators'
    // key from the next administrator who signs in, once their own password
    // protects their entry.
    if (!company->adminSigningKey().isEmpty()
        && vault->grantAdminKeyToAdministrators(company->adminSigningKey().seed) > 0)
        (void)vault->save(KeyVault::pathFor(absolute));
    // A key file of an earlier version is upgraded at an administrator's
    // sign-in; if that fails the company stays usable as it was.
    if (vault->isLegacy() && user->roleName == QLatin1String("admin")) {
        if (auto upgraded = upgradeKeyFile(*company, vault.value(), unlocked.value(), name, password);
            !upgraded.ok()) {
            storage::Transaction note(company->database());
            if (note.begin().ok()
                && AuditLog::append(company->database(),
                                    AuditRecord{userId, user->username, QStringLiteral("keys.upgrade_failed"),
                                                QStringLiteral("database"), QString(),
                                                compactJson(QJsonObject{
                                                    {QStringLiteral("reason"), upgraded.error().detail}}),
                                                now})
                       .ok())
                (void)note.commit();
        }
    }
    // Once the session holds its keys: the last checkpoint checked (findings
    // kept on the session), a new one written for an administrator.
    Checkpoints::atSignIn(*company);
    return company;
}

Result<std::unique_ptr<CompanySession>>
CompanyService::recover(const QString &path, const SecretBytes &recoveryKey, const QString &adminName,
                        const SecretBytes &newPassword, const Clock &clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString text = QString::fromLatin1(reinterpret_cast<const char *>(recoveryKey.data()),
                                       static_cast<qsizetype>(recoveryKey.size()));
    auto decoded = security::RecoveryKey::decode(text);
    text.fill(QChar(u'\0'));
    if (!decoded.ok())
        return decoded.error();

    // The recovery key works through the key file: it is sealed what it opens.
    const QString vaultPath = KeyVault::pathFor(absolute);
    auto loaded = KeyVault::load(vaultPath);
    if (!loaded.ok()) {
        if (loaded.error().code == ErrorCode::FileNotFound)
            return makeError(
                ErrorCode::VaultMissing,
                Tr::tr("The key file %1 is missing, and the recovery key works only together with it. "
                       "Put the key file back from a backup (every backup holds it) and try again.")
                    .arg(QDir::toNativeSeparators(vaultPath)));
        return loaded.error();
    }
    KeyVault &vault = loaded.value();
    SecretBytes dek;
    SecretBytes adminSeed;
    if (vault.isLegacy()) {
        // An earlier key file: its recovery key is the company key itself.
        dek = std::move(decoded).value();
    } else {
        auto opened = vault.openWithRecoverySecret(decoded.value(), dek);
        if (!opened.ok())
            return opened.error();
        adminSeed = std::move(opened->adminSeed);
    }

    auto opened = storage::Database::open(absolute, dek);
    if (!opened.ok()) {
        if (opened.error().code == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey,
                             Tr::tr("This recovery key does not open %1: it belongs to another "
                                    "company, or the key was changed since it was printed.")
                                 .arg(QDir::toNativeSeparators(absolute)));
        return opened.error();
    }
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    AccountStore store(*db);
    auto user = store.userByName(adminName);
    if (!user.ok())
        return user.error();
    if (!user->active || user->roleName != QLatin1String("admin"))
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("%1 is not an active administrator; the recovery key sets a new password for an "
                   "active administrator only.")
                .arg(adminName));

    if (auto strong = security::PasswordPolicy::validate(newPassword,
                                                         {user->username, user->fullName, QString()});
        !strong.ok())
        return strong.error();

    const QDateTime now = clock();
    storage::Transaction tx(*db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    security::UnlockedKey own; // the administrator's new keys (format 3)
    if (auto wrapped = vault.addOrReplaceSlot(user->id, slotName(user->username), newPassword, dek, adminSeed,
                                              true, security::KdfParams::current(), &own);
        !wrapped.ok())
        return wrapped.error();
    if (auto hashed = store.setSlotHash(user->id, vault.slotHash(user->id), now); !hashed.ok())
        return hashed.error();
    if (auto unlocked = store.unlock(user->id, now); !unlocked.ok())
        return unlocked.error();
    if (auto changed = store.setMustChangePassword(user->id, false, now); !changed.ok())
        return changed.error();
    // The actor is the recovery key, not the administrator whose password it set.
    if (auto logged = AuditLog::append(
            *db,
            AuditRecord{std::nullopt, QStringLiteral("recovery key"), QStringLiteral("recovery.password_set"),
                        QStringLiteral("users"), QString::number(user->id),
                        compactJson(QJsonObject{{QStringLiteral("administrator"), user->username}}), now});
        !logged.ok())
        return logged.error();
    if (auto saved = vault.save(vaultPath); !saved.ok())
        return saved.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();

    LoginState::Lock lock(LoginState::pathFor(absolute));
    LoginState state = LoginState::load(LoginState::pathFor(absolute));
    state.clampTimes(now);
    state.clearFailures(slotName(user->username), true);
    advanceAnchor(*db, state);
    (void)state.save(LoginState::pathFor(absolute));

    auto session = store.sessionFor(user->id, clock);
    if (!session.ok())
        return session.error();
    if (vault.isLegacy()) {
        // What the upgrade below needs from the slot just written.
        auto legacy = vault.unwrap(slotName(user->username), newPassword);
        if (!legacy.ok())
            return legacy.error();
        own = std::move(legacy).value();
    }
    auto company = std::make_unique<CompanySession>(std::move(db), std::move(dek),
                                                    std::move(session).value());
    useVaultKeys(*company, vault, own);
    if (vault.isLegacy()) {
        if (auto upgraded = upgradeKeyFile(*company, vault, own, slotName(user->username), newPassword);
            !upgraded.ok())
            return upgraded.error();
    }
    Checkpoints::atSignIn(*company);
    return company;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/UsersService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/PasswordPolicy.h"
#include "security/keys/KeyVault.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/Checkpoints.h"
#include "services/accounts/CompanyService.h"
#include "services/maintenance/KeyRotationService.h"
#include "services/settings/SettingsService.h"
#include "storage/Location.h"
#include "storage/Transaction.h"
#include "storage/server/Scram.h"
#include "storage/server/ServerSetup.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockbook {

using security::KeyVault;
using security::LoginState;
using security::PasswordPolicy;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditRecord auditFor(const Session &s, const QString &action, const QString &entityId,
                     const QJsonObject &changes)
{
    return AuditRecord{s.userId(), s.username(),  action, QStringLiteral("users"),
                       entityId,   json(changes), s.now()};
}

} // namespace

Result<void> UsersService::authorize(const QString &action, const QString &targetName)
{
    Session &session = m_company.session();
    auto allowed = session.require(Permission::UserManage);
    if (allowed.ok()) {
        session.touch();
        return {};
    }
    if (allowed.error().code == ErrorCode::PermissionDenied && m_company.isOpen()) {
        storage::Transaction tx(m_company.database());
        if (tx.begin().ok()) {
            (void)AuditLog::append(m_company.database(),
                                   auditFor(session, QStringLiteral("permission.denied"), QString(),
                                            QJsonObject{{QStringLiteral("action"), action},
                                                        {QStringLiteral("target"), targetName}}));
            (void)tx.commit();
        }
    }
    return allowed;
}

Result<UserRow> UsersService::target(const QString &username)
{
    return AccountStore(m_company.database()).userByName(username);
}

Result<void> UsersService::guardLastAdmin(const UserRow &user, const QString &what)
{
    if (user.roleName != QLatin1String("admin") || !user.active)
        return {};
    auto others = AccountStore(m_company.database()).otherActiveAdmins(user.id);
    if (!others.ok())
        return others.error();
    if (others.value() == 0)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 is the last active administrator and cannot be %2. Make another user an "
                                "administrator first.")
                             .arg(user.username, what),
                         QStringLiteral("username"));
    return {};
}

Result<void> UsersService::wrapNewSlot(qint64 userId, const QString &username, const SecretBytes &password,
                                       bool administrator)
{
    const QString vaultPath = KeyVault::pathFor(m_company.path());
    auto vault = KeyVault::load(vaultPath);
    if (!vault.ok())
        return vault.error();
    // Format 3: new key pairs for the user, certified with the
    // administrators' key the signed-in administrator holds.
    if (auto wrapped = vault->addOrReplaceSlot(userId, CompanyService::slotName(username), password,
                                               m_company.databaseKey(), m_company.adminSigningKey().seed,
                                               administrator);
        !wrapped.ok())
        return wrapped.error();
    return saveVault(vault.value(), userId, vaultPath);
}

Result<void> UsersService::saveVault(const KeyVault &vault, qint64 userId, const QString &vaultPath)
{
    AccountStore store(m_company.database());
    if (auto hashed = store.setSlotHash(userId, vault.slotHash(userId), m_company.now()); !hashed.ok())
        return hashed.error();
    // The vault is written before the transaction commits: if the commit then
    // fails, the new slot does not match the row's hash and is refused, which
    // is safe; the reverse order could leave a user without a usable slot.
    return vault.save(vaultPath);
}

Result<void> UsersService::setServerLogin(const QString &username, const QString &roleName,
                                          const SecretBytes &password)
{
    auto verifier = storage::server::Scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    storage::Database &db = m_company.database();
    const QString login = username.trimmed().toLower();
    auto exists = db.query(QStringLiteral("SELECT count(*) AS n FROM pg_roles WHERE rolname = ?"), {login});
    if (!exists.ok())
        return exists.error();
    const bool known = exists->next() && exists->get<qint64>("n") > 0;
    auto done = known
        ? db.query(QStringLiteral("SELECT stockbook_set_login_password(?, ?)"), {login, verifier.value()})
        : db.query(QStringLiteral("SELECT stockbook_create_login(?, ?, ?)"),
                   {login, storage::server::ServerSetup::groupOfRole(roleName), verifier.value()});
    if (!done.ok())
        return done.error();
    return {};
}

Result<void> UsersService::changeOwnKeyEntry(qint64 userId,
                                             const std::function<Result<void>(KeyVault &)> &change)
{
    // A server keeps no key file: the users row moves the login (its group,
    // LOGIN or NOLOGIN) by itself (schema/postgres/security.sql).
    if (m_company.isServer())
        return {};
    const QString vaultPath = KeyVault::pathFor(m_company.path());
    auto vault = KeyVault::load(vaultPath);
    if (!vault.ok())
        return vault.error();
    if (vault->isLegacy() || !vault->hasSlot(userId))
        return {};
    if (auto changed = change(vault.value()); !changed.ok())
        return changed;
    return vault->save(vaultPath);
}

Result<void> UsersService::removeKeyAndRotate(qint64 userId)
{
    if (m_company.isServer())
        return {}; // deactivating the users row disabled the login and ended its sessions
    const QString vaultPath = KeyVault::pathFor(m_company.path());
    auto vault = KeyVault::load(vaultPath);
    if (!vault.ok())
        return vault.error();
    if (vault->isLegacy() || !vault->hasSlot(userId))
        return {};
    // The withdrawal is saved first: if the rotation then fails, the user
    // holds no seal and no later rotation gives them one.
    if (auto withdrawn = vault->withdraw(userId, m_company.adminSigningKey().seed); !withdrawn.ok())
        return withdrawn;
    if (auto saved = vault->save(vaultPath); !saved.ok())
        return saved;
    KeyVault next = vault.value();
    SecretBytes newDek = SecretBytes::random(KeyVault::DekSize);
    if (newDek.size() != static_cast<std::size_t>(KeyVault::DekSize))
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available for a new key."));
    if (auto resealed = next.resealFor(newDek, m_company.adminSigningKey().seed); !resealed.ok())
        return resealed;
    return KeyRotationService::rekeyCompany(m_company, std::move(newDek), next);
}

Result<QList<UserRow>> UsersService::list()
{
    if (auto ok = authorize(QStringLiteral("user.list"), {}); !ok.ok())
        return ok.error();
    return AccountStore(m_company.database()).users();
}

Result<SecretBytes> UsersService::create(const NewUser &user)
{
    if (auto ok = authorize(QStringLiteral("user.create"), user.username); !ok.ok())
        return ok.error();
    SecretBytes temporary = PasswordPolicy::generateTemporary();
    if (temporary.isEmpty())
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available for a password."));
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    AccountStore store(db);
    auto id = store.insertUser(user.username, user.role, user.email, user.fullName, true, m_company.now());
    if (!id.ok())
        return id.error();
    if (auto logged = AuditLog::append(
            db,
            auditFor(m_company.session(), QStringLiteral("user.create"), QString::number(id.value()),
                     QJsonObject{{QStringLiteral("username"), user.username.trimmed()},
                                 {QStringLiteral("role"), user.role},
                                 {QStringLiteral("email"), user.email.trimmed()}}));
        !logged.ok())
        return logged.error();
    if (auto slot = m_company.isServer()
            ? setServerLogin(user.username, user.role, temporary)
            : wrapNewSlot(id.value(), user.username, temporary, user.role == QLatin1String("admin"));
        !slot.ok())
        return slot.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    (void)Checkpoints::attest(m_company);
    return temporary;
}

Result<void> UsersService::setRole(const QString &username, const QString &role)
{
    if (auto ok = authorize(QStringLiteral("user.set_role"), username); !ok.ok())
        return ok.error();
    auto user = target(username);
    if (!user.ok())
        return user.error();
    AccountStore store(m_company.database());
    auto roleId = store.roleId(role);
    if (!roleId.ok())
        return roleId.error();
    if (user->roleName == role)
        return {};
    if (role != QLatin1String("admin")) {
        if (auto guard = guardLastAdmin(user.value(), Tr::tr("demoted")); !guard.ok())
            return guard;
    }
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto set = store.setRole(user->id, roleId.value(), m_company.now()); !set.ok())
        return set;
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditFor(m_company.session(), QStringLiteral("user.set_role"), QString::number(user->id),
                     QJsonObject{{QStringLiteral("role"),
                                  QJsonObject{{QStringLiteral("old"), user->roleName},
                                              {QStringLiteral("new"), role}}}}));
        !logged.ok())
        return logged.error();
    if (auto given = changeOwnKeyEntry(user->id,
                                       [&](KeyVault &vault) {
                                           return vault.setAdministrator(user->id,
                                                                         role == QLatin1String("admin"),
                                                                         m_company.adminSigningKey().seed);
                                       });
        !given.ok())
        return given;
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    (void)Checkpoints::attest(m_company);
    return {};
}

Result<SecretBytes> UsersService::resetPassword(const QString &username)
{
    if (auto ok = authorize(QStringLiteral("user.reset_password"), username); !ok.ok())
        return ok.error();
    auto user = target(username);
    if (!user.ok())
        return user.error();
    SecretBytes temporary = PasswordPolicy::generateTemporary();
    if (temporary.isEmpty())
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available for a password."));
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    AccountStore store(m_company.database());
    const QDateTime now = m_company.now();
    if (auto must = store.setMustChangePassword(user->id, true, now); !must.ok())
        return must.error();
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(m_company.session(), QStringLiteral("user.reset_password"),
                                                QString::number(user->id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    if (auto slot = m_company.isServer()
            ? setServerLogin(user->username, user->roleName, temporary)
            : wrapNewSlot(user->id, user->username, temporary, user->roleName == QLatin1String("admin"));
        !slot.ok())
        return slot.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    (void)Checkpoints::attest(m_company);
    return temporary;
}

Result<void> UsersService::deactivate(const QString &username)
{
    if (auto ok = authorize(QStringLiteral("user.deactivate"), username); !ok.ok())
        return ok.error();
    auto user = target(username);
    if (!user.ok())
        return user.error();
    if (user->id == m_company.session().userId())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("You cannot deactivate your own account. Ask another administrator."),
                         QStringLiteral("username"));
    if (auto guard = guardLastAdmin(user.value(), Tr::tr("deactivated")); !guard.ok())
        return guard;
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto set = AccountStore(m_company.database()).setActive(user->id, false, m_company.now()); !set.ok())
        return set;
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(m_company.session(), QStringLiteral("user.deactivate"),
                                                QString::number(user->id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    // The user's key leaves the key file and the company file is re-encrypted
    // with a new key sealed to the remaining users: nothing the user saw opens it.
    if (auto rotated = removeKeyAndRotate(user->id); !rotated.ok())
        return makeError(rotated.error().code,
                         Tr::tr("%1 is deactivated, but the company key could not be changed: %2 Change "
                                "the company key in Settings before the user could use a copy of it.")
                             .arg(user->username, rotated.error().message),
                         {}, rotated.error().detail);
    storage::Transaction logTx(m_company.database());
    if (auto begun = logTx.begin(); !begun.ok())
        return begun;
    if (auto logged = AuditLog::append(
            m_company.database(),
            AuditRecord{m_company.session().userId(), m_company.session().username(),
                        QStringLiteral("key.rotate"), QStringLiteral("database"), QString(),
                        json(QJsonObject{{QStringLiteral("reason"), QStringLiteral("user.deactivate")},
                                         {QStringLiteral("user"), user->username}}),
                        m_company.now()});
        !logged.ok())
        return logged.error();
    if (auto committed = logTx.commit(); !committed.ok())
        return committed;
    (void)Checkpoints::attest(m_company);
    return {};
}

Result<void> UsersService::reactivate(const QString &username)
{
    if (auto ok = authorize(QStringLiteral("user.reactivate"), username); !ok.ok())
        return ok.error();
    auto user = target(username);
    if (!user.ok())
        return user.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto set = AccountStore(m_company.database()).setActive(user->id, true, m_company.now()); !set.ok())
        return set;
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(m_company.session(), QStringLiteral("user.reactivate"),
                                                QString::number(user->id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    // The company key sealed to the user again (their keys stayed in the key file).
    if (auto granted = changeOwnKeyEntry(user->id,
                                         [&](KeyVault &vault) {
                                             return vault.grant(user->id, m_company.databaseKey(),
                                                                m_company.adminSigningKey().seed);
                                         });
        !granted.ok())
        return granted;
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    (void)Checkpoints::attest(m_company);
    return {};
}

Result<void> UsersService::unlock(const QString &username)
{
    if (auto ok = authorize(QStringLiteral("user.unlock"), username); !ok.ok())
        return ok.error();
    auto user = target(username);
    if (!user.ok())
        return user.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto set = AccountStore(m_company.database()).unlock(user->id, m_company.now()); !set.ok())
        return set;
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(m_company.session(), QStringLiteral("user.unlock"),
                                                QString::number(user->id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    if (m_company.isServer())
        return {};
    // The failure counter beside the vault would lock the account again.
    const QString statePath = LoginState::pathFor(m_company.path());
    return LoginState::update(statePath, m_company.now(), [&user](LoginState &s) {
        s.clearFailures(CompanyService::slotName(user->username), true);
    });
}

Result<void> UsersService::changeOwnPassword(const SecretBytes &currentPassword,
                                             const SecretBytes &newPassword)
{
    Session &session = m_company.session();
    if (!session.isValid())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Nobody is signed in. Sign in and try again."));
    AccountStore store(m_company.database());
    auto user = store.user(session.userId());
    if (!user.ok())
        return user.error();
    if (m_company.isServer())
        return changeOwnServerPassword(user.value(), currentPassword, newPassword);
    auto vault = KeyVault::load(KeyVault::pathFor(m_company.path()));
    if (!vault.ok())
        return vault.error();
    auto proven = vault->unwrap(CompanyService::slotName(user->username), currentPassword);
    if (!proven.ok())
        return makeError(ErrorCode::WrongPassword, Tr::tr("The current password is wrong."),
                         QStringLiteral("current"));
    if (proven->dek.size() != m_company.databaseKey().size() || !proven->dek.equals(m_company.databaseKey()))
        return makeError(ErrorCode::SlotMismatch, Tr::tr("Your key slot does not open this company."));
    if (newPassword.size() == currentPassword.size() && newPassword.equals(currentPassword))
        return makeError(ErrorCode::WeakPassword,
                         Tr::tr("The new password must differ from the current one."),
                         QStringLiteral("password"));
    auto company = store.setting(SettingsService::KeyCompanyName);
    if (auto strong = PasswordPolicy::validate(
            newPassword, {user->username, user->fullName, company.ok() ? company.value() : QString()});
        !strong.ok())
        return strong;

    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto must = store.setMustChangePassword(user->id, false, m_company.now()); !must.ok())
        return must;
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(session, QStringLiteral("user.change_password"),
                                                QString::number(user->id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    if (vault->isLegacy()) {
        if (auto slot = wrapNewSlot(user->id, user->username, newPassword, false); !slot.ok())
            return slot;
    } else {
        // The user's own keys, wrapped again: seals and certificate stay.
        if (auto rewrapped = vault->rewrap(proven.value(), CompanyService::slotName(user->username),
                                           newPassword);
            !rewrapped.ok())
            return rewrapped;
        if (auto saved = saveVault(vault.value(), user->id, KeyVault::pathFor(m_company.path())); !saved.ok())
            return saved;
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    session.setMustChangePassword(false);
    session.touch();
    return {};
}

Result<void> UsersService::changeOwnServerPassword(const UserRow &user, const SecretBytes &currentPassword,
                                                   const SecretBytes &newPassword)
{
    // The server proves the current password: a second sign-in with it.
    {
        storage::ServerAddress address = m_company.database().serverAddress();
        address.user = user.username.toLower();
        auto proof = storage::Database::openServer(address, address.user, currentPassword);
        if (!proof.ok())
            return proof.error().code == ErrorCode::WrongPassword
                ? makeError(ErrorCode::WrongPassword, Tr::tr("The current password is wrong."),
                            QStringLiteral("current"))
                : proof.error();
    }
    if (newPassword.size() == currentPassword.size() && newPassword.equals(currentPassword))
        return makeError(ErrorCode::WeakPassword,
                         Tr::tr("The new password must differ from the current one."),
                         QStringLiteral("password"));
    AccountStore store(m_company.database());
    auto company = store.setting(SettingsService::KeyCompanyName);
    if (auto strong = PasswordPolicy::validate(
            newPassword, {user.username, user.fullName, company.ok() ? company.value() : QString()});
        !strong.ok())
        return strong;
    auto verifier = storage::server::Scram::verifier(newPassword);
    if (!verifier.ok())
        return verifier.error();
    Session &session = m_company.session();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto set = m_company.database().query(QStringLiteral("SELECT stockbook_set_own_password(?)"),
                                              {verifier.value()});
        !set.ok())
        return set.error();
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditFor(session, QStringLiteral("user.change_password"),
                                                QString::number(user.id), QJsonObject{}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    session.setMustChangePassword(false);
    session.touch();
    return {};
}

Result<security::PasswordContext> UsersService::ownPasswordContext()
{
    Session &session = m_company.session();
    if (!session.isValid() || !m_company.isOpen())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Nobody is signed in. Sign in and try again."));
    if (session.isIdleExpired())
        return makeError(ErrorCode::SessionExpired,
                         Tr::tr("The session was locked after %n minute(s) without activity. Sign in again.",
                                nullptr, session.idleLimitMinutes()));
    AccountStore store(m_company.database());
    auto user = store.user(session.userId());
    if (!user.ok())
        return user.error();
    auto company = store.setting(SettingsService::KeyCompanyName);
    if (!company.ok())
        return company.error();
    session.touch();
    return security::PasswordContext{user->username, user->fullName, company.value()};
}

} // namespace stockbook

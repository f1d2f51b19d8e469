// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/User.h"
#include "security/PasswordPolicy.h"
#include "security/keys/SecretBytes.h"

#include <QList>
#include <QString>

#include <functional>

namespace stockbook {

class CompanySession;
namespace security {
class KeyVault;
}

struct NewUser {
    QString username;
    QString role;     // admin, manager or clerk
    QString email;    // optional
    QString fullName; // optional
};

// Users and their access (permission user.manage), and each user's own
// password. Every change writes its audit entry in the same transaction; a
// refusal is an error and an audit entry too. Temporary passwords are
// returned once, in wiped memory, and must be changed at the first sign-in.
class UsersService {
public:
    explicit UsersService(CompanySession &company) : m_company(company) { }

    Result<QList<UserRow>> list();
    Result<SecretBytes> create(const NewUser &user);
    Result<void> setRole(const QString &username, const QString &role);
    Result<SecretBytes> resetPassword(const QString &username);
    Result<void> deactivate(const QString &username);
    Result<void> reactivate(const QString &username);
    Result<void> unlock(const QString &username);

    // Any signed-in user, also with a temporary password: the current password
    // is proven against the user's key slot first.
    Result<void> changeOwnPassword(const SecretBytes &currentPassword, const SecretBytes &newPassword);
    // The words a new password of the signed-in user must not lean on (their
    // user name, full name and the company name), for the strength meter of
    // the password change. Any signed-in user, also with a temporary password.
    Result<security::PasswordContext> ownPasswordContext();

private:
    Result<void> authorize(const QString &action, const QString &target);
    Result<void> wrapNewSlot(qint64 userId, const QString &username, const SecretBytes &password,
                             bool administrator);
    Result<void> saveVault(const security::KeyVault &vault, qint64 userId, const QString &vaultPath);
    // Format 3 key file with an entry for the user: applies change to it and
    // saves it (nothing for an older key file or a user without an entry).
    // On a server: the user's login role created, or its password set.
    Result<void> setServerLogin(const QString &username, const QString &roleName,
                                const SecretBytes &password);
    Result<void> changeOwnServerPassword(const UserRow &user, const SecretBytes &currentPassword,
                                         const SecretBytes &newPassword);
    Result<void> changeOwnKeyEntry(qint64 userId,
                                   const std::function<Result<void>(security::KeyVault &)> &change);
    // Format 3 key file: removes the user's key and rotates the company key.
    Result<void> removeKeyAndRotate(qint64 userId);
    Result<UserRow> target(const QString &username);
    Result<void> guardLastAdmin(const UserRow &user, const QString &what);

    CompanySession &m_company;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A store: SQL for one table family, without permission checks. Only core's
// services use it; screens and the command line go through a service.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "AccountStore is private to core: use a service (see CONTRIBUTING.md)"
#endif

#include "Result.h"
#include "domain/User.h"
#include "security/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook::security {
class LoginState;
}

namespace stockbook::storage {
class Database;
}

namespace stockbook {

// Reads and writes of users, roles and settings, shared by sign-in and the
// users service. No permission checks here: callers check the Session first.
// Writes expect the caller's transaction.
class AccountStore {
public:
    explicit AccountStore(storage::Database &db) : m_db(db) { }

    // 1 to 64 characters: letters, digits and . _ - @, starting with a letter or digit.
    static Result<void> validateUsername(const QString &username);
    // The locked_until value of a lock only an admin lifts.
    static QDateTime indefiniteLock();
    // The locked_until a lockout sets (applyLockout): 15 minutes after the
    // last failure for the last active admin, otherwise indefiniteLock().
    static QDateTime lockoutUntil(bool lastAdmin, const QDateTime &lastFailure);

    Result<qint64> insertUser(const QString &username, const QString &roleName, const QString &email,
                              const QString &fullName, bool mustChangePassword, const QDateTime &now);
    Result<UserRow> user(qint64 id) const;
    Result<UserRow> userByName(const QString &username) const;
    Result<QList<UserRow>> users() const;
    Result<qint64> roleId(const QString &roleName) const;

    Result<void> setSlotHash(qint64 userId, const QByteArray &hash, const QDateTime &now);
    Result<void> setMustChangePassword(qint64 userId, bool must, const QDateTime &now);
    Result<void> setRole(qint64 userId, qint64 roleId, const QDateTime &now);
    Result<void> setActive(qint64 userId, bool active, const QDateTime &now);
    Result<void> unlock(qint64 userId, const QDateTime &now);
    Result<void> recordSuccessfulLogin(qint64 userId, const QDateTime &now);
    // Locks a known user after repeated failures (an active account not yet
    // locked): until an admin unlocks it, or, for the last active admin, for
    // 15 minutes from the last failure.
    // Per active user, the failed sign-ins recorded in the audit log since the
    // user's last sign-in or unlock (the database's own record, for a lost
    // state file): user name, count, time of the last one.
    struct RecentFailures {
        QString username;
        int failures = 0;
        QDateTime last;
    };
    Result<QList<RecentFailures>> recentFailures() const;
    Result<void> applyLockout(const QString &username, const QDateTime &lastFailure, const QDateTime &now);

    // Active, unlocked admins other than exceptUserId.
    Result<int> otherActiveAdmins(qint64 exceptUserId) const;

    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value, const QDateTime &now);

    // On a server: the users row of the login this connection signed in
    // with (stockbook_me()); AccountDeactivated when there is none.
    Result<UserRow> serverLogin() const;
    Result<Session> sessionFor(qint64 userId, const Clock &clock) const;

private:
    Result<void> updateUser(qint64 userId, const QString &assignments, const QVariantList &values,
                            const QDateTime &now);
    storage::Database &m_db;
};

// Why a user whose password was just proven may still not sign in or unlock:
// the key slot is not the one recorded, the account is deactivated, or it is
// locked. The error to return and the audit action of the refusal; nothing
// when the account may go on. Both sign-in and unlock ask this one question;
// a lock (asked first) they answer like a wrong password, keeping its error
// for nobody but the audit action.
struct SignInRefusal {
    Error error;
    QString action; // "login.refused.slot_mismatch", ".deactivated", ".locked"
};
std::optional<SignInRefusal> signInRefusal(const UserRow &user, bool slotMatches, const QDateTime &now);

// At a sign-in: a state file that is missing, damaged or holds no audit
// anchor, while the audit log holds rows, was deleted or replaced since the
// last sign-in (create and every sign-in write the anchor). Writes one
// state.missing audit row (the sign-in then writes the file with its anchor
// again, so once per loss) and starts the counters again from the failures
// the audit log holds since each user's last sign-in or unlock, below
// `lockoutThreshold` (a lock is the database's own business). Nothing when
// the file is in order.
Result<void> noteLostStateFile(storage::Database &db, security::LoginState &state, int lockoutThreshold,
                               const QDateTime &now);

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Clock.h"
#include "Result.h"
#include "security/Permission.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>

namespace stockbook {

// Who is signed in and what they may do. Every service call takes the Session
// and checks one Permission; the UI hiding an action is a convenience, the
// check here is the one that counts.
class Session {
public:
    static constexpr int DefaultIdleMinutes = 15;

    Session() = default;
    Session(qint64 userId, QString username, QString roleName, QSet<Permission> permissions,
            Clock clock = systemClock());

    qint64 userId() const { return m_userId; }
    QString username() const { return m_username; }
    QString roleName() const { return m_roleName; }
    bool isValid() const { return m_userId > 0; }

    bool has(Permission permission) const { return m_permissions.contains(permission); }
    const QSet<Permission> &permissions() const { return m_permissions; }

    // A temporary password must be changed before anything else is allowed.
    bool mustChangePassword() const { return m_mustChangePassword; }
    void setMustChangePassword(bool must) { m_mustChangePassword = must; }

    int idleLimitMinutes() const { return m_idleLimitMinutes; }
    void setIdleLimitMinutes(int minutes);
    QDateTime lastActivity() const { return m_lastActivity; }
    // The session's clock (the time of its audit records), in UTC.
    QDateTime now() const { return m_clock ? m_clock().toUTC() : nowUtc(); }
    void touch();
    bool isIdleExpired() const;

    // PermissionDenied (naming the action and the role) unless allowed; also
    // refused while the password must be changed or the session has gone idle.
    Result<void> require(Permission permission) const;

private:
    qint64 m_userId = 0;
    QString m_username;
    QString m_roleName;
    QSet<Permission> m_permissions;
    Clock m_clock;
    QDateTime m_lastActivity;
    int m_idleLimitMinutes = DefaultIdleMinutes;
    bool m_mustChangePassword = false;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/Session.h"

#include "Tr.h"

#include <algorithm>

namespace stockbook {

Session::Session(qint64 userId, QString username, QString roleName, QSet<Permission> permissions, Clock clock)
    : m_userId(userId), m_username(std::move(username)), m_roleName(std::move(roleName)),
      m_permissions(std::move(permissions)), m_clock(std::move(clock))
{
    touch();
}

void Session::setIdleLimitMinutes(int minutes)
{
    m_idleLimitMinutes = std::clamp(minutes, 1, 30);
}

void Session::touch()
{
    if (m_clock)
        m_lastActivity = m_clock();
}

bool Session::isIdleExpired() const
{
    if (!m_clock || !m_lastActivity.isValid())
        return false;
    return m_lastActivity.secsTo(m_clock()) >= qint64(m_idleLimitMinutes) * 60;
}

Result<void> Session::require(Permission permission) const
{
    if (!isValid())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Nobody is signed in. Sign in and try again."));
    if (isIdleExpired())
        return makeError(ErrorCode::SessionExpired,
                         Tr::tr("The session was locked after %n minute(s) without activity. Sign in again.",
                                nullptr, m_idleLimitMinutes));
    if (m_mustChangePassword)
        return makeError(
            ErrorCode::PasswordChangeRequired,
            Tr::tr("Your password is temporary. Choose a new password before doing anything else."));
    if (!has(permission))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("The role %1 may not do this (%2). Ask an administrator if you need it.")
                             .arg(m_roleName, permissionName(permission)),
                         permissionName(permission));
    return {};
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace stockbook {

// A user as the users table holds it (never a password: those live only in
// the key vault, as key slots).
struct UserRow {
    qint64 id = 0;
    QString username;
    QString email;
    QString fullName;
    QString roleName;
    bool active = true;
    bool mustChangePassword = false;
    QByteArray keyslotHash;
    QDateTime lockedUntil; // invalid: not locked
    int failedLogins = 0;
    QDateTime lastLoginAt;
    QDateTime createdAt;
};

} // namespace stockbook

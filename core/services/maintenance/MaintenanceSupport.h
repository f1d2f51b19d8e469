// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// What backup, restore and key rotation share: file helpers, SQLite's native
// calls without a key in their text, and the permission check that audits a
// refusal. Private to core/services/maintenance.

#include "Result.h"
#include "security/Permission.h"
#include "security/keys/SecretBytes.h"

#include <QFileDevice>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

struct sqlite3;

Q_DECLARE_LOGGING_CATEGORY(lcMaintenance)

namespace stockbook {

class CompanySession;

namespace maintenance {

inline constexpr int RawKeyTextLength = 67;
inline constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString &path);
QString json(const QJsonObject &o);
// The key as SQLCipher's raw-key text x'<64 hex digits>', in wiped memory.
SecretBytes rawKeyText(const SecretBytes &key);
QString sqliteMessage(sqlite3 *db, int rc);
// Runs SQL without a key in it on the native handle.
int execNative(sqlite3 *db, const char *sql);
Result<void> writeFileOwnerOnly(const QString &path, const QByteArray &bytes);
Result<QByteArray> readSmallFile(const QString &path, qint64 limit);
QString uniqueSuffix();
void removeDatabaseFiles(const QString &path);
// Checkpoints the write-ahead log into the main file and empties it.
Result<void> checkpoint(sqlite3 *db);
Error damagedBackup(const QString &backupPath, const QString &why, const QString &detail = {});
// Renames an existing file out of the way to a name that does not exist yet.
QString freeName(const QString &wanted);

// The session's permission, touched on success; a refusal is audited as
// permission.denied with the action's name.
Result<void> authorize(CompanySession &company, Permission permission, const QString &action);

} // namespace maintenance
} // namespace stockbook

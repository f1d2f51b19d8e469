// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/Permission.h"
#include "services/accounts/AuditLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace stockbook {

class CompanySession;
class Session;

// Shared by the domain services. Every service call starts with authorize():
// it checks the session (idle limit, temporary password, permission), touches
// it on success, and writes a "permission.denied" audit entry on refusal.
Result<void> authorize(CompanySession &company, Permission permission, const QString &action,
                       const QString &target = {});

// Only for the idle lock keeping the signed-in user's own unsaved work (an
// invoice being typed becomes their draft) at the moment it locks, when the
// session has just gone past its idle limit: the checks of authorize() but
// the idle limit, and the session is not touched, so it stays expired. The
// lock closes the company right after; nothing is read for the screen.
Result<void> authorizeAtLock(CompanySession &company, Permission permission, const QString &action,
                             const QString &target = {});

// An audit entry for the signed-in user; `changes` is stored as compact JSON.
AuditRecord auditEntry(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                       const QJsonObject &changes = {});

// UTC timestamps as stored in *_at columns (ISO 8601 with milliseconds, Z).
QString isoTimestamp(const QDateTime &when);
// The company's now() as such a timestamp.
QString isoNow(const CompanySession &company);

// Editing on several workstations: a record's updated_at is its version.
// An editor reads it with the record and hands it back with its change
// (expected); when the stored one is another, someone saved the record
// since, and the change is refused with Conflict, naming the record (what,
// "Product MUG") and the time of that save. An empty expected checks nothing.
Result<void> checkUnchanged(const QString &stored, const QString &expected, const QString &what);
// The updated_at of a save that replaces the version previous: now, or one
// millisecond after previous when now is not later (the same millisecond, a
// fixed clock), so that the two versions differ.
QString nextVersion(const CompanySession &company, const QString &previous);

// A field-level validation error: InvalidArgument with `field` set.
Error fieldError(const QString &field, const QString &message);

} // namespace stockbook

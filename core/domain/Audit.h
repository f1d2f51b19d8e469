// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace stockbook {

// One audit entry before it is written. changes is a compact JSON text of what
// changed (old and new values); never a password or a key.
struct AuditRecord {
    std::optional<qint64> userId; // empty: the system or an unknown user name
    QString username;
    QString action; // e.g. "login.failed", "user.create", "invoice.post"
    QString entity; // table or area, e.g. "users"
    QString entityId;
    QString changes;
    QDateTime timestamp; // UTC; filled with now when invalid
};

// The head of the hash chain: kept outside the database too (state file,
// backup manifests, verify's output) so a rewritten or truncated chain shows.
struct AuditChainHead {
    qint64 seq = 0;
    QByteArray hash; // 32 bytes; all zero before the first row
    bool operator==(const AuditChainHead &) const = default;
};

struct AuditVerification {
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadSeq = 0; // the first row changed, removed or out of order (0 when ok)
    QString problem;        // what is wrong, for the report
    AuditChainHead head;
};

} // namespace stockbook

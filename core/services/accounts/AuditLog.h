// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace stockbook::storage {
class Database;
}

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

// The append-only, hash-chained audit log (table audit_logs).
//
// Each row carries a gapless seq, the previous row's hash and
// row_hash = SHA-256("stockbook-audit-v1", seq, prev_hash, canonical row),
// so verification names the first row altered, removed or reordered.
class AuditLog {
public:
    // Appends inside the caller's open transaction, so the entry commits or
    // rolls back together with the change it records. Returns the new seq.
    static Result<qint64> append(storage::Database &db, const AuditRecord &record);

    static Result<AuditChainHead> head(storage::Database &db);

    // Walks the whole chain; with an anchor, also checks that the chain still
    // reaches the anchored row with the anchored hash.
    static Result<AuditVerification> verify(storage::Database &db,
                                            const std::optional<AuditChainHead> &anchor = {});

    // Cheap check, one row: does the chain still hold the anchored row with the
    // anchored hash? Sign-in moves the anchor forward only while it does, so a
    // chain cut or rewritten while the program was closed stays detectable.
    static Result<bool> anchorHolds(storage::Database &db, const AuditChainHead &anchor);

    static QByteArray rowHash(qint64 seq, const QByteArray &prevHash, const AuditRecord &record);
};

} // namespace stockbook

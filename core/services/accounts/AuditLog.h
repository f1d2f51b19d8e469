// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A store: SQL for one table family, without permission checks. Only core's
// services use it; screens and the command line go through a service.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "AuditLog is private to core: use a service (see CONTRIBUTING.md)"
#endif

#include "Result.h"
#include "domain/Audit.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

// The append-only, hash-chained audit log (table audit_logs).
//
// Each row carries a gapless seq, the previous row's hash and
// row_hash = SHA-256(label, seq, prev_hash, canonical row),
// so verification names the first row altered, removed or reordered.
//
// Hash versions (column hash_version, schema 0007):
//  1 "stockbook-audit-v1": each field length-prefixed; a NULL user_id, entity,
//    entity_id or changes hashed like an empty one. Rows written before 0007.
//  2 "stockbook-audit-v2": each row field preceded by a tag byte, 0 for NULL
//    (nothing follows) or 1 (the length-prefixed bytes follow). Every new row.
// Verification hashes each row under its own version; versions never go back.
class AuditLog {
public:
    static constexpr int CurrentHashVersion = 2;

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

    // Empty for an unknown version.
    static QByteArray rowHash(qint64 seq, const QByteArray &prevHash, const AuditRecord &record,
                              int version = CurrentHashVersion);
};

} // namespace stockbook

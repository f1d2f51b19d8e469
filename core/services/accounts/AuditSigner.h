// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#ifndef STOCKBOOK_CORE_PRIVATE
#error "AuditSigner is private to core: use a service (see CONTRIBUTING.md)"
#endif

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

struct SigningKey;

// Who signs the audit rows appended on a connection. AuditLog::append is
// called with only the Database from many places, so the signed-in user's
// key is found here by connection: CompanySession registers its user's key
// for its database when the key is set, and removes it on sign-out or when
// the database is replaced. The key stays owned by the CompanySession.
class AuditSigner {
public:
    static void set(const storage::Database *db, const SigningKey *key);
    static void clear(const storage::Database *db);

    struct Signature {
        QByteArray signature; // 64 bytes, Ed25519
        qint64 signerUserId = 0;
    };
    // The signature of a row that userId appends on db: only a row of the
    // user whose key is registered is signed (a row of the system, of a
    // failed sign-in or of another user at the lock screen is not).
    static std::optional<Signature> sign(const storage::Database &db, const std::optional<qint64> &userId,
                                         const QByteArray &rowHash);

    // What is signed: "stockbook-audit-row-v1" || row_hash (32 bytes).
    static QByteArray message(const QByteArray &rowHash);
};

} // namespace stockbook

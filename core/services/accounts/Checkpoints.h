// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

class CompanySession;

// One row of audit_checkpoints: what an administrator's program vouched for.
struct Checkpoint {
    qint64 id = 0;
    QDateTime createdAt; // UTC
    qint64 signerUserId = 0;
    QString signerName;
    qint64 auditSeq = 0;  // the audit chain head at that moment (0: empty log)
    QByteArray auditHash; // its row_hash (32 zero bytes for an empty log)
    QByteArray usersDigest;
    QByteArray rolesDigest;
    QByteArray permissionsDigest;
    QByteArray signingPublicKey; // the administrators' Ed25519 key that signed
    QByteArray signature;        // Ed25519 over Checkpoints::message()
};

// What Checkpoints::verify found.
struct CheckpointReport {
    // False when the session holds no trusted administrators' key (a company
    // not yet upgraded to per-user keys): then nothing was checked and there
    // is nothing to say.
    bool checked = false;
    // The newest checkpoint signed by the administrators' key, if any.
    std::optional<Checkpoint> checkpoint;
    // Sentences for the user, each one problem; empty when all holds.
    QStringList problems;
    // The problems of the row signatures alone (also in problems).
    QStringList rowProblems;
    // Audit rows whose signature fails or whose claimed author did not sign
    // them, by seq.
    QList<qint64> badRows;
    qint64 signedRows = 0;     // rows carrying a signature that verified
    qint64 unattestedRows = 0; // audit rows after the checkpoint (all rows without one)
    QString
        unattestedSentence; // "12 audit rows after the checkpoint of … are not yet attested"; empty if none

    // Whether a new checkpoint may be written without covering a change made
    // outside the program: the newest checkpoint is genuine and still holds,
    // or there is no checkpoint at all.
    bool mayAttest = false;
    // How many problems changes made through the program since the
    // checkpoint also give (users, roles or permissions differing from it, a
    // change of users in the audit log after it), for attest().
    int tableChanges = 0;

    bool ok() const { return problems.isEmpty(); }
};

// Admin-signed checkpoints of the security tables and the audit head, and the
// check of the audit rows' own signatures (docs/file-formats.md, "Checkpoints
// and row signatures", gives every byte signed).
//
// Everything here is quiet for a company whose session carries no keys (not
// yet upgraded): nothing is written, signed or reported.
class Checkpoints {
public:
    // SHA-256 digests of the security columns of users (id, username, role_id,
    // active), of roles (id, name, description, is_system) and of
    // role_permissions (role_id, permission), in the canonical encoding of
    // docs/file-formats.md.
    static Result<QByteArray> usersDigest(storage::Database &db);
    static Result<QByteArray> rolesDigest(storage::Database &db);
    static Result<QByteArray> permissionsDigest(storage::Database &db);

    // The bytes an administrators' key signs for a checkpoint.
    static QByteArray message(const Checkpoint &checkpoint);

    // Writes a checkpoint signed with the session's administrators' key, of
    // the audit head and the digests as they are now. Returns false (writing
    // nothing) when the session holds no administrators' key. Use attest()
    // instead, unless an administrator has looked at the findings and accepts
    // the present state.
    static Result<bool> write(CompanySession &company);

    // write(), but only when the last checkpoint still holds (or there is
    // none): a change made outside the program is never covered by a new
    // checkpoint, so it stays reported until an administrator accepts it.
    // Returns whether a checkpoint was written. Call after an admin's sign-in,
    // a user or role change, a backup and a key rotation; errors there do not
    // undo the change before it.
    static Result<bool> attest(CompanySession &company);

    // After the administrators' key itself was replaced (the session already
    // holds the new key pair and trusts the new public key): the newest
    // checkpoint is checked against previousAdminKey, the public key it was
    // signed with, and only when it holds (as attest() would allow) a
    // checkpoint signed with the new key is written, so later checks find one
    // they can verify. Returns whether one was written. After a rotation
    // that keeps the administrators' key, call attest().
    static Result<bool> attestNewAdminKey(CompanySession &company, const QByteArray &previousAdminKey);

    // The latest checkpoint checked against the session's trusted
    // administrators' key, the audit row it recorded and the tables' digests
    // now; every signed audit row checked against its author's public key.
    // Sign-in and attest() check the row signatures after the checkpoint only
    // (rows before it are fixed by its audit hash); verify checks them all.
    enum class RowScope { AfterCheckpoint, All };
    static Result<CheckpointReport> verify(CompanySession &company,
                                           RowScope rows = RowScope::AfterCheckpoint);

    // At sign-in, once the session holds its keys: verify(), its problems
    // (and, beside them, the rows not yet attested) kept on the session
    // (CompanySession::signInFindings) for the programs to show, then
    // attest() when the user is an administrator. Never fails a sign-in.
    static void atSignIn(CompanySession &company);

    // All checkpoints, oldest first (tests and the audit screens).
    static Result<QList<Checkpoint>> all(storage::Database &db);
};

} // namespace stockbook

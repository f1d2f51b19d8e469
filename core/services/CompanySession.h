// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/Session.h"
#include "security/keys/SecretBytes.h"
#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace stockbook {

// An Ed25519 signing key held while signed in: its 32-byte seed and public half.
struct SigningKey {
    qint64 userId = 0; // whose key (0 for the administrators' shared key)
    SecretBytes seed;
    QByteArray publicKey;
    bool isEmpty() const { return seed.isEmpty(); }
};

// An open company: the database, its key and who is signed in. The key is
// kept (in SecretBytes) only while signed in, because adding a user or
// resetting a password wraps it into a new key slot. signOut() or destruction
// closes the database and wipes the key.
class CompanySession {
public:
    CompanySession(std::unique_ptr<storage::Database> db, SecretBytes dek, Session session);
    ~CompanySession();
    CompanySession(const CompanySession &) = delete;
    CompanySession &operator=(const CompanySession &) = delete;

    storage::Database &database() { return *m_db; }
    Session &session() { return m_session; }
    const Session &session() const { return m_session; }
    const SecretBytes &databaseKey() const { return m_dek; }
    // The company file's path, or a server company's URL.
    QString path() const { return m_path; }
    void setLocation(const QString &pathOrUrl) { m_path = pathOrUrl; }
    bool isServer() const { return m_db && m_db->engine() == storage::Database::Engine::Postgres; }
    // Hands the open database over (and leaves this session closed).
    std::unique_ptr<storage::Database> takeDatabase();
    bool isOpen() const { return m_db != nullptr; }
    // The SQL that differs between the file and a server (SQLite's while closed).
    storage::Dialect dialect() const { return m_db ? storage::dialectOf(*m_db) : storage::Dialect(); }

    void signOut();
    // Switch user at the lock screen: the caller has proven the new user's
    // password (a fresh CompanyService::signIn or an unwrap of their slot); the
    // database stays open.
    void setSession(Session session) { m_session = std::move(session); }
    // After a key rotation: the database reopened with its new key (or null
    // while it is closed between the two).
    void replaceDatabase(std::unique_ptr<storage::Database> db, SecretBytes dek);
    // After the open database was reopened with a rotated key.
    void setDatabaseKey(SecretBytes dek) { m_dek = std::move(dek); }

    // When invoices are posted, stock moves and records are written: nowUtc()
    // (Clock.h). The demo company sets its own clock so that its year of
    // history is dated as it would have happened; tests may too.
    QDateTime now() const { return m_clock ? m_clock().toUTC() : nowUtc(); }
    // Today in the local time zone by now() (the date a user leaves empty).
    QDate today() const { return now().toLocalTime().date(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Keys from the key vault, set at sign-in (format 3 vaults; empty for a
    // company not yet upgraded). The user's own key signs the audit rows they
    // append; an administrator also holds the administrators' key, which signs
    // checkpoints.
    const SigningKey &userSigningKey() const { return m_userKey; }
    // Also registers the key as the signer of the audit rows this user
    // appends on database() (services/accounts/AuditSigner.h).
    void setUserSigningKey(SigningKey key);
    const SigningKey &adminSigningKey() const { return m_adminKey; }
    void setAdminSigningKey(SigningKey key) { m_adminKey = std::move(key); }
    // The administrators' public key as the signed-in user's own slot records
    // it (inside what their password protects, so a key file edited by someone
    // else cannot change it): what checkpoints are checked against.
    QByteArray trustedAdminKey() const { return m_trustedAdminKey; }
    void setTrustedAdminKey(const QByteArray &key) { m_trustedAdminKey = key; }
    // Every user's Ed25519 public key from the key vault, by user id: what
    // audit row signatures are checked against.
    QHash<qint64, QByteArray> userPublicKeys() const { return m_userPublicKeys; }
    void setUserPublicKeys(const QHash<qint64, QByteArray> &keys) { m_userPublicKeys = keys; }

    // A recovery key made while signing in (the key file's upgrade at an
    // administrator's first sign-in), ASCII: the program shows it once and
    // takes it, which leaves it empty.
    bool hasNewRecoveryKey() const { return !m_newRecoveryKey.isEmpty(); }
    SecretBytes takeNewRecoveryKey() { return std::move(m_newRecoveryKey); }
    void setNewRecoveryKey(SecretBytes key) { m_newRecoveryKey = std::move(key); }
    // What the checks at sign-in found (Checkpoints::atSignIn): each a
    // sentence for the user, e.g. "users changed since the checkpoint of
    // 2026-12-07 09:12 signed by anna". Empty when all is well or nothing
    // could be checked. The programs show them after signing in.
    QStringList signInFindings() const { return m_signInFindings; }
    void setSignInFindings(const QStringList &findings) { m_signInFindings = findings; }
    // The checkpoint this session saw hold (checked at sign-in, or written by
    // it), 0 for none: the changes this program makes after it are covered by
    // the next checkpoint (Checkpoints::attest).
    qint64 checkpointHeld() const { return m_checkpointHeld; }
    void setCheckpointHeld(qint64 id) { m_checkpointHeld = id; }

private:
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
    SecretBytes m_dek;
    Session m_session;
    Clock m_clock;
    SigningKey m_userKey;
    SigningKey m_adminKey;
    QByteArray m_trustedAdminKey;
    QHash<qint64, QByteArray> m_userPublicKeys;
    SecretBytes m_newRecoveryKey;
    QStringList m_signInFindings;
    qint64 m_checkpointHeld = 0;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace stockbook {

// Every error that crosses the core API carries one of these codes. A caller
// decides what to do from the code; the message is for the person in front of
// the screen and says what is wrong and what to do about it.
enum class ErrorCode {
    InvalidArgument,
    FileNotFound,
    FileExists,
    Io,
    WrongKey,      // the key does not open this file
    PlainDatabase, // an unencrypted SQLite database
    NotADatabase,  // some other kind of file
    Truncated,     // shorter than the database it once was
    Damaged,       // a page fails its authentication check or the b-tree is inconsistent
    NewerSchema,   // written by a newer Stockbook
    Locked,        // another process writes to this file
    Busy,          // another connection holds the write lock for longer than the busy timeout
    MigrationFailed,
    ConstraintForeignKey,
    ConstraintUnique,
    ConstraintCheck,
    ConstraintNotNull,
    ConstraintTrigger, // a trigger refused the change (RAISE(ABORT, ...))
    Sql,               // any other database error
    NotOpen,
    VaultDamaged,           // the key file fails its checksum or its structure is broken
    WrongPassword,          // the user name or the password is wrong (never says which)
    SlotMismatch,           // a key slot is not the one the users row records (copied or restored)
    RecoveryKeyInvalid,     // a recovery key is mistyped (bad length, character or group check)
    CryptoFailure,          // OpenSSL failed (out of memory, no randomness); not a wrong input
    PermissionDenied,       // the session's role may not do this
    SessionExpired,         // the idle limit passed: sign in again
    PasswordChangeRequired, // a temporary password must be changed first
    Throttled,              // too many failed sign-ins: wait (Error::field holds the seconds)
    AccountLocked,          // locked after repeated failures: an admin unlocks it
    AccountDeactivated,
    VaultMissing,      // the key file is gone: the recovery key opens the company
    WeakPassword,      // refused by the password policy; the message says why
    NotFound,          // no such record (Error::field names what was looked up)
    InsufficientStock, // a sale, transfer or adjustment needs more than the warehouse holds
    InvalidState,      // not allowed in the record's current state (e.g. editing a posted invoice)
    KeyWithdrawn, // the password is right, but a key rotation withdrew the user's key: an admin resets it
    // A company on a PostgreSQL server (storage::Database::openServer):
    Conflict, // another workstation changed the same rows at once (serialization failure, deadlock): retry
    ConnectionLost,    // the connection to the server broke; the transaction was rolled back: retry
    ServerUnreachable, // no server answers at the address (refused, unknown host, timeout, no socket)
    ServerNotTrusted,  // the server's certificate fails verification, names another host, or TLS is missing
    OlderSchema,       // the server's company has an older schema: an administrator upgrades it
};

struct Error {
    ErrorCode code = ErrorCode::Sql;
    QString message; // for the user: what is wrong and what to do
    QString field;   // the field or constraint concerned, when there is one
    QString detail;  // technical text (SQLite's message, native code); never a secret
};

// A value or an Error. Deliberately small: no exceptions cross the core API.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString field = {}, QString detail = {})
{
    return Error{code, std::move(message), std::move(field), std::move(detail)};
}

} // namespace stockbook

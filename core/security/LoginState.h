// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Audit.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace stockbook::security {

// What must survive between sign-in attempts while the database is still
// closed: "<database>.state", beside the vault.
//
// - failure counters per user name, for throttling and lockout;
// - audit entries of failed attempts, written into the audit log in the first
//   transaction after the next successful open;
// - the audit chain head recorded at the last sign-in, so a rewritten or
//   truncated chain is noticed (the anchor).
//
// The file is untrusted input (anyone who can write the folder can write it):
// every value read is bounded, times are never after now, and records of
// another shape are refused. docs/file-formats.md describes it byte by byte.
//
// Names that have no key slot are counted under a 16-bit tag (HMAC-SHA-256
// with a random key kept in the file, truncated): a password typed into the
// name field never lands in the file, nor anything that confirms a guess of
// it. Unknown names whose tags collide share a throttle counter.
class LoginState {
public:
    // How the file was found by load().
    enum class FileStatus { Present, Missing, Damaged };

    // "<state>.lock" (QLockFile), held around every read-modify-write of the
    // file, so that failures counted at once by several programs or threads
    // all count. A lock left by a program that died is taken over (at once
    // when its process is gone, else after StaleLockMs). When the lock cannot
    // be had within LockWaitMs the work goes on without it (a warning is
    // logged): counting a failure matters more than counting it exactly.
    class Lock {
    public:
        explicit Lock(const QString &statePath);
        ~Lock();
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;
        bool isLocked() const;

    private:
        std::unique_ptr<QLockFile> m_file;
    };
    static constexpr int LockWaitMs = 10'000;
    static constexpr int StaleLockMs = 30'000;

    // Consecutive failures that lock an account; the company's setting
    // security.lockout_threshold (3..20) is copied here, because the count is
    // kept while the database is still closed.
    static constexpr int DefaultLockoutThreshold = 10;
    static constexpr int MinLockoutThreshold = 3;
    static constexpr int MaxLockoutThreshold = 20;
    static constexpr int MaxDelaySeconds = 300;

    static QString pathFor(const QString &databasePath);
    static QString lockPathFor(const QString &statePath);

    // A missing file is an empty state; a damaged one too (with a warning in
    // the log): losing counters must never lock everybody out. Times are as
    // read (see clampTimes); no lock is taken.
    static LoginState load(const QString &path);
    Result<void> save(const QString &path) const;
    FileStatus fileStatus() const { return m_status; }

    // The state at `now` for a throttle check: times clamped to now. When the
    // file held a time after now (or none), the clamped value is written back
    // under the lock, so that a wait counts from the first time it was seen.
    static LoginState current(const QString &path, const QDateTime &now);
    // Under the lock: loads, clamps times to now, applies `change`, saves.
    static Result<void> update(const QString &path, const QDateTime &now,
                               const std::function<void(LoginState &)> &change);
    // Every failure time after now (or unreadable) becomes now. True when
    // something changed.
    bool clampTimes(const QDateTime &now);

    // knownName: whether the name has a key slot (decides how it is stored).
    int failures(const QString &name, bool knownName) const;
    QDateTime lastFailure(const QString &name, bool knownName) const;
    // How long the next try must wait after `failures` consecutive failures.
    static int delaySeconds(int failures);
    // Seconds still to wait at `now` (0 when a try is allowed).
    int secondsToWait(const QString &name, bool knownName, const QDateTime &now) const;

    // Returns the new consecutive count.
    int recordFailure(const QString &name, bool knownName, const QDateTime &when);
    void clearFailures(const QString &name, bool knownName);
    // Raises a known name's counter to at least `failures` (bounded by
    // MaxFailures), last failed at `last` (never after the time kept), for a
    // state rebuilt from the database's record after the file was lost.
    void seedFailures(const QString &name, int failures, const QDateTime &last);
    // Known names whose consecutive failures reached the lockout threshold.
    QStringList lockedOutNames() const;

    int lockoutThreshold() const { return m_lockoutThreshold; }
    // Clamped to MinLockoutThreshold..MaxLockoutThreshold.
    void setLockoutThreshold(int failures);

    void addPendingAudit(const AuditRecord &record);
    QList<AuditRecord> takePendingAudit();
    const QList<AuditRecord> &pendingAudit() const { return m_pending; }
    // Pending records the file held that are not what Stockbook writes there
    // (a user id, another action, free changes, no time, beyond the bound):
    // skipped by load(), never written to the audit log; sign-in records how
    // many in an audit row of its own ("state.records_refused").
    int refusedRecords() const { return m_refused; }
    void clearRefusedRecords() { m_refused = 0; }
    // At most this many pending records are kept from a file.
    static constexpr int MaxPendingRecords = 1000;
    // At most this many counters are kept from a file; larger files are damaged.
    static constexpr int MaxCounters = 4096;
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxFailures = 1'000'000;

    std::optional<AuditChainHead> anchor() const { return m_anchor; }
    void setAnchor(const AuditChainHead &head) { m_anchor = head; }

private:
    QString counterKey(const QString &name, bool knownName) const;
    void ensureUnknownNameKey();

    struct Counter {
        int failures = 0;
        QDateTime lastFailure;
    };
    QHash<QString, Counter> m_counters;
    QList<AuditRecord> m_pending;
    int m_refused = 0;
    std::optional<AuditChainHead> m_anchor;
    int m_lockoutThreshold = DefaultLockoutThreshold;
    QByteArray m_unknownNameKey; // 32 random bytes once an unknown name was counted
    FileStatus m_status = FileStatus::Missing;
};

} // namespace stockbook::security

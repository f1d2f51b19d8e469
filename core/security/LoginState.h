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

#include <optional>

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
// Names that have no key slot are counted under a hash, never stored as typed:
// a password typed into the name field must not land in a plain file.
class LoginState {
public:
    // Consecutive failures that lock an account; the company's setting
    // security.lockout_threshold (3..20) is copied here, because the count is
    // kept while the database is still closed.
    static constexpr int DefaultLockoutThreshold = 10;
    static constexpr int MinLockoutThreshold = 3;
    static constexpr int MaxLockoutThreshold = 20;
    static constexpr int MaxDelaySeconds = 300;

    static QString pathFor(const QString &databasePath);

    // A missing file is an empty state; a damaged one too (with a warning in
    // the log): losing counters must never lock everybody out.
    static LoginState load(const QString &path);
    Result<void> save(const QString &path) const;

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

    std::optional<AuditChainHead> anchor() const { return m_anchor; }
    void setAnchor(const AuditChainHead &head) { m_anchor = head; }

private:
    static QString counterKey(const QString &name, bool knownName);

    struct Counter {
        int failures = 0;
        QDateTime lastFailure;
    };
    QHash<QString, Counter> m_counters;
    QList<AuditRecord> m_pending;
    int m_refused = 0;
    std::optional<AuditChainHead> m_anchor;
    int m_lockoutThreshold = DefaultLockoutThreshold;
};

} // namespace stockbook::security

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Audit.h"
#include "services/accounts/Checkpoints.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stockbook {

class CompanySession;

// The audit log's checks for people who may read it (permission audit.view);
// the log itself is written by the services, in the transaction of each change.
class AuditService {
public:
    explicit AuditService(CompanySession &company) : m_company(company) { }

    // Walks the whole hash chain and, with an anchor (the head kept outside
    // the database, as the sign-in state file keeps it), checks that the chain
    // still reaches the anchored row with its hash: the audit part of
    // stockbook-cli verify. A refusal is audited as permission.denied.
    Result<AuditVerification> verifyChain(const std::optional<AuditChainHead> &anchor = {});

    // After verify found problems: appends "verify.failed" with how many it
    // found and the names of the checks that failed, so a failed check leaves
    // a trace even when nobody reads the report, and the first audit row the
    // chain check found altered (when > 0). Permission audit.view. An error
    // when the database can no longer be written (a damaged file): the caller
    // reports it and still shows the problems.
    Result<void> recordVerifyFailure(int problems, const QStringList &failedChecks,
                                     qint64 firstBadAuditRow = 0);

    // The other audit part of verify: the last administrators' checkpoint
    // (users, roles, permissions and audit history unchanged since) and every
    // signed audit row against its author's key (Checkpoints::verify). Nothing
    // is checked, and nothing reported, for a session without keys.
    // Permission audit.view, a refusal audited as for verifyChain.
    Result<CheckpointReport> verifyCheckpoints();

    // An administrator accepts what verifyCheckpoints() reported about the
    // last checkpoint (a change made outside the program, a forged
    // checkpoint): the findings are written to the audit log as
    // audit.checkpoint_accept, then a new checkpoint of the present state is
    // signed, which later checks compare with. Permission user.manage, and the
    // session must hold the administrators' key. Bad row signatures stay
    // reported whatever is accepted.
    Result<void> acceptChanges();

    // An entry of the log as its list shows it.
    struct Entry {
        QString username; // empty: the system
        QString action;   // "invoice.post"
        QString entity;   // "invoices"
        QString entityId;
        QString changes; // the raw JSON
    };
    // The entry as one sentence in the user's language, amounts as
    // NumberFormat writes them: "anna posted sale S-2026-0003 to Kunde GmbH
    // for 1.234,50". An invoice's type and partner are read from the
    // invoice; an action without words of its own reads "anna: tax_rate.update
    // (tax_rates 2) rate 19 -> 20". Permission audit.view, checked without
    // auditing (the list it describes was opened with it); empty without it.
    QString describe(const Entry &entry) const;

private:
    CompanySession &m_company;
};

} // namespace stockbook

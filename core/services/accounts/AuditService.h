// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Audit.h"

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

private:
    CompanySession &m_company;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/AuditService.h"

#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/accounts/AuditLog.h"

namespace stockbook {

Result<AuditVerification> AuditService::verifyChain(const std::optional<AuditChainHead> &anchor)
{
    if (auto ok = authorize(m_company, Permission::AuditView, QStringLiteral("audit.verify")); !ok.ok())
        return ok.error();
    return AuditLog::verify(m_company.database(), anchor);
}

} // namespace stockbook

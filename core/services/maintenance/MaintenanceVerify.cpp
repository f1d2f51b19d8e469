// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// Checks of an open company that read and change nothing.
#include "services/maintenance/MaintenanceService.h"

#include "services/CompanySession.h"
#include "services/accounts/AuditLog.h"

namespace stockbook {

Result<AuditVerification> MaintenanceService::verifyAuditChain(const std::optional<AuditChainHead> &anchor)
{
    if (auto ok = authorize(Permission::AuditView, QStringLiteral("audit.verify")); !ok.ok())
        return ok.error();
    return AuditLog::verify(m_company.database(), anchor);
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/invoices/InvoiceService.h"

#include "Tr.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace stockbook {

namespace {

// While it lives, the company runs under a copy of its session as if just
// used, so that the draft is saved by the ordinary code, whose inner reads
// (the currency, the partner) check the session as well; the session that
// went idle comes back when it ends, still expired.
class LockGrace {
public:
    explicit LockGrace(CompanySession &company) : m_company(company), m_expired(company.session())
    {
        Session live = m_expired;
        live.touch();
        m_company.setSession(std::move(live));
    }
    ~LockGrace() { m_company.setSession(std::move(m_expired)); }
    LockGrace(const LockGrace &) = delete;
    LockGrace &operator=(const LockGrace &) = delete;

private:
    CompanySession &m_company;
    Session m_expired;
};

} // namespace

Result<Invoice> InvoiceService::keepDraftOnLock(std::optional<qint64> draftId, const InvoiceDraft &draft)
{
    if (auto ok = authorizeAtLock(m_company, Permission::InvoiceCreate,
                                  QStringLiteral("invoice.draft_kept_on_lock"),
                                  draftId ? QString::number(*draftId) : QString());
        !ok.ok())
        return ok.error();
    const LockGrace grace(m_company);
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    std::optional<qint64> target = draftId;
    QString previous;
    if (draftId) {
        auto own = ownDraft(*draftId, Tr::tr("change"));
        if (!own.ok())
            return own;
        // Saved on another workstation since it was opened: the typed work
        // becomes a draft of its own rather than overwrite that save.
        if (!draft.expectedUpdatedAt.isEmpty() && own->updatedAt != draft.expectedUpdatedAt)
            target.reset();
        else
            previous = own->updatedAt;
    }
    auto id = saveDraft(target, draft, previous);
    if (!id.ok())
        return id.error();
    auto inv = store().invoice(id.value());
    if (!inv.ok())
        return inv;
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("invoice.draft_kept_on_lock"),
                       QStringLiteral("invoices"), id.value(),
                       QJsonObject{{QStringLiteral("type"), invoiceTypeName(inv->type)},
                                   {QStringLiteral("partner_id"), inv->partnerId},
                                   {QStringLiteral("lines"), inv->lines.size()},
                                   {QStringLiteral("total"), inv->totalAmount},
                                   {QStringLiteral("new_draft"), !target.has_value()}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inv;
}

} // namespace stockbook

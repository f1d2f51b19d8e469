// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace stockbook {

class CompanySession;

// Work typed that has no draft of its own: the stock tasks typed in a dialog,
// and a sale or purchase not complete enough for a draft (no customer yet, a
// quantity that cannot be read).
enum class PendingWorkKind { Transfer, Stocktake, Sale, Purchase };

// What the idle lock keeps of such work, for its author: one record per user
// and kind, the form's fields as JSON (the form's own format), held in the
// settings table under "pending_work.<kind>.<user id>" until its author
// takes it back. Nothing is posted and no stock moves; the form submits as
// usual once reopened.
//
// Permissions: stock.transfer for a transfer, stock.adjust for a stocktake,
// invoice.create for a sale or purchase. Audit actions:
// "stock.transfer_kept_on_lock", "stock.stocktake_kept_on_lock",
// "invoice.sale_kept_on_lock", "invoice.purchase_kept_on_lock", and
// "…_resumed" for each when taken back.
class PendingWorkService {
public:
    explicit PendingWorkService(CompanySession &company) : m_company(company) { }

    // At the lock (checked as authorizeAtLock() does: the session may have
    // just gone idle). Replaces the user's earlier record of that kind.
    Result<void> keepOnLock(PendingWorkKind kind, const QJsonObject &content);
    // The signed-in user's record of that kind, removed as it is taken;
    // nullopt when there is none.
    Result<std::optional<QJsonObject>> take(PendingWorkKind kind);

private:
    QString key(PendingWorkKind kind) const;

    CompanySession &m_company;
};

} // namespace stockbook

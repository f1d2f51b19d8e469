// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace stockbook {

class CompanySession;

// The stock tasks typed in a dialog, which have no draft of their own.
enum class PendingWorkKind { Transfer, Stocktake };

// What the idle lock keeps of a transfer or stocktake being typed, for its
// author: one record per user and kind, the dialog's fields as JSON (the
// dialog's own format), held in the settings table under
// "pending_work.<kind>.<user id>" until its author takes it back. Nothing
// moves stock; the dialog submits as usual once reopened.
//
// Permissions: stock.transfer for a transfer, stock.adjust for a stocktake.
class PendingWorkService {
public:
    explicit PendingWorkService(CompanySession &company) : m_company(company) { }

    // At the lock (checked as authorizeAtLock() does: the session may have
    // just gone idle). Replaces the user's earlier record of that kind; audit
    // "stock.transfer_kept_on_lock" or "stock.stocktake_kept_on_lock".
    Result<void> keepOnLock(PendingWorkKind kind, const QJsonObject &content);
    // The signed-in user's record of that kind, removed as it is taken
    // (audit "stock.transfer_resumed" / "stock.stocktake_resumed"); nullopt
    // when there is none.
    Result<std::optional<QJsonObject>> take(PendingWorkKind kind);

private:
    QString key(PendingWorkKind kind) const;

    CompanySession &m_company;
};

} // namespace stockbook

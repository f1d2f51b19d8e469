// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace stockbook::storage {

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    if (m_active)
        return {};
    auto begun = m_db.begin(m_posting ? Database::WriteLock::Posting : Database::WriteLock::Exclusive);
    m_active = begun.ok();
    return begun;
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Sql, QStringLiteral("No transaction to commit."));
    auto committed = m_db.commit();
    if (!committed.ok()) {
        rollback();
        return committed;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (auto rolled = m_db.rollback(); !rolled.ok())
        qCWarning(lcStorage) << "rollback failed:" << rolled.error().detail;
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

namespace stockbook::storage {

class Database;

// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed, so
// an early return on an error never leaves half a change behind:
//
//     Transaction tx(db);
//     if (auto r = tx.begin(); !r.ok()) return r.error();
//     ... writes, returning on the first error ...
//     return tx.commit();
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) { }
    // A posting's transaction: on a server it runs beside other postings
    // (Database::WriteLock::Posting).
    Transaction(Database &db, bool posting) : m_db(db), m_posting(posting) { }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_posting = false;
    bool m_active = false;
};

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/CompanySession.h"

namespace stockbook {

CompanySession::CompanySession(std::unique_ptr<storage::Database> db, SecretBytes dek, Session session)
    : m_path(db ? db->path() : QString()), m_db(std::move(db)), m_dek(std::move(dek)),
      m_session(std::move(session))
{ }

CompanySession::~CompanySession()
{
    signOut();
}

void CompanySession::signOut()
{
    m_db.reset();
    m_dek.clear();
    m_session = Session();
    m_userKey = SigningKey();
    m_adminKey = SigningKey();
    m_newRecoveryKey.clear();
}

void CompanySession::replaceDatabase(std::unique_ptr<storage::Database> db, SecretBytes dek)
{
    m_db = std::move(db);
    m_dek = std::move(dek);
}

} // namespace stockbook

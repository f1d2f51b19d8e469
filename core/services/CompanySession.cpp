// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/CompanySession.h"

#include "services/accounts/AuditSigner.h"

namespace stockbook {

CompanySession::CompanySession(std::unique_ptr<storage::Database> db, SecretBytes dek, Session session)
    : m_path(db ? db->path() : QString()), m_db(std::move(db)), m_dek(std::move(dek)),
      m_session(std::move(session))
{ }

CompanySession::~CompanySession()
{
    signOut();
}

std::unique_ptr<storage::Database> CompanySession::takeDatabase()
{
    AuditSigner::clear(m_db.get());
    return std::move(m_db);
}

void CompanySession::signOut()
{
    AuditSigner::clear(m_db.get());
    m_db.reset();
    m_dek.clear();
    m_session = Session();
    m_userKey = SigningKey();
    m_adminKey = SigningKey();
    m_newRecoveryKey.clear();
    m_signInFindings.clear();
    m_checkpointHeld = 0;
}

void CompanySession::setUserSigningKey(SigningKey key)
{
    m_userKey = std::move(key);
    AuditSigner::set(m_db.get(), &m_userKey);
}

void CompanySession::replaceDatabase(std::unique_ptr<storage::Database> db, SecretBytes dek)
{
    AuditSigner::clear(m_db.get());
    m_db = std::move(db);
    m_dek = std::move(dek);
    AuditSigner::set(m_db.get(), &m_userKey);
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Signing in to a company on a PostgreSQL server. The server proves the
// password (SCRAM-SHA-256 over TLS) and enforces the roles
// (schema/postgres/security.sql); there is no key file, no state file and no
// database key: the login role is the key.
#include "services/accounts/CompanyService.h"

#include "Tr.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "storage/Location.h"
#include "storage/Transaction.h"

namespace stockbook {

namespace {

// A login role's name as the server has it: Stockbook names compare without
// case, PostgreSQL's do not.
QString loginName(const QString &username)
{
    return username.trimmed().toLower();
}

Result<std::unique_ptr<storage::Database>> openAs(const storage::ServerAddress &address,
                                                  const QString &username, const SecretBytes &password)
{
    storage::ServerAddress at = address;
    at.user = loginName(username);
    return storage::Database::openServer(at, at.user, password);
}

} // namespace

bool CompanyService::isServerLocation(const QString &location)
{
    return storage::Location::looksLikeUrl(location);
}

Result<std::unique_ptr<CompanySession>> CompanyService::signInServer(const QString &url,
                                                                     const QString &username,
                                                                     const SecretBytes &password,
                                                                     const Clock &clock)
{
    auto location = storage::Location::parse(url);
    if (!location.ok())
        return location.error();
    if (!location->isServer())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1 is not a server address.").arg(url));
    auto opened = openAs(location->serverAddress(), username, password);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    AccountStore store(*db);
    auto user = store.serverLogin();
    if (!user.ok())
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::AccountDeactivated,
                         Tr::tr("The account %1 is deactivated. Ask an administrator.").arg(user->username));

    const QDateTime now = clock();
    storage::Transaction tx(*db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    // The server writes the actor from the login itself (session_user).
    if (auto logged = AuditLog::append(*db,
                                       AuditRecord{user->id, user->username, QStringLiteral("login.success"),
                                                   QStringLiteral("users"), QString::number(user->id),
                                                   QString(), now});
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();

    auto session = store.sessionFor(user->id, clock);
    if (!session.ok())
        return session.error();
    auto company = std::make_unique<CompanySession>(std::move(db), SecretBytes(), std::move(session).value());
    company->setLocation(url);
    return company;
}

Result<Session> CompanyService::authenticateServer(CompanySession &company, const QString &username,
                                                   const SecretBytes &password, const Clock &clock)
{
    auto signedIn = signInServer(company.path(), username, password, clock);
    if (!signedIn.ok())
        return signedIn.error();
    // The new user's own connection takes the place of the old one: on a
    // server the login is who acts, whatever the session says.
    std::unique_ptr<CompanySession> fresh = std::move(signedIn).value();
    Session session = fresh->session();
    company.replaceDatabase(fresh->takeDatabase(), SecretBytes());
    return session;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ServerConnection.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace stockbook::cli {

// The operating system's user: the server account libpq uses when the URL
// names none.
QString osUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}

bool asksForPassword(const QString &errorText)
{
    return errorText.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive);
}

// Why the superuser could not connect. What only set-up meets (no such
// account, peer authentication) is said here; the rest (wrong password,
// network, TLS) as storage::Database says it to every workstation.
Error connectionError(const ServerAddress &address, const QString &user, const QString &text,
                      const SecretBytes &password)
{
    const QString detail = text.trimmed();
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("\" does not exist")))
        return makeError(ErrorCode::WrongPassword,
                         tr("The server has no account %1. Name a superuser in the URL, e.g. "
                            "postgresql://postgres@HOST/DBNAME, or run the command as an operating system "
                            "user that has an account on the server (sudo -u postgres stockbook-cli ...).")
                             .arg(user),
                         QStringLiteral("user"), detail);
    if (text.contains(QLatin1String("Peer authentication failed"), Qt::CaseInsensitive))
        return makeError(ErrorCode::WrongPassword,
                         tr("Over the local socket the server lets %1 in only for the operating system "
                            "user of that name: run the command as that user (sudo -u %1 stockbook-cli "
                            "...).")
                             .arg(user),
                         QStringLiteral("user"), detail);
    if (text.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive))
        return makeError(ErrorCode::WrongPassword,
                         tr("The server refused the password of %1. Check it, and that Caps Lock is off, "
                            "then try again.")
                             .arg(user),
                         QStringLiteral("password"), detail);
    // The postgres database is no company: a connection that works this time
    // ends in NotADatabase, and then libpq's own words are all there is.
    ServerAddress probe = address;
    probe.database = QStringLiteral("postgres");
    auto classified = storage::Database::openServer(probe, user, password);
    if (!classified.ok() && classified.error().code != ErrorCode::NotADatabase)
        return classified.error();
    return makeError(ErrorCode::ServerUnreachable, tr("The connection to the server failed: %1").arg(detail),
                     {}, detail);
}

// The same check as ServerSetup's, made before the new password is asked
// for, naming the account.
Result<void> requireSuperuser(QSqlDatabase &db, const QString &user)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")))
        return makeError(ErrorCode::Sql,
                         tr("The server did not answer: %1").arg(q.lastError().databaseText()));
    if (q.next() && q.value(0).toBool())
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     tr("The server account %1 is not a superuser; creating a company needs one. Name a "
                        "superuser in the URL, e.g. postgresql://postgres@HOST/DBNAME.")
                         .arg(user),
                     QStringLiteral("user"));
}

// A database of that name is there: said before the new password is asked
// for when the superuser needs none.
Result<void> refuseTakenDatabase(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?")))
        return makeError(ErrorCode::Sql,
                         tr("The server did not answer: %1").arg(q.lastError().databaseText()));
    q.addBindValue(name);
    if (!q.exec())
        return makeError(ErrorCode::Sql,
                         tr("The server did not answer: %1").arg(q.lastError().databaseText()));
    if (!q.next())
        return {};
    return makeError(
        ErrorCode::FileExists,
        tr("The database %1 exists on this server already. Choose another name, or open that "
           "company. The database name is the last part of the URL: postgresql://HOST/OTHERNAME.")
            .arg(name),
        QStringLiteral("database"));
}

// The URL a workstation opens: the administrator instead of the superuser,
// the same host, port and sslmode; the root certificate is the
// workstation's own (~/.postgresql/root.crt unless it names another).
QString workstationUrl(const ServerAddress &address, const QString &admin)
{
    QString url = QStringLiteral("postgresql://") + admin + QLatin1Char('@');
    QStringList parameters;
    if (address.isSocket()) {
        if (address.port != 5432)
            url += QLatin1Char(':') + QString::number(address.port);
        if (!address.host.isEmpty())
            parameters << QStringLiteral("host=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(address.host, QByteArrayLiteral("/")));
        if (address.sslMode != QLatin1String("disable"))
            parameters << QStringLiteral("sslmode=") + address.sslMode;
    } else {
        url += address.hostForDisplay() + QLatin1Char(':') + QString::number(address.port);
        parameters << QStringLiteral("sslmode=") + address.sslMode;
    }
    url += QLatin1Char('/') + address.database;
    if (!parameters.isEmpty())
        url += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return url;
}

// A word for a shell: in single quotes when it holds anything but plain characters.
QString shellWord(const QString &word)
{
    static const QString plain = QStringLiteral(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_");
    for (const QChar c : word) {
        if (!plain.contains(c))
            return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QLatin1String("'\\''"))
                + QLatin1Char('\'');
    }
    return word;
}

Result<void> connectSuperuser(SuperuserConnection &server, const ServerAddress &address,
                              PasswordSource &passwords)
{
    const QString superuser = address.user.isEmpty() ? osUser() : address.user;
    if (!server.valid())
        return makeError(ErrorCode::Sql,
                         tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the "
                            "package libqt6sql6-psql."));
    if (!server.open(nullptr)) {
        if (!asksForPassword(server.errorText()))
            return connectionError(address, superuser, server.errorText(), SecretBytes());
        auto password = passwords.read(tr("Password of the server's superuser %1").arg(superuser));
        if (!password.ok())
            return password.error();
        if (!server.open(&password.value()))
            return connectionError(address, superuser, server.errorText(), password.value());
    }
    if (auto super = requireSuperuser(server.db(), superuser); !super.ok())
        return super.error();
    return refuseTakenDatabase(server.db(), address.database);
}

} // namespace stockbook::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A PostgreSQL superuser's connection for the commands that make a company
// on a server (server init, demo, migrate, restore) and the lines they print.
#include "CliSupport.h"

#include "storage/Location.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace stockbook::cli {

using storage::ServerAddress;

// The operating system's user: the server account libpq uses when the URL
// names none.
QString osUser();

// A superuser's connection to the server's "postgres" database, with the
// host, port and TLS options of the URL. The password stays set on the
// connection while it lives: ServerSetup clones it to reach the new database.
class SuperuserConnection {
public:
    SuperuserConnection(const ServerAddress &address, const QString &user)
        : m_name(QStringLiteral("stockbook-cli-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!address.host.isEmpty())
            m_db.setHostName(address.host);
        m_db.setPort(address.port);
        m_db.setDatabaseName(QStringLiteral("postgres"));
        if (!user.isEmpty())
            m_db.setUserName(user);
        m_db.setConnectOptions(address.connectOptions());
    }
    ~SuperuserConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SuperuserConnection(const SuperuserConnection &) = delete;
    SuperuserConnection &operator=(const SuperuserConnection &) = delete;

    bool valid() const { return m_db.isValid(); }
    bool open(const SecretBytes *password)
    {
        QString secret;
        if (password)
            secret = QString::fromUtf8(reinterpret_cast<const char *>(password->data()),
                                       static_cast<qsizetype>(password->size()));
        m_db.setPassword(secret);
        const bool opened = m_db.open();
        if (!secret.isEmpty())
            SecretBytes::cleanse(secret.data(), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
        return opened;
    }
    QSqlDatabase &db() { return m_db; }
    QString errorText() const { return m_db.lastError().databaseText(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Whether the server refused the connection for want of a password.
bool asksForPassword(const QString &errorText);
// Why the superuser could not connect, said for the person at the keyboard.
Error connectionError(const ServerAddress &address, const QString &user, const QString &text,
                      const SecretBytes &password);
// The connected account is a superuser (PermissionDenied naming it otherwise).
Result<void> requireSuperuser(QSqlDatabase &db, const QString &user);
// FileExists when the server has a database of that name.
Result<void> refuseTakenDatabase(QSqlDatabase &db, const QString &name);
// Connects as the URL's superuser: without a password first, then, when the
// server asks for one, with the next from passwords. Checks that the account
// is a superuser and that the URL's database is not there yet.
Result<void> connectSuperuser(SuperuserConnection &server, const ServerAddress &address,
                              PasswordSource &passwords);
// The URL a workstation opens: the user instead of the superuser, the same
// host, port and sslmode.
QString workstationUrl(const ServerAddress &address, const QString &user);
// A word for a shell: in single quotes when it holds anything but plain characters.
QString shellWord(const QString &word);

} // namespace stockbook::cli

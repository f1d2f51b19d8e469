// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QString>

namespace stockbook::storage {

// Where a company's PostgreSQL database is, parsed from
//     postgresql://[USER@]HOST[:PORT]/DBNAME[?sslmode=...&host=SOCKETDIR&sslrootcert=FILE&connect_timeout=N]
// Never holds a password: a URL lands in shell history and process lists, so
// the password is typed when asked.
struct ServerAddress {
    QString user;            // empty: asked for when signing in
    QString host;            // a host name, an IP address (IPv6 without brackets), or a socket folder
    int port = 5432;         // also names the socket file (.s.PGSQL.PORT) in the socket folder
    QString database;        // [a-z][a-z0-9_]{0,39}
    QString sslMode;         // disable, allow, prefer, require, verify-ca or verify-full
    QString rootCertificate; // for verify-ca and verify-full; libpq's ~/.postgresql/root.crt unless given
    // Seconds to wait for the server to answer: a server that is switched off
    // or unreachable must not freeze a till for minutes. 0 waits as long as
    // the system does.
    static constexpr int DefaultConnectTimeout = 10;
    int connectTimeout = DefaultConnectTimeout;

    // A Unix socket (host is a folder, or empty for libpq's default folder) or TCP.
    bool isSocket() const { return host.isEmpty() || host.startsWith(QLatin1Char('/')); }
    bool verifiesCertificate() const { return sslMode.startsWith(QLatin1String("verify-")); }

    // "shop on db.example.com:5432" or "shop on /run/postgresql (local socket)":
    // for titles and messages. With the user when one is given; never a password.
    QString displayName() const;
    // The host for messages: IPv6 addresses in brackets, as in the URL.
    QString hostForDisplay() const;

    // The libpq options beyond host, port, user, password and database, for
    // QSqlDatabase::setConnectOptions: "sslmode=...;sslrootcert='...';...".
    QString connectOptions() const;

    // When the certificate is verified, the root certificate file must be
    // there: otherwise an Error saying which file is missing and where it
    // comes from.
    Result<void> checkRootCertificate() const;

    // libpq's default root certificate: ~/.postgresql/root.crt.
    static QString defaultRootCertificate();
    // Whether name is allowed as a company's database name on a server.
    static bool isValidDatabaseName(const QString &name);
};

// A company: a file path or a server address. Text that starts with
// "postgresql://" or "postgres://" is a server address; anything else a path.
class Location {
public:
    enum class Kind { File, Server };

    static Result<Location> parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    static Location file(const QString &path);
    static Location server(ServerAddress address);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    QString filePath() const { return m_path; }
    const ServerAddress &serverAddress() const { return m_server; }

    // The path as given, or the server's display name.
    QString displayName() const;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    ServerAddress m_server;
};

} // namespace stockbook::storage

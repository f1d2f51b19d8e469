// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The server half of storage::Database: a company's database on PostgreSQL,
// opened through Qt's QPSQL driver, and the few things done on libpq's own
// connection under it (verbose errors that name tables and constraints, the
// cancel request, scripts of several statements).
#include "Tr.h"
#include "security/keys/SecretBytes.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace stockbook::storage {

namespace {

std::atomic<int> g_serverConnectionCounter{0};

PGconn *pgConnection(const QSqlDatabase &connection)
{
    const QSqlDriver *driver = connection.driver();
    if (!driver || !driver->isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt's driver declares the type as PGconn*; QMetaType names it after the struct.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// "db.example.com port 5432", or "the local socket in /run/postgresql (port 5432)".
QString where(const ServerAddress &address)
{
    if (address.isSocket())
        return Tr::tr("the local socket in %1 (port %2)")
            .arg(address.host.isEmpty() ? QStringLiteral("/var/run/postgresql") : address.host)
            .arg(address.port);
    return Tr::tr("%1 port %2").arg(address.hostForDisplay()).arg(address.port);
}

QString quotedAfter(const QString &text, QLatin1String marker)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype open = text.indexOf(QLatin1Char('"'), at + marker.size());
    const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('"'), open + 1);
    return close < 0 ? QString() : text.mid(open + 1, close - open - 1);
}

// A failed PQconnectdb as QPSQL reports it: no SQLSTATE, only libpq's text
// (several lines when more than one address was tried). The most specific
// reason wins: what the server said, then TLS, then the network.
Error connectionError(const ServerAddress &address, const QString &user, const QSqlError &error)
{
    const QString text = error.databaseText();
    const QString detail = text.trimmed();
    const auto has = [&](const char *sign) {
        return text.contains(QLatin1String(sign), Qt::CaseInsensitive);
    };

    if (has("password authentication failed") || has("no password supplied")
        || has("authentication failed for user"))
        return makeError(
            ErrorCode::WrongPassword,
            Tr::tr("The user name or the password is wrong. Check both, and that Caps Lock is off, "
                   "then try again."),
            {}, detail);
    if (has("is not permitted to log in"))
        return makeError(
            ErrorCode::AccountDeactivated,
            Tr::tr("The user %1 may not sign in to this server (the account is deactivated). Ask "
                   "an administrator.")
                .arg(user),
            {}, detail);
    if (has("no pg_hba.conf entry"))
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("The server at %1 does not accept the user %2 for the database %3 from this "
                   "computer (no matching pg_hba.conf entry). Ask the administrator to allow this "
                   "workstation.")
                .arg(where(address), user, address.database),
            {}, detail);
    if (has("permission denied for database"))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("The user %1 may not open the company database %2 on this server. Ask an "
                                "administrator.")
                             .arg(user, address.database),
                         {}, detail);
    if (has("database \"") && has("\" does not exist"))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The server at %1 has no company database %2. Check the database name in the "
                                "address.")
                             .arg(where(address), address.database),
                         QStringLiteral("database"), detail);
    if (has("does not match host name"))
        return makeError(
            ErrorCode::ServerNotTrusted,
            Tr::tr("The server's certificate is made out to %1, not to %2, the host in the "
                   "address. Write the host as the certificate names it, or ask the administrator "
                   "for a certificate that names %2.")
                .arg(quotedAfter(text, QLatin1String("server certificate for")), address.hostForDisplay()),
            QStringLiteral("host"), detail);
    if (has("certificate verify failed") || has("certificate is not yet valid")
        || has("certificate has expired") || has("self-signed certificate") || has("self signed certificate"))
        return makeError(
            ErrorCode::ServerNotTrusted,
            Tr::tr("The server's certificate could not be verified with the root certificate %1, "
                   "so the server at %2 may not be the company's server. Do not go on: ask the "
                   "administrator for the right root certificate.")
                .arg(QDir::toNativeSeparators(address.rootCertificate.isEmpty()
                                                  ? ServerAddress::defaultRootCertificate()
                                                  : address.rootCertificate),
                     where(address)),
            QStringLiteral("sslrootcert"), detail);
    if (has("root certificate file"))
        return address.checkRootCertificate().ok()
            ? makeError(ErrorCode::ServerNotTrusted,
                        Tr::tr("The root certificate %1 cannot be read. Ask the administrator for the "
                               "server's root certificate again.")
                            .arg(address.rootCertificate),
                        QStringLiteral("sslrootcert"), detail)
            : address.checkRootCertificate().error();
    if (has("server does not support SSL"))
        return makeError(ErrorCode::ServerNotTrusted,
                         Tr::tr("The server at %1 does not offer an encrypted connection (TLS), which the "
                                "address requires. Ask the administrator to switch on TLS on the server.")
                             .arg(where(address)),
                         QStringLiteral("sslmode"), detail);
    if (has("too many connections") || has("the database system is"))
        return makeError(
            ErrorCode::ServerUnreachable,
            Tr::tr("The server at %1 cannot take the connection now (%2). Try again in a moment.")
                .arg(where(address), postgresPrimaryMessage(text.section(QLatin1String("failed:"), -1))),
            {}, detail);
    if (has("could not translate host name") || has("Name or service not known"))
        return makeError(ErrorCode::ServerUnreachable,
                         Tr::tr("The server name %1 is not known here. Check the host in the address.")
                             .arg(address.hostForDisplay()),
                         QStringLiteral("host"), detail);
    if (has("timeout expired") || has("timed out"))
        return makeError(
            ErrorCode::ServerUnreachable,
            Tr::tr("The server at %1 did not answer in time. Check the network and that the server "
                   "is running.")
                .arg(where(address)),
            {}, detail);
    if (address.isSocket() && (has("No such file or directory") || has("Connection refused")))
        return makeError(
            ErrorCode::ServerUnreachable,
            Tr::tr("No server listens on %1. Check that the PostgreSQL server is running, and the "
                   "socket folder and port in the address.")
                .arg(where(address)),
            {}, detail);
    if (has("Connection refused") || has("No route to host") || has("Network is unreachable"))
        return makeError(
            ErrorCode::ServerUnreachable,
            Tr::tr("No server answers at %1 (connection refused). Check the host and port in the "
                   "address, and that the PostgreSQL server is running and accepts connections from "
                   "this computer.")
                .arg(where(address)),
            {}, detail);
    return makeError(
        ErrorCode::ServerUnreachable,
        Tr::tr("The connection to the server at %1 failed: %2")
            .arg(where(address), postgresPrimaryMessage(text.section(QLatin1String("failed:"), -1))),
        {}, detail);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address, const QString &userName,
                                                       const SecretBytes &password)
{
    const QString user = userName.isEmpty() ? address.user : userName;
    if (user.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("No user name for the server: give it in the address (postgresql://USER@HOST/"
                                "DBNAME) or when asked."),
                         QStringLiteral("user"));
    if (!ServerAddress::isValidDatabaseName(address.database))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("\"%1\" is not a company's database name: use lower-case letters, digits and "
                                "'_', starting with a letter, at most 40 characters.")
                             .arg(address.database),
                         QStringLiteral("database"));
    if (auto root = address.checkRootCertificate(); !root.ok())
        return root.error();

    std::unique_ptr<Database> db(new Database);
    db->m_engine = Engine::Postgres;
    db->m_server = address;
    db->m_path = address.displayName();
    db->m_mode = Mode::ReadWrite;
    db->m_connectionName = QStringLiteral("stockbook-pg-%1").arg(g_serverConnectionCounter.fetch_add(1));

    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!connection.isValid())
        return makeError(ErrorCode::Sql,
                         Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
                                "libqt6sql6-psql."),
                         {}, QStringLiteral("QSqlDatabase::isDriverAvailable(QPSQL) is false"));
    if (!address.host.isEmpty())
        connection.setHostName(address.host);
    connection.setPort(address.port);
    connection.setDatabaseName(address.database);
    connection.setUserName(user);
    connection.setConnectOptions(address.connectOptions());
    bool opened = false;
    {
        // QPSQL takes the password only as a QString: made here, wiped once
        // the driver has handed it to libpq.
        QString secret = QString::fromUtf8(reinterpret_cast<const char *>(password.data()),
                                           static_cast<qsizetype>(password.size()));
        connection.setPassword(secret);
        opened = connection.open();
        connection.setPassword(QString());
        if (!secret.isEmpty())
            SecretBytes::cleanse(secret.data(), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
    }
    if (!opened) {
        qCDebug(lcStorage) << "server connection failed:" << connection.lastError().databaseText();
        return connectionError(address, user, connection.lastError());
    }
    if (PGconn *pg = pgConnection(connection)) {
        // Errors name their table, column and constraint (for Error::field).
        PQsetErrorVerbosity(pg, PQERRORS_VERBOSE);
        db->m_cancel = PQgetCancel(pg);
    }
    if (auto schema = db->checkServerSchema(); !schema.ok())
        return schema.error();
    return db;
}

Result<void> Database::checkServerSchema() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_migrations")) || !q.next()) {
        const QSqlError error = q.lastError();
        if (error.nativeErrorCode() == QLatin1String("42P01"))
            return makeError(ErrorCode::NotADatabase,
                             Tr::tr("The database %1 is not a Stockbook company (it has no schema_migrations "
                                    "table). Check the database name in the address.")
                                 .arg(m_path),
                             QStringLiteral("database"), postgresPrimaryMessage(error.databaseText()));
        return errorFromSql(error, Tr::tr("Reading the company's schema version"));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestSchemaVersion())
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("%1 was written by a newer Stockbook (schema %2; this program knows up to %3). "
                   "Update Stockbook to open it.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return makeError(ErrorCode::OlderSchema,
                         Tr::tr("The company %1 has schema %2, older than this Stockbook (schema %3). "
                                "Upgrading a company on a server is not supported yet: open it with the "
                                "Stockbook version that made it.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latestSchemaVersion()));
    return {};
}

Error Database::notOnServer() const
{
    return makeError(
        ErrorCode::InvalidState,
        Tr::tr("This works on a company file only, not on %1, a company on a server.").arg(m_path));
}

Error Database::serverError(const QSqlDatabase &connection) const
{
    // After the connection broke, Qt's driver closes itself and refuses
    // further work without setting an error of its own.
    if (!connection.isOpen() || !connection.driver() || !connection.driver()->isOpen())
        return makeError(ErrorCode::ConnectionLost,
                         Tr::tr("The connection to the server was lost; nothing was saved. Try again."), {},
                         QStringLiteral("connection to %1 closed").arg(m_path));
    return errorFromPostgres(connection.lastError());
}

Result<void> Database::executeServerScript(const QByteArray &sql)
{
    PGconn *pg = pgConnection(connection());
    if (!pg)
        return serverError(connection());
    // One simple-protocol round trip: the statements run in order, in one
    // implicit transaction unless the script has its own BEGIN/COMMIT.
    PGresult *result = PQexec(pg, sql.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        PQclear(result);
        return {};
    }
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE))
                                 : QString();
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(pg));
    PQclear(result);
    return errorFromSql(
        QSqlError(QStringLiteral("QPSQL: Unable to run the script"), text, QSqlError::StatementError, state));
}

void Database::cancelServerStatement() const
{
    if (pg_cancel *cancel = m_cancel.load()) {
        char message[256] = {};
        if (!PQcancel(cancel, message, static_cast<int>(sizeof message)))
            qCDebug(lcStorage) << "cancel request failed:" << message;
    }
}

void Database::closeServer()
{
    if (pg_cancel *cancel = m_cancel.exchange(nullptr))
        PQfreeCancel(cancel);
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// stockbook-cli server init: a company on a PostgreSQL server, made from a
// superuser's connection, and the lines a workstation needs to open it.
#include "CliSupport.h"
#include "Commands.h"

#include "storage/Database.h"
#include "storage/Location.h"
#include "storage/server/ServerSetup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace stockbook::cli {

namespace {

using storage::ServerAddress;

// The operating system's user: the server account libpq uses when the URL
// names none.
QString osUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}

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
    return makeError(ErrorCode::FileExists,
                     tr("The database %1 exists on this server already. Choose another name, or open that "
                        "company. The database name is the last part of --url: postgresql://HOST/OTHERNAME.")
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

int serverInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption url(
        QStringLiteral("url"),
        tr("The new company's database on the server, reached as a PostgreSQL superuser: "
           "postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&host=SOCKETDIR&sslrootcert=FILE]."),
        QStringLiteral("URL"));
    const QCommandLineOption company(QStringLiteral("company"), tr("The company's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("The first administrator's user name."),
                                   QStringLiteral("USER"));
    parser.addOptions({url, company, admin, common.passwordStdin});
    int code = ExitOk;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral(
                "stockbook-cli server init --url URL --company NAME --admin USER [--password-stdin]"),
            &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("server init takes no arguments besides its options."));
    if (!parser.isSet(url) || !parser.isSet(company) || !parser.isSet(admin))
        return usage(tr("server init needs --url, --company and --admin."));

    auto location = storage::Location::parse(parser.value(url));
    if (!location.ok())
        return usage(location.error().message);
    if (!location->isServer())
        return usage(tr("--url names a server, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, not a file like "
                        "%1. A company file is made with stockbook-cli init.")
                         .arg(parser.value(url)));
    const ServerAddress &address = location->serverAddress();
    const QString companyName = parser.value(company).trimmed();
    if (companyName.isEmpty())
        return usage(tr("Give the company's name with --company."));
    const QString adminName = parser.value(admin);
    if (!storage::server::ServerSetup::validLoginName(adminName))
        return usage(tr("%1 cannot be a user name on a server: use a lower-case letter, then up to 62 "
                        "lower-case letters, digits or _ . -")
                         .arg(adminName));
    if (auto root = address.checkRootCertificate(); !root.ok())
        return fail(root.error());

    const QString superuser = address.user.isEmpty() ? osUser() : address.user;
    SuperuserConnection server(address, address.user);
    if (!server.valid())
        return fail(makeError(ErrorCode::Sql,
                              tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the "
                                 "package libqt6sql6-psql.")));
    // First without a password (a local socket usually needs none): what is
    // wrong with the address is said before any password is typed.
    const bool connected = server.open(nullptr);
    const bool needsPassword = !connected && asksForPassword(server.errorText());
    if (!connected && !needsPassword)
        return fail(connectionError(address, superuser, server.errorText(), SecretBytes()));
    if (connected) {
        if (auto super = requireSuperuser(server.db(), superuser); !super.ok())
            return fail(super.error());
        if (auto taken = refuseTakenDatabase(server.db(), address.database); !taken.ok())
            return fail(taken.error());
    }

    // The new administrator's password first, then the superuser's when the
    // server asks for one.
    PasswordSource passwords(parser.isSet(common.passwordStdin));
    auto adminPassword = passwords.readNew(tr("New password for %1").arg(adminName));
    if (!adminPassword.ok())
        return fail(adminPassword.error());
    if (needsPassword) {
        auto superPassword = passwords.read(tr("Password of the server's superuser %1").arg(superuser));
        if (!superPassword.ok())
            return fail(superPassword.error());
        if (!server.open(&superPassword.value()))
            return fail(connectionError(address, superuser, server.errorText(), superPassword.value()));
        if (auto super = requireSuperuser(server.db(), superuser); !super.ok())
            return fail(super.error());
        if (auto taken = refuseTakenDatabase(server.db(), address.database); !taken.ok())
            return fail(taken.error());
    }

    auto made = storage::server::ServerSetup::initCompany(server.db(), address.database, companyName,
                                                          adminName, adminPassword.value());
    if (!made.ok()) {
        Error error = made.error();
        if (error.code == ErrorCode::FileExists && error.field == QLatin1String("database"))
            error.message += QLatin1Char(' ')
                + tr("The database name is the last part of --url: postgresql://HOST/OTHERNAME.");
        else if (error.code == ErrorCode::FileExists)
            error.message += QLatin1Char(' ') + tr("Give another --admin name.");
        return fail(error);
    }

    // Lines for scripts: "label: value", the labels never translated.
    const QString workstation = workstationUrl(address, adminName);
    printLine(QStringLiteral("company: ") + companyName);
    printLine(QStringLiteral("url: ") + workstation);
    if (address.verifiesCertificate())
        printLine(QStringLiteral("root certificate: ")
                  + (address.rootCertificate.isEmpty() ? ServerAddress::defaultRootCertificate()
                                                       : address.rootCertificate));
    else
        printLine(
            QStringLiteral("root certificate: none (sslmode=%1: the server's certificate is not verified)")
                .arg(address.sslMode));
    printLine(QStringLiteral("administrator: ") + adminName);
    printLine(QStringLiteral("next step: stockbook-cli user add --db %1 --user %2 NAME --role clerk")
                  .arg(shellWord(workstation), adminName));
    if (address.isSocket())
        printLine(QStringLiteral("note: ")
                  + tr("this URL reaches the server over its local socket, from the server itself only; "
                       "workstations use postgresql://%1@SERVER:%2/%3?sslmode=verify-full with the "
                       "server's root certificate.")
                        .arg(adminName)
                        .arg(address.port)
                        .arg(address.database));
    return ExitOk;
}

int serverCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + action} + arguments.mid(2);
    if (action == QLatin1String("init"))
        return serverInit(rest);
    const QStringList help{
        tr("Usage: stockbook-cli server init [options]; it has --help."),
        tr("  init      create a company on a PostgreSQL server and print what a workstation needs")};
    if (action == QLatin1String("--help-all"))
        showHelpAll(help.join(QLatin1Char('\n')));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        for (const QString &line : help)
            printLine(line);
        return ExitOk;
    }
    return usage(action.isEmpty() ? tr("Name the action: init.")
                                  : tr("Unknown server action \"%1\"; the action is init.").arg(action));
}

const CommandRegistration serverRegistration{
    {QStringLiteral("server"),
     QT_TRANSLATE_NOOP("stockbook::cli", "create a company on a PostgreSQL server (superusers)"),
     &serverCommand}};

} // namespace

} // namespace stockbook::cli

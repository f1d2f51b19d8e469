// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// stockbook-cli server init: a company on a PostgreSQL server, made from a
// superuser's connection, and the lines a workstation needs to open it.
#include "CliSupport.h"
#include "Commands.h"
#include "ServerConnection.h"

#include "storage/Database.h"
#include "storage/Location.h"
#include "storage/server/ServerSetup.h"

namespace stockbook::cli {

namespace {

using storage::ServerAddress;

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

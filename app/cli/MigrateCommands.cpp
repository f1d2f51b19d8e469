// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// stockbook-cli migrate: a company moved from its file onto a PostgreSQL
// server, or from a server into a new file.
#include "CliSupport.h"
#include "Commands.h"
#include "ServerConnection.h"

#include "services/accounts/CompanyService.h"
#include "services/maintenance/MigrationService.h"
#include "storage/Location.h"

namespace stockbook::cli {

namespace {

void printKey(const QString &label, const SecretBytes &secret)
{
    QString line = label
        + QString::fromLatin1(reinterpret_cast<const char *>(secret.data()),
                              static_cast<qsizetype>(secret.size()));
    printLine(line);
    line.fill(QChar(u'\0'));
}

void printWithoutPassword(const QStringList &users, const QString &db, const QString &admin)
{
    if (users.isEmpty())
        return;
    printLine(QStringLiteral("users without a password: ") + users.join(QStringLiteral(", ")));
    printLine(QStringLiteral("next step: stockbook-cli user reset-password --db %1 --user %2 NAME")
                  .arg(shellWord(db), shellWord(admin)));
}

int migrateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("The company to move: its file, or its server URL postgresql://ADMIN@HOST[:PORT]/DBNAME."),
        QStringLiteral("FILE|URL"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Where it goes: a new file, or a new database on a server, reached as a PostgreSQL superuser: "
           "postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME."),
        QStringLiteral("URL|FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("An administrator of the company (from a server URL: its user)."),
                                  QStringLiteral("ADMIN"));
    parser.addOptions({from, to, user, common.passwordStdin});
    int code = ExitOk;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("stockbook-cli migrate --from FILE|URL --to URL|FILE --user ADMIN "
                                     "[--password-stdin]"),
                      &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("migrate takes no arguments besides its options."));
    if (!parser.isSet(from) || !parser.isSet(to))
        return usage(tr("migrate needs --from and --to."));
    auto source = storage::Location::parse(parser.value(from));
    if (!source.ok())
        return usage(source.error().message);
    auto target = storage::Location::parse(parser.value(to));
    if (!target.ok())
        return usage(target.error().message);
    if (source->isServer() == target->isServer())
        return usage(tr("migrate moves a company from a file to a server or from a server to a file: one of "
                        "--from and --to is a postgresql:// URL, the other a file."));
    QString admin = parser.value(user);
    if (admin.isEmpty() && source->isServer())
        admin = source->serverAddress().user;
    if (admin.isEmpty())
        return usage(tr("Name the administrator who moves the company with --user."));
    if (target->isServer()) {
        if (auto root = target->serverAddress().checkRootCertificate(); !root.ok())
            return fail(root.error());
    } else if (const int checked = checkOutputFile(parser.value(to), false); checked != ExitOk) {
        return checked;
    }

    PasswordSource passwords(parser.isSet(common.passwordStdin));
    auto password = passwords.read(tr("Password for %1").arg(admin));
    if (!password.ok())
        return fail(password.error());
    auto company = CompanyService::signIn(parser.value(from), admin, password.value());
    if (!company.ok())
        return fail(company.error());

    if (target->isServer()) {
        const ServerAddress &address = target->serverAddress();
        SuperuserConnection server(address, address.user);
        if (auto connected = connectSuperuser(server, address, passwords); !connected.ok())
            return fail(connected.error());
        auto moved = MigrationService::toServer(*company.value(), password.value(), server.db(),
                                                address.database);
        if (!moved.ok())
            return fail(moved.error());
        const QString login = company.value()->session().username().trimmed().toLower();
        const QString url = workstationUrl(address, login);
        // Lines for scripts: "label: value", the labels never translated.
        printLine(QStringLiteral("url: ") + url);
        printLine(QStringLiteral("rows: ") + QString::number(moved->rows));
        printLine(QStringLiteral("administrator: ") + login);
        printWithoutPassword(moved->usersWithoutPassword, url, login);
        return ExitOk;
    }

    auto moved = MigrationService::toFile(*company.value(), password.value(), parser.value(to));
    if (!moved.ok())
        return fail(moved.error());
    const QString path = moved->company.company->path();
    const QString login = moved->company.company->session().username();
    printLine(QStringLiteral("file: ") + path);
    printLine(QStringLiteral("rows: ") + QString::number(moved->rows));
    printLine(QStringLiteral("administrator: ") + login);
    printLine(tr("Write down the new file's recovery key: it is shown only now."));
    printKey(QStringLiteral("Recovery key: "), moved->company.recoveryKey);
    printWithoutPassword(moved->usersWithoutPassword, path, login);
    return ExitOk;
}

const CommandRegistration migrateRegistration{
    {QStringLiteral("migrate"),
     QT_TRANSLATE_NOOP("stockbook::cli", "move a company from its file to a PostgreSQL server, or back"),
     &migrateCommand}};

} // namespace

} // namespace stockbook::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// stockbook-cli demo: makes a demo company, in a file or on a PostgreSQL
// server, and prints its logins.
#include "CliSupport.h"
#include "Commands.h"
#include "ServerConnection.h"

#include "services/demo/DemoGenerator.h"
#include "storage/Location.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace stockbook::cli {

namespace {

void printSecret(const QString &label, const SecretBytes &secret)
{
    QString line = label
        + QString::fromLatin1(reinterpret_cast<const char *>(secret.data()),
                              static_cast<qsizetype>(secret.size()));
    printLine(line);
    line.fill(QChar(u'\0'));
}

int demoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption db(
        QStringLiteral("db"),
        tr("The demo company's new file, or its new database on a PostgreSQL server, reached as a superuser: "
           "postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME[?sslmode=...&host=SOCKETDIR&sslrootcert=FILE]."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("small (hundreds of products, a few thousand invoices) or large (10,000 "
                                     "products, 200,000 sales; takes minutes)."),
                                  QStringLiteral("SIZE"), QStringLiteral("small"));
    parser.addOptions({db, size, common.passwordStdin});
    int code = ExitOk;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("stockbook-cli demo --db PATH|URL [--size small|large] [--password-stdin]"),
            &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("demo takes no arguments besides its options."));
    if (!parser.isSet(db))
        return usage(tr("demo needs --db PATH: the demo company file to make."));
    const QString sizeName = parser.value(size);
    if (sizeName != QLatin1String("small") && sizeName != QLatin1String("large"))
        return usage(tr("--size is small or large."));
    const DemoSize demoSize = sizeName == QLatin1String("large") ? DemoSize::Large : DemoSize::Small;
    auto location = storage::Location::parse(parser.value(db));
    if (!location.ok())
        return usage(location.error().message);

    // On a server: the superuser connected, and what would refuse the demo
    // said, before the minutes it takes.
    std::optional<SuperuserConnection> server;
    if (location->isServer()) {
        const ServerAddress &address = location->serverAddress();
        if (auto root = address.checkRootCertificate(); !root.ok())
            return fail(root.error());
        server.emplace(address, address.user);
        PasswordSource passwords(parser.isSet(common.passwordStdin));
        if (auto connected = connectSuperuser(*server, address, passwords); !connected.ok())
            return fail(connected.error());
    }

    const bool terminal = isatty(STDERR_FILENO) != 0;
    QString lastStage;
    int lastTenth = -1;
    // On a terminal one line that updates itself; in a log a line when a
    // stage starts and at each further tenth of it, so that a log of the
    // quarter of an hour a large demo takes shows how far it got.
    const DemoProgress progress = [terminal, &lastStage, &lastTenth](const QString &stage, qint64 done,
                                                                     qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        const QByteArray text = tr("Making the demo company: %1 %2/%3 (%4 %)")
                                    .arg(stage)
                                    .arg(done)
                                    .arg(total)
                                    .arg(percent)
                                    .toLocal8Bit();
        if (terminal) {
            std::fprintf(stderr, "\r%s\033[K", text.constData());
        } else if (stage != lastStage || percent / 10 != lastTenth) {
            std::fprintf(stderr, "%s\n", text.constData());
            lastStage = stage;
            lastTenth = percent / 10;
        }
        std::fflush(stderr);
        return true;
    };
    auto made = server
        ? DemoGenerator::createOnServer(server->db(), location->serverAddress().database, demoSize, progress)
        : DemoGenerator::create(parser.value(db), demoSize, progress);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!made.ok())
        return fail(made.error());
    const DemoSummary &s = made.value();
    printLine(
        tr("Made %1: %2 products, %3 customers, %4 suppliers, %5 purchases, %6 sales (%7 voided), %8 credit "
           "notes, %9 payments.")
            .arg(parser.value(db))
            .arg(s.products)
            .arg(s.customers)
            .arg(s.suppliers)
            .arg(s.purchases)
            .arg(s.sales)
            .arg(s.voids)
            .arg(s.creditNotes)
            .arg(s.payments));
    if (server) {
        // A line for scripts: "label: value", the label never translated.
        printLine(QStringLiteral("url: ")
                  + workstationUrl(location->serverAddress(), s.logins.front().username));
        printLine(
            tr("No recovery key: a company on a server has none; an administrator gives a user who lost "
               "their password a new one."));
    } else {
        printLine(tr("Write down the recovery key: it is shown only now."));
        printSecret(QStringLiteral("Recovery key: "), s.recoveryKey);
    }
    for (const DemoLogin &login : s.logins)
        printSecret(QStringLiteral("Login: %1 / ").arg(login.username), login.password);
    return ExitOk;
}

const CommandRegistration demoRegistration{
    {QStringLiteral("demo"), QT_TRANSLATE_NOOP("stockbook::cli", "make a demo company and print its logins"),
     &demoCommand}};

} // namespace

} // namespace stockbook::cli

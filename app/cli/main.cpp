// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstring>

using namespace stockbook::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook-cli", text);
}

void printUsage()
{
    printLine(tr("Usage: stockbook-cli COMMAND [options]"));
    printLine(tr("Command-line companion of Stockbook, the desktop ERP for small shops."));
    printLine(QString());
    printLine(tr("Commands:"));
    for (const Command &c : commands())
        printLine(QStringLiteral("  %1 %2").arg(c.name, -10).arg(c.summary));
    printLine(QString());
    printLine(tr("Every command has --help. Passwords are read from the terminal, or with --password-stdin one per "
                 "line from standard input; never from arguments or the environment."));
    printLine(tr("Exit codes: 0 success, 1 failure, 2 usage, 3 authentication failed or locked, 4 permission denied."));
}

// Drawing a PDF needs fonts, and fonts need a GUI application; every other
// command runs without one, so the command line keeps working on a server.
bool needsGui(int argc, char *argv[])
{
    return argc > 2 && std::strcmp(argv[1], "invoice") == 0 && std::strcmp(argv[2], "pdf") == 0;
}

int run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("stockbook-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKBOOK_VERSION));

    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("stockbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);

    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        printUsage();
        return ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printLine(QStringLiteral("stockbook-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name == first)
            return c.execute(QStringList{QStringLiteral("stockbook-cli ") + first} + arguments.mid(2));
    }
    return usage(tr("Unknown command \"%1\".").arg(first));
}

} // namespace

int main(int argc, char *argv[])
{
    if (needsGui(argc, argv)) {
        // Never a window: the offscreen platform, whatever display there is.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return run(app);
    }
    QCoreApplication app(argc, argv);
    return run(app);
}

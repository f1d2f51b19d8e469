// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstring>

namespace stockbook::cli {

namespace {

// The usage without its first line ("Usage: stockbook-cli COMMAND [options]").
QStringList usageBody()
{
    QStringList lines{tr("Command-line companion of Stockbook, the desktop ERP for small shops."), QString(),
                      tr("Commands:")};
    for (const Command &c : commands())
        lines << QStringLiteral("  %1 %2").arg(c.name, -10).arg(tr(c.summary));
    lines << QString()
          << tr("Every command has --help. Passwords are read from the terminal, or with --password-stdin "
                "one per "
                "line from standard input; never from arguments or the environment.")
          << tr("Exit codes: 0 success, 1 failure, 2 usage, 3 authentication failed or locked, 4 permission "
                "denied.");
    return lines;
}

void printUsage()
{
    printLine(tr("Usage: stockbook-cli COMMAND [options]"));
    for (const QString &line : usageBody())
        printLine(line);
}

// Drawing a PDF needs fonts, and fonts need a GUI application; every other
// command runs without one, so the command line keeps working on a server.
bool needsGui(int argc, char *argv[])
{
    return argc > 2 && std::strcmp(argv[1], "invoice") == 0 && std::strcmp(argv[2], "pdf") == 0;
}

// Stockbook's strings are built in (":/i18n"); Qt's own (QCommandLineParser's
// "Options:", its error messages) come from Qt's translations folder when the
// Qt translations package is installed. Both before any string is built.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("stockbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

int run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("stockbook-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKBOOK_VERSION));
    installTranslators(app);

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
    if (first == QLatin1String("--help-all"))
        showHelpAll(usageBody().join(QLatin1Char('\n')));
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

} // namespace stockbook::cli

int main(int argc, char *argv[])
{
    // Before any password is read: no core dump can hold one.
    stockbook::security::hardenProcess();
    if (stockbook::cli::needsGui(argc, argv)) {
        // Never a window: the offscreen platform, whatever display there is.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return stockbook::cli::run(app);
    }
    QCoreApplication app(argc, argv);
    return stockbook::cli::run(app);
}

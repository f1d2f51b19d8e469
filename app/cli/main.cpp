// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstdio>

// Exit codes: 0 success, 2 usage error. Commands come with the services they
// call; each will be one small class over the same core as the GUI.
namespace {

constexpr int ExitUsage = 2;

void printError(const QString &line)
{
    std::fprintf(stderr, "stockbook-cli: %s\n", qPrintable(line));
}

QString tryHelp()
{
    return QCoreApplication::translate("stockbook-cli", "Run \"stockbook-cli --help\" for usage.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockbook-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKBOOK_VERSION));

    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("stockbook"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "stockbook-cli", "Command-line companion of Stockbook, the desktop ERP for small shops."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        printError(tryHelp());
        return ExitUsage;
    }
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(helpOption))
        parser.showHelp(0);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        printError(QCoreApplication::translate("stockbook-cli", "No command given."));
    } else {
        printError(QCoreApplication::translate("stockbook-cli", "Unknown command \"%1\".")
                       .arg(arguments.constFirst()));
    }
    printError(tryHelp());
    return ExitUsage;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ScreenshotTour.h"
#include "firstrun/DemoProvider.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/InvoicePages.h"
#include "lists/ListPages.h"
#include "mainwindow/MainWindow.h"
#include "security/ProcessHardening.h"
#include "stock/StockPages.h"
#include "storage/Location.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <initializer_list>

namespace {

void printError(const QString &line)
{
    std::fprintf(stderr, "stockbook: %s\n", qPrintable(line));
}

// Without a display Qt's platform plugin aborts with a long report; this
// check runs before any Qt application object exists so that a person gets
// one line instead.
bool hasPlatform(int argc, char **argv)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
}

// --help and --version print text only, so they work without a display too.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("stockbook"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKBOOK_VERSION));
}

// Stockbook's own strings are built in (":/i18n"); Qt's (standard dialogs)
// come from Qt's translations folder when the Qt translations package is
// installed. The language is the system's (QLocale::system(), which follows
// LANG / LC_ALL) unless the Settings dialog chose one: it keeps the company's
// choice in the user's QSettings under "ui/language" ("", en, de or fr), since
// the company file cannot be read before sign-in. English needs only its plural forms.
void installTranslators(QCoreApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    QLocale locale = QLocale::system();
    if (chosen == QLatin1String("en") || chosen == QLatin1String("de") || chosen == QLatin1String("fr")) {
        // Keep the system's country when it speaks the chosen language (de_AT, fr_CH).
        if (locale.language() != QLocale(chosen).language())
            locale = QLocale(chosen);
        QLocale::setDefault(locale);
    }
    // English has a translation too, of the plural forms only ("1 invoice").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto *own = new QTranslator(&app);
    if (own->load(english ? QLocale(QLocale::English) : locale, QStringLiteral("stockbook"),
                  QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (english)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

struct CommandLine {
    QString databasePath;
    QString screenshotPath;
    QString screenshotsDirectory;
};

// --help-all adds the Qt toolkit's options, which only an application object
// of the program's own kind (QApplication) can list; it is made on the
// offscreen platform, so that this help needs no display either.
bool asksForHelpAll(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help-all") == 0)
            return true;
    }
    return false;
}

// The screenshot tour needs no display: it always renders offscreen.
bool asksForScreenshots(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshots") == 0 || std::strncmp(argv[i], "--screenshots=", 14) == 0)
            return true;
    }
    return false;
}

// Returns 0 to go on, or the exit code to stop with. --help, --help-all and
// --version print and exit inside QCommandLineParser.
int parseCommandLine(const QCoreApplication &app, CommandLine &commandLine)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("stockbook", "Stockbook, the desktop ERP for small shops."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("stockbook",
                                    "The company to use: a company file or a server address "
                                    "(postgresql://USER@HOST/DBNAME)."),
        QCoreApplication::translate("stockbook", "path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("stockbook",
                                    "Save a picture of the main window as a PNG file, then exit."),
        QCoreApplication::translate("stockbook", "file"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("stockbook",
                                    "Create a company in a temporary folder, save a PNG of every screen into "
                                    "the folder, then exit."),
        QCoreApplication::translate("stockbook", "folder"));
    parser.addOption(databaseOption);
    parser.addOption(screenshotOption);
    parser.addOption(screenshotsOption);

    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        printError(QCoreApplication::translate("stockbook", "Run \"stockbook --help\" for the options."));
        return 2;
    }
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    // process() prints the options with those of Qt's application object
    // for --help-all, and exits with 0.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("stockbook", "Unexpected argument \"%1\".")
                       .arg(parser.positionalArguments().constFirst()));
        printError(QCoreApplication::translate("stockbook", "Run \"stockbook --help\" for the options."));
        return 2;
    }
    if (parser.isSet(databaseOption)) {
        const QString given = parser.value(databaseOption);
        // A server address is kept as written (checked here, so that a typo
        // is told at once); a file path is made absolute.
        if (stockbook::storage::Location::looksLikeUrl(given)) {
            auto location = stockbook::storage::Location::parse(given);
            if (!location.ok()) {
                printError(location.error().message);
                return 2;
            }
            commandLine.databasePath = given;
        } else {
            commandLine.databasePath = QFileInfo(given).absoluteFilePath();
        }
    }
    commandLine.screenshotPath = parser.value(screenshotOption);
    commandLine.screenshotsDirectory = parser.value(screenshotsOption);
    return 0;
}

int saveScreenshot(QWidget &window, const QString &path)
{
    window.show();
    QCoreApplication::processEvents();
    if (!window.grab().save(path, "PNG")) {
        printError(
            QCoreApplication::translate("stockbook", "Cannot write the screenshot to \"%1\".").arg(path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any password is read: no core dump can hold one.
    stockbook::security::hardenProcess();
    if (asksForScreenshots(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (asksForHelpAll(argc, argv) && !asksForTextOnly(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!hasPlatform(argc, argv)) {
        if (asksForTextOnly(argc, argv)) {
            QCoreApplication app(argc, argv);
            describeApplication();
            installTranslators(app);
            CommandLine unused;
            return parseCommandLine(app, unused);
        }
        std::fputs("stockbook: no display found (DISPLAY and WAYLAND_DISPLAY are unset); start it from a "
                   "desktop session, or use QT_QPA_PLATFORM=offscreen with --screenshot\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stockbook"));
    QGuiApplication::setDesktopFileName(QStringLiteral("stockbook"));
    installTranslators(app);

    CommandLine commandLine;
    if (const int exitCode = parseCommandLine(app, commandLine); exitCode != 0)
        return exitCode;

    if (!commandLine.screenshotsDirectory.isEmpty())
        return runScreenshotTour(commandLine.screenshotsDirectory);

    stockbook::ui::MainWindow window;
    stockbook::ui::registerInvoicePages(window);
    stockbook::ui::registerListPages(window);
    stockbook::ui::registerStockPages(window);
    if (!commandLine.screenshotPath.isEmpty()) {
        if (!commandLine.databasePath.isEmpty())
            window.setCompanyFilePath(commandLine.databasePath);
        return saveScreenshot(window, commandLine.screenshotPath);
    }

    window.show();
    // The wizard's demo (first run, or File > New company) lives beside the
    // default company as demo.stockbook.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    stockbook::ui::FirstRunWizard::setDemoCompanyProvider(
        stockbook::ui::demoCompanyProvider(QDir(folder).filePath(QStringLiteral("demo.stockbook"))));
    // With --database that file; otherwise the default company, or the
    // first-run wizard creating it when there is none yet.
    QString path = commandLine.databasePath;
    if (path.isEmpty()) {
        path = QDir(folder).filePath(QStringLiteral("company.stockbook"));
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(folder);
            window.startFirstRun(path);
            return QApplication::exec();
        }
    }
    window.openCompany(path);
    return QApplication::exec();
}

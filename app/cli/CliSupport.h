// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"
#include "services/CompanySession.h"
#include "services/accounts/CompanyService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace stockbook::cli {

// The command line's strings, in the translation context "stockbook::cli":
// the one lupdate gives a tr() call in this namespace. Strings made before
// main() installs the translators (static registrations) are marked with
// QT_TRANSLATE_NOOP("stockbook::cli", ...) and go through tr() when printed.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("stockbook::cli", text, disambiguation, n);
}

// Exit codes scripts rely on.
enum Exit : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAuth = 3,       // authentication failed, throttled or account locked
    ExitPermission = 4, // the role may not do this (or the password must be changed first)
};

int exitCodeFor(const Error &error);
int fail(const Error &error);         // prints the message, returns its exit code
int usage(const QString &message);    // prints the message and a hint, returns ExitUsage
void printLine(const QString &line);  // stdout
void printError(const QString &line); // stderr, prefixed "stockbook-cli: "

// Passwords come from the terminal without echo, or with --password-stdin one
// per line from standard input, in the order the command asks for them; never
// from arguments or the environment.
class PasswordSource {
    // Its messages are in the context "stockbook::cli::PasswordSource".
    Q_DECLARE_TR_FUNCTIONS(stockbook::cli::PasswordSource)

public:
    explicit PasswordSource(bool fromStdin) : m_fromStdin(fromStdin) { }
    // The NFKC-normalised UTF-8 of the next password; InvalidArgument when
    // there is no more input.
    Result<SecretBytes> read(const QString &prompt);
    // Reads a new password twice on a terminal (once from stdin).
    Result<SecretBytes> readNew(const QString &prompt);

private:
    Result<SecretBytes> readLine(const QString &prompt, bool echoOff);
    bool m_fromStdin;
};

// The options every command shares.
// (translate() names the context: lupdate would file a tr() here under
// "stockbook::cli::CommonOptions").
struct CommonOptions {
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("stockbook::cli",
                                                      "The company file, or the company's server address "
                                                      "(postgresql://USER@HOST[:PORT]/DBNAME)."),
                          QStringLiteral("PATH")};
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("stockbook::cli", "The user who runs the command."),
                            QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("stockbook::cli", "Read passwords from standard input, one per line.")};
    QCommandLineOption force{
        QStringLiteral("force"),
        QCoreApplication::translate("stockbook::cli", "Replace the output file if it exists.")};
};

// For a command that writes path: ExitOk when it may (never through a
// symbolic link; an existing file only with --force), otherwise prints why
// and returns the exit code. Called before the password is read.
int checkOutputFile(const QString &path, bool force);

// Parses a command's arguments; on --help prints help and returns ExitOk in
// *exitCode, on an error returns ExitUsage there. --help-all prints the help
// with Qt's options and exits the program with 0.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
                  int *exitCode);

// --help-all where no command's parser is (stockbook-cli itself, report, stock):
// Qt's usage line, the text, then the options -h, --help-all and those of Qt's
// application object. Exits with 0.
[[noreturn]] void showHelpAll(const QString &text);

// A command that signs in. execute() adds the options, parses them (with
// --help and --help-all), runs the command's own checks, checks --db and
// --user, reads the password (from the terminal, or with --password-stdin
// from standard input), signs in once and hands the session to run(). Every
// message and exit code along the way is the command's own:
//
//     class BackupCommand : public SignedInCommand { ... };
//     int backupCommand(const QStringList &arguments) { return BackupCommand().execute(arguments); }
class SignedInCommand {
public:
    SignedInCommand() = default;
    SignedInCommand(const SignedInCommand &) = delete;
    SignedInCommand &operator=(const SignedInCommand &) = delete;
    virtual ~SignedInCommand() = default;

    // arguments[0] is the command's name ("stockbook-cli backup"); returns the
    // exit code.
    int execute(const QStringList &arguments);

protected:
    // The line after "Usage: " in --help.
    virtual QString synopsis() const = 0;
    // Adds the options to parser in the order --help lists them, the common
    // ones (common.db, common.user, common.passwordStdin) among them.
    virtual void addOptions() = 0;
    // The usage message when --db or --user is missing.
    virtual QString missingSignIn() const = 0;
    // Checks the command's own arguments before anything is read from
    // standard input: ExitOk to go on, or the exit code (usage(...)). --db and
    // --user are checked after it; a command that checks them earlier calls
    // requireSignIn() where it does.
    virtual int check() { return ExitOk; }
    // Runs once the options are checked, before the password is read.
    virtual void beforeSignIn() { }
    virtual QString passwordPrompt() const;
    // Whether what sign-in found (CompanySession::signInFindings: a change of
    // users, roles or audit history since the last checkpoint) is printed as
    // warnings on stderr before run(); verify reports it itself.
    virtual bool showSignInFindings() const { return true; }
    // The command itself, signed in.
    virtual int run(CompanySession &company) = 0;

    bool signInOptionsSet() const;
    int requireSignIn() const; // ExitOk, or usage(missingSignIn())
    QString user() const { return parser.value(common.user); }
    // The password signed in with (passwd and rekey need it again).
    const SecretBytes &password() const { return m_password; }
    // The source of further passwords (passwd's new one).
    PasswordSource &passwords() { return *m_passwords; }

    QCommandLineParser parser;
    CommonOptions common;

private:
    std::optional<PasswordSource> m_passwords;
    SecretBytes m_password;
};

} // namespace stockbook::cli

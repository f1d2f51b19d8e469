// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"

#include "security/keys/Kdf.h"
#include "services/accounts/CompanyService.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace stockbook::cli {

namespace {

constexpr std::size_t MaxPasswordBytes = 4096;

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::Throttled:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDeactivated:
    case ErrorCode::SlotMismatch:
    case ErrorCode::WrongKey:
    case ErrorCode::RecoveryKeyInvalid:
    case ErrorCode::VaultMissing:
    case ErrorCode::KeyWithdrawn:
        return ExitAuth;
    case ErrorCode::PermissionDenied:
    case ErrorCode::PasswordChangeRequired:
        return ExitPermission;
    default:
        return ExitFailure;
    }
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

void printError(const QString &line)
{
    std::fprintf(stderr, "stockbook-cli: %s\n", line.toLocal8Bit().constData());
}

int fail(const Error &error)
{
    printError(error.message);
    return exitCodeFor(error);
}

int checkOutputFile(const QString &path, bool force)
{
    auto allowed = storage::checkOutputPath(path, force ? storage::Replace::Yes : storage::Replace::No);
    if (allowed.ok())
        return ExitOk;
    if (allowed.error().code == ErrorCode::FileExists)
        return fail(makeError(ErrorCode::FileExists, tr("%1 exists; add --force to replace it.").arg(path),
                              QStringLiteral("file")));
    return fail(allowed.error());
}

int usage(const QString &message)
{
    printError(message);
    printError(tr("Run the command with --help for its usage."));
    return ExitUsage;
}

Result<SecretBytes> PasswordSource::readLine(const QString &prompt, bool echoOff)
{
    const bool terminal = !m_fromStdin && isatty(STDIN_FILENO);
    if (!m_fromStdin && !terminal)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("No terminal to read the password from. Use --password-stdin to pass it on standard input."));
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
        if (echoOff && tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    // read(2) one byte at a time straight into locked memory: stdio would keep
    // a copy of the line in its own buffer, and reading past the newline would
    // take the next prompt's password with it. The rest of the input stays in
    // the pipe or the terminal for the next call.
    SecretBytes buffer(MaxPasswordBytes);
    std::size_t length = 0;
    bool sawAny = false;
    for (;;) {
        std::uint8_t byte = 0;
        const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != 1)
            break;
        sawAny = true;
        if (byte == '\n')
            break;
        if (length < buffer.size())
            buffer.data()[length++] = byte;
    }
    if (terminal && echoOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fprintf(stderr, "\n");
    }
    if (!sawAny)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Expected a password on standard input: %1.").arg(prompt));
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(buffer.data()),
                                     static_cast<qsizetype>(length));
    return security::passwordBytes(text);
}

Result<SecretBytes> PasswordSource::read(const QString &prompt)
{
    return readLine(prompt, true);
}

Result<SecretBytes> PasswordSource::readNew(const QString &prompt)
{
    auto first = readLine(prompt, true);
    if (!first.ok() || m_fromStdin)
        return first;
    auto second = readLine(tr("Repeat it"), true);
    if (!second.ok())
        return second;
    if (first->size() != second->size() || !first->equals(second.value()))
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords differ. Nothing was changed."));
    return first;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
                  int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printLine(tr("Usage: %1").arg(synopsis));
        printLine(parser.helpText().section(QLatin1Char('\n'), 1));
        *exitCode = ExitOk;
        return false;
    }
    // --help-all: the same options and those of Qt's application object
    // (QCoreApplication's, or QGuiApplication's for invoice pdf), printed by
    // QCommandLineParser, which then exits with 0.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments);
    return true;
}

void showHelpAll(const QString &text)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(text);
    parser.addHelpOption();
    parser.process(QStringList{QCoreApplication::arguments().value(0), QStringLiteral("--help-all")});
    parser.showHelp(ExitOk); // not reached: process() has handled --help-all
}

int SignedInCommand::execute(const QStringList &arguments)
{
    addOptions();
    int code = ExitOk;
    if (!parseCommand(parser, arguments, synopsis(), &code))
        return code;
    if (const int checked = check(); checked != ExitOk)
        return checked;
    if (const int required = requireSignIn(); required != ExitOk)
        return required;
    beforeSignIn();
    m_passwords.emplace(parser.isSet(common.passwordStdin));
    auto password = m_passwords->read(passwordPrompt());
    if (!password.ok())
        return fail(password.error());
    auto company = CompanyService::signIn(parser.value(common.db), user(), password.value());
    if (!company.ok())
        return fail(company.error());
    m_password = std::move(password).value();
    if (showSignInFindings()) {
        for (const QString &finding : company.value()->signInFindings())
            printError(tr("warning: %1").arg(finding));
    }
    if (company.value()->hasNewRecoveryKey()) {
        // The key file of an earlier version was upgraded at this
        // administrator's sign-in: its recovery key changed. On standard
        // error, so that the command's own output stays as scripts expect it.
        SecretBytes key = company.value()->takeNewRecoveryKey();
        QString text = QString::fromLatin1(reinterpret_cast<const char *>(key.data()),
                                           static_cast<qsizetype>(key.size()));
        printError(tr("the key file was upgraded; the old recovery key no longer works. New recovery key "
                      "(write it down and keep it safe; it is shown only now): %1")
                       .arg(text));
        text.fill(QChar(u'\0'));
    }
    return run(*company.value());
}

QString SignedInCommand::passwordPrompt() const
{
    return tr("Password for %1").arg(user());
}

bool SignedInCommand::signInOptionsSet() const
{
    return parser.isSet(common.db) && parser.isSet(common.user);
}

int SignedInCommand::requireSignIn() const
{
    return signInOptionsSet() ? int(ExitOk) : usage(missingSignIn());
}

} // namespace stockbook::cli

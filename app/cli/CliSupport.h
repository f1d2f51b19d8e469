// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/SecretBytes.h"
#include "services/CompanyService.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace stockbook::cli {

// Exit codes scripts rely on.
enum Exit : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAuth = 3,       // authentication failed, throttled or account locked
    ExitPermission = 4, // the role may not do this (or the password must be changed first)
};

int exitCodeFor(const Error &error);
int fail(const Error &error);            // prints the message, returns its exit code
int usage(const QString &message);       // prints the message and a hint, returns ExitUsage
void printLine(const QString &line);     // stdout
void printError(const QString &line);    // stderr, prefixed "stockbook-cli: "

// Passwords come from the terminal without echo, or with --password-stdin one
// per line from standard input, in the order the command asks for them; never
// from arguments or the environment.
class PasswordSource {
public:
    explicit PasswordSource(bool fromStdin) : m_fromStdin(fromStdin) {}
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
struct CommonOptions {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The company file."), QStringLiteral("PATH")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("The user who runs the command."),
                            QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     QStringLiteral("Read passwords from standard input, one per line.")};
};

// Parses a command's arguments; on --help prints help and returns ExitOk in
// *exitCode, on an error returns ExitUsage there.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis, int *exitCode);

// Signs in as --user with the next password from the source.
Result<std::unique_ptr<CompanySession>> signIn(const QString &db, const QString &user, PasswordSource &passwords);

} // namespace stockbook::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Drives stockbook-cli as a user would: a separate process, passwords on
// stdin, stdout, stderr and the exit code collected. Every test program in
// tests/cli runs the binary through runCli(); the companies it opens are made
// either through the CLI itself (CliInitCompany, production KDF) or through
// core with the cheap test KDF (TestCompany) and then closed for the CLI
// (closeForCli(), CliCompany).
#pragma once

#include "CompanyFixture.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <map>

namespace stockbook::test {

// One run of stockbook-cli.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray bytes; // stdout exactly as written
};

struct CliOptions {
    // Non-empty: run under LANG=lang with LC_ALL, LC_MESSAGES and LANGUAGE
    // removed, so LANG alone decides the language. Empty: this process's
    // environment.
    QString lang;
    // Non-empty: run under TZ=timeZone.
    QString timeZone;
    int timeoutMs = 60000;
};

// Runs stockbook-cli with `input` on its stdin (passwords, one per line);
// stdin is closed after it, so a command that wants more fails instead of
// waiting. A failed assertion on the returned run shows nothing by itself:
// the run's stdout and stderr are reported with the check that the process
// ended normally.
inline CliRun runCli(const QStringList &arguments, const QString &input = {}, const CliOptions &options = {})
{
    QProcess p;
    if (!options.lang.isEmpty() || !options.timeZone.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!options.lang.isEmpty()) {
            for (const QString &name :
                 {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
                environment.remove(name);
            environment.insert(QStringLiteral("LANG"), options.lang);
        }
        if (!options.timeZone.isEmpty())
            environment.insert(QStringLiteral("TZ"), options.timeZone);
        p.setProcessEnvironment(environment);
    }
    p.start(QStringLiteral(STOCKBOOK_CLI), arguments);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(options.timeoutMs));
    const QByteArray bytes = p.readAllStandardOutput();
    CliRun r{p.exitCode(), QString::fromUtf8(bytes), QString::fromUtf8(p.readAllStandardError()), bytes};
    INFO("stockbook-cli " << arguments.join(QLatin1Char(' ')).toStdString()
                          << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    return r;
}

// The same, signed in: adds --db, --user and --password-stdin and writes the
// password on stdin.
inline CliRun runCliAs(const QString &db, const QString &user, const QString &password, QStringList arguments,
                       const CliOptions &options = {})
{
    arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << user
              << QStringLiteral("--password-stdin");
    return runCli(arguments, password + QLatin1Char('\n'), options);
}

// The value of a "Label: value" line of the output ("Recovery key", "Temporary password").
inline QString cliLineValue(const QString &output, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^%1: (\\S+)$").arg(label),
                                QRegularExpression::MultilineOption);
    return re.match(output).captured(1);
}

inline SecretBytes secretOf(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
}

// The passwords of TestCompany's users once closeForCli() has run.
inline const QString AnnaPassword = QStringLiteral("correct horse battery staple 1");
inline const QString MaxPassword = QStringLiteral("ledger-walnut-harbour-19");
inline const QString CleoPassword = QStringLiteral("pebble-cursor-violet-63");

// stockbook-cli refuses key slots cheaper than scrypt N=2^15 (a test's cheap
// KDF is for the test's own process only): one sign-in each at that cost
// rewraps the users' slots (the rewrap a sign-in does for a weak slot).
// A company on a server has no key slots: its logins' passwords are the
// server's, and nothing is rewrapped.
inline void rewrapForCli(const QString &path, std::initializer_list<std::pair<QString, QString>> users)
{
    if (CompanyService::isServerLocation(path))
        return;
    security::ScopedKdfCostForTesting cliFloor(
        {security::KdfAlgorithm::Scrypt, std::uint64_t{1} << 15, 8, 1});
    for (const auto &[name, password] : users)
        REQUIRE_OK(CompanyService::signIn(path, name, secretOf(password)));
}

// Gives max (manager) and cleo (clerk), who still have temporary passwords,
// the known ones above, and closes the company so that the CLI can open it.
inline void closeForCli(TestCompany &tc)
{
    std::map<QString, SecretBytes> temporary;
    for (const QString &name : {QStringLiteral("max"), QStringLiteral("cleo")}) {
        auto reset = UsersService(*tc.company).resetPassword(name);
        REQUIRE_OK(reset);
        temporary.emplace(name, SecretBytes::copyOf(reset->bytes()));
    }
    tc.company.reset();
    for (const auto &[name, password] :
         {std::pair{QStringLiteral("max"), MaxPassword}, std::pair{QStringLiteral("cleo"), CleoPassword}}) {
        auto signedIn = CompanyService::signIn(tc.path, name, temporary.at(name));
        REQUIRE_OK(signedIn);
        REQUIRE_OK(UsersService(*signedIn.value()).changeOwnPassword(temporary.at(name), secretOf(password)));
    }
    rewrapForCli(tc.path,
                 {{QStringLiteral("anna"), AnnaPassword},
                  {QStringLiteral("max"), MaxPassword},
                  {QStringLiteral("cleo"), CleoPassword}});
}

// A TestCompany's file as the CLI sees it, once closeForCli() has run: runs
// a command as anna, max or cleo with the password each has then.
struct CliCompany {
    QString db;

    static QString passwordOf(const QString &user)
    {
        if (user == QLatin1String("max"))
            return MaxPassword;
        if (user == QLatin1String("cleo"))
            return CleoPassword;
        return AnnaPassword;
    }

    CliRun as(const QString &user, const QStringList &arguments, const CliOptions &options = {}) const
    {
        return runCliAs(db, user, passwordOf(user), arguments, options);
    }
};

// A company made by `stockbook-cli init` (production KDF), admin "anna";
// its recovery key as printed.
struct CliInitCompany {
    static inline const QString Password = QStringLiteral("lantern-quiet-orbit-42");
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("shop.stockbook"));
    QString recoveryKey;

    CliInitCompany()
    {
        REQUIRE(dir.isValid());
        const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                                    QStringLiteral("--company"), QStringLiteral("Corner Shop"),
                                    QStringLiteral("--admin"), QStringLiteral("anna"),
                                    QStringLiteral("--password-stdin")},
                                   Password + QLatin1Char('\n'));
        REQUIRE(init.exitCode == 0);
        recoveryKey = cliLineValue(init.out, QStringLiteral("Recovery key"));
        REQUIRE_FALSE(recoveryKey.isEmpty());
    }

    CliRun as(const QString &user, const QString &password, const QStringList &arguments) const
    {
        return runCliAs(db, user, password, arguments);
    }

    // The company key, as someone holding the recovery key and the key file
    // gets it (what a test that edits the file behind the program's back needs).
    SecretBytes databaseKey() const
    {
        auto secret = security::RecoveryKey::decode(recoveryKey);
        REQUIRE_OK(secret);
        auto vault = security::KeyVault::load(security::KeyVault::pathFor(db));
        REQUIRE_OK(vault);
        SecretBytes dek;
        REQUIRE_OK(vault->openWithRecoverySecret(secret.value(), dek));
        return dek;
    }
};

} // namespace stockbook::test

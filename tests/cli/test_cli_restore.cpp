// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// restore from the command line over a company file that exists: the
// backup of another company is refused by name unless
// --replace-other-company, and the company there is replaced only with the
// sign-in of one of its administrators (--target-user) or its recovery key.
#include "CliDriver.h"

#include "services/maintenance/BackupService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString EvePassword = QStringLiteral("thimble-orchard-falcon-63");

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// "Corner Shop" (anna, max, cleo) closed for the command line, and a backup
// of a company of its own, "Evil Ltd", whose administrator is eve.
struct TwoCompanies {
    TestCompany tc;
    QString evilBackup = tc.dir.filePath(QStringLiteral("evil.backup"));

    TwoCompanies()
    {
        closeForCli(tc);
        const QString evil = tc.dir.filePath(QStringLiteral("evil/evil.stockbook"));
        REQUIRE(QDir().mkpath(QFileInfo(evil).absolutePath()));
        // At the cost stockbook-cli accepts (a test's cheap KDF is for this process only).
        security::ScopedKdfCostForTesting cliFloor(
            {security::KdfAlgorithm::Scrypt, std::uint64_t{1} << 15, 8, 1});
        auto created = CompanyService::create(evil, QStringLiteral("Evil Ltd"), QStringLiteral("eve"),
                                              secretOf(EvePassword));
        REQUIRE_OK(created);
        REQUIRE_OK(BackupService(*created->company).backup(evilBackup));
    }

    CliRun restore(const QStringList &extra, const QString &input) const
    {
        return runCli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), evilBackup,
                                  QStringLiteral("--db"), tc.path, QStringLiteral("--user"),
                                  QStringLiteral("eve"), QStringLiteral("--password-stdin")}
                          + extra,
                      input);
    }
};

} // namespace

TEST_CASE("restore refuses another company's backup by name unless --replace-other-company, and needs the "
          "target's administrator")
{
    TwoCompanies f;
    const QByteArray before = contents(f.tc.path);
    const QString both = EvePassword + QLatin1Char('\n') + AnnaPassword + QLatin1Char('\n');
    const QStringList asAnna{QStringLiteral("--target-user"), QStringLiteral("anna")};

    // Two ways to prove the target: a usage error.
    CHECK(f.restore(asAnna + QStringList{QStringLiteral("--target-recovery-key")}, both).exitCode == 2);

    // Refused as other refusals of what the user asked for (an existing --out without --force): 1.
    const CliRun other = f.restore(asAnna, both);
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("This backup is of “Evil Ltd”, not of “Corner Shop” "
                                            "(shop.stockbook); shop.stockbook was not changed. "
                                            "To replace it with this backup, add --replace-other-company.")));
    CHECK(contents(f.tc.path) == before);

    // Asked for, but with a wrong password of anna: refused as a failed sign-in (3).
    const CliRun wrong = f.restore(asAnna + QStringList{QStringLiteral("--replace-other-company")},
                                   EvePassword + QStringLiteral("\nnot-her-password\n"));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.contains(QStringLiteral(
        "The user name or password for shop.stockbook is wrong; shop.stockbook was not changed.")));
    CHECK(contents(f.tc.path) == before);
    QThread::msleep(1100); // anna's one failure: one second before her next try

    const CliRun replaced = f.restore(asAnna + QStringList{QStringLiteral("--replace-other-company")}, both);
    REQUIRE(replaced.exitCode == 0);
    CHECK(replaced.out.contains(QStringLiteral("The company file it replaced was kept as ") + f.tc.path
                                + QStringLiteral(".before-restore")));
    CHECK(contents(f.tc.path + QStringLiteral(".before-restore")) == before);
    CHECK(runCliAs(f.tc.path, QStringLiteral("eve"), EvePassword, {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("restore over an existing company with the backup's password alone needs an administrator there")
{
    TwoCompanies f;
    const QByteArray before = contents(f.tc.path);
    // eve has no sign-in in Corner Shop: its name is not shown, and she is told how to go on.
    const CliRun other = f.restore({QStringLiteral("--replace-other-company")},
                                   EvePassword + QLatin1Char('\n'));
    CHECK(other.exitCode == 3);
    CHECK(other.err.contains(QStringLiteral("Name one of its administrators with --target-user, or use "
                                            "--target-recovery-key.")));
    CHECK_FALSE(other.err.contains(QStringLiteral("Corner Shop")));
    CHECK(contents(f.tc.path) == before);
}

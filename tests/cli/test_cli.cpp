// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/keys/RecoveryKey.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace stockbook;
using namespace stockbook::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs stockbook-cli with the given stdin (passwords, one per line).
Run cli(const QStringList &arguments, const QString &input = {})
{
    QProcess p;
    p.start(QStringLiteral(STOCKBOOK_CLI), arguments);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    return r;
}

QString lineValue(const QString &output, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^%1: (\\S+)$").arg(label),
                                QRegularExpression::MultilineOption);
    return re.match(output).captured(1);
}

struct CliFixture {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("shop.stockbook"));
    QString recoveryKey;

    CliFixture()
    {
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                              QStringLiteral("Corner Shop"), QStringLiteral("--admin"),
                              QStringLiteral("anna"), QStringLiteral("--password-stdin")},
                             QStringLiteral("lantern-quiet-orbit-42\n"));
        REQUIRE(init.exitCode == 0);
        recoveryKey = lineValue(init.out, QStringLiteral("Recovery key"));
        REQUIRE_FALSE(recoveryKey.isEmpty());
    }

    Run as(const QString &user, const QString &password, QStringList arguments)
    {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << user
                  << QStringLiteral("--password-stdin");
        return cli(arguments, password + QLatin1Char('\n'));
    }
};

} // namespace

TEST_CASE("a newcomer's first steps: init, add a clerk, first sign-in, refused admin work, verify")
{
    CliFixture f;
    const QString admin = QStringLiteral("lantern-quiet-orbit-42");
    const Run added = f.as(QStringLiteral("anna"), admin,
                           {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                            QStringLiteral("--role"), QStringLiteral("clerk")});
    REQUIRE(added.exitCode == 0);
    const QString temporary = lineValue(added.out, QStringLiteral("Temporary password"));
    REQUIRE(temporary.size() == 23);

    // A temporary password allows nothing but changing it.
    CHECK(f.as(QStringLiteral("carl"), temporary, {QStringLiteral("user"), QStringLiteral("list")}).exitCode
          == 4);
    const Run passwd = cli({QStringLiteral("passwd"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
                            QStringLiteral("carl"), QStringLiteral("--password-stdin")},
                           temporary + QStringLiteral("\nblue-staple-otter-77\n"));
    REQUIRE(passwd.exitCode == 0);
    const Run refused = f.as(QStringLiteral("carl"), QStringLiteral("blue-staple-otter-77"),
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
                              QStringLiteral("--role"), QStringLiteral("clerk")});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("user.manage")));

    const Run listed = f.as(QStringLiteral("anna"), admin, {QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("carl")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("dora")));

    const Run verified = f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("verify: no problems found")));

    // Someone with the key changes an audit row behind the program's back.
    {
        auto dek = security::RecoveryKey::decode(f.recoveryKey);
        REQUIRE_OK(dek);
        auto db = storage::Database::open(f.db, dek.value());
        REQUIRE_OK(db);
        QSqlDatabase c = db.value()->connection();
        exec(c, QStringLiteral("DROP TRIGGER trg_audit_logs_no_update"));
        exec(c, QStringLiteral("UPDATE audit_logs SET username = 'mallory' WHERE seq = 3"));
    }
    const Run tampered = f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("audit chain: FAILED at row 3")));
}

TEST_CASE("exit codes: usage 2, wrong password 3, permission 4, failure 1")
{
    CliFixture f;
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("--help")}).exitCode == 0);
    for (const char *command :
         {"init", "user", "passwd", "recover", "verify", "rekey", "backup", "restore"}) {
        INFO(command);
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: stockbook-cli ") + QString::fromLatin1(command)));
    }
    CHECK(cli({QStringLiteral("user"), QStringLiteral("list")}).exitCode == 2); // no --db / --user
    CHECK(cli({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("--db"), f.db}).exitCode
          == 2);
    CHECK(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), f.db,
               QStringLiteral("--bogus")})
              .exitCode
          == 2);
    CHECK(f.as(QStringLiteral("anna"), QStringLiteral("wrong-password"),
               {QStringLiteral("user"), QStringLiteral("list")})
              .exitCode
          == 3);
    CHECK(
        f.as(QStringLiteral("nobody"), QStringLiteral("wrong-password"), {QStringLiteral("verify")}).exitCode
        == 3);
    // No password on stdin: a clear failure, not a hang.
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
               QStringLiteral("anna"), QStringLiteral("--password-stdin")})
              .exitCode
          == 1);
    // A weak first password is refused with the reason and nothing is created.
    const QString other = f.dir.filePath(QStringLiteral("weak.stockbook"));
    const Run weak = cli({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--company"),
                          QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("bob"),
                          QStringLiteral("--password-stdin")},
                         QStringLiteral("password1234\n"));
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("too common")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("recover sets a new admin password when the key file is lost")
{
    CliFixture f;
    REQUIRE(QFile::remove(f.db + QStringLiteral(".keys")));
    const Run missing = f.as(QStringLiteral("anna"), QStringLiteral("lantern-quiet-orbit-42"),
                             {QStringLiteral("verify")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("recovery key")));
    const Run wrongKey = cli({QStringLiteral("recover"), QStringLiteral("--db"), f.db,
                              QStringLiteral("--user"), QStringLiteral("anna"),
                              QStringLiteral("--password-stdin")},
                             QStringLiteral("AAAAA-BBBBB\nmaple-harbor-quiet-55\n"));
    CHECK(wrongKey.exitCode == 3);
    const Run recovered = cli({QStringLiteral("recover"), QStringLiteral("--db"), f.db,
                               QStringLiteral("--user"), QStringLiteral("anna"),
                               QStringLiteral("--password-stdin")},
                              f.recoveryKey.toLower() + QStringLiteral("\nmaple-harbor-quiet-55\n"));
    REQUIRE(recovered.exitCode == 0);
    CHECK(f.as(QStringLiteral("anna"), QStringLiteral("maple-harbor-quiet-55"), {QStringLiteral("verify")})
              .exitCode
          == 0);
}

TEST_CASE("backup, restore and rekey from the command line")
{
    CliFixture f;
    const QString admin = QStringLiteral("lantern-quiet-orbit-42");
    const QString backupFile = f.dir.filePath(QStringLiteral("monday.sbk-backup"));
    const Run backup = f.as(QStringLiteral("anna"), admin,
                            {QStringLiteral("backup"), QStringLiteral("--out"), backupFile});
    REQUIRE(backup.exitCode == 0);
    CHECK(QFile::exists(backupFile));
    CHECK(backup.out.contains(QStringLiteral("Backup written and verified: ")
                              + QFileInfo(backupFile).absoluteFilePath()));
    CHECK_FALSE(QFile::exists(backupFile + QStringLiteral(".keys")));
    // Never overwritten.
    CHECK(f.as(QStringLiteral("anna"), admin, {QStringLiteral("backup"), QStringLiteral("--out"), backupFile})
              .exitCode
          == 1);

    const Run rekey = f.as(QStringLiteral("anna"), admin, {QStringLiteral("rekey")});
    REQUIRE(rekey.exitCode == 0);
    const QString newKey = lineValue(rekey.out, QStringLiteral("Recovery key"));
    CHECK_FALSE(newKey.isEmpty());
    CHECK(newKey != f.recoveryKey);
    CHECK(f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")}).exitCode == 0);

    const QString restoredDb = f.dir.filePath(QStringLiteral("restored.stockbook"));
    const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), backupFile,
                              QStringLiteral("--db"), restoredDb, QStringLiteral("--user"),
                              QStringLiteral("anna"), QStringLiteral("--password-stdin")},
                             admin + QLatin1Char('\n'));
    REQUIRE(restored.exitCode == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), restoredDb, QStringLiteral("--user"),
               QStringLiteral("anna"), QStringLiteral("--password-stdin")},
              admin + QLatin1Char('\n'))
              .exitCode
          == 0);
    // A clerk cannot back up.
    const Run added = f.as(QStringLiteral("anna"), admin,
                           {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                            QStringLiteral("--role"), QStringLiteral("clerk")});
    const QString temporary = lineValue(added.out, QStringLiteral("Temporary password"));
    REQUIRE(cli({QStringLiteral("passwd"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
                 QStringLiteral("carl"), QStringLiteral("--password-stdin")},
                temporary + QStringLiteral("\nblue-staple-otter-77\n"))
                .exitCode
            == 0);
    CHECK(f.as(QStringLiteral("carl"), QStringLiteral("blue-staple-otter-77"),
               {QStringLiteral("backup"), QStringLiteral("--out"), f.dir.filePath(QStringLiteral("c.bak"))})
              .exitCode
          == 4);
}

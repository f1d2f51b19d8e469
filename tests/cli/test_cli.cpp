// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"

#include "security/LoginState.h"
#include "security/keys/RecoveryKey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stockbook;
using namespace stockbook::test;

TEST_CASE("a newcomer's first steps: init, add a clerk, first sign-in, refused admin work, verify")
{
    CliInitCompany f;
    const QString admin = CliInitCompany::Password;
    const CliRun added = f.as(QStringLiteral("anna"), admin,
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                               QStringLiteral("--role"), QStringLiteral("clerk")});
    REQUIRE(added.exitCode == 0);
    const QString temporary = cliLineValue(added.out, QStringLiteral("Temporary password"));
    REQUIRE(temporary.size() == 23);

    // A temporary password allows nothing but changing it.
    CHECK(f.as(QStringLiteral("carl"), temporary, {QStringLiteral("user"), QStringLiteral("list")}).exitCode
          == 4);
    const CliRun passwd = runCli({QStringLiteral("passwd"), QStringLiteral("--db"), f.db,
                                  QStringLiteral("--user"), QStringLiteral("carl"),
                                  QStringLiteral("--password-stdin")},
                                 temporary + QStringLiteral("\nblue-staple-otter-77\n"));
    REQUIRE(passwd.exitCode == 0);
    const CliRun refused = f.as(QStringLiteral("carl"), QStringLiteral("blue-staple-otter-77"),
                                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
                                 QStringLiteral("--role"), QStringLiteral("clerk")});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("user.manage")));

    const CliRun listed = f.as(QStringLiteral("anna"), admin,
                               {QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("carl")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("dora")));

    const CliRun verified = f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("verify: no problems found")));

    // Someone with the key changes an audit row behind the program's back.
    {
        auto db = storage::Database::open(f.db, f.databaseKey());
        REQUIRE_OK(db);
        QSqlDatabase c = db.value()->connection();
        exec(c, QStringLiteral("DROP TRIGGER trg_audit_logs_no_update"));
        exec(c, QStringLiteral("UPDATE audit_logs SET username = 'mallory' WHERE seq = 3"));
    }
    const CliRun tampered = f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("audit chain: FAILED at row 3")));
}

TEST_CASE("exit codes: usage 2, wrong password 3, permission 4, failure 1")
{
    CliInitCompany f;
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--help")}).exitCode == 0);
    for (const char *command :
         {"init", "user", "passwd", "recover", "verify", "rekey", "backup", "restore"}) {
        INFO(command);
        const CliRun help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: stockbook-cli ") + QString::fromLatin1(command)));
    }
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list")}).exitCode == 2); // no --db / --user
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("--db"), f.db}).exitCode
          == 2);
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), f.db,
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
    CHECK(runCli({QStringLiteral("verify"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
                  QStringLiteral("anna"), QStringLiteral("--password-stdin")})
              .exitCode
          == 1);
    // A weak first password is refused with the reason and nothing is created.
    const QString other = f.dir.filePath(QStringLiteral("weak.stockbook"));
    const CliRun weak = runCli({QStringLiteral("init"), QStringLiteral("--db"), other,
                                QStringLiteral("--company"), QStringLiteral("X"), QStringLiteral("--admin"),
                                QStringLiteral("bob"), QStringLiteral("--password-stdin")},
                               QStringLiteral("password1234\n"));
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("too common")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("a locked account's right password exits like a wrong one: same code, same words")
{
    TestCompany tc;
    closeForCli(tc);
    const QString statePath = security::LoginState::pathFor(tc.path);
    // Ten failures for cleo long ago: the next sign-in locks her account.
    const auto setCleoFailures = [&statePath](int failures) {
        QFile file(statePath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject counters = root.value(QStringLiteral("counters")).toObject();
        counters.insert(
            QStringLiteral("user:cleo"),
            QJsonObject{{QStringLiteral("failures"), failures},
                        {QStringLiteral("last_failure"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
        root.insert(QStringLiteral("counters"), counters);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    };
    setCleoFailures(10);
    const CliRun right = runCliAs(tc.path, QStringLiteral("cleo"), CleoPassword, {QStringLiteral("verify")});
    setCleoFailures(11); // no wait before the next try
    const CliRun wrong = runCliAs(tc.path, QStringLiteral("cleo"), QStringLiteral("not-cleos-password"),
                                  {QStringLiteral("verify")});
    CHECK(right.exitCode == 3);
    CHECK(wrong.exitCode == 3);
    CHECK(right.err == wrong.err);
    CHECK(right.out == wrong.out);
    CHECK(right.err.contains(QStringLiteral("The user name or the password is wrong.")));
}

TEST_CASE(
    "recover sets a new admin password with the recovery key and the key file, never with the company key")
{
    CliInitCompany f;
    const QString recoverArgs = QStringLiteral("\nmaple-harbor-quiet-55\n");
    const QStringList command{
        QStringLiteral("recover"), QStringLiteral("--db"), f.db,
        QStringLiteral("--user"),  QStringLiteral("anna"), QStringLiteral("--password-stdin")};
    // The company key written as a recovery key (what earlier versions printed) opens nothing.
    auto dekText = security::RecoveryKey::encode(f.databaseKey());
    REQUIRE_OK(dekText);
    const CliRun withDek = runCli(command, dekText.value() + recoverArgs);
    CHECK(withDek.exitCode == 3);
    CHECK(withDek.err.contains(QStringLiteral("does not belong to this company")));
    const CliRun wrongKey = runCli(command, QStringLiteral("AAAAA-BBBBB") + recoverArgs);
    CHECK(wrongKey.exitCode == 3);

    // Without the key file the recovery key has nothing to open.
    const QByteArray keys = [&] {
        QFile file(f.db + QStringLiteral(".keys"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    REQUIRE(QFile::remove(f.db + QStringLiteral(".keys")));
    const CliRun missing = f.as(QStringLiteral("anna"), CliInitCompany::Password, {QStringLiteral("verify")});
    CHECK(missing.exitCode == 3);
    const CliRun noVault = runCli(command, f.recoveryKey + recoverArgs);
    CHECK(noVault.exitCode == 3);
    CHECK(noVault.err.contains(QStringLiteral("Put the key file back from a backup")));
    {
        QFile file(f.db + QStringLiteral(".keys"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(keys) == keys.size());
    }
    const CliRun recovered = runCli(command, f.recoveryKey.toLower() + recoverArgs);
    REQUIRE(recovered.exitCode == 0);
    CHECK(f.as(QStringLiteral("anna"), QStringLiteral("maple-harbor-quiet-55"), {QStringLiteral("verify")})
              .exitCode
          == 0);
    auto db = storage::Database::open(f.db, f.databaseKey(), storage::Database::Mode::ReadOnly);
    REQUIRE_OK(db);
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT username, user_id IS NULL FROM audit_logs "
                                  "WHERE action = 'recovery.password_set'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("recovery key"));
    CHECK(q.value(1).toInt() == 1);
}

TEST_CASE("backup, restore and rekey from the command line")
{
    CliInitCompany f;
    const QString admin = CliInitCompany::Password;
    const QString backupFile = f.dir.filePath(QStringLiteral("monday.sbk-backup"));
    const CliRun backup = f.as(QStringLiteral("anna"), admin,
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

    const CliRun rekey = f.as(QStringLiteral("anna"), admin, {QStringLiteral("rekey")});
    REQUIRE(rekey.exitCode == 0);
    const QString newKey = cliLineValue(rekey.out, QStringLiteral("Recovery key"));
    CHECK_FALSE(newKey.isEmpty());
    CHECK(newKey != f.recoveryKey);
    CHECK(f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")}).exitCode == 0);

    const QString restoredDb = f.dir.filePath(QStringLiteral("restored.stockbook"));
    const CliRun restored = runCli({QStringLiteral("restore"), QStringLiteral("--from"), backupFile,
                                    QStringLiteral("--db"), restoredDb, QStringLiteral("--user"),
                                    QStringLiteral("anna"), QStringLiteral("--password-stdin")},
                                   admin + QLatin1Char('\n'));
    REQUIRE(restored.exitCode == 0);
    CHECK(runCliAs(restoredDb, QStringLiteral("anna"), admin, {QStringLiteral("verify")}).exitCode == 0);
    // A clerk cannot back up.
    const CliRun added = f.as(QStringLiteral("anna"), admin,
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                               QStringLiteral("--role"), QStringLiteral("clerk")});
    const QString temporary = cliLineValue(added.out, QStringLiteral("Temporary password"));
    REQUIRE(runCli({QStringLiteral("passwd"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
                    QStringLiteral("carl"), QStringLiteral("--password-stdin")},
                   temporary + QStringLiteral("\nblue-staple-otter-77\n"))
                .exitCode
            == 0);
    CHECK(f.as(QStringLiteral("carl"), QStringLiteral("blue-staple-otter-77"),
               {QStringLiteral("backup"), QStringLiteral("--out"), f.dir.filePath(QStringLiteral("c.bak"))})
              .exitCode
          == 4);
}

TEST_CASE("a password is read from stdin without taking the input after its line")
{
    // stdio would read the whole pipe into its buffer (a copy of every password
    // on it, kept until exit); the CLI reads up to the newline and no further,
    // so what follows is still in the pipe for the next reader: here `cat`.
    CliInitCompany f;
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("\"$0\" verify --db \"$1\" --user anna --password-stdin >/dev/null 2>&1; "
                            "echo \"exit $?\"; cat"),
             QStringLiteral(STOCKBOOK_CLI), f.db});
    REQUIRE(p.waitForStarted());
    p.write(
        (CliInitCompany::Password + QStringLiteral("\nnot-a-password-for-the-cli\nsecond line\n")).toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput())
          == QStringLiteral("exit 0\nnot-a-password-for-the-cli\nsecond line\n"));
}

TEST_CASE(
    "verify leaves verify.failed in the audit log when it finds problems, and a clerk's verify is refused "
    "and audited")
{
    TestCompany tc;
    {
        QSqlDatabase c = tc.sql();
        exec(c, QStringLiteral("DROP TRIGGER trg_audit_logs_no_update"));
        exec(c, QStringLiteral("UPDATE audit_logs SET username = 'mallory' WHERE seq = 2"));
    }
    closeForCli(tc);
    const CliCompany shop{tc.path};
    const CliRun refused = shop.as(QStringLiteral("cleo"), {QStringLiteral("verify")});
    CHECK(refused.exitCode == 4);
    CHECK(refused.out.isEmpty());
    const CliRun failed = shop.as(QStringLiteral("anna"), {QStringLiteral("verify")});
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.contains(QStringLiteral("audit chain: FAILED at row 2")));

    auto signedIn = CompanyService::signIn(tc.path, QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(signedIn);
    QSqlQuery q = exec(signedIn.value()->database().connection(),
                       QStringLiteral("SELECT username, action, changes FROM audit_logs WHERE action IN "
                                      "('verify.failed', 'permission.denied') ORDER BY seq"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("cleo"));
    CHECK(q.value(1).toString() == QStringLiteral("permission.denied"));
    CHECK(q.value(2).toString().contains(QStringLiteral("\"audit.verify\"")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("anna"));
    CHECK(q.value(1).toString() == QStringLiteral("verify.failed"));
    CHECK(q.value(2).toString()
          == QStringLiteral(R"({"audit_first_bad_row":2,"checks":["audit_chain"],"problems":1})"));
    CHECK_FALSE(q.next());
}

TEST_CASE("verify names a role given with the database shell since the administrators' checkpoint")
{
    CliInitCompany f;
    const QString admin = CliInitCompany::Password;
    // A clerk, carl, as the program adds him.
    const CliRun added = f.as(QStringLiteral("anna"), admin,
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                               QStringLiteral("--role"), QStringLiteral("clerk")});
    REQUIRE(added.exitCode == 0);
    CHECK(f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")}).exitCode == 0);
    // Someone holding the company key makes carl an administrator in the shell.
    {
        auto db = storage::Database::open(f.db, f.databaseKey());
        REQUIRE_OK(db);
        exec(db.value()->connection(),
             QStringLiteral("UPDATE users SET role_id = (SELECT id FROM roles WHERE name = 'admin') "
                            "WHERE username = 'carl'"));
    }
    const CliRun verified = f.as(QStringLiteral("anna"), admin, {QStringLiteral("verify")});
    CHECK(verified.exitCode == 1);
    CHECK(verified.out.contains(QStringLiteral("users changed since the checkpoint of ")));
    CHECK(verified.out.contains(QStringLiteral(" signed by anna")));
    // Every other signed-in command warns of it on standard error.
    const CliRun listed = f.as(QStringLiteral("anna"), admin,
                               {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.err.contains(QStringLiteral("warning: users changed since the checkpoint of ")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/LoginState.h"
#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/CompanyService.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace stockbook;
using namespace stockbook::test;
using security::KeyVault;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

QString ascii(const SecretBytes &bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()),
                               static_cast<qsizetype>(bytes.size()));
}

// A company with an admin (anna) and a clerk (carl), and a clock the test moves.
struct CompanyFixture {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    Clock clock = [this] { return now; };
    SecretBytes recoveryKey;

    CompanyFixture()
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw("lantern-quiet-orbit-42"), clock);
        REQUIRE_OK(created);
        recoveryKey = std::move(created->recoveryKey);
        CompanySession &company = *created->company;
        // A clerk, added the way the users service does it.
        AccountStore store(company.database());
        storage::Transaction tx(company.database());
        REQUIRE_OK(tx.begin());
        auto carl = store.insertUser(QStringLiteral("carl"), QStringLiteral("clerk"), {},
                                     QStringLiteral("Carl C"), false, now);
        REQUIRE_OK(carl);
        auto vault = KeyVault::load(KeyVault::pathFor(path));
        REQUIRE_OK(vault);
        REQUIRE_OK(vault->addOrReplaceSlot(carl.value(), QStringLiteral("carl"), pw("blue-staple-otter-77"),
                                           company.databaseKey(), company.adminSigningKey().seed));
        REQUIRE_OK(store.setSlotHash(carl.value(), vault->slotHash(carl.value()), now));
        REQUIRE_OK(vault->save(KeyVault::pathFor(path)));
        REQUIRE_OK(tx.commit());
    }

    Result<std::unique_ptr<CompanySession>> signIn(const char *user, const char *password)
    {
        return CompanyService::signIn(path, QString::fromLatin1(user), pw(password), clock);
    }

    QStringList auditActions()
    {
        auto s = signIn("anna", "lantern-quiet-orbit-42");
        REQUIRE_OK(s);
        QStringList actions;
        QSqlQuery q = exec(s.value()->database().connection(),
                           QStringLiteral("SELECT action FROM audit_logs ORDER BY seq"));
        while (q.next())
            actions << q.value(0).toString();
        return actions;
    }
};

} // namespace

TEST_CASE("creating a company makes the database, the vault, the state file and a recovery key")
{
    CompanyFixture f;
    CHECK(QFileInfo::exists(f.path));
    const QFileInfo vault(KeyVault::pathFor(f.path));
    REQUIRE(vault.exists());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((vault.permissions() & others) == 0);
    CHECK(vault.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK(QFileInfo::exists(security::LoginState::pathFor(f.path)));
    CHECK(ascii(f.recoveryKey).count(QLatin1Char('-')) >= 5);
    REQUIRE_ERROR(CompanyService::create(f.path, QStringLiteral("Again"), QStringLiteral("x"),
                                         pw("another-long-pass-1"), f.clock),
                  ErrorCode::FileExists);
}

TEST_CASE("a company name with quotes and braces is recorded in the audit as valid JSON, not as extra keys")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString name = QStringLiteral("Bob's \"Best\", \"admin\": true} Shop");
    auto created = CompanyService::create(dir.filePath(QStringLiteral("q.stockbook")), name,
                                          QStringLiteral("anna"), pw("lantern-quiet-orbit-42"));
    REQUIRE_OK(created);
    QSqlQuery q = exec(created.value().company->database().connection(),
                       QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'company.create'"));
    REQUIRE(q.next());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    CHECK(error.error == QJsonParseError::NoError);
    CHECK(doc.object().keys() == QStringList{QStringLiteral("company")});
    CHECK(doc.object().value(QStringLiteral("company")).toString() == name);
}

namespace {

// The changes of every audit row with this action, in order, as the JSON
// objects they parse to; a row that is not valid JSON fails the test.
QList<QJsonObject> auditChanges(CompanyFixture &f, const QString &action)
{
    auto s = f.signIn("anna", "lantern-quiet-orbit-42");
    REQUIRE_OK(s);
    QSqlQuery q = exec(
        s.value()->database().connection(),
        QStringLiteral("SELECT changes FROM audit_logs WHERE action = '%1' ORDER BY seq").arg(action));
    QList<QJsonObject> objects;
    while (q.next()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
        CHECK(error.error == QJsonParseError::NoError);
        CHECK(doc.isObject());
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

TEST_CASE("failed sign-ins and a lockout are recorded as JSON objects with exactly their keys")
{
    CompanyFixture f;
    // A name made to close the object and add a key: it is unknown, so the
    // row only says that, and nothing of the name reaches the JSON.
    REQUIRE_ERROR(
        CompanyService::signIn(f.path, QStringLiteral("x\", \"admin\": true}"), pw("guess"), f.clock),
        ErrorCode::WrongPassword);
    for (int i = 0; i < 10; ++i) {
        f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
        REQUIRE_ERROR(f.signIn("carl", "guess"), ErrorCode::WrongPassword);
    }
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);

    const QList<QJsonObject> failed = auditChanges(f, QStringLiteral("login.failed"));
    REQUIRE(failed.size() == 11);
    // Written while the database was closed, they are marked as read from the state file.
    const QJsonValue fromState(true);
    CHECK(failed.at(0)
          == QJsonObject{{QStringLiteral("consecutive_failures"), 1},
                         {QStringLiteral("known_name"), false},
                         {QStringLiteral("from_state_file"), fromState}});
    CHECK(failed.at(1)
          == QJsonObject{{QStringLiteral("consecutive_failures"), 1},
                         {QStringLiteral("known_name"), true},
                         {QStringLiteral("from_state_file"), fromState}});
    CHECK(failed.at(10)
          == QJsonObject{{QStringLiteral("consecutive_failures"), 10},
                         {QStringLiteral("known_name"), true},
                         {QStringLiteral("from_state_file"), fromState}});
    CHECK(auditChanges(f, QStringLiteral("account.lockout"))
          == QList<QJsonObject>{
              QJsonObject{{QStringLiteral("failures"), 10}, {QStringLiteral("from_state_file"), fromState}}});
}

TEST_CASE("a recovery is recorded with the recovery key as the actor and the administrator it served")
{
    CompanyFixture f;
    REQUIRE_OK(CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("anna"), pw("new-admin-pass-99"),
                                       f.clock));
    auto anna = f.signIn("anna", "new-admin-pass-99");
    REQUIRE_OK(anna);
    QSqlQuery q = exec(anna.value()->database().connection(),
                       QStringLiteral("SELECT user_id IS NULL, username, changes FROM audit_logs "
                                      "WHERE action = 'recovery.password_set'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toString() == QStringLiteral("recovery key"));
    CHECK(q.value(2).toString() == QStringLiteral(R"({"administrator":"anna"})"));
    CHECK_FALSE(q.next());
}

TEST_CASE("creating a company with bad input leaves nothing behind")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stockbook"));
    REQUIRE_ERROR(
        CompanyService::create(path, QStringLiteral(" "), QStringLiteral("anna"), pw("a-long-password-1")),
        ErrorCode::InvalidArgument);
    REQUIRE_ERROR(CompanyService::create(path, QStringLiteral("Shop"), QStringLiteral("no spaces"),
                                         pw("a-long-password-1")),
                  ErrorCode::InvalidArgument);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("signing in opens the company with the user's role")
{
    CompanyFixture f;
    auto anna = f.signIn("anna", "lantern-quiet-orbit-42");
    REQUIRE_OK(anna);
    CHECK(anna.value()->session().roleName() == QStringLiteral("admin"));
    CHECK(anna.value()->session().has(Permission::UserManage));
    anna.value()->signOut();
    CHECK_FALSE(anna.value()->isOpen());
    CHECK(anna.value()->databaseKey().isEmpty());

    auto carl = f.signIn("Carl", "blue-staple-otter-77"); // user names ignore case
    REQUIRE_OK(carl);
    CHECK(carl.value()->session().roleName() == QStringLiteral("clerk"));
    CHECK_FALSE(carl.value()->session().has(Permission::UserManage));
    REQUIRE_ERROR(carl.value()->session().require(Permission::ReportView), ErrorCode::PermissionDenied);
}

TEST_CASE("a wrong password and an unknown user get the same answer")
{
    CompanyFixture f;
    auto wrong = f.signIn("carl", "not-carls-password");
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    f.now = f.now.addSecs(3600);
    auto unknown = f.signIn("nobody", "whatever-password");
    REQUIRE_ERROR(unknown, ErrorCode::WrongPassword);
    CHECK(wrong.error().message == unknown.error().message);
    // The unknown name is never written down as typed.
    QFile state(security::LoginState::pathFor(f.path));
    REQUIRE(state.open(QIODevice::ReadOnly));
    CHECK_FALSE(state.readAll().contains("nobody"));
}

TEST_CASE("each failure makes the next try wait longer")
{
    CompanyFixture f;
    REQUIRE_ERROR(f.signIn("carl", "wrong-1"), ErrorCode::WrongPassword);
    auto throttled = f.signIn("carl", "blue-staple-otter-77");
    REQUIRE_ERROR(throttled, ErrorCode::Throttled);
    CHECK(throttled.error().field == QStringLiteral("1"));
    f.now = f.now.addSecs(1);
    REQUIRE_ERROR(f.signIn("carl", "wrong-2"), ErrorCode::WrongPassword);
    CHECK(f.signIn("carl", "x").error().field == QStringLiteral("2"));
    f.now = f.now.addSecs(2);
    REQUIRE_ERROR(f.signIn("carl", "wrong-3"), ErrorCode::WrongPassword);
    CHECK(f.signIn("carl", "x").error().field == QStringLiteral("4"));
    f.now = f.now.addSecs(4);
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
    // Success resets the count: a new failure waits one second again.
    REQUIRE_ERROR(f.signIn("carl", "wrong-again"), ErrorCode::WrongPassword);
    CHECK(f.signIn("carl", "x").error().field == QStringLiteral("1"));
}

TEST_CASE("ten failures lock an account until an admin unlocks it, and names cannot be probed")
{
    CompanyFixture f;
    for (int i = 0; i < 10; ++i) {
        f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
        REQUIRE_ERROR(f.signIn("carl", "guess"), ErrorCode::WrongPassword);
    }
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    // A wrong password still looks like a wrong password, and so does the
    // right one: nobody learns from the answer whether the password was right.
    auto wrong = f.signIn("carl", "guess");
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    auto right = f.signIn("carl", "blue-staple-otter-77");
    REQUIRE_ERROR(right, ErrorCode::WrongPassword);
    CHECK(right.error().message == wrong.error().message);
    f.now = f.now.addDays(2);
    REQUIRE_ERROR(f.signIn("carl", "blue-staple-otter-77"), ErrorCode::WrongPassword);

    // The audit says what happened: each refusal of the right password is
    // also counted as a failed try, like a wrong one.
    const QStringList actions = f.auditActions();
    CHECK(actions.count(QStringLiteral("login.failed")) == 13);
    CHECK(actions.count(QStringLiteral("account.lockout")) == 1);
    CHECK(actions.count(QStringLiteral("login.refused.locked")) == 2);
}

TEST_CASE("the last active admin is locked for 15 minutes only")
{
    CompanyFixture f;
    for (int i = 0; i < 10; ++i) {
        f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
        REQUIRE_ERROR(f.signIn("anna", "guess"), ErrorCode::WrongPassword);
    }
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    // A clerk's sign-in writes the lockout into the database.
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
    f.now = f.now.addSecs(60);
    REQUIRE_ERROR(f.signIn("anna", "lantern-quiet-orbit-42"), ErrorCode::WrongPassword);
    f.now = f.now.addSecs(15 * 60);
    REQUIRE_OK(f.signIn("anna", "lantern-quiet-orbit-42"));
}

TEST_CASE("a deactivated account is refused after its password is proven")
{
    CompanyFixture f;
    {
        auto anna = f.signIn("anna", "lantern-quiet-orbit-42");
        REQUIRE_OK(anna);
        AccountStore store(anna.value()->database());
        auto carl = store.userByName(QStringLiteral("carl"));
        REQUIRE_OK(carl);
        REQUIRE_OK(store.setActive(carl->id, false, f.now));
    }
    REQUIRE_ERROR(f.signIn("carl", "wrong-password"), ErrorCode::WrongPassword);
    f.now = f.now.addSecs(5);
    REQUIRE_ERROR(f.signIn("carl", "blue-staple-otter-77"), ErrorCode::AccountDeactivated);
}

TEST_CASE("without the key file the recovery key is refused with a message saying to put the key file back")
{
    CompanyFixture f;
    const QByteArray keys = [&] {
        QFile file(KeyVault::pathFor(f.path));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    REQUIRE(QFile::remove(KeyVault::pathFor(f.path)));
    REQUIRE_ERROR(f.signIn("anna", "lantern-quiet-orbit-42"), ErrorCode::VaultMissing);
    auto refused = CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("anna"),
                                           pw("new-admin-pass-99"), f.clock);
    REQUIRE_ERROR(refused, ErrorCode::VaultMissing);
    CHECK(refused.error().message.contains(QStringLiteral("Put the key file back from a backup")));

    // With the key file back, the same recovery key works.
    QFile file(KeyVault::pathFor(f.path));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(keys) == keys.size());
    file.close();
    SecretBytes wrongKey = pw("AAAA-BBBB");
    CHECK_FALSE(
        CompanyService::recover(f.path, wrongKey, QStringLiteral("anna"), pw("new-admin-pass-99"), f.clock)
            .ok());
    REQUIRE_ERROR(CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("carl"),
                                          pw("new-admin-pass-99"), f.clock),
                  ErrorCode::PermissionDenied);
    auto recovered = CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("anna"),
                                             pw("new-admin-pass-99"), f.clock);
    REQUIRE_OK(recovered);
    recovered.value().reset();
    REQUIRE_OK(f.signIn("anna", "new-admin-pass-99"));
    // The clerk keeps his own key.
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
}

TEST_CASE("an old key file put back after a password change is refused")
{
    CompanyFixture f;
    QFile::copy(KeyVault::pathFor(f.path), f.dir.filePath(QStringLiteral("old.keys")));
    REQUIRE_OK(CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("anna"), pw("new-admin-pass-99"),
                                       f.clock));
    REQUIRE(QFile::remove(KeyVault::pathFor(f.path)));
    REQUIRE(QFile::copy(f.dir.filePath(QStringLiteral("old.keys")), KeyVault::pathFor(f.path)));
    REQUIRE_ERROR(f.signIn("anna", "lantern-quiet-orbit-42"), ErrorCode::SlotMismatch);
}

TEST_CASE("sign-ins, failures and refusals are in the audit log, and the chain verifies against its anchor")
{
    CompanyFixture f;
    REQUIRE_ERROR(f.signIn("carl", "wrong"), ErrorCode::WrongPassword);
    f.now = f.now.addSecs(10);
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
    auto anna = f.signIn("anna", "lantern-quiet-orbit-42");
    REQUIRE_OK(anna);
    const auto state = security::LoginState::load(security::LoginState::pathFor(f.path));
    REQUIRE(state.anchor().has_value());
    auto report = AuditLog::verify(anna.value()->database(), state.anchor());
    REQUIRE_OK(report);
    CHECK(report->ok);
    QSqlQuery q = exec(
        anna.value()->database().connection(),
        QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_logs ORDER BY seq)"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("company.create login.failed login.success login.success"));
}

TEST_CASE("rows cut from the end of the audit log while the program was closed stay detectable")
{
    CompanyFixture f;
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
    REQUIRE_OK(f.signIn("carl", "blue-staple-otter-77"));
    const auto anchored = security::LoginState::load(security::LoginState::pathFor(f.path)).anchor();
    REQUIRE(anchored.has_value());
    {
        // Someone with the key removes the last rows.
        auto dek = KeyVault::load(KeyVault::pathFor(f.path))
                       ->unwrap(QStringLiteral("carl"), pw("blue-staple-otter-77"));
        REQUIRE_OK(dek);
        auto db = storage::Database::open(f.path, dek->dek);
        REQUIRE_OK(db);
        exec(db.value()->connection(), QStringLiteral("DROP TRIGGER trg_audit_logs_no_delete"));
        exec(db.value()->connection(), QStringLiteral("DELETE FROM audit_logs WHERE seq >= ?"),
             {anchored->seq - 1});
    }
    auto next = f.signIn("anna", "lantern-quiet-orbit-42");
    REQUIRE_OK(next);
    // The next sign-in did not move the anchor past the cut...
    CHECK(security::LoginState::load(security::LoginState::pathFor(f.path)).anchor() == anchored);
    // ...so verification against it still reports the problem.
    auto report = AuditLog::verify(next.value()->database(), anchored);
    REQUIRE_OK(report);
    CHECK_FALSE(report->ok);
}

TEST_CASE("the first-run wizard's user name check needs no company and says what a name may hold")
{
    for (const char *good : {"anna", "A", "anna.berg_2@shop-1", "Jürgen", "7eleven"}) {
        INFO(good);
        REQUIRE_OK(CompanyService::validateUsername(QString::fromUtf8(good)));
    }
    // 64 characters pass, 65 do not.
    REQUIRE_OK(CompanyService::validateUsername(QString(64, QLatin1Char('a'))));
    for (const QString &bad :
         {QString(), QStringLiteral("   "), QStringLiteral(".anna"), QStringLiteral("-anna"),
          QStringLiteral("anna berg"), QStringLiteral("anna/berg"), QString(65, QLatin1Char('a'))}) {
        INFO(bad.toStdString());
        auto refused = CompanyService::validateUsername(bad);
        REQUIRE_ERROR(refused, ErrorCode::InvalidArgument);
        CHECK(refused.error().field == QStringLiteral("username"));
        CHECK(refused.error().message.contains(QStringLiteral("1 to 64 characters")));
    }
}

TEST_CASE("the state file is untrusted: a forged or malformed pending record never reaches the audit log")
{
    CompanyFixture f;
    // One failed sign-in as carl leaves a real pending record.
    REQUIRE_ERROR(f.signIn("carl", "guess"), ErrorCode::WrongPassword);
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    const QString statePath = security::LoginState::pathFor(f.path);
    QFile file(statePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray pending = root.value(QStringLiteral("pending_audit")).toArray();
    REQUIRE(pending.size() == 1);
    // A forged void by the admin (with a user id), one with an empty action,
    // one with free changes, and a real-looking failure dated in 2099.
    pending.append(QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")},
                               {QStringLiteral("username"), QStringLiteral("anna")},
                               {QStringLiteral("action"), QStringLiteral("invoice.void")},
                               {QStringLiteral("entity"), QStringLiteral("invoices")},
                               {QStringLiteral("entity_id"), QStringLiteral("7")},
                               {QStringLiteral("changes"), QStringLiteral("{}")},
                               {QStringLiteral("timestamp"), QStringLiteral("2026-03-02T10:00:00.000Z")}});
    pending.append(QJsonObject{{QStringLiteral("username"), QStringLiteral("carl")},
                               {QStringLiteral("action"), QString()},
                               {QStringLiteral("entity"), QStringLiteral("users")},
                               {QStringLiteral("entity_id"), QString()},
                               {QStringLiteral("changes"), QStringLiteral("{}")},
                               {QStringLiteral("timestamp"), QStringLiteral("2026-03-02T10:00:00.000Z")}});
    pending.append(QJsonObject{{QStringLiteral("username"), QStringLiteral("carl")},
                               {QStringLiteral("action"), QStringLiteral("login.failed")},
                               {QStringLiteral("entity"), QStringLiteral("users")},
                               {QStringLiteral("entity_id"), QString()},
                               {QStringLiteral("changes"),
                                QStringLiteral("{\"consecutive_failures\":1,"
                                               "\"known_name\":true,\"role\":\"admin\"}")},
                               {QStringLiteral("timestamp"), QStringLiteral("2026-03-02T10:00:00.000Z")}});
    pending.append(QJsonObject{{QStringLiteral("username"), QStringLiteral("carl")},
                               {QStringLiteral("action"), QStringLiteral("login.failed")},
                               {QStringLiteral("entity"), QStringLiteral("users")},
                               {QStringLiteral("entity_id"), QString()},
                               {QStringLiteral("changes"),
                                QStringLiteral("{\"consecutive_failures\":2,"
                                               "\"known_name\":true}")},
                               {QStringLiteral("timestamp"), QStringLiteral("2099-01-01T00:00:00.000Z")}});
    root.insert(QStringLiteral("pending_audit"), pending);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    // Sign-in still works; the two well-formed failures enter the log (the
    // 2099 one dated now), the three others do not, and their count does.
    auto session = f.signIn("anna", "lantern-quiet-orbit-42");
    REQUIRE_OK(session);
    QSqlQuery q = exec(session.value()->database().connection(),
                       QStringLiteral("SELECT action, timestamp, changes FROM audit_logs ORDER BY seq"));
    QStringList actions;
    QStringList failureTimes;
    QString refused;
    while (q.next()) {
        actions << q.value(0).toString();
        if (q.value(0).toString() == QLatin1String("login.failed"))
            failureTimes << q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("state.records_refused"))
            refused = q.value(2).toString();
    }
    CHECK_FALSE(actions.contains(QStringLiteral("invoice.void")));
    CHECK_FALSE(actions.contains(QString()));
    CHECK(actions.count(QStringLiteral("login.failed")) == 2);
    CHECK(refused == QStringLiteral("{\"count\":3}"));
    REQUIRE(failureTimes.size() == 2);
    for (const QString &t : failureTimes)
        CHECK_FALSE(t.startsWith(QStringLiteral("2099")));
}

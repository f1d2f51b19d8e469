// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The sign-in state file beside a company (<company>.state): times read from
// it never reach past now, it is changed under a lock file, unknown names
// leave nothing recoverable in it, a locked account answers like a wrong
// password, and a deleted file is noticed.
#include "TestSupport.h"

#include "LocaleGuard.h"
#include "security/LoginState.h"
#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/CompanyService.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

using namespace stockbook;
using namespace stockbook::test;
using security::KeyVault;
using security::LoginState;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

// A company with its only admin (anna) and a clerk (carl); a clock the test moves.
struct StateFixture {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    QString statePath = LoginState::pathFor(path);
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    Clock clock = [this] { return now; };

    StateFixture()
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw("lantern-quiet-orbit-42"), clock);
        REQUIRE_OK(created);
        CompanySession &company = *created->company;
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

    Result<std::unique_ptr<CompanySession>> signIn(const QString &user, const char *password)
    {
        return CompanyService::signIn(path, user, pw(password), clock);
    }

    QByteArray stateBytes() const
    {
        QFile file(statePath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QJsonObject stateJson() const { return QJsonDocument::fromJson(stateBytes()).object(); }

    void writeState(const QJsonObject &root) const
    {
        QFile file(statePath);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }

    // The audit actions, read by anna (who signs in for it).
    QStringList auditActions()
    {
        auto s = signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42");
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

TEST_CASE("a failure dated 2099 in the state file counts as now: no wait or lock reaches past the usual")
{
    StateFixture f;
    QJsonObject root = f.stateJson();
    QJsonObject counters = root.value(QStringLiteral("counters")).toObject();
    counters.insert(
        QStringLiteral("user:anna"),
        QJsonObject{{QStringLiteral("failures"), 10},
                    {QStringLiteral("last_failure"), QStringLiteral("2099-01-01T00:00:00.000Z")}});
    root.insert(QStringLiteral("counters"), counters);
    f.writeState(root);

    // The clerk's sign-in writes anna's lockout: as the last admin, 15 minutes
    // from now (09:00), not from 2099.
    auto carl = f.signIn(QStringLiteral("carl"), "blue-staple-otter-77");
    REQUIRE_OK(carl);
    QSqlQuery locked = exec(carl.value()->database().connection(),
                            QStringLiteral("SELECT locked_until FROM users WHERE username = 'anna'"));
    REQUIRE(locked.next());
    CHECK(locked.value(0).toString() == QStringLiteral("2026-11-28T09:15:00.000Z"));
    locked = QSqlQuery();
    carl.value().reset();
    // The time kept in the file is now the time it was first read.
    CHECK(f.stateJson()
              .value(QStringLiteral("counters"))
              .toObject()
              .value(QStringLiteral("user:anna"))
              .toObject()
              .value(QStringLiteral("last_failure"))
              .toString()
          == QStringLiteral("2026-11-28T09:00:00.000Z"));

    // Ten failures wait five minutes, counted from 09:00: one minute later, four are left.
    f.now = f.now.addSecs(60);
    auto throttled = f.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42");
    REQUIRE_ERROR(throttled, ErrorCode::Throttled);
    CHECK(throttled.error().field == QStringLiteral("240"));
    // After the 15 minutes the right password opens the company again.
    f.now = QDateTime(QDate(2026, 11, 28), QTime(9, 16), Qt::UTC);
    REQUIRE_OK(f.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42"));
}

TEST_CASE("a timed lock says until which date and time, in the user's locale")
{
    DefaultLocale german(germanLocale());
    UserRow user;
    user.id = 2;
    user.username = QStringLiteral("carl");
    user.active = true;
    user.lockedUntil = QDateTime(QDate(2026, 12, 7), QTime(14, 5), Qt::LocalTime).toUTC();
    const auto refusal = signInRefusal(user, true, QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::LocalTime));
    REQUIRE(refusal);
    CHECK(refusal->action == QStringLiteral("login.refused.locked"));
    CHECK(refusal->error.message.contains(QStringLiteral("until 07.12.26 14:05.")));
}

TEST_CASE("eight failures counted at once by eight threads are eight")
{
    QTemporaryDir dir;
    const QString statePath = dir.filePath(QStringLiteral("shop.stockbook.state"));
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&statePath, &now] {
            (void)LoginState::update(statePath, now, [&now](LoginState &state) {
                state.recordFailure(QStringLiteral("carl"), true, now);
                // Long enough for every other thread to read the file meanwhile.
                QThread::msleep(30);
            });
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(LoginState::load(statePath).failures(QStringLiteral("carl"), true) == 8);
    // The lock file is gone once the last change is written.
    CHECK_FALSE(QFile::exists(statePath + QStringLiteral(".lock")));
}

TEST_CASE("eight wrong passwords typed at once in eight sign-ins count eight failures")
{
    StateFixture f;
    // Each sign-in asks the clock twice: before its wait check and once its
    // password failed. The second answer waits until all eight have asked
    // (so every one passed its wait check before any failure is written).
    std::mutex mutex;
    std::condition_variable allFailed;
    int failed = 0;
    const QDateTime now = f.now;
    const Clock clock = [&]() -> QDateTime {
        thread_local int calls = 0;
        if (++calls == 2) {
            std::unique_lock<std::mutex> lock(mutex);
            ++failed;
            allFailed.notify_all();
            allFailed.wait_for(lock, std::chrono::seconds(10), [&failed] { return failed == 8; });
        }
        return now;
    };
    std::vector<std::thread> threads;
    std::vector<int> codes(8, -1); // -1: signed in
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&f, &clock, &codes, i] {
            auto result = CompanyService::signIn(f.path, QStringLiteral("carl"), pw("guess"), clock);
            codes[static_cast<std::size_t>(i)] = result.ok() ? -1 : static_cast<int>(result.error().code);
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(codes == std::vector<int>(8, static_cast<int>(ErrorCode::WrongPassword)));
    const QJsonObject carl = f.stateJson()
                                 .value(QStringLiteral("counters"))
                                 .toObject()
                                 .value(QStringLiteral("user:carl"))
                                 .toObject();
    CHECK(carl.value(QStringLiteral("failures")) == QJsonValue(8));
    CHECK(f.stateJson().value(QStringLiteral("pending_audit")).toArray().size() == 8);
}

TEST_CASE("a lock file left by a program that died does not stop the count")
{
    QTemporaryDir dir;
    const QString statePath = dir.filePath(QStringLiteral("shop.stockbook.state"));
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    {
        // QLockFile's own form: process id, program name, host name; no such process runs.
        QFile stale(LoginState::lockPathFor(statePath));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("2147483000\nstockbook-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    QElapsedTimer timer;
    timer.start();
    REQUIRE_OK(LoginState::update(statePath, now, [&now](LoginState &state) {
        state.recordFailure(QStringLiteral("carl"), true, now);
    }));
    CHECK(timer.elapsed() < LoginState::LockWaitMs);
    CHECK(LoginState::load(statePath).failures(QStringLiteral("carl"), true) == 1);
}

TEST_CASE("a password typed into the name field leaves nothing of it in the state file")
{
    StateFixture f;
    const QString typed = QStringLiteral("Correct-Horse-Battery-9");
    REQUIRE_ERROR(f.signIn(typed, "lantern-quiet-orbit-42"), ErrorCode::WrongPassword);
    // Counted all the same: the next try at once must wait.
    REQUIRE_ERROR(f.signIn(typed, "lantern-quiet-orbit-42"), ErrorCode::Throttled);

    const QByteArray bytes = f.stateBytes();
    const QByteArray folded = typed.toCaseFolded().toUtf8();
    CHECK_FALSE(bytes.contains(typed.toUtf8()));
    CHECK_FALSE(bytes.toLower().contains(folded));
    for (const QByteArray &text : {typed.toUtf8(), folded}) {
        const QByteArray sha = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
        CHECK_FALSE(bytes.contains(sha.toHex()));
        CHECK_FALSE(bytes.contains(sha.toBase64()));
        CHECK_FALSE(bytes.contains(text.toBase64()));
    }
    // One counter, under a tag of four hex digits (16 bits: many names share one).
    const QJsonObject counters = f.stateJson().value(QStringLiteral("counters")).toObject();
    REQUIRE(counters.size() == 1);
    const QString key = counters.keys().first();
    CHECK(key.startsWith(QStringLiteral("unknown:")));
    CHECK(key.size() == 12);
    // The pending failed sign-in names nobody.
    CHECK(f.stateJson()
              .value(QStringLiteral("pending_audit"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("username"))
          == QJsonValue(QString()));
}

TEST_CASE("on a locked account the right password gets the wrong password's answer, and the audit says why")
{
    StateFixture f;
    for (int i = 0; i < 10; ++i) {
        f.now = f.now.addSecs(LoginState::MaxDelaySeconds);
        REQUIRE_ERROR(f.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    }
    f.now = f.now.addSecs(LoginState::MaxDelaySeconds);
    REQUIRE_OK(f.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42")); // writes the lock
    f.now = f.now.addSecs(LoginState::MaxDelaySeconds);
    auto wrong = f.signIn(QStringLiteral("carl"), "guess");
    f.now = f.now.addSecs(LoginState::MaxDelaySeconds);
    auto right = f.signIn(QStringLiteral("carl"), "blue-staple-otter-77");
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    REQUIRE_ERROR(right, ErrorCode::WrongPassword);
    CHECK(right.error().message == wrong.error().message);
    CHECK(right.error().detail == wrong.error().detail);
    CHECK(right.error().message
          == QStringLiteral("The user name or the password is wrong. Check both, and that Caps Lock is off, "
                            "then try again."));
    // Both counted as failures: the next try waits.
    REQUIRE_ERROR(f.signIn(QStringLiteral("carl"), "blue-staple-otter-77"), ErrorCode::Throttled);
    f.now = f.now.addSecs(LoginState::MaxDelaySeconds);
    CHECK(f.auditActions().count(QStringLiteral("login.refused.locked")) == 1);
}

TEST_CASE("a deleted state file is noticed once, and the throttle goes on from the audit log")
{
    StateFixture f;
    const QDateTime t0 = f.now;
    // Three failures for carl at 09:00:00, :01 and :03; the next try waits 4 s, until :07.
    REQUIRE_ERROR(f.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    f.now = t0.addSecs(1);
    REQUIRE_ERROR(f.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    f.now = t0.addSecs(3);
    REQUIRE_ERROR(f.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    // anna's sign-in moves them into the audit log.
    f.now = t0.addSecs(4);
    REQUIRE_OK(f.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42"));

    REQUIRE(QFile::remove(f.statePath));
    f.now = t0.addSecs(5);
    REQUIRE_OK(f.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42")); // goes on without the file
    REQUIRE(QFile::exists(f.statePath));
    // carl still waits: 4 s after 09:00:03 leaves 2 s at 09:00:05.
    auto throttled = f.signIn(QStringLiteral("carl"), "guess");
    REQUIRE_ERROR(throttled, ErrorCode::Throttled);
    CHECK(throttled.error().field == QStringLiteral("2"));
    CHECK(f.stateJson()
              .value(QStringLiteral("counters"))
              .toObject()
              .value(QStringLiteral("user:carl"))
              .toObject()
          == QJsonObject{{QStringLiteral("failures"), 3},
                         {QStringLiteral("last_failure"), QStringLiteral("2026-11-28T09:00:03.000Z")}});

    f.now = t0.addSecs(60);
    const QStringList actions = f.auditActions();
    CHECK(actions.count(QStringLiteral("state.missing")) == 1);
}

TEST_CASE("a state file replaced by one without the audit anchor is noticed too")
{
    StateFixture f;
    REQUIRE_OK(f.signIn(QStringLiteral("carl"), "blue-staple-otter-77"));
    QJsonObject root = f.stateJson();
    REQUIRE(root.contains(QStringLiteral("audit_anchor")));
    root.remove(QStringLiteral("audit_anchor"));
    f.writeState(root);
    f.now = f.now.addSecs(10);
    const QStringList actions = f.auditActions();
    CHECK(actions.count(QStringLiteral("state.missing")) == 1);
    CHECK(actions.last() == QStringLiteral("login.success"));
}

TEST_CASE("a company whose state file is where it belongs writes no state.missing row")
{
    StateFixture f;
    REQUIRE_OK(f.signIn(QStringLiteral("carl"), "blue-staple-otter-77"));
    f.now = f.now.addSecs(10);
    CHECK(f.auditActions().count(QStringLiteral("state.missing")) == 0);
}

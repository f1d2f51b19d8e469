// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/LoginState.h"
#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AuditService.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "services/maintenance/BackupService.h"
#include "services/maintenance/KeyRotationService.h"
#include "services/maintenance/RestoreService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>

using namespace stockbook;
using namespace stockbook::test;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

const char *const AdminPassword = "lantern-quiet-orbit-42";
const char *const ClerkPassword = "copper-meadow-violin-77";
const char *const ManagerPassword = "harbor-silent-tulip-58";
const char *const NewAdminPassword = "glacier-amber-compass-19";

struct Fixture {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    SecretBytes recoveryKey;

    Fixture()
    {
        REQUIRE(dir.isValid());
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw(AdminPassword));
        REQUIRE_OK(created);
        recoveryKey = std::move(created->recoveryKey);
        created->company.reset();
        addUser(QStringLiteral("carl"), QStringLiteral("clerk"), ClerkPassword);
        addUser(QStringLiteral("mona"), QStringLiteral("manager"), ManagerPassword);
    }

    std::unique_ptr<CompanySession> signIn(const QString &user, const SecretBytes &password)
    {
        auto s = CompanyService::signIn(path, user, password);
        REQUIRE_OK(s);
        return std::move(s).value();
    }
    std::unique_ptr<CompanySession> admin() { return signIn(QStringLiteral("anna"), pw(AdminPassword)); }

    void addUser(const QString &name, const QString &role, const char *password)
    {
        SecretBytes temporary;
        {
            auto a = admin();
            auto t = UsersService(*a).create({name, role, {}, {}});
            REQUIRE_OK(t);
            temporary = std::move(t).value();
        }
        auto s = signIn(name, temporary);
        REQUIRE_OK(UsersService(*s).changeOwnPassword(temporary, pw(password)));
    }
};

qlonglong scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = exec(db, sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The content of a table as one text, compared between two files.
QString fingerprint(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = exec(db, sql);
    REQUIRE(q.next());
    return q.value(0).toString();
}

const QString UsersContent = QStringLiteral("SELECT count(*) || ':' || group_concat(id || '|' || username || "
                                            "'|' || active || '|' || quote(keyslot_hash), ';') "
                                            "FROM (SELECT * FROM users ORDER BY id)");

QString auditContent(qlonglong upToSeq)
{
    return QStringLiteral(
               "SELECT count(*) || ':' || group_concat(seq || '|' || action || '|' || hex(row_hash), ';') "
               "FROM (SELECT * FROM audit_logs WHERE seq <= %1 ORDER BY seq)")
        .arg(upToSeq);
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x20)));
}

// The offset of the database part in a backup file: magic (17 bytes),
// version (4), manifest length (4) and manifest, key file length (8) and key
// file, database length (8).
struct BackupLayout {
    QByteArray bytes;
    qint64 manifestAt = 0;
    qint64 manifestSize = 0;
    qint64 databaseAt = 0;
};

BackupLayout layoutOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    BackupLayout l;
    l.bytes = file.readAll();
    REQUIRE(l.bytes.startsWith("STOCKBOOK-BACKUP\n"));
    l.manifestAt = 17 + 4 + 4;
    l.manifestSize = qFromBigEndian<quint32>(l.bytes.constData() + 21);
    const qint64 keysAt = l.manifestAt + l.manifestSize + 8;
    const qint64 keysSize = qFromBigEndian<quint64>(l.bytes.constData() + keysAt - 8);
    l.databaseAt = keysAt + keysSize + 8;
    return l;
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("key rotation keeps every password, refuses the old recovery key and accepts the new one")
{
    Fixture f;
    SecretBytes oldDek;
    SecretBytes newRecovery;
    qlonglong usersBefore = 0;
    {
        auto a = f.admin();
        oldDek = SecretBytes::copyOf(a->databaseKey().bytes());
        usersBefore = scalar(a->database().connection(), QStringLiteral("SELECT count(*) FROM users"));

        REQUIRE_ERROR(KeyRotationService(*a).rotateKey(pw("not-the-password-at-all")),
                      ErrorCode::WrongPassword);

        auto rotated = KeyRotationService(*a).rotateKey(pw(AdminPassword));
        REQUIRE_OK(rotated);
        newRecovery = std::move(rotated).value();
        CHECK_FALSE(a->databaseKey().equals(oldDek));
        // The session goes on with the reopened file.
        CHECK(scalar(a->database().connection(), QStringLiteral("SELECT count(*) FROM users"))
              == usersBefore);
        CHECK(scalar(a->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'key.rotate'"))
              == 1);
        REQUIRE_OK(a->database().checkIntegrity());
    }
    CHECK_FALSE(QFileInfo::exists(security::KeyVault::pathFor(f.path) + QStringLiteral(".rotating")));

    // Everybody signs in with the password they had.
    f.signIn(QStringLiteral("anna"), pw(AdminPassword));
    f.signIn(QStringLiteral("carl"), pw(ClerkPassword));
    f.signIn(QStringLiteral("mona"), pw(ManagerPassword));

    // The old key opens the file no more.
    REQUIRE_ERROR(storage::Database::open(f.path, oldDek, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);
    REQUIRE_ERROR(
        CompanyService::recover(f.path, f.recoveryKey, QStringLiteral("anna"), pw(NewAdminPassword)),
        ErrorCode::WrongKey);

    // The new recovery key does.
    auto recovered = CompanyService::recover(f.path, newRecovery, QStringLiteral("anna"),
                                             pw(NewAdminPassword));
    REQUIRE_OK(recovered);
    recovered->reset();
    f.signIn(QStringLiteral("anna"), pw(NewAdminPassword));
    f.signIn(QStringLiteral("carl"), pw(ClerkPassword));
}

TEST_CASE("a clerk and a manager are refused rotation, backup and restore")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    for (const auto &[name, password] :
         {std::pair{"carl", ClerkPassword}, std::pair{"mona", ManagerPassword}}) {
        INFO(name);
        auto s = f.signIn(QString::fromLatin1(name), pw(password));
        REQUIRE_ERROR(KeyRotationService(*s).rotateKey(pw(password)), ErrorCode::PermissionDenied);
        REQUIRE_ERROR(BackupService(*s).backup(out), ErrorCode::PermissionDenied);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(
            scalar(
                s->database().connection(),
                QStringLiteral(
                    "SELECT count(*) FROM audit_logs WHERE action = 'permission.denied' AND username = '%1'")
                    .arg(QString::fromLatin1(name)))
            == 2);
    }
    // Restore: a backup made by the admin, and a clerk's password from it.
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
    }
    const QString target = f.dir.filePath(QStringLiteral("restored/shop.stockbook"));
    REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
    REQUIRE_ERROR(RestoreService::restoreWithPassword(out, target, QStringLiteral("carl"), pw(ClerkPassword)),
                  ErrorCode::PermissionDenied);
    REQUIRE_ERROR(
        RestoreService::restoreWithPassword(out, target, QStringLiteral("mona"), pw(ManagerPassword)),
        ErrorCode::PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("backup then restore onto an empty folder gives the same data")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    QString usersBefore;
    QString auditBefore;
    qlonglong seqAtBackup = 0;
    {
        auto a = f.admin();
        auto made = BackupService(*a).backup(out);
        REQUIRE_OK(made);
        CHECK(made.value() == QFileInfo(out).absoluteFilePath());
        const QSqlDatabase c = a->database().connection();
        seqAtBackup = scalar(
            c, QStringLiteral("SELECT max(seq) FROM audit_logs WHERE action <> 'backup.create'"));
        usersBefore = fingerprint(c, UsersContent);
        auditBefore = fingerprint(c, auditContent(seqAtBackup));
        CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'backup.create'"))
              == 1);

        // Never overwritten.
        REQUIRE_ERROR(BackupService(*a).backup(out), ErrorCode::FileExists);
    }
    // One file: no key file or manifest beside it, nothing left from writing or checking it.
    CHECK_FALSE(QFileInfo::exists(security::KeyVault::pathFor(out)));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".manifest.json")));
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.verify-*")}).isEmpty());
    {
        const BackupLayout l = layoutOf(out);
        // Version 1, big-endian.
        CHECK(l.bytes.mid(17, 4) == QByteArray("\0\0\0\1", 4));
        const QJsonObject manifest =
            QJsonDocument::fromJson(l.bytes.mid(l.manifestAt, l.manifestSize)).object();
        // The manifest is readable without a key: no company name, no file name.
        CHECK_FALSE(manifest.contains(QStringLiteral("company")));
        CHECK_FALSE(manifest.contains(QStringLiteral("file")));
        CHECK(manifest.value(QStringLiteral("audit_seq")).toString().toLongLong() == seqAtBackup);
        CHECK_FALSE(manifest.value(QStringLiteral("created_at")).toString().isEmpty());
        // The database part is the SQLCipher file still encrypted: no plain SQLite header.
        CHECK_FALSE(l.bytes.mid(l.databaseAt, 16).startsWith("SQLite format 3"));
        // The final 32 bytes are the SHA-256 of all before them.
        CHECK(l.bytes.right(32)
              == QCryptographicHash::hash(l.bytes.left(l.bytes.size() - 32), QCryptographicHash::Sha256));
    }
    CHECK((QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.part-*")}).isEmpty());

    SECTION("with an admin's password")
    {
        const QString target = f.dir.filePath(QStringLiteral("fresh/shop.stockbook"));
        REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
        REQUIRE_OK(
            RestoreService::restoreWithPassword(out, target, QStringLiteral("anna"), pw(AdminPassword)));
        auto s = CompanyService::signIn(target, QStringLiteral("carl"), pw(ClerkPassword));
        REQUIRE_OK(s);
        const QSqlDatabase c = s.value()->database().connection();
        CHECK(fingerprint(c, UsersContent) == usersBefore);
        CHECK(fingerprint(c, auditContent(seqAtBackup)) == auditBefore);
        CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'backup.restore'"))
              == 1);
        REQUIRE_OK(s.value()->database().checkIntegrity());
        CHECK(QDir(QFileInfo(target).absolutePath()).entryList({QStringLiteral("*restoring*")}).isEmpty());
    }
    SECTION("with the recovery key")
    {
        const QString target = f.dir.filePath(QStringLiteral("fresh2/shop.stockbook"));
        REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
        REQUIRE_OK(RestoreService::restoreWithRecoveryKey(out, target, f.recoveryKey));
        auto s = CompanyService::signIn(target, QStringLiteral("anna"), pw(AdminPassword));
        REQUIRE_OK(s);
        CHECK(fingerprint(s.value()->database().connection(), UsersContent) == usersBefore);
    }
    SECTION("over an existing company, which is kept aside")
    {
        {
            auto a = f.admin();
            auto t = UsersService(*a).create({QStringLiteral("late"), QStringLiteral("clerk"), {}, {}});
            REQUIRE_OK(t);
        }
        REQUIRE_OK(
            RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"), pw(AdminPassword)));
        auto s = f.admin();
        CHECK(fingerprint(s->database().connection(), UsersContent) == usersBefore);
        const QString aside = f.path + QStringLiteral(".before-restore");
        REQUIRE(QFileInfo::exists(aside));
        CHECK(QFileInfo::exists(security::KeyVault::pathFor(aside)));
        auto old = CompanyService::signIn(aside, QStringLiteral("anna"), pw(AdminPassword));
        REQUIRE_OK(old);
        CHECK(scalar(old.value()->database().connection(),
                     QStringLiteral("SELECT count(*) FROM users WHERE username = 'late'"))
              == 1);
    }
}

TEST_CASE("a damaged backup is refused with a clear message and the current company is untouched")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
        auto t = UsersService(*a).create({QStringLiteral("late"), QStringLiteral("clerk"), {}, {}});
        REQUIRE_OK(t);
    }
    QString usersBefore;
    {
        auto a = f.admin();
        usersBefore = fingerprint(a->database().connection(), UsersContent);
    }
    const QByteArray fileBefore = [&] {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    SECTION("a byte flipped in the database copy")
    {
        flipByte(out, QFileInfo(out).size() / 2);
        auto restored = RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"),
                                                            pw(AdminPassword));
        REQUIRE_ERROR(restored, ErrorCode::Damaged);
        CHECK(restored.error().message.contains(QStringLiteral("final checksum does not match")));
        CHECK(restored.error().message.contains(QStringLiteral("not changed")));
    }
    SECTION("cut short")
    {
        QFile cut(out);
        REQUIRE(cut.resize(QFileInfo(out).size() - 1000));
        cut.close();
        auto restored = RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"),
                                                            pw(AdminPassword));
        REQUIRE_ERROR(restored, ErrorCode::Damaged);
        CHECK(restored.error().message.contains(QStringLiteral("incomplete")));
        CHECK(restored.error().message.contains(QStringLiteral("not changed")));
    }
    SECTION("not a backup at all")
    {
        writeAll(out, QByteArray(4096, 'x'));
        auto restored = RestoreService::restoreWithRecoveryKey(out, f.path, f.recoveryKey);
        REQUIRE_ERROR(restored, ErrorCode::Damaged);
        CHECK(restored.error().message.contains(QStringLiteral("not a Stockbook backup")));
    }
    SECTION("a byte flipped in the database with every checksum made to match")
    {
        BackupLayout l = layoutOf(out);
        // A byte inside the second page: SQLCipher's page authentication catches it.
        const qint64 at = l.databaseAt + 4096 + 100;
        l.bytes[at] = static_cast<char>(l.bytes[at] ^ 0x20);
        const qint64 dbSize = l.bytes.size() - 32 - l.databaseAt;
        const QByteArray dbHash =
            QCryptographicHash::hash(l.bytes.mid(l.databaseAt, dbSize), QCryptographicHash::Sha256).toHex();
        const qint64 field = l.bytes.indexOf("\"database_sha256\"", l.manifestAt);
        REQUIRE(field >= 0);
        const qint64 start = l.bytes.indexOf('"', l.bytes.indexOf(':', field)) + 1;
        l.bytes.replace(start, 64, dbHash);
        l.bytes.replace(
            l.bytes.size() - 32, 32,
            QCryptographicHash::hash(l.bytes.left(l.bytes.size() - 32), QCryptographicHash::Sha256));
        writeAll(out, l.bytes);
        auto restored = RestoreService::restoreWithRecoveryKey(out, f.path, f.recoveryKey);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().code == ErrorCode::Damaged);
        CHECK(restored.error().message.contains(QStringLiteral("not changed")));
    }
    SECTION("the wrong recovery key")
    {
        SecretBytes other = SecretBytes::random(32);
        auto text = security::RecoveryKey::encode(other);
        REQUIRE_OK(text);
        const QByteArray latin = text.value().toLatin1();
        auto restored = RestoreService::restoreWithRecoveryKey(
            out, f.path,
            SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(latin.constData()),
                                 static_cast<std::size_t>(latin.size())}));
        REQUIRE_ERROR(restored, ErrorCode::WrongKey);
    }

    QFile file(f.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == fileBefore);
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".before-restore")));
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*restoring*")}).isEmpty());
    auto a = f.admin();
    CHECK(fingerprint(a->database().connection(), UsersContent) == usersBefore);
}

TEST_CASE("a Shared connection needs this process's lock on the file")
{
    Fixture f;
    auto a = f.admin();
    const SecretBytes key = SecretBytes::copyOf(a->databaseKey().bytes());
    CHECK(storage::Database::isLockedByThisProcess(f.path));
    {
        auto shared = storage::Database::open(f.path, key, storage::Database::Mode::Shared);
        REQUIRE_OK(shared);
        // It writes while the owner's connection is open.
        REQUIRE_OK(shared.value()->executeScript("CREATE TABLE shared_probe(x); DROP TABLE shared_probe;"));
    }
    a.reset();
    CHECK_FALSE(storage::Database::isLockedByThisProcess(f.path));
    REQUIRE_ERROR(storage::Database::open(f.path, key, storage::Database::Mode::Shared), ErrorCode::Locked);
}

TEST_CASE("backup and key rotation run on a worker thread's Shared connection")
{
    Fixture f;
    auto a = f.admin();
    const SecretBytes oldDek = SecretBytes::copyOf(a->databaseKey().bytes());
    // What the window's worker does: its own connection and a copy of the session.
    auto onWorker = [&](const std::function<void(CompanySession &)> &work) {
        auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(a->databaseKey().bytes()));
        const QString path = a->path();
        const Session session = a->session();
        bool opened = false;
        std::unique_ptr<QThread> thread(QThread::create([&, key] {
            auto db = storage::Database::open(path, *key, storage::Database::Mode::Shared);
            if (!db.ok())
                return;
            opened = true;
            CompanySession worker(std::move(db).value(), std::move(*key), session);
            work(worker);
        }));
        thread->start();
        REQUIRE(thread->wait(120000));
        REQUIRE(opened);
    };

    const QString out = f.dir.filePath(QStringLiteral("worker.backup"));
    Result<QString> made = makeError(ErrorCode::NotOpen, QString());
    onWorker([&](CompanySession &worker) { made = BackupService(worker).backup(out); });
    REQUIRE_OK(made);
    // The audit entry is in the file, seen by the owner's connection.
    CHECK(scalar(a->database().connection(),
                 QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'backup.create'"))
          == 1);
    const QString restored = f.dir.filePath(QStringLiteral("restored.stockbook"));
    REQUIRE_OK(RestoreService::restoreWithPassword(out, restored, QStringLiteral("anna"), pw(AdminPassword)));

    Result<SecretBytes> recovery = makeError(ErrorCode::NotOpen, QString());
    SecretBytes newDek;
    onWorker([&](CompanySession &worker) {
        recovery = KeyRotationService(worker).rotateKey(pw(AdminPassword));
        newDek = SecretBytes::copyOf(worker.databaseKey().bytes());
    });
    REQUIRE_OK(recovery);
    CHECK_FALSE(newDek.equals(oldDek));
    auto decoded = security::RecoveryKey::decode(QString::fromLatin1(
        reinterpret_cast<const char *>(recovery->data()), static_cast<qsizetype>(recovery->size())));
    REQUIRE_OK(decoded);
    // The recovery key is a secret of its own that reaches the new key through the key file.
    CHECK_FALSE(decoded->equals(newDek));
    SecretBytes viaRecovery;
    auto vault = security::KeyVault::load(security::KeyVault::pathFor(f.path));
    REQUIRE_OK(vault);
    REQUIRE_OK(vault->openWithRecoverySecret(decoded.value(), viaRecovery));
    CHECK(viaRecovery.equals(newDek));

    REQUIRE_OK(KeyRotationService(*a).adoptDatabaseKey(newDek));
    CHECK(a->databaseKey().equals(newDek));
    // A key that does not open the file is refused; the connection goes on with the session's key.
    REQUIRE_ERROR(KeyRotationService(*a).adoptDatabaseKey(oldDek), ErrorCode::WrongKey);
    CHECK(a->databaseKey().equals(newDek));
    CHECK(storage::Database::isLockedByThisProcess(f.path)); // the lock was kept throughout
    CHECK(scalar(a->database().connection(),
                 QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'key.rotate'"))
          == 1);
    REQUIRE_OK(a->database().checkIntegrity());
    a.reset();
    REQUIRE_ERROR(storage::Database::open(f.path, oldDek, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);
    auto again = f.signIn(QStringLiteral("anna"), pw(AdminPassword));
    CHECK(again->databaseKey().equals(newDek));
}

TEST_CASE("the audit chain check of verify: audit.view, refused and audited for a clerk")
{
    Fixture f;
    {
        auto carl = f.signIn(QStringLiteral("carl"), pw(ClerkPassword));
        REQUIRE_ERROR(AuditService(*carl).verifyChain(), ErrorCode::PermissionDenied);
        CHECK(scalar(carl->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied' AND "
                                    "username = 'carl' AND changes LIKE '%audit.verify%'"))
              == 1);
    }
    auto mona = f.signIn(QStringLiteral("mona"), pw(ManagerPassword));
    const QSqlDatabase db = mona->database().connection();
    // The rows and the last row as the table holds them.
    const qlonglong rows = scalar(db, QStringLiteral("SELECT count(*) FROM audit_logs"));
    const qlonglong last = scalar(db, QStringLiteral("SELECT max(seq) FROM audit_logs"));
    REQUIRE(rows == last); // seq is gapless from 1
    auto chain = AuditService(*mona).verifyChain();
    REQUIRE_OK(chain);
    CHECK(chain->ok);
    CHECK(chain->rows == rows);
    CHECK(chain->head.seq == last);
    CHECK(chain->head.hash.size() == 32);

    // An anchor that matches, and one whose hash was not the chain's.
    auto anchored = AuditService(*mona).verifyChain(chain->head);
    REQUIRE_OK(anchored);
    CHECK(anchored->ok);
    auto rewritten = AuditService(*mona).verifyChain(AuditChainHead{2, QByteArray(32, '\x5a')});
    REQUIRE_OK(rewritten);
    CHECK_FALSE(rewritten->ok);
    CHECK(rewritten->firstBadSeq == 2);
}

TEST_CASE("a verify that found problems is audited as verify.failed with the count, for audit.view only")
{
    Fixture f;
    {
        auto carl = f.signIn(QStringLiteral("carl"), pw(ClerkPassword));
        REQUIRE_ERROR(AuditService(*carl).recordVerifyFailure(2, {QStringLiteral("audit_chain")}),
                      ErrorCode::PermissionDenied);
        CHECK(scalar(carl->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'verify.failed'"))
              == 0);
    }
    auto mona = f.signIn(QStringLiteral("mona"), pw(ManagerPassword));
    const QSqlDatabase db = mona->database().connection();
    const qlonglong before = scalar(db, QStringLiteral("SELECT max(seq) FROM audit_logs"));
    REQUIRE_OK(AuditService(*mona).recordVerifyFailure(
        3, {QStringLiteral("audit_chain"), QStringLiteral("stock_levels")}));
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT seq, username, entity, changes FROM audit_logs "
                                      "WHERE action = 'verify.failed'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == before + 1);
    CHECK(q.value(1).toString() == QStringLiteral("mona"));
    CHECK(q.value(2).toString() == QStringLiteral("database"));
    CHECK(q.value(3).toString()
          == QStringLiteral(R"({"checks":["audit_chain","stock_levels"],"problems":3})"));
    CHECK_FALSE(q.next());
    auto chain = AuditService(*mona).verifyChain();
    REQUIRE_OK(chain);
    CHECK(chain->ok);
}

namespace {

const char *const EvePassword = "thimble-orchard-falcon-63";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

RestoreService::Credentials as(const char *user, const char *password)
{
    return RestoreService::Credentials{QString::fromLatin1(user), pw(password), false};
}

// A company "Evil Ltd" of its own beside the fixture's, its admin eve, and a backup of it.
QString evilBackup(Fixture &f)
{
    const QString evil = f.dir.filePath(QStringLiteral("evil/evil.stockbook"));
    REQUIRE(QDir().mkpath(QFileInfo(evil).absolutePath()));
    auto created = CompanyService::create(evil, QStringLiteral("Evil Ltd"), QStringLiteral("eve"),
                                          pw(EvePassword));
    REQUIRE_OK(created);
    const QString out = f.dir.filePath(QStringLiteral("evil/evil.backup"));
    REQUIRE_OK(BackupService(*created->company).backup(out));
    return out;
}

} // namespace

TEST_CASE("a backup of another company is refused by name and the target stays as it was")
{
    Fixture f;
    const QString evil = evilBackup(f);
    const QByteArray before = readAll(f.path);
    const QByteArray keysBefore = readAll(security::KeyVault::pathFor(f.path));

    RestoreService::Request request{evil, f.path, as("eve", EvePassword), std::nullopt, false};
    SECTION("eve has no sign-in in the target: its name is not shown")
    {
        auto restored = RestoreService::restore(request);
        REQUIRE_ERROR(restored, ErrorCode::InvalidState);
        CHECK(restored.error().field == QStringLiteral("other_company"));
        CHECK(restored.error().message
              == QStringLiteral("This backup is of “Evil Ltd”, not of the company in shop.stockbook; "
                                "shop.stockbook was not changed."));
        // eve's password was tried on the target and counted there: the next try waits.
        request.replaceOtherCompany = true;
        auto again = RestoreService::restore(request);
        REQUIRE_ERROR(again, ErrorCode::Throttled);
        CHECK(again.error().field == QStringLiteral("target"));
    }
    SECTION("eve is a clerk of the target with the same password")
    {
        f.addUser(QStringLiteral("eve"), QStringLiteral("clerk"), EvePassword);
        const QByteArray withEve = readAll(f.path);
        auto restored = RestoreService::restore(request);
        REQUIRE_ERROR(restored, ErrorCode::InvalidState);
        CHECK(restored.error().message
              == QStringLiteral("This backup is of “Evil Ltd”, not of “Corner Shop” (shop.stockbook); "
                                "shop.stockbook was not changed."));
        // Even when asked for, a clerk of the target may not replace it.
        request.replaceOtherCompany = true;
        auto asClerk = RestoreService::restore(request);
        REQUIRE_ERROR(asClerk, ErrorCode::PermissionDenied);
        CHECK(asClerk.error().field == QStringLiteral("target"));
        CHECK(asClerk.error().message.startsWith(
            QStringLiteral("eve is not an administrator of shop.stockbook")));
        CHECK(readAll(f.path) == withEve);
        CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".before-restore")));
        return;
    }
    SECTION("with the target's administrator and the explicit permission it is replaced")
    {
        request.target = as("anna", AdminPassword);
        REQUIRE_ERROR(RestoreService::restore(request), ErrorCode::InvalidState); // not asked for
        CHECK(readAll(f.path) == before);
        request.replaceOtherCompany = true;
        auto restored = RestoreService::restore(request);
        REQUIRE_OK(restored);
        CHECK(restored->company == QStringLiteral("Evil Ltd"));
        CHECK(restored->replacedExisting);
        CHECK(restored->keptAs == f.path + QStringLiteral(".before-restore"));
        CHECK(readAll(f.path + QStringLiteral(".before-restore")) == before);
        auto s = CompanyService::signIn(f.path, QStringLiteral("eve"), pw(EvePassword));
        REQUIRE_OK(s);
        CHECK(scalar(s.value()->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'backup.restore' AND "
                                    "changes LIKE '%\"replaced_other_company\":true%'"))
              == 1);
        return;
    }
    CHECK(readAll(f.path) == before);
    CHECK(readAll(security::KeyVault::pathFor(f.path)) == keysBefore);
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".before-restore")));
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*restoring*")}).isEmpty());
}

TEST_CASE("replacing a company needs the sign-in of one of its administrators now, or its recovery key")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    {
        // carl was an administrator when the backup was made, and anna's password was another.
        auto a = f.admin();
        REQUIRE_OK(UsersService(*a).setRole(QStringLiteral("carl"), QStringLiteral("admin")));
        REQUIRE_OK(BackupService(*a).backup(out));
        REQUIRE_OK(UsersService(*a).setRole(QStringLiteral("carl"), QStringLiteral("clerk")));
        REQUIRE_OK(UsersService(*a).changeOwnPassword(pw(AdminPassword), pw(NewAdminPassword)));
    }
    const QByteArray before = readAll(f.path);

    SECTION("a clerk of the target cannot, with one prompt or two")
    {
        auto once = RestoreService::restore({out, f.path, as("carl", ClerkPassword), std::nullopt, false});
        REQUIRE_ERROR(once, ErrorCode::PermissionDenied);
        CHECK(once.error().field == QStringLiteral("target"));
        CHECK(once.error().message
              == QStringLiteral("carl is not an administrator of shop.stockbook, so carl may not replace it. "
                                "Replacing it needs the sign-in of one of its administrators or its recovery "
                                "key; shop.stockbook was not changed."));
        REQUIRE_ERROR(RestoreService::restore(
                          {out, f.path, as("carl", ClerkPassword), as("carl", ClerkPassword), false}),
                      ErrorCode::PermissionDenied);
        // Nor a manager.
        REQUIRE_ERROR(RestoreService::restore(
                          {out, f.path, as("carl", ClerkPassword), as("mona", ManagerPassword), false}),
                      ErrorCode::PermissionDenied);
        CHECK(readAll(f.path) == before);
    }
    SECTION("the backup's password of an administrator who has changed it since is not enough alone")
    {
        auto once = RestoreService::restore({out, f.path, as("anna", AdminPassword), std::nullopt, false});
        REQUIRE_ERROR(once, ErrorCode::WrongPassword);
        CHECK(once.error().field == QStringLiteral("target"));
        CHECK(once.error().message.startsWith(
            QStringLiteral("Replacing shop.stockbook needs the sign-in of one of its administrators")));
        CHECK(readAll(f.path) == before);
    }
    SECTION("the target's administrator with her password of now")
    {
        auto restored = RestoreService::restore(
            {out, f.path, as("carl", ClerkPassword), as("anna", NewAdminPassword), false});
        REQUIRE_OK(restored);
        CHECK(restored->company == QStringLiteral("Corner Shop"));
        CHECK(readAll(f.path + QStringLiteral(".before-restore")) == before);
    }
    SECTION("the target's recovery key")
    {
        RestoreService::Credentials recovery{QString(), SecretBytes::copyOf(f.recoveryKey.bytes()), true};
        REQUIRE_OK(
            RestoreService::restore({out, f.path, as("carl", ClerkPassword), std::move(recovery), false}));
    }
}

TEST_CASE("wrong restore passwords are counted and throttled like failed sign-ins")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
    }
    const QByteArray before = readAll(f.path);
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    ClockOverride clock([&now] { return now; });

    SECTION("the backup's password, counted in the target's state file")
    {
        REQUIRE_ERROR(
            RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"), pw("wrong-guess-1")),
            ErrorCode::WrongPassword);
        REQUIRE_ERROR(
            RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"), pw(AdminPassword)),
            ErrorCode::Throttled);
        now = now.addSecs(1);
        REQUIRE_ERROR(
            RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"), pw("wrong-guess-2")),
            ErrorCode::WrongPassword);
        // Two failures: two seconds; sign-in counts the same failures.
        now = now.addSecs(1);
        auto throttled = RestoreService::restoreWithPassword(out, f.path, QStringLiteral("anna"),
                                                             pw(AdminPassword));
        REQUIRE_ERROR(throttled, ErrorCode::Throttled);
        CHECK(throttled.error().message
              == QStringLiteral("Too many failed attempts. Wait 1 second(s), then try again."));
        REQUIRE_ERROR(CompanyService::signIn(f.path, QStringLiteral("anna"), pw(AdminPassword)),
                      ErrorCode::Throttled);
        CHECK(readAll(f.path) == before);
        now = now.addSecs(1);
        auto s = CompanyService::signIn(f.path, QStringLiteral("anna"), pw(AdminPassword));
        REQUIRE_OK(s);
        // Both entered the audit log at the next sign-in.
        CHECK(scalar(s.value()->database().connection(),
                     QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'login.failed' AND "
                                    "username = 'anna' AND changes LIKE '%from_state_file%'"))
              == 2);
    }
    SECTION("the target's password, counted in the target's state file")
    {
        RestoreService::Request request{
            out, f.path,
            RestoreService::Credentials{QString(), SecretBytes::copyOf(f.recoveryKey.bytes()), true},
            as("anna", "wrong-guess-1"), false};
        auto wrong = RestoreService::restore(request);
        REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
        CHECK(wrong.error().message
              == QStringLiteral("The user name or password for shop.stockbook is wrong; "
                                "shop.stockbook was not changed."));
        request.target = as("anna", AdminPassword);
        REQUIRE_ERROR(RestoreService::restore(request), ErrorCode::Throttled);
        REQUIRE_ERROR(CompanyService::signIn(f.path, QStringLiteral("anna"), pw(AdminPassword)),
                      ErrorCode::Throttled);
        now = now.addSecs(1);
        request.target = as("anna", AdminPassword);
        REQUIRE_OK(RestoreService::restore(request));
        // The restore proved anna: her count starts afresh.
        REQUIRE_OK(CompanyService::signIn(f.path, QStringLiteral("anna"), pw(AdminPassword)));
    }
    SECTION("into a new file: counted in a state file beside the backup")
    {
        const QString fresh = f.dir.filePath(QStringLiteral("fresh.stockbook"));
        REQUIRE_ERROR(
            RestoreService::restoreWithPassword(out, fresh, QStringLiteral("anna"), pw("wrong-guess-1")),
            ErrorCode::WrongPassword);
        CHECK(QFileInfo::exists(out + QStringLiteral(".state")));
        REQUIRE_ERROR(
            RestoreService::restoreWithPassword(out, fresh, QStringLiteral("anna"), pw(AdminPassword)),
            ErrorCode::Throttled);
        CHECK_FALSE(QFileInfo::exists(fresh));
        now = now.addSecs(1);
        REQUIRE_OK(
            RestoreService::restoreWithPassword(out, fresh, QStringLiteral("anna"), pw(AdminPassword)));
    }
}

TEST_CASE("wrong restore passwords lock the target's account as failed sign-ins do")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
    }
    const QByteArray before = readAll(f.path);
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    ClockOverride clock([&now] { return now; });
    const RestoreService::Credentials recovery{QString(), SecretBytes::copyOf(f.recoveryKey.bytes()), true};
    auto request = [&](const char *password) {
        return RestoreService::Request{
            out, f.path,
            RestoreService::Credentials{QString(), SecretBytes::copyOf(recovery.secret.bytes()), true},
            as("mona", password), false};
    };
    // Ten wrong passwords of the manager mona, each after the wait the one before set: 1, 2, 4, ... 300 s.
    for (int i = 1; i <= 10; ++i) {
        REQUIRE_ERROR(RestoreService::restore(request("wrong-guess")), ErrorCode::WrongPassword);
        now = now.addSecs(300);
    }
    // Her right password now finds her locked, and is answered as sign-in
    // answers a locked account: exactly like a wrong password.
    auto locked = RestoreService::restore(request(ManagerPassword));
    REQUIRE_ERROR(locked, ErrorCode::WrongPassword);
    CHECK(locked.error().message
          == QStringLiteral("The user name or the password is wrong. Check both, and that Caps Lock is off, "
                            "then try again."));
    CHECK(readAll(f.path) == before);
    REQUIRE_ERROR(CompanyService::signIn(f.path, QStringLiteral("mona"), pw(ManagerPassword)),
                  ErrorCode::WrongPassword);
    auto s = CompanyService::signIn(f.path, QStringLiteral("anna"), pw(AdminPassword));
    REQUIRE_OK(s);
    CHECK(scalar(s.value()->database().connection(),
                 QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'login.failed' AND "
                                "username = 'mona' AND changes LIKE '%from_state_file%'"))
          == 11); // ten wrong restore passwords, and the sign-in on the locked account counts as one more
    CHECK(scalar(s.value()->database().connection(),
                 QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'account.lockout' AND "
                                "username = 'mona'"))
          == 1);
}

TEST_CASE("a backup names its company nowhere in its bytes, and an old backup with the name still restores")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
    }
    const QByteArray bytes = readAll(out);
    const QString name = QStringLiteral("Corner Shop");
    CHECK_FALSE(bytes.contains(name.toUtf8()));
    const QByteArray utf16le(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    CHECK_FALSE(bytes.contains(utf16le));
    CHECK_FALSE(bytes.contains(utf16be));
    // Nor in upper or lower case.
    CHECK_FALSE(bytes.toLower().contains("corner shop"));

    // A backup as Stockbook wrote it before: the name in the manifest.
    BackupLayout l = layoutOf(out);
    QJsonObject manifest = QJsonDocument::fromJson(l.bytes.mid(l.manifestAt, l.manifestSize)).object();
    manifest.insert(QStringLiteral("company"), name);
    manifest.insert(QStringLiteral("file"), QStringLiteral("shop.backup"));
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QByteArray old = l.bytes.left(21);
    QByteArray length(4, '\0');
    qToBigEndian(static_cast<quint32>(json.size()), length.data());
    old += length + json
        + l.bytes.mid(l.manifestAt + l.manifestSize, l.bytes.size() - 32 - l.manifestAt - l.manifestSize);
    old += QCryptographicHash::hash(old, QCryptographicHash::Sha256);
    const QString oldPath = f.dir.filePath(QStringLiteral("old.backup"));
    writeAll(oldPath, old);
    REQUIRE(readAll(oldPath).contains("\"company\":\"Corner Shop\""));
    auto restored = RestoreService::restore({oldPath, f.dir.filePath(QStringLiteral("from-old.stockbook")),
                                             as("anna", AdminPassword), std::nullopt, false});
    REQUIRE_OK(restored);
    CHECK(restored->company == name);
}

// A reader of the backup file written from docs/file-formats.md ("The
// backup file") alone: it does not call BackupFile.
TEST_CASE("an independent reader finds the key file and the database in a backup, as documented")
{
    Fixture f;
    const QString out = f.dir.filePath(QStringLiteral("shop.backup"));
    SecretBytes key;
    {
        auto a = f.admin();
        REQUIRE_OK(BackupService(*a).backup(out));
        key = SecretBytes::copyOf(a->databaseKey().bytes());
    }
    const QByteArray b = readAll(out);
    qsizetype at = 0;
    auto take = [&](qsizetype n) {
        REQUIRE(n >= 0);
        REQUIRE(at + n <= b.size());
        const QByteArray part = b.mid(at, n);
        at += n;
        return part;
    };
    auto bigEndian = [](const QByteArray &bytes) {
        quint64 v = 0;
        for (const char c : bytes)
            v = (v << 8) | static_cast<quint8>(c);
        return v;
    };
    auto sha256Hex = [](const QByteArray &bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    // Offset 0: the magic, 17 bytes; 17: version 1; 21: the manifest length M.
    CHECK(take(17) == QByteArray::fromHex("53544F434B424F4F4B2D4241434B55500A"));
    CHECK(take(4) == QByteArray::fromHex("00000001"));
    const qsizetype m = static_cast<qsizetype>(bigEndian(take(4)));
    CHECK(m <= (qsizetype{1} << 20));
    // 25: the manifest, a JSON object with the nine documented keys and no other.
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(take(m), &parsed);
    REQUIRE(parsed.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    const QJsonObject manifest = doc.object();
    QStringList keys = manifest.keys();
    keys.sort();
    CHECK(keys
          == QStringList{
              QStringLiteral("audit_hash"), QStringLiteral("audit_seq"), QStringLiteral("created_at"),
              QStringLiteral("database_sha256"), QStringLiteral("database_size"), QStringLiteral("format"),
              QStringLiteral("keys_sha256"), QStringLiteral("keys_size"), QStringLiteral("schema_version")});
    CHECK(manifest.value(QStringLiteral("format")) == QJsonValue(1));
    // 25 + M: K, then the key file part.
    const qsizetype k = static_cast<qsizetype>(bigEndian(take(8)));
    CHECK(manifest.value(QStringLiteral("keys_size")) == QJsonValue(QString::number(k)));
    const QByteArray keyPart = take(k);
    CHECK(manifest.value(QStringLiteral("keys_sha256")) == QJsonValue(sha256Hex(keyPart)));
    // 33 + M + K: D, then the database part.
    const qsizetype d = static_cast<qsizetype>(bigEndian(take(8)));
    CHECK(manifest.value(QStringLiteral("database_size")) == QJsonValue(QString::number(d)));
    const QByteArray database = take(d);
    CHECK(manifest.value(QStringLiteral("database_sha256")) == QJsonValue(sha256Hex(database)));
    // 41 + M + K + D: SHA-256 of everything before it, and nothing after.
    const QByteArray checksum = take(32);
    CHECK(at == b.size());
    CHECK(b.size() == 73 + m + k + d);
    CHECK(checksum == QCryptographicHash::hash(b.left(b.size() - 32), QCryptographicHash::Sha256));

    // The other fields, in their documented forms.
    const QString hash = manifest.value(QStringLiteral("audit_hash")).toString();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("^[1-9][0-9]*$"))
              .match(manifest.value(QStringLiteral("audit_seq")).toString())
              .hasMatch());
    const QDateTime created = QDateTime::fromString(manifest.value(QStringLiteral("created_at")).toString(),
                                                    Qt::ISODate);
    CHECK(created.isValid());
    CHECK(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    CHECK(manifest.value(QStringLiteral("schema_version")).isDouble());
    CHECK(manifest.value(QStringLiteral("schema_version")).toInt() > 0);

    // The key file part is the company's key file: SBKVAULT, its format, its vault id.
    const QByteArray keyFile = readAll(security::KeyVault::pathFor(f.path));
    CHECK(keyPart == keyFile);
    CHECK(keyPart.left(8) == QByteArray("SBKVAULT"));
    CHECK(bigEndian(keyPart.mid(8, 2)) >= 1);
    auto vault = security::KeyVault::load(security::KeyVault::pathFor(f.path));
    REQUIRE_OK(vault);
    CHECK(keyPart.mid(10, 16) == vault->vaultId());
    CHECK(keyPart.right(32) == QCryptographicHash::hash(keyPart.chopped(32), QCryptographicHash::Sha256));

    // The database part: no plain SQLite header; it opens with the company's raw key.
    CHECK_FALSE(database.startsWith("SQLite format 3"));
    const QString extracted = f.dir.filePath(QStringLiteral("extracted.stockbook"));
    writeAll(extracted, database);
    auto opened = storage::Database::open(extracted, key, storage::Database::Mode::ReadOnly);
    REQUIRE_OK(opened);
    CHECK(opened.value()->schemaVersion() == manifest.value(QStringLiteral("schema_version")).toInt());
    CHECK(scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM users")) == 3);
    CHECK(QString::number(
              scalar(opened.value()->connection(), QStringLiteral("SELECT max(seq) FROM audit_logs")))
          == manifest.value(QStringLiteral("audit_seq")).toString());
    QSqlQuery last(opened.value()->connection());
    REQUIRE(
        last.exec(QStringLiteral("SELECT lower(hex(row_hash)) FROM audit_logs ORDER BY seq DESC LIMIT 1")));
    REQUIRE(last.next());
    CHECK(last.value(0).toString() == hash);
}

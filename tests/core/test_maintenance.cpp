// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/Kdf.h"
#include "security/KeyVault.h"
#include "security/RecoveryKey.h"
#include "services/CompanyService.h"
#include "services/MaintenanceService.h"
#include "services/UsersService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

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

        REQUIRE_ERROR(MaintenanceService(*a).rotateKey(pw("not-the-password-at-all")),
                      ErrorCode::WrongPassword);

        auto rotated = MaintenanceService(*a).rotateKey(pw(AdminPassword));
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
        REQUIRE_ERROR(MaintenanceService(*s).rotateKey(pw(password)), ErrorCode::PermissionDenied);
        REQUIRE_ERROR(MaintenanceService(*s).backup(out), ErrorCode::PermissionDenied);
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
        REQUIRE_OK(MaintenanceService(*a).backup(out));
    }
    const QString target = f.dir.filePath(QStringLiteral("restored/shop.stockbook"));
    REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
    REQUIRE_ERROR(
        MaintenanceService::restoreWithPassword(out, target, QStringLiteral("carl"), pw(ClerkPassword)),
        ErrorCode::PermissionDenied);
    REQUIRE_ERROR(
        MaintenanceService::restoreWithPassword(out, target, QStringLiteral("mona"), pw(ManagerPassword)),
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
        auto made = MaintenanceService(*a).backup(out);
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
        REQUIRE_ERROR(MaintenanceService(*a).backup(out), ErrorCode::FileExists);
    }
    CHECK(QFileInfo::exists(security::KeyVault::pathFor(out)));
    CHECK(QFileInfo::exists(MaintenanceService::manifestPathFor(out)));
    CHECK((QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.part-*")}).isEmpty());

    SECTION("with an admin's password")
    {
        const QString target = f.dir.filePath(QStringLiteral("fresh/shop.stockbook"));
        REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
        REQUIRE_OK(
            MaintenanceService::restoreWithPassword(out, target, QStringLiteral("anna"), pw(AdminPassword)));
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
        REQUIRE_OK(MaintenanceService::restoreWithRecoveryKey(out, target, f.recoveryKey));
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
            MaintenanceService::restoreWithPassword(out, f.path, QStringLiteral("anna"), pw(AdminPassword)));
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
        REQUIRE_OK(MaintenanceService(*a).backup(out));
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
        auto restored = MaintenanceService::restoreWithPassword(out, f.path, QStringLiteral("anna"),
                                                                pw(AdminPassword));
        REQUIRE_ERROR(restored, ErrorCode::Damaged);
        CHECK(restored.error().message.contains(QStringLiteral("checksum")));
        CHECK(restored.error().message.contains(QStringLiteral("not changed")));
    }
    SECTION("a byte flipped and the manifest's checksum made to match")
    {
        flipByte(out, 4096 + 100);
        QFile m(MaintenanceService::manifestPathFor(out));
        REQUIRE(m.open(QIODevice::ReadOnly));
        QByteArray manifest = m.readAll();
        m.close();
        QFile db(out);
        REQUIRE(db.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256).toHex();
        const qsizetype at = manifest.indexOf("\"database_sha256\"");
        REQUIRE(at >= 0);
        const qsizetype start = manifest.indexOf('"', manifest.indexOf(':', at)) + 1;
        manifest.replace(start, 64, hash);
        REQUIRE(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
        m.write(manifest);
        m.close();
        auto restored = MaintenanceService::restoreWithRecoveryKey(out, f.path, f.recoveryKey);
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
        auto restored = MaintenanceService::restoreWithRecoveryKey(
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

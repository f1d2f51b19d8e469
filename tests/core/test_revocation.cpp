// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The insider attacks of the security review, each played against the program:
// a former clerk with everything they ever saw, a role given with the database
// shell, the company key passed off as the recovery key, and a key file of an
// earlier version upgraded at an administrator's sign-in.
#include "TestSupport.h"

#include "security/keys/Asymmetric.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/CompanySession.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/AuditService.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "services/maintenance/BackupFile.h"
#include "services/maintenance/BackupService.h"
#include "services/maintenance/KeyRotationService.h"
#include "services/maintenance/RestoreService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>

using namespace stockbook;
using namespace stockbook::test;
using security::KeyVault;
namespace crypto = security::crypto;

namespace {

const char *const AdminPassword = "lantern-quiet-orbit-42";
const char *const ClerkPassword = "blue-staple-otter-77";

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

SecretBytes ascii(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(latin.constData()), static_cast<std::size_t>(latin.size())});
}

QString text(const SecretBytes &bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()),
                               static_cast<qsizetype>(bytes.size()));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// "Corner Shop": anna (admin) and carl (clerk, his own password set).
struct Shop {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    QString recoveryKey;

    Shop()
    {
        REQUIRE(dir.isValid());
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw(AdminPassword));
        REQUIRE_OK(created);
        recoveryKey = text(created->recoveryKey);
        auto temporary =
            UsersService(*created->company).create({QStringLiteral("carl"), QStringLiteral("clerk"), {}, {}});
        REQUIRE_OK(temporary);
        created->company.reset();
        auto carl = CompanyService::signIn(path, QStringLiteral("carl"), temporary.value());
        REQUIRE_OK(carl);
        REQUIRE_OK(UsersService(*carl.value()).changeOwnPassword(temporary.value(), pw(ClerkPassword)));
    }

    std::unique_ptr<CompanySession> signIn(const char *user, const char *password)
    {
        auto s = CompanyService::signIn(path, QString::fromLatin1(user), pw(password));
        REQUIRE_OK(s);
        return std::move(s).value();
    }
};

// Everything carl could keep while he worked there.
struct SavedSecrets {
    SecretBytes dek;
    SecretBytes boxPrivate;
    SecretBytes signingSeed;
    QByteArray keyFile;
    QString backup;
};

SavedSecrets saveCarlsSecrets(Shop &s)
{
    SavedSecrets saved;
    auto carl = s.signIn("carl", ClerkPassword);
    saved.dek = SecretBytes::copyOf(carl->databaseKey().bytes());
    saved.keyFile = readAll(KeyVault::pathFor(s.path));
    auto vault = KeyVault::fromBytes(saved.keyFile);
    REQUIRE_OK(vault);
    auto own = vault->unwrap(QStringLiteral("carl"), pw(ClerkPassword));
    REQUIRE_OK(own);
    REQUIRE(own->dek.equals(saved.dek));
    saved.boxPrivate = std::move(own->boxPrivate);
    saved.signingSeed = std::move(own->signingSeed);
    REQUIRE(saved.boxPrivate.size() == 32);
    return saved;
}

} // namespace

TEST_CASE("a former clerk's saved secrets open nothing after deactivation and rotation")
{
    Shop s;
    SavedSecrets carl = saveCarlsSecrets(s);
    // A backup made while carl worked there: it holds the key file of its time.
    const QString before = s.dir.filePath(QStringLiteral("before.backup"));
    {
        auto anna = s.signIn("anna", AdminPassword);
        REQUIRE_OK(BackupService(*anna).backup(before));
        REQUIRE_OK(UsersService(*anna).deactivate(QStringLiteral("carl")));
        // Deactivation alone rotated the key: the old one opens the file no more.
        CHECK_FALSE(anna->databaseKey().equals(carl.dek));
    }
    REQUIRE_ERROR(storage::Database::open(s.path, carl.dek, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);

    // And an explicit rekey on top, with a backup made afterwards.
    const QString after = s.dir.filePath(QStringLiteral("after.backup"));
    {
        auto anna = s.signIn("anna", AdminPassword);
        REQUIRE_OK(KeyRotationService(*anna).rotateKey(pw(AdminPassword)));
        REQUIRE_OK(BackupService(*anna).backup(after));
    }

    // 1. His password against the current key file: refused as deactivated,
    //    with no key to give.
    auto current = KeyVault::load(KeyVault::pathFor(s.path));
    REQUIRE_OK(current);
    CHECK(current->isWithdrawn(current->userIds().at(1)));
    REQUIRE_ERROR(current->unwrap(QStringLiteral("carl"), pw(ClerkPassword)), ErrorCode::AccountDeactivated);
    REQUIRE_ERROR(CompanyService::signIn(s.path, QStringLiteral("carl"), pw(ClerkPassword)),
                  ErrorCode::AccountDeactivated);

    // 2. His old copy of the key file, put back, with his password: it gives
    //    the old company key, which opens nothing.
    writeAll(KeyVault::pathFor(s.path) + QStringLiteral(".old"), carl.keyFile);
    auto old = KeyVault::fromBytes(carl.keyFile);
    REQUIRE_OK(old);
    auto fromOld = old->unwrap(QStringLiteral("carl"), pw(ClerkPassword));
    REQUIRE_OK(fromOld);
    CHECK(fromOld->dek.equals(carl.dek));
    REQUIRE_ERROR(storage::Database::open(s.path, fromOld->dek, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);

    // 3. His private key opens only what was sealed to his public key, and
    //    the current key file seals nothing to him: a key file in which his
    //    entry had its seals would unwrap with his password, this one does not.
    CHECK(current->isWithdrawn(fromOld->userId));

    // 4. The company key he saw, typed as a recovery key, recovers nothing.
    auto dekText = security::RecoveryKey::encode(carl.dek);
    REQUIRE_OK(dekText);
    REQUIRE_ERROR(CompanyService::recover(s.path, ascii(dekText.value()), QStringLiteral("anna"),
                                          pw("taken-over-admin-pass-1")),
                  ErrorCode::WrongKey);

    // 5. The backup made after his removal: neither his password nor his old
    //    key opens it.
    const QString restored = s.dir.filePath(QStringLiteral("restored/shop.stockbook"));
    REQUIRE(QDir().mkpath(QFileInfo(restored).absolutePath()));
    CHECK_FALSE(
        RestoreService::restoreWithPassword(after, restored, QStringLiteral("carl"), pw(ClerkPassword)).ok());
    CHECK_FALSE(RestoreService::restoreWithRecoveryKey(after, restored, ascii(dekText.value())).ok());
    CHECK_FALSE(QFile::exists(restored));
    // What each backup's own key file gives for his password, read as anyone
    // could read it: the backup made while he worked there still yields the
    // key of that time (SECURITY.md says so: destroy old backups you no
    // longer need); the one made after his removal yields nothing.
    auto keyFileOf = [&](const QString &backup) {
        auto contents = BackupFile::read(backup, s.dir.filePath(QStringLiteral("scratch.db")));
        REQUIRE_OK(contents);
        QFile::remove(s.dir.filePath(QStringLiteral("scratch.db")));
        auto vault = KeyVault::fromBytes(contents->vault);
        REQUIRE_OK(vault);
        return vault.value();
    };
    auto fromBefore = keyFileOf(before).unwrap(QStringLiteral("carl"), pw(ClerkPassword));
    REQUIRE_OK(fromBefore);
    CHECK(fromBefore->dek.equals(carl.dek));
    REQUIRE_ERROR(keyFileOf(after).unwrap(QStringLiteral("carl"), pw(ClerkPassword)),
                  ErrorCode::AccountDeactivated);
    // Nor does the program restore even the old one for him: restoring is for administrators.
    REQUIRE_ERROR(
        RestoreService::restoreWithPassword(before, restored, QStringLiteral("carl"), pw(ClerkPassword)),
        ErrorCode::PermissionDenied);

    // The company goes on for the others.
    auto anna = s.signIn("anna", AdminPassword);
    CHECK(anna->session().roleName() == QStringLiteral("admin"));
}

TEST_CASE("a reactivated clerk gets the current company key sealed to his own keys again")
{
    Shop s;
    {
        auto anna = s.signIn("anna", AdminPassword);
        REQUIRE_OK(UsersService(*anna).deactivate(QStringLiteral("carl")));
        REQUIRE_OK(UsersService(*anna).reactivate(QStringLiteral("carl")));
    }
    auto carl = s.signIn("carl", ClerkPassword);
    CHECK(carl->session().roleName() == QStringLiteral("clerk"));
}

TEST_CASE("a users change made with the database shell is reported at sign-in and by verify")
{
    Shop s;
    SecretBytes dek;
    {
        auto anna = s.signIn("anna", AdminPassword); // an administrator's sign-in writes a checkpoint
        dek = SecretBytes::copyOf(anna->databaseKey().bytes());
        CHECK(anna->signInFindings().isEmpty());
    }
    // carl, with the company key, makes himself an administrator in the shell.
    {
        auto db = storage::Database::open(s.path, dek);
        REQUIRE_OK(db);
        exec(db.value()->connection(),
             QStringLiteral("UPDATE users SET role_id = (SELECT id FROM roles WHERE name = 'admin') "
                            "WHERE username = 'carl'"));
    }
    auto carl = s.signIn("carl", ClerkPassword);
    const QStringList findings = carl->signInFindings();
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.constFirst().startsWith(QStringLiteral("users changed since the checkpoint of ")));
    CHECK(findings.constFirst().endsWith(QStringLiteral(" signed by anna")));
    // He holds no administrators' key, so he cannot sign the change away.
    CHECK(carl->adminSigningKey().isEmpty());
    REQUIRE_ERROR(AuditService(*carl).acceptChanges(), ErrorCode::PermissionDenied);
    carl.reset();

    auto anna = s.signIn("anna", AdminPassword);
    CHECK(anna->signInFindings().contains(findings.constFirst()));
    auto report = AuditService(*anna).verifyCheckpoints();
    REQUIRE_OK(report);
    CHECK(report->problems.contains(findings.constFirst()));
}

TEST_CASE("the company key written as a recovery key does not recover")
{
    Shop s;
    SecretBytes dek;
    {
        auto anna = s.signIn("anna", AdminPassword);
        dek = SecretBytes::copyOf(anna->databaseKey().bytes());
    }
    auto dekText = security::RecoveryKey::encode(dek);
    REQUIRE_OK(dekText);
    CHECK(dekText.value() != s.recoveryKey);
    auto refused = CompanyService::recover(s.path, ascii(dekText.value()), QStringLiteral("anna"),
                                           pw("taken-over-admin-pass-1"));
    REQUIRE_ERROR(refused, ErrorCode::WrongKey);
    CHECK(refused.error().message.contains(QStringLiteral("does not belong to this company")));
    REQUIRE_ERROR(CompanyService::signIn(s.path, QStringLiteral("anna"), pw("taken-over-admin-pass-1")),
                  ErrorCode::WrongPassword);
    // The real one does, and the audit names the recovery key, not anna.
    REQUIRE_OK(CompanyService::recover(s.path, ascii(s.recoveryKey), QStringLiteral("anna"),
                                       pw("taken-over-admin-pass-1")));
    auto anna = s.signIn("anna", "taken-over-admin-pass-1");
    QSqlQuery q = exec(anna->database().connection(),
                       QStringLiteral("SELECT username, user_id IS NULL FROM audit_logs "
                                      "WHERE action = 'recovery.password_set'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("recovery key"));
    CHECK(q.value(1).toInt() == 1);
}

TEST_CASE("an upgraded older key file: the administrator gets key pairs and a new recovery key, a pending "
          "clerk signs in and is rewrapped")
{
    Shop s;
    // The key file an earlier version wrote for this company (format 2: one
    // shared vault key behind every password), and the users rows' hashes of it.
    SecretBytes oldDek;
    {
        auto anna = s.signIn("anna", AdminPassword);
        oldDek = SecretBytes::copyOf(anna->databaseKey().bytes());
        AccountStore store(anna->database());
        auto users = store.users();
        REQUIRE_OK(users);
        qint64 annaId = 0, carlId = 0;
        for (const UserRow &u : users.value())
            (u.username == QLatin1String("anna") ? annaId : carlId) = u.id;
        Result<KeyVault> legacy = KeyVault::createLegacyForTesting(2);
        REQUIRE_OK(legacy->addOrReplaceSlot(annaId, QStringLiteral("anna"), pw(AdminPassword), oldDek));
        REQUIRE_OK(legacy->addOrReplaceSlot(carlId, QStringLiteral("carl"), pw(ClerkPassword), oldDek));
        REQUIRE(legacy->formatVersion() == 2);
        storage::Transaction tx(anna->database());
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(store.setSlotHash(annaId, legacy->slotHash(annaId), anna->now()));
        REQUIRE_OK(store.setSlotHash(carlId, legacy->slotHash(carlId), anna->now()));
        REQUIRE_OK(tx.commit());
        REQUIRE_OK(legacy->save(KeyVault::pathFor(s.path)));
    }
    const QString oldRecovery = [&] {
        auto t = security::RecoveryKey::encode(oldDek); // what an earlier version printed
        REQUIRE_OK(t);
        return t.value();
    }();

    // Before the upgrade the clerk signs in as before, with no keys.
    {
        auto carl = s.signIn("carl", ClerkPassword);
        CHECK(carl->userSigningKey().isEmpty());
        CHECK_FALSE(carl->hasNewRecoveryKey());
    }

    // The administrator's sign-in upgrades it.
    auto anna = s.signIn("anna", AdminPassword);
    REQUIRE(anna->hasNewRecoveryKey());
    const QString newRecovery = text(anna->takeNewRecoveryKey());
    CHECK_FALSE(anna->hasNewRecoveryKey()); // shown once
    CHECK_FALSE(anna->userSigningKey().isEmpty());
    CHECK_FALSE(anna->adminSigningKey().isEmpty());
    CHECK_FALSE(anna->databaseKey().equals(oldDek));
    auto upgraded = KeyVault::load(KeyVault::pathFor(s.path));
    REQUIRE_OK(upgraded);
    CHECK(upgraded->formatVersion() == 3);
    const qint64 carlId = upgraded->userIds().at(1);
    CHECK(upgraded->isPending(carlId));
    QSqlQuery q = exec(anna->database().connection(),
                       QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'keys.upgrade'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral(R"({"format":3,"pending":1,"users":2})"));
    anna.reset();

    // The old company key opens the file no more, and the old recovery key recovers nothing.
    REQUIRE_ERROR(storage::Database::open(s.path, oldDek, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);
    REQUIRE_ERROR(CompanyService::recover(s.path, ascii(oldRecovery), QStringLiteral("anna"),
                                          pw("taken-over-admin-pass-1")),
                  ErrorCode::WrongKey);

    // The pending clerk signs in with his password; his slot is rewrapped under it.
    {
        auto carl = s.signIn("carl", ClerkPassword);
        CHECK_FALSE(carl->userSigningKey().isEmpty());
        CHECK(carl->adminSigningKey().isEmpty());
    }
    auto after = KeyVault::load(KeyVault::pathFor(s.path));
    REQUIRE_OK(after);
    CHECK_FALSE(after->isPending(carlId));
    auto carl = s.signIn("carl", ClerkPassword); // the new slot matches its users row
    CHECK(carl->session().roleName() == QStringLiteral("clerk"));
    carl.reset();

    // The new recovery key works.
    REQUIRE_OK(CompanyService::recover(s.path, ascii(newRecovery), QStringLiteral("anna"),
                                       pw("another-admin-pass-22")));
}

namespace {

// The key file with one byte range replaced and its SHA-256 checksum (the
// last 32 bytes) put right, as anyone with the folder can do.
void patchKeyFile(const QString &path, qsizetype offset, const QByteArray &bytes)
{
    QByteArray file = readAll(path);
    REQUIRE(offset + bytes.size() <= file.size() - 32);
    file.replace(offset, bytes.size(), bytes);
    file.chop(32);
    file.append(QCryptographicHash::hash(file, QCryptographicHash::Sha256));
    writeAll(path, file);
}

} // namespace

TEST_CASE("a key file edited by a clerk gives him nothing at the next key change")
{
    Shop s;
    const QString keys = KeyVault::pathFor(s.path);
    SECTION("his entry marked as an administrator's")
    {
        // Entry: version 2, user id 8, name length 2 and name, X25519 and
        // Ed25519 public keys 32 each, then the flags byte (bit 0: administrator).
        const QByteArray file = readAll(keys);
        const qsizetype name = file.indexOf(QByteArray("\x00\x04"
                                                       "carl",
                                                       6));
        REQUIRE(name > 0);
        patchKeyFile(keys, name + 6 + 64, QByteArray(1, '\x01'));
        {
            auto anna = s.signIn("anna", AdminPassword);
            REQUIRE_OK(KeyRotationService(*anna).rotateKey(pw(AdminPassword)));
        }
        // His entry's certificate no longer matches it: the new key went to nobody in his name.
        REQUIRE_ERROR(CompanyService::signIn(s.path, QStringLiteral("carl"), pw(ClerkPassword)),
                      ErrorCode::KeyWithdrawn);
    }
    SECTION("the recovery key replaced by a key of his own")
    {
        // Header: magic 8, version 2, vault id 16, epoch 4, administrators' key 32, then the recovery key.
        patchKeyFile(keys, 62, crypto::x25519PublicKey(crypto::newPrivateKey()));
        const QByteArray edited = readAll(keys);
        auto anna = s.signIn("anna", AdminPassword);
        REQUIRE_ERROR(KeyRotationService(*anna).rotateKey(pw(AdminPassword)), ErrorCode::VaultDamaged);
        CHECK(readAll(keys) == edited);
    }
}

TEST_CASE("a sign-in rewraps a slot weaker than the default, and a slot below scrypt N=2^15 is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    auto cheap = std::make_unique<security::ScopedKdfCostForTesting>(); // N = 2^10
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw(AdminPassword));
        REQUIRE_OK(created);
    }
    auto nOf = [&] {
        auto vault = KeyVault::load(KeyVault::pathFor(path));
        REQUIRE_OK(vault);
        return vault->slotKdfParams(vault->userIds().constFirst())->n;
    };
    CHECK(nOf() == 1024);
    {
        security::ScopedKdfCostForTesting stronger({security::KdfAlgorithm::Scrypt, 2048, 8, 1});
        REQUIRE_OK(CompanyService::signIn(path, QStringLiteral("anna"), pw(AdminPassword)));
    }
    CHECK(nOf() == 2048);
    cheap.reset();
    // Outside any test scope the floor is 2^15, checked before any derivation.
    const std::uint64_t before = security::Kdf::derivationCount();
    auto refused = CompanyService::signIn(path, QStringLiteral("anna"), pw(AdminPassword));
    REQUIRE_ERROR(refused, ErrorCode::VaultDamaged);
    CHECK(refused.error().message.contains(QStringLiteral("scrypt N below 2^15")));
    CHECK(security::Kdf::derivationCount() == before);
}

TEST_CASE("a company made by the previous version is upgraded at its administrator's first sign-in")
{
    // tests/data/keys_v2: key file format 2, schema 6, production scrypt cost.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    for (const char *suffix : {"", ".keys", ".state"}) {
        const QString name = QStringLiteral("shop.stockbook") + QString::fromLatin1(suffix);
        REQUIRE(QFile::copy(QStringLiteral(STOCKBOOK_TEST_DATA_DIR "/keys_v2/") + name, dir.filePath(name)));
        REQUIRE(QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner));
    }
    const QString oldRecovery = QStringLiteral(
        "CHUTS-5XQET-YUOTV-5HGRD-OLUBF-SXBRW-GZZZR-4HIBO-4ZATK-NFP3R-WVMB4-J7NCD-WBJAL");
    auto load = [&] {
        auto vault = KeyVault::load(KeyVault::pathFor(path));
        REQUIRE_OK(vault);
        return vault.value();
    };
    REQUIRE(load().formatVersion() == 2);
    auto signIn = [&](const char *user, const char *password) {
        return CompanyService::signIn(path, QString::fromLatin1(user), pw(password));
    };
    REQUIRE_OK(signIn("carl", ClerkPassword)); // before the upgrade, as before
    REQUIRE(load().formatVersion() == 2);

    auto anna = signIn("anna", AdminPassword);
    REQUIRE_OK(anna);
    REQUIRE(anna.value()->hasNewRecoveryKey());
    const QString newRecovery = text(anna.value()->takeNewRecoveryKey());
    CHECK(newRecovery != oldRecovery);
    CHECK_FALSE(anna.value()->adminSigningKey().isEmpty());
    auto report = AuditService(*anna.value()).verifyCheckpoints();
    REQUIRE_OK(report);
    CHECK(report->checked);
    CHECK(report->problems.isEmpty());
    anna.value().reset();

    const KeyVault upgraded = load();
    CHECK(upgraded.formatVersion() == 3);
    const QList<qint64> ids = upgraded.userIds(); // anna, carl, dora as they were added
    REQUIRE(ids.size() == 3);
    CHECK_FALSE(upgraded.isPending(ids.at(0)));
    CHECK(upgraded.isPending(ids.at(1)));
    CHECK(upgraded.isWithdrawn(ids.at(2))); // deactivated before the upgrade: no key at all

    REQUIRE_ERROR(CompanyService::recover(path, ascii(oldRecovery), QStringLiteral("anna"),
                                          pw("taken-over-admin-pass-1")),
                  ErrorCode::WrongKey);
    REQUIRE_ERROR(signIn("dora", "copper-meadow-quill-58"), ErrorCode::AccountDeactivated);
    REQUIRE_OK(signIn("carl", ClerkPassword));
    CHECK_FALSE(load().isPending(ids.at(1)));
    REQUIRE_OK(CompanyService::recover(path, ascii(newRecovery), QStringLiteral("anna"),
                                       pw("another-admin-pass-22")));
}

TEST_CASE("an audit row without a signature added in the administrator's name with the shell is reported")
{
    Shop s;
    SecretBytes dek;
    qint64 annaId = 0;
    {
        auto anna = s.signIn("anna", AdminPassword); // a checkpoint of this moment
        dek = SecretBytes::copyOf(anna->databaseKey().bytes());
        annaId = anna->session().userId();
    }
    qint64 seq = 0;
    {
        // carl, with the company key, appends a row in anna's name, chained
        // correctly (the chain's hash needs no key) but unsigned.
        auto db = storage::Database::open(s.path, dek);
        REQUIRE_OK(db);
        auto head = AuditLog::head(*db.value());
        REQUIRE_OK(head);
        seq = head->seq + 1;
        const QDateTime when = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        const AuditRecord row{annaId,
                              QStringLiteral("anna"),
                              QStringLiteral("user.set_role"),
                              QStringLiteral("users"),
                              QStringLiteral("2"),
                              QStringLiteral(R"({"role":{"new":"admin","old":"clerk"}})"),
                              when};
        exec(db.value()->connection(),
             QStringLiteral(
                 "INSERT INTO audit_logs (seq, timestamp, user_id, username, action, entity, entity_id, "
                 "changes, prev_hash, row_hash, hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)"),
             {seq, QStringLiteral("2026-12-07T09:30:00.000Z"), annaId, row.username, row.action, row.entity,
              row.entityId, row.changes, head->hash, AuditLog::rowHash(seq, head->hash, row)});
        auto chain = AuditLog::verify(*db.value());
        REQUIRE_OK(chain);
        CHECK(chain->ok); // the chain alone cannot tell
    }
    const QString expected =
        QStringLiteral(
            "audit row %1 in the name of anna carries no signature: it was not written by Stockbook")
            .arg(seq);
    auto anna = s.signIn("anna", AdminPassword);
    CHECK(anna->signInFindings().contains(expected));
    auto report = AuditService(*anna).verifyCheckpoints();
    REQUIRE_OK(report);
    CHECK(report->problems.contains(expected));
    // Her sign-in did not cover it with a new checkpoint: it is still reported.
    anna.reset();
    auto again = s.signIn("anna", AdminPassword);
    CHECK(again->signInFindings().contains(expected));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "TestSupport.h"

#include "security/keys/Asymmetric.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/AuditService.h"
#include "services/accounts/Checkpoints.h"
#include "services/accounts/UsersService.h"
#include "services/maintenance/BackupService.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace stockbook;
using namespace stockbook::test;
namespace crypto = stockbook::security::crypto;

namespace {

// The moment the checkpoints of these tests are written: 2026-12-07 09:12:30 UTC.
const QDateTime CheckpointTime(QDate(2026, 12, 7), QTime(9, 12, 30), Qt::UTC);

SecretBytes copy(const SecretBytes &s)
{
    return SecretBytes::copyOf(s.bytes());
}

QByteArray field(const QByteArray &b)
{
    QByteArray out(4, '\0');
    qToBigEndian(static_cast<quint32>(b.size()), out.data());
    return out + b;
}

// A value of a digested row: type byte, then the length-prefixed bytes.
QByteArray integer(qint64 v)
{
    return QByteArray(1, '\1') + field(QByteArray::number(v));
}
QByteArray text(const char *v)
{
    return QByteArray(1, '\3') + field(QByteArray(v));
}

struct KeyPair {
    SecretBytes seed = crypto::newPrivateKey();
    QByteArray publicKey = crypto::ed25519PublicKey(seed);

    KeyPair() = default;
    // A key the key file gave the session.
    explicit KeyPair(const SigningKey &key) : seed(copy(key.seed)), publicKey(key.publicKey) { }
};

// The company as a key file of an earlier format left it: no checkpoint and
// no row signature yet (creating it wrote both with the key file's keys).
void forgetCheckpoints(QSqlDatabase c)
{
    exec(c, QStringLiteral("DROP TRIGGER trg_audit_checkpoints_no_delete"));
    exec(c, QStringLiteral("DELETE FROM audit_checkpoints"));
    exec(c,
         QStringLiteral("CREATE TRIGGER trg_audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints "
                        "BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END"));
    exec(c, QStringLiteral("DROP TRIGGER trg_audit_logs_no_update"));
    exec(c, QStringLiteral("UPDATE audit_logs SET signature = NULL, signer_user_id = NULL"));
    exec(c,
         QStringLiteral("CREATE TRIGGER trg_audit_logs_no_update BEFORE UPDATE ON audit_logs "
                        "BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END"));
}

// A company of anna (admin), max (manager) and cleo (clerk), each with an
// Ed25519 key, and the administrators' key: the administrators' and anna's
// from the key file, max's and cleo's made here, set on the session as the
// key vault sets them at sign-in.
struct KeyedCompany : TestCompany {
    KeyPair admins{company->adminSigningKey()};
    KeyPair anna{company->userSigningKey()};
    KeyPair max, cleo;
    qint64 annaId = userIds.value(QStringLiteral("admin"));
    qint64 maxId = userIds.value(QStringLiteral("manager"));
    qint64 cleoId = userIds.value(QStringLiteral("clerk"));
    QDateTime now = CheckpointTime;

    KeyedCompany()
    {
        REQUIRE_FALSE(admins.seed.isEmpty());
        forgetCheckpoints(sql());
        company->setClock([this] { return now; });
        company->setTrustedAdminKey(admins.publicKey);
        company->setUserPublicKeys(
            {{annaId, anna.publicKey}, {maxId, max.publicKey}, {cleoId, cleo.publicKey}});
        signInAsAnna();
    }

    void signInAsAnna()
    {
        actAs(QStringLiteral("admin"));
        company->setUserSigningKey({annaId, copy(anna.seed), anna.publicKey});
        company->setAdminSigningKey({0, copy(admins.seed), admins.publicKey});
    }
    void signInAsCleo()
    {
        actAs(QStringLiteral("clerk"));
        company->setUserSigningKey({cleoId, copy(cleo.seed), cleo.publicKey});
        company->setAdminSigningKey({});
    }

    CheckpointReport verify()
    {
        auto report = Checkpoints::verify(*company);
        REQUIRE_OK(report);
        return std::move(report).value();
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q = exec(this->sql(), sql);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    qint64 auditHead() { return count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_logs")); }
    void appendRow(const QString &action)
    {
        storage::Transaction tx(db());
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(
            AuditLog::append(db(),
                             AuditRecord{company->session().userId(), company->session().username(), action,
                                         QStringLiteral("products"), QStringLiteral("1"), QString(), now}));
        REQUIRE_OK(tx.commit());
    }
    // As the sqlcipher shell would, with the append-only guards dropped first.
    void dropAuditGuards()
    {
        exec(sql(), QStringLiteral("DROP TRIGGER trg_audit_logs_no_delete"));
        exec(sql(), QStringLiteral("DROP TRIGGER trg_audit_logs_no_update"));
    }
};

// 09:12 in the local time zone of the machine running the test, as the report shows it.
QString checkpointDate()
{
    return CheckpointTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TEST_CASE("an administrator's checkpoint is signed over the documented bytes and verifies")
{
    KeyedCompany k;
    const qint64 head = k.auditHead();
    REQUIRE(head > 0);
    auto written = Checkpoints::write(*k.company);
    REQUIRE_OK(written);
    CHECK(written.value());

    QSqlQuery q = exec(
        k.sql(),
        QStringLiteral("SELECT created_at, signer_user_id, signer_name, audit_seq, audit_hash, "
                       "users_digest, roles_digest, permissions_digest, signing_public_key, "
                       "signature FROM audit_checkpoints"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2026-12-07T09:12:30.000Z"));
    CHECK(q.value(1).toLongLong() == k.annaId);
    CHECK(q.value(2).toString() == QStringLiteral("anna"));
    CHECK(q.value(3).toLongLong() == head);
    QSqlQuery row = exec(k.sql(), QStringLiteral("SELECT row_hash FROM audit_logs WHERE seq = ?"), {head});
    REQUIRE(row.next());
    CHECK(q.value(4).toByteArray() == row.value(0).toByteArray());

    // users (id, username, role_id, active) of the fixture, by hand: anna 1
    // admin, max 2 manager, cleo 3 clerk, all active.
    const QByteArray users = field("stockbook-users-v1") + integer(1) + text("anna") + integer(1) + integer(1)
        + integer(2) + text("max") + integer(2) + integer(1) + integer(3) + text("cleo") + integer(3)
        + integer(1);
    CHECK(q.value(5).toByteArray() == QCryptographicHash::hash(users, QCryptographicHash::Sha256));
    CHECK(q.value(8).toByteArray() == k.admins.publicKey);

    const QByteArray message = field("stockbook-checkpoint-v1") + field("2026-12-07T09:12:30.000Z")
        + field(QByteArray::number(k.annaId)) + field("anna") + field(QByteArray::number(head))
        + field(row.value(0).toByteArray()) + field(q.value(5).toByteArray())
        + field(q.value(6).toByteArray()) + field(q.value(7).toByteArray()) + field(k.admins.publicKey);
    CHECK(crypto::ed25519Verify(k.admins.publicKey, message, q.value(9).toByteArray()));
    CHECK_FALSE(crypto::ed25519Verify(k.anna.publicKey, message, q.value(9).toByteArray()));

    const CheckpointReport report = k.verify();
    CHECK(report.checked);
    CHECK(report.ok());
    CHECK(report.problems.isEmpty());
    REQUIRE(report.checkpoint);
    CHECK(report.checkpoint->signerName == QStringLiteral("anna"));
    CHECK(report.unattestedRows == 0);
    CHECK(report.unattestedSentence.isEmpty());
}

TEST_CASE("a role given with the database shell is reported as a change of users since the checkpoint")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    const qint64 adminRole = k.count(QStringLiteral("SELECT id FROM roles WHERE name = 'admin'"));
    CHECK(adminRole == 1);
    exec(k.sql(), QStringLiteral("UPDATE users SET role_id = ? WHERE username = 'cleo'"), {adminRole});

    const CheckpointReport report = k.verify();
    CHECK_FALSE(report.ok());
    CHECK(
        report.problems
        == QStringList{
            QStringLiteral("users changed since the checkpoint of %1 signed by anna").arg(checkpointDate())});
    CHECK(report.problems.constFirst().startsWith(
        QStringLiteral("users changed since the checkpoint of 2026-12-0")));

    // At anna's next sign-in she is told, and a change she then makes through
    // the program does not cover it with a new checkpoint.
    Checkpoints::atSignIn(*k.company);
    CHECK(k.company->signInFindings().constFirst() == report.problems.constFirst());
    REQUIRE_OK(UsersService(*k.company).setRole(QStringLiteral("max"), QStringLiteral("clerk")));
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")) == 1);
    CHECK(k.verify().problems.size() == 1);
}

TEST_CASE("a permission added or a role renamed with the database shell is reported")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    SECTION("permission")
    {
        exec(k.sql(),
             QStringLiteral("INSERT INTO role_permissions (role_id, permission) VALUES (3, 'user.manage')"));
        CHECK(k.verify().problems
              == QStringList{QStringLiteral("permissions changed since the checkpoint of %1 signed by anna")
                                 .arg(checkpointDate())});
    }
    SECTION("the same bytes as another type: a name stored as a blob")
    {
        exec(k.sql(),
             QStringLiteral("UPDATE users SET username = CAST('cleo' AS BLOB) WHERE username = 'cleo'"));
        CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM users WHERE typeof(username) = 'blob'")) == 1);
        CHECK(k.verify().problems
              == QStringList{QStringLiteral("users changed since the checkpoint of %1 signed by anna")
                                 .arg(checkpointDate())});
    }
    SECTION("role")
    {
        exec(k.sql(), QStringLiteral("UPDATE roles SET description = '' WHERE name = 'clerk'"));
        CHECK(k.verify().problems
              == QStringList{QStringLiteral("roles changed since the checkpoint of %1 signed by anna")
                                 .arg(checkpointDate())});
    }
}

TEST_CASE("audit rows removed up to the checkpoint are reported even when the chain was rebuilt")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    const qint64 head = k.auditHead();
    k.dropAuditGuards();
    exec(k.sql(), QStringLiteral("DELETE FROM audit_logs WHERE seq <= ?"), {head});
    const QString expected = QStringLiteral(
                                 "audit history changed since the checkpoint of %1 signed by anna: row "
                                 "%2 is no longer the row it recorded")
                                 .arg(checkpointDate())
                                 .arg(head);
    CHECK(k.verify().problems == QStringList{expected});

    // Rewritten from the start, so that the chain itself verifies again.
    for (int i = 0; i < head; ++i)
        k.appendRow(QStringLiteral("product.update"));
    auto chain = AuditLog::verify(k.db());
    REQUIRE_OK(chain);
    CHECK(chain->ok);
    CHECK(k.verify().problems == QStringList{expected});
}

TEST_CASE("a checkpoint forged with a clerk's own key is not taken as the administrators'")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));

    // The clerk holds no administrators' key, so the program writes none for them.
    k.signInAsCleo();
    auto refused = Checkpoints::write(*k.company);
    REQUIRE_OK(refused);
    CHECK_FALSE(refused.value());

    // Makes themself an admin, then signs a checkpoint of that state with
    // their own key, naming anna, an hour later.
    exec(k.sql(), QStringLiteral("UPDATE users SET role_id = 1 WHERE username = 'cleo'"));
    Checkpoint forged;
    forged.createdAt = CheckpointTime.addSecs(3600);
    forged.signerUserId = k.annaId;
    forged.signerName = QStringLiteral("anna");
    auto head = AuditLog::head(k.db());
    REQUIRE_OK(head);
    forged.auditSeq = head->seq;
    forged.auditHash = head->hash;
    forged.usersDigest = Checkpoints::usersDigest(k.db()).value();
    forged.rolesDigest = Checkpoints::rolesDigest(k.db()).value();
    forged.permissionsDigest = Checkpoints::permissionsDigest(k.db()).value();
    SECTION("naming their own key")
    {
        forged.signingPublicKey = k.cleo.publicKey;
    }
    SECTION("naming the administrators' key")
    {
        forged.signingPublicKey = k.admins.publicKey;
    }
    forged.signature = crypto::ed25519Sign(k.cleo.seed, Checkpoints::message(forged));
    exec(k.sql(),
         QStringLiteral(
             "INSERT INTO audit_checkpoints (created_at, signer_user_id, signer_name, audit_seq, "
             "audit_hash, users_digest, roles_digest, permissions_digest, signing_public_key, signature) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("2026-12-07T10:12:30.000Z"), forged.signerUserId, forged.signerName, forged.auditSeq,
          forged.auditHash, forged.usersDigest, forged.rolesDigest, forged.permissionsDigest,
          forged.signingPublicKey, forged.signature});

    const QString later = CheckpointTime.addSecs(3600).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
    const CheckpointReport report = k.verify();
    CHECK(
        report.problems
        == QStringList{
            QStringLiteral("the checkpoint of %1 (giving anna as its signer) is not signed by the "
                           "administrators' key")
                .arg(later),
            QStringLiteral("users changed since the checkpoint of %1 signed by anna").arg(checkpointDate())});
    REQUIRE(report.checkpoint);
    CHECK(report.checkpoint->createdAt == CheckpointTime);

    // An administrator signing in later does not cover it with a new checkpoint.
    k.signInAsAnna();
    Checkpoints::atSignIn(*k.company);
    CHECK(k.company->signInFindings() == report.problems);
    auto attested = Checkpoints::attest(*k.company);
    REQUIRE_OK(attested);
    CHECK_FALSE(attested.value());
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")) == 2);
}

TEST_CASE("each user signs the audit rows they append")
{
    KeyedCompany k;
    k.appendRow(QStringLiteral("product.update"));
    const qint64 seq = k.auditHead();
    QSqlQuery q = exec(
        k.sql(), QStringLiteral("SELECT row_hash, signature, signer_user_id FROM audit_logs WHERE seq = ?"),
        {seq});
    REQUIRE(q.next());
    CHECK(q.value(2).toLongLong() == k.annaId);
    CHECK(crypto::ed25519Verify(k.anna.publicKey,
                                QByteArray("stockbook-audit-row-v1") + q.value(0).toByteArray(),
                                q.value(1).toByteArray()));

    // A row of someone else (a sign-in at the lock screen, the system) is not
    // signed with anna's key.
    {
        storage::Transaction tx(k.db());
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(
            AuditLog::append(k.db(),
                             AuditRecord{k.cleoId, QStringLiteral("cleo"), QStringLiteral("login.success"),
                                         QStringLiteral("users"), QString(), QString(), k.now}));
        REQUIRE_OK(
            AuditLog::append(k.db(),
                             AuditRecord{std::nullopt, QStringLiteral(""), QStringLiteral("login.failed"),
                                         QStringLiteral("users"), QString(), QString(), k.now}));
        REQUIRE_OK(tx.commit());
    }
    CHECK(k.count(
              QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE seq > %1 AND signature IS NULL").arg(seq))
          == 2);

    k.signInAsCleo();
    k.appendRow(QStringLiteral("invoice.post"));
    const CheckpointReport report = k.verify();
    CHECK(report.badRows.isEmpty());
    CHECK(report.signedRows == 2);

    // After sign-out nothing signs for that connection any more.
    k.company->setUserSigningKey({});
    k.appendRow(QStringLiteral("invoice.post"));
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE signature IS NOT NULL")) == 2);
}

TEST_CASE("an audit row forged with a clerk's key in the administrator's name is reported by seq")
{
    KeyedCompany k;
    k.signInAsCleo();
    k.dropAuditGuards();
    auto head = AuditLog::head(k.db());
    REQUIRE_OK(head);
    const qint64 seq = head->seq + 1;
    AuditRecord row{k.annaId,
                    QStringLiteral("anna"),
                    QStringLiteral("user.set_role"),
                    QStringLiteral("users"),
                    QString::number(k.cleoId),
                    QStringLiteral("{}"),
                    k.now};
    const QByteArray hash = AuditLog::rowHash(seq, head->hash, row);
    const QByteArray signature = crypto::ed25519Sign(k.cleo.seed,
                                                     QByteArray("stockbook-audit-row-v1") + hash);
    qint64 claimedSigner = 0;
    QString expected;
    SECTION("claiming anna's key")
    {
        claimedSigner = k.annaId;
        expected = QStringLiteral(
                       "audit row %1 is not signed by anna: its signature does not match their key")
                       .arg(seq);
    }
    SECTION("naming cleo's key")
    {
        claimedSigner = k.cleoId;
        expected = QStringLiteral("audit row %1 names anna as its author but is signed with the key of cleo")
                       .arg(seq);
    }
    exec(k.sql(),
         QStringLiteral(
             "INSERT INTO audit_logs (seq, timestamp, user_id, username, action, entity, entity_id, "
             "changes, prev_hash, row_hash, hash_version, signature, signer_user_id) VALUES (?, ?, ?, ?, ?, "
             "?, "
             "?, ?, ?, ?, 2, ?, ?)"),
         {seq, QStringLiteral("2026-12-07T09:12:30.000Z"), k.annaId, QStringLiteral("anna"), row.action,
          row.entity, row.entityId, row.changes, head->hash, hash, signature, claimedSigner});
    auto chain = AuditLog::verify(k.db());
    REQUIRE_OK(chain);
    CHECK(chain->ok);

    const CheckpointReport report = k.verify();
    CHECK(report.badRows == QList<qint64>{seq});
    CHECK(report.problems.contains(expected));

    // Once a checkpoint covers the row, sign-in checks only the rows after
    // it; verify still checks every row.
    k.signInAsAnna();
    auto written = Checkpoints::attest(*k.company);
    REQUIRE_OK(written);
    CHECK(written.value());
    CHECK(k.verify().badRows.isEmpty());
    auto all = AuditService(*k.company).verifyCheckpoints();
    REQUIRE_OK(all);
    CHECK(all->badRows == QList<qint64>{seq});
    CHECK(all->problems == QStringList{expected});
}

TEST_CASE("audit rows after the checkpoint are counted as not yet attested")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    k.signInAsCleo();
    for (int i = 0; i < 3; ++i)
        k.appendRow(QStringLiteral("invoice.post"));
    const CheckpointReport report = k.verify();
    CHECK(report.ok());
    CHECK(report.unattestedRows == 3);
    CHECK(report.unattestedSentence
          == QStringLiteral("audit rows after the checkpoint of %1 signed by anna, not yet attested: 3")
                 .arg(checkpointDate()));

    // At an administrator's next sign-in they are attested.
    k.signInAsAnna();
    k.now = CheckpointTime.addDays(1);
    k.appendRow(QStringLiteral("login.success"));
    REQUIRE(k.verify().unattestedRows == 4);
    // Not a problem: rows wait for the next administrator's sign-in.
    Checkpoints::atSignIn(*k.company);
    CHECK(k.company->signInFindings().isEmpty());
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")) == 2);
    CHECK(k.verify().unattestedRows == 0);
}

TEST_CASE("user changes, backups and an admin's sign-in write checkpoints, a clerk's sign-in reports")
{
    KeyedCompany k;
    auto checkpoints = [&k] { return k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")); };
    UsersService users(*k.company);
    REQUIRE_OK(users.setRole(QStringLiteral("max"), QStringLiteral("clerk")));
    CHECK(checkpoints() == 1);
    REQUIRE_OK(users.deactivate(QStringLiteral("max")));
    REQUIRE_OK(users.reactivate(QStringLiteral("max")));
    REQUIRE_OK(users.create({QStringLiteral("dora"), QStringLiteral("clerk"), {}, {}}));
    REQUIRE_OK(users.resetPassword(QStringLiteral("dora")));
    CHECK(checkpoints() == 5);
    REQUIRE_OK(BackupService(*k.company).backup(k.dir.filePath(QStringLiteral("monday.stockbook-backup"))));
    CHECK(checkpoints() == 6);
    CHECK(k.verify().ok());
    CHECK(k.verify().unattestedRows == 0);

    exec(k.sql(), QStringLiteral("UPDATE users SET active = 1 - active WHERE username = 'max'"));
    k.signInAsCleo();
    k.appendRow(QStringLiteral("login.success"));
    Checkpoints::atSignIn(*k.company);
    CHECK(k.company->signInFindings()
          == QStringList{
              QStringLiteral("users changed since the checkpoint of %1 signed by anna").arg(checkpointDate()),
              QStringLiteral("audit rows after the checkpoint of %1 signed by anna, not yet attested: 1")
                  .arg(checkpointDate())});
    CHECK(checkpoints() == 6);
}

TEST_CASE("without keys nothing is signed, written or reported")
{
    TestCompany t;
    // A company whose key file is of an earlier format: no keys on the session.
    t.company->setUserSigningKey({});
    t.company->setAdminSigningKey({});
    t.company->setTrustedAdminKey({});
    t.company->setUserPublicKeys({});
    forgetCheckpoints(t.sql());
    exec(t.sql(), QStringLiteral("UPDATE users SET role_id = 3 WHERE username = 'max'"));
    exec(t.sql(), QStringLiteral("UPDATE users SET role_id = 1 WHERE username = 'cleo'"));
    Checkpoints::atSignIn(*t.company);
    CHECK(t.company->signInFindings().isEmpty());
    auto report = AuditService(*t.company).verifyCheckpoints();
    REQUIRE_OK(report);
    CHECK_FALSE(report->checked);
    CHECK(report->problems.isEmpty());
    QSqlQuery q = exec(t.sql(),
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_checkpoints), "
                                      "(SELECT COUNT(*) FROM audit_logs WHERE signature IS NOT NULL)"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);
    CHECK(q.value(1).toLongLong() == 0);

    // With the administrators' key known but no checkpoint written yet.
    KeyPair admins;
    t.company->setTrustedAdminKey(admins.publicKey);
    auto unsigned_ = Checkpoints::verify(*t.company);
    REQUIRE_OK(unsigned_);
    CHECK(unsigned_->problems
          == QStringList{QStringLiteral("no checkpoint yet: no administrator has signed the users, roles and "
                                        "audit log of this company")});
}

TEST_CASE(
    "an administrator accepts the changes found, audited, and later checks compare with the new checkpoint")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    exec(k.sql(), QStringLiteral("UPDATE users SET role_id = 1 WHERE username = 'cleo'"));
    const QString finding =
        QStringLiteral("users changed since the checkpoint of %1 signed by anna").arg(checkpointDate());

    // A clerk may not, and an administrator without the administrators' key cannot.
    k.signInAsCleo();
    REQUIRE_ERROR(AuditService(*k.company).acceptChanges(), ErrorCode::PermissionDenied);
    k.signInAsAnna();
    k.company->setAdminSigningKey({});
    REQUIRE_ERROR(AuditService(*k.company).acceptChanges(), ErrorCode::PermissionDenied);
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")) == 1);

    k.signInAsAnna();
    k.now = CheckpointTime.addDays(1);
    REQUIRE_OK(AuditService(*k.company).acceptChanges());
    QSqlQuery q = exec(k.sql(),
                       QStringLiteral("SELECT username, changes FROM audit_logs WHERE action = "
                                      "'audit.checkpoint_accept'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("anna"));
    CHECK(q.value(1).toString() == QStringLiteral("{\"accepted\":[\"%1\"]}").arg(finding));
    const CheckpointReport report = k.verify();
    CHECK(report.ok());
    REQUIRE(report.checkpoint);
    CHECK(report.checkpoint->createdAt == CheckpointTime.addDays(1));
    CHECK(report.unattestedRows == 0);
}

TEST_CASE("verifying checkpoints needs permission audit.view")
{
    KeyedCompany k;
    k.signInAsCleo();
    REQUIRE_ERROR(AuditService(*k.company).verifyCheckpoints(), ErrorCode::PermissionDenied);
    k.actAs(QStringLiteral("manager"));
    REQUIRE_OK(AuditService(*k.company).verifyCheckpoints());
}

TEST_CASE("a newer checkpoint removed, with the users put back to match an older one, is reported")
{
    KeyedCompany k;
    UsersService users(*k.company);
    REQUIRE_OK(users.setRole(QStringLiteral("max"), QStringLiteral("clerk")));
    REQUIRE_OK(users.setRole(QStringLiteral("max"), QStringLiteral("manager")));
    CHECK(k.count(QStringLiteral("SELECT COUNT(*) FROM audit_checkpoints")) == 2);
    CHECK(k.verify().ok());
    const qint64 promotion = k.count(
        QStringLiteral("SELECT MAX(seq) FROM audit_logs WHERE action = 'user.set_role'"));

    // max as the first checkpoint recorded him (a clerk), its successor gone.
    exec(k.sql(), QStringLiteral("DROP TRIGGER trg_audit_checkpoints_no_delete"));
    exec(k.sql(),
         QStringLiteral("DELETE FROM audit_checkpoints WHERE id = (SELECT MAX(id) FROM audit_checkpoints)"));
    exec(k.sql(), QStringLiteral("UPDATE users SET role_id = 3 WHERE username = 'max'"));
    CHECK(k.verify().problems
          == QStringList{
              QStringLiteral("audit row %1 (user.set_role) changed users after the checkpoint of %2 "
                             "signed by anna, and no later checkpoint covers it: a newer checkpoint was "
                             "removed")
                  .arg(promotion)
                  .arg(checkpointDate())});
}

TEST_CASE("after the administrators' key is replaced, a checkpoint with the new key follows one that held")
{
    KeyedCompany k;
    REQUIRE_OK(Checkpoints::write(*k.company));
    SECTION("nothing changed outside") { }
    SECTION("a role given with the shell before")
    {
        exec(k.sql(), QStringLiteral("UPDATE users SET role_id = 1 WHERE username = 'cleo'"));
    }
    const bool tampered = k.count(QStringLiteral("SELECT role_id FROM users WHERE username = 'cleo'")) == 1;
    // anna signs in again, then replaces the administrators' key.
    Checkpoints::atSignIn(*k.company);
    KeyPair fresh;
    k.company->setAdminSigningKey({0, copy(fresh.seed), fresh.publicKey});
    k.company->setTrustedAdminKey(fresh.publicKey);
    k.now = CheckpointTime.addSecs(60);
    const QString oldCheckpoint = QStringLiteral(
                                      "the checkpoint of %1 (giving anna as its signer) is not signed by "
                                      "the administrators' key")
                                      .arg(checkpointDate());
    CHECK(k.verify().problems.value(0) == oldCheckpoint);

    auto written = Checkpoints::attestNewAdminKey(*k.company, k.admins.publicKey);
    REQUIRE_OK(written);
    CHECK(written.value() == !tampered);
    const CheckpointReport report = k.verify();
    if (tampered) {
        CHECK(report.problems.value(0) == oldCheckpoint);
    } else {
        CHECK(report.ok());
        REQUIRE(report.checkpoint);
        CHECK(report.checkpoint->signingPublicKey == fresh.publicKey);
        CHECK(report.checkpoint->createdAt == CheckpointTime.addSecs(60));
    }
}

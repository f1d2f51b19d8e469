// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "TestSupport.h"

#include "services/accounts/AuditLog.h"
#include "services/accounts/AuditService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace stockbook;
using namespace stockbook::test;

namespace {

AuditRecord record(const QString &action, const QString &entityId)
{
    AuditRecord r;
    r.username = QStringLiteral("anna");
    r.action = action;
    r.entity = QStringLiteral("products");
    r.entityId = entityId;
    r.changes = QStringLiteral("{\"price\":[100,120]}");
    r.timestamp = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
    return r;
}

void appendRows(storage::Database &db, int count, const QString &action = QStringLiteral("product.price"))
{
    storage::Transaction tx(db);
    REQUIRE_OK(tx.begin());
    for (int i = 1; i <= count; ++i)
        REQUIRE_OK(AuditLog::append(db, record(action, QString::number(i))));
    REQUIRE_OK(tx.commit());
}

// Direct tampering needs the triggers out of the way, as an attacker with the key would do.
void dropGuards(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList triggers;
    REQUIRE(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_logs'")));
    while (q.next())
        triggers << q.value(0).toString();
    REQUIRE_FALSE(triggers.isEmpty());
    for (const QString &t : triggers)
        exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(t));
}

} // namespace

TEST_CASE("the row hash is SHA-256 over the label, seq, previous hash and the row's fields")
{
    // Worked out independently of AuditLog::rowHash: the same length-prefixed
    // fields fed to SHA-256 by hand.
    auto field = [](const QByteArray &b) {
        QByteArray out(4, '\0');
        qToBigEndian(static_cast<quint32>(b.size()), out.data());
        return out + b;
    };
    const QByteArray prev(32, '\0');
    QByteArray input = field("stockbook-audit-v1") + field("1") + field(prev)
        + field("2026-11-28T10:00:00.000Z") + field("") + field("anna") + field("product.price")
        + field("products") + field("7") + field("{\"price\":[100,120]}");
    const QByteArray expected = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    CHECK(AuditLog::rowHash(1, prev, record(QStringLiteral("product.price"), QStringLiteral("7")), 1)
          == expected);
}

TEST_CASE("hash version 2 tags every row field as NULL or present")
{
    // By hand: label, seq and previous hash length-prefixed as in version 1;
    // then each row field as 0x00 (NULL) or 0x01 and the length-prefixed bytes.
    auto field = [](const QByteArray &b) {
        QByteArray out(4, '\0');
        qToBigEndian(static_cast<quint32>(b.size()), out.data());
        return out + b;
    };
    auto present = [&field](const QByteArray &b) { return QByteArray(1, '\x01') + field(b); };
    const QByteArray absent(1, '\0');
    const QByteArray prev(32, '\x5a');
    AuditRecord r = record(QStringLiteral("product.price"), QString());
    r.userId = 3;
    QByteArray input = field("stockbook-audit-v2") + field("9") + field(prev)
        + present("2026-11-28T10:00:00.000Z") + present("3") + present("anna") + present("product.price")
        + present("products") + absent + present("{\"price\":[100,120]}");
    CHECK(AuditLog::rowHash(9, prev, r) == QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    CHECK(AuditLog::rowHash(9, prev, r, 2) == AuditLog::rowHash(9, prev, r));
    CHECK(AuditLog::rowHash(9, prev, r, 3).isEmpty());
}

TEST_CASE("NULL and the empty string hash differently, and each still verifies once stored")
{
    const QByteArray prev(32, '\0');
    AuditRecord withNull = record(QStringLiteral("login.failed"), QString());
    AuditRecord withEmpty = record(QStringLiteral("login.failed"), QStringLiteral(""));
    REQUIRE(withNull.entityId.isNull());
    REQUIRE_FALSE(withEmpty.entityId.isNull());
    CHECK(AuditLog::rowHash(1, prev, withNull) != AuditLog::rowHash(1, prev, withEmpty));
    // Version 1 could not tell them apart: that is why version 2 exists.
    CHECK(AuditLog::rowHash(1, prev, withNull, 1) == AuditLog::rowHash(1, prev, withEmpty, 1));
    withNull.changes = QString();
    withEmpty.changes = QStringLiteral("");
    CHECK(AuditLog::rowHash(1, prev, withNull) != AuditLog::rowHash(1, prev, withEmpty));

    TempDatabase t;
    {
        storage::Transaction tx(*t.db);
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(AuditLog::append(*t.db, withNull));
        REQUIRE_OK(AuditLog::append(*t.db, withEmpty));
        REQUIRE_OK(tx.commit());
    }
    QSqlQuery q = exec(
        t.db->connection(),
        QStringLiteral("SELECT entity_id IS NULL, changes IS NULL, hash_version FROM audit_logs "
                       "ORDER BY seq"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 1);
    CHECK(q.value(2).toInt() == 2);
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(q.value(1).toInt() == 0);
    CHECK(q.value(2).toInt() == 2);
    auto report = AuditLog::verify(*t.db);
    REQUIRE_OK(report);
    CHECK(report->ok);
    CHECK(report->rows == 2);

    // Turning the stored NULL into '' (as someone with the key could) now shows.
    QSqlDatabase db = t.db->connection();
    dropGuards(db);
    exec(db, QStringLiteral("UPDATE audit_logs SET entity_id = '' WHERE seq = 1"));
    auto tampered = AuditLog::verify(*t.db);
    REQUIRE_OK(tampered);
    CHECK_FALSE(tampered->ok);
    CHECK(tampered->firstBadSeq == 1);
}

TEST_CASE("a company written with hash version 1 still verifies after the upgrade, and new rows are v2")
{
    // tests/data/audit_v1/shop-schema6.stockbook was made by stockbook-cli at
    // schema 6, before hash version 2 (init of "Corner Shop" with admin anna,
    // a wrong password for anna, user add carl, verify); this is its database
    // key. Opening it runs migration 0007.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    REQUIRE(QFile::copy(QStringLiteral(STOCKBOOK_TEST_DATA_DIR "/audit_v1/shop-schema6.stockbook"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray dekBytes = QByteArray::fromHex(
        "4dc071ff6f0ff8b4a3e1707667494b1e2852bbce503efa29249149227479fb76");
    const SecretBytes dek = SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(dekBytes.constData()),
                                                 static_cast<std::size_t>(dekBytes.size())});
    {
        auto raw = storage::Database::openUnmigrated(path, dek, false);
        REQUIRE_OK(raw);
        CHECK(raw.value()->schemaVersion() == 6);
    }
    auto opened = storage::Database::open(path, dek);
    REQUIRE_OK(opened);
    storage::Database &db = *opened.value();
    CHECK(db.schemaVersion() >= 7);

    QSqlQuery old = exec(db.connection(),
                         QStringLiteral("SELECT count(*), min(hash_version), max(hash_version), "
                                        "sum(user_id IS NULL) FROM audit_logs"));
    REQUIRE(old.next());
    const qint64 oldRows = old.value(0).toLongLong();
    CHECK(oldRows == 5);
    CHECK(old.value(1).toInt() == 1);
    CHECK(old.value(2).toInt() == 1);
    CHECK(old.value(3).toInt() >= 1); // the failed sign-in has no user id
    auto before = AuditLog::verify(db);
    REQUIRE_OK(before);
    CHECK(before->ok);
    CHECK(before->rows == oldRows);
    // The head verify printed for the file when it was made.
    CHECK(before->head.hash.toHex()
          == QByteArrayLiteral("e7dcbe94579921883709631c61db32e8466c7635637e9699ca97bf0003466746"));

    {
        storage::Transaction tx(db);
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(AuditLog::append(db, record(QStringLiteral("product.price"), QString())));
        REQUIRE_OK(tx.commit());
    }
    QSqlQuery added = exec(
        db.connection(),
        QStringLiteral("SELECT seq, hash_version, prev_hash FROM audit_logs ORDER BY seq DESC "
                       "LIMIT 1"));
    REQUIRE(added.next());
    CHECK(added.value(0).toLongLong() == oldRows + 1);
    CHECK(added.value(1).toInt() == 2);
    CHECK(added.value(2).toByteArray() == before->head.hash);
    auto after = AuditLog::verify(db, before->head);
    REQUIRE_OK(after);
    CHECK(after->ok);
    CHECK(after->rows == oldRows + 1);

    // A version 1 row after a version 2 row is refused by the table, and
    // verify names it when the trigger is out of the way.
    const QString insertV1 =
        QStringLiteral(
            "INSERT INTO audit_logs (seq, timestamp, username, action, prev_hash, row_hash, hash_version) "
            "VALUES (%1, '2026-11-28T10:00:00.000Z', 'anna', 'x', zeroblob(32), zeroblob(32), 1)")
            .arg(oldRows + 2);
    CHECK(storage::errorFromSql(tryExec(db.connection(), insertV1)).code == ErrorCode::ConstraintTrigger);
    exec(db.connection(), QStringLiteral("DROP TRIGGER trg_audit_logs_hash_version"));
    const QByteArray head = after->head.hash;
    AuditRecord late = record(QStringLiteral("x"), QString());
    exec(db.connection(),
         QStringLiteral(
             "INSERT INTO audit_logs (seq, timestamp, username, action, entity, entity_id, changes, "
             "prev_hash, row_hash, hash_version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 1)"),
         {oldRows + 2, QStringLiteral("2026-11-28T10:00:00.000Z"), late.username, late.action, late.entity,
          late.changes, head, AuditLog::rowHash(oldRows + 2, head, late, 1)});
    auto downgraded = AuditLog::verify(db);
    REQUIRE_OK(downgraded);
    CHECK_FALSE(downgraded->ok);
    CHECK(downgraded->firstBadSeq == oldRows + 2);
    CHECK(downgraded->problem.contains(QStringLiteral("hash version 1 after rows of version 2")));
}

TEST_CASE("audit changes hold a user's text as a value, never as keys")
{
    // A company name built into JSON by concatenation would add a "role" key.
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = QStringLiteral("Evil\",\"role\":\"admin");
    auto created = CompanyService::create(dir.filePath(QStringLiteral("shop.stockbook")), name,
                                          QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(created);
    QSqlQuery q = exec(created->company->database().connection(),
                       QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'company.create'"));
    REQUIRE(q.next());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    CHECK(doc.object().keys() == QStringList{QStringLiteral("company")});
    CHECK(doc.object().value(QStringLiteral("company")).toString() == name);
}

TEST_CASE("appended rows form a gapless chain that verifies")
{
    TempDatabase t;
    auto empty = AuditLog::verify(*t.db);
    REQUIRE_OK(empty);
    CHECK(empty->ok);
    CHECK(empty->rows == 0);

    appendRows(*t.db, 5);
    auto report = AuditLog::verify(*t.db);
    REQUIRE_OK(report);
    CHECK(report->ok);
    CHECK(report->rows == 5);
    auto head = AuditLog::head(*t.db);
    REQUIRE_OK(head);
    CHECK(head->seq == 5);
    CHECK(report->head == head.value());
    auto anchored = AuditLog::verify(*t.db, head.value());
    REQUIRE_OK(anchored);
    CHECK(anchored->ok);
}

TEST_CASE("an audit entry rolls back with the change it records")
{
    TempDatabase t;
    {
        storage::Transaction tx(*t.db);
        REQUIRE_OK(tx.begin());
        REQUIRE_OK(AuditLog::append(*t.db, record(QStringLiteral("product.price"), QStringLiteral("1"))));
    }
    auto head = AuditLog::head(*t.db);
    REQUIRE_OK(head);
    CHECK(head->seq == 0);
}

TEST_CASE("the audit log refuses UPDATE and DELETE")
{
    TempDatabase t;
    appendRows(*t.db, 2);
    QSqlDatabase db = t.db->connection();
    CHECK(
        storage::errorFromSql(tryExec(db, QStringLiteral("UPDATE audit_logs SET action = 'x' WHERE seq = 1")))
            .code
        == ErrorCode::ConstraintTrigger);
    CHECK(storage::errorFromSql(tryExec(db, QStringLiteral("DELETE FROM audit_logs WHERE seq = 2"))).code
          == ErrorCode::ConstraintTrigger);
    auto report = AuditLog::verify(*t.db);
    REQUIRE_OK(report);
    CHECK(report->ok);
}

TEST_CASE("verification names the first row changed, removed or reordered")
{
    TempDatabase t;
    appendRows(*t.db, 6);
    QSqlDatabase db = t.db->connection();
    auto anchor = AuditLog::head(*t.db);
    REQUIRE_OK(anchor);
    dropGuards(db);

    SECTION("a changed field")
    {
        exec(db, QStringLiteral("UPDATE audit_logs SET changes = '{\"price\":[100,99]}' WHERE seq = 4"));
        auto report = AuditLog::verify(*t.db);
        REQUIRE_OK(report);
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadSeq == 4);
        CHECK(report->problem.contains(QStringLiteral("4")));
    }
    SECTION("a removed row in the middle")
    {
        exec(db, QStringLiteral("DELETE FROM audit_logs WHERE seq = 3"));
        auto report = AuditLog::verify(*t.db);
        REQUIRE_OK(report);
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadSeq == 3);
    }
    SECTION("two rows swapped")
    {
        exec(db, QStringLiteral("UPDATE audit_logs SET seq = 1000 WHERE seq = 2"));
        exec(db, QStringLiteral("UPDATE audit_logs SET seq = 2 WHERE seq = 5"));
        exec(db, QStringLiteral("UPDATE audit_logs SET seq = 5 WHERE seq = 1000"));
        auto report = AuditLog::verify(*t.db);
        REQUIRE_OK(report);
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadSeq == 2);
    }
    SECTION("rows removed from the end are caught by the anchor")
    {
        exec(db, QStringLiteral("DELETE FROM audit_logs WHERE seq >= 5"));
        auto unanchored = AuditLog::verify(*t.db);
        REQUIRE_OK(unanchored);
        CHECK(unanchored->ok); // without the outside copy a clean cut is invisible
        auto report = AuditLog::verify(*t.db, anchor.value());
        REQUIRE_OK(report);
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadSeq == 5);
    }
    SECTION("a whole chain rewritten consistently is caught by the anchor")
    {
        exec(db, QStringLiteral("DELETE FROM audit_logs"));
        appendRows(*t.db, 6, QStringLiteral("product.view"));
        auto report = AuditLog::verify(*t.db, anchor.value());
        REQUIRE_OK(report);
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadSeq == 6);
    }
}

TEST_CASE("audit entries read as sentences: settings, users and refunds by name, amounts written out")
{
    TestCompany tc; // signed in as anna, the admin; the C locale writes 7.35
    const AuditService audit(*tc.company);
    CHECK(audit.describe({QStringLiteral("anna"),
                          QStringLiteral("company.setup"),
                          QStringLiteral("settings"),
                          {},
                          QStringLiteral("{\"currency\":\"EUR\",\"default_tax_rate_bp\":750}")})
          == QStringLiteral("anna set the currency to EUR and the default tax rate to 7.5 %"));
    CHECK(audit.describe({QStringLiteral("anna"), QStringLiteral("user.deactivate"), QStringLiteral("users"),
                          QString::number(tc.userIds.value(QStringLiteral("clerk"))), QStringLiteral("{}")})
          == QStringLiteral("anna deactivated the user cleo"));
    CHECK(audit.describe({QStringLiteral("max"), QStringLiteral("payment.refund"), QStringLiteral("payments"),
                          QStringLiteral("4"),
                          QStringLiteral("{\"invoice\":\"S-2026-000001\",\"amount\":735}")})
          == QStringLiteral("max refunded 7.35 on S-2026-000001"));
    CHECK(audit.describe({QStringLiteral("anna"), QStringLiteral("user.create"), QStringLiteral("users"),
                          QStringLiteral("3"), QStringLiteral("{\"username\":\"cleo\",\"role\":\"clerk\"}")})
          == QStringLiteral("anna created the user cleo as Clerk"));
}

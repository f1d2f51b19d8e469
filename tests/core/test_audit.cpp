// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "TestSupport.h"

#include "services/accounts/AuditLog.h"
#include "services/accounts/AuditService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
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
    CHECK(AuditLog::rowHash(1, prev, record(QStringLiteral("product.price"), QStringLiteral("7")))
          == expected);
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

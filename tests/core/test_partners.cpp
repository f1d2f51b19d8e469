// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "services/partners/PartnerService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace stockbook;
using namespace stockbook::test;

namespace {

PartnerInput acme()
{
    PartnerInput p;
    p.name = QStringLiteral("Acme Ltd");
    p.email = QStringLiteral("Orders@Acme.example");
    p.phone = QStringLiteral("+44 (0)20 7946 0000");
    p.address = QStringLiteral("1 High Street\nLondon");
    p.taxId = QStringLiteral("GB123456789");
    p.paymentTermsDays = 30;
    p.notes = QStringLiteral("Deliveries before noon");
    return p;
}

qlonglong count(TestCompany &tc, const QString &sql)
{
    QSqlQuery q = exec(tc.sql(), sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void requireField(const Result<qint64> &r, const QString &field)
{
    REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
    CHECK(r.error().field == field);
}

} // namespace

TEST_CASE("customers and suppliers are created, read back and found by e-mail regardless of case")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    for (PartnerKind kind : {PartnerKind::Customer, PartnerKind::Supplier}) {
        auto id = partners.create(kind, acme());
        REQUIRE_OK(id);
        auto got = partners.get(kind, id.value());
        REQUIRE_OK(got);
        CHECK(got->name == QStringLiteral("Acme Ltd"));
        CHECK(got->address == QStringLiteral("1 High Street\nLondon"));
        CHECK(got->paymentTermsDays == 30);
        auto found = partners.findByEmail(kind, QStringLiteral("orders@ACME.example"));
        REQUIRE_OK(found);
        CHECK(found->id == id.value());
        REQUIRE_ERROR(partners.findByEmail(kind, QStringLiteral("none@acme.example")), ErrorCode::NotFound);
    }
    // The same address may be a customer and a supplier: one row each.
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM suppliers")) == 1);
}

TEST_CASE("partner validation names the field")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    PartnerInput p = acme();
    p.name = QStringLiteral("  ");
    requireField(partners.create(PartnerKind::Customer, p), QStringLiteral("name"));
    for (const QString &bad : {QStringLiteral("no-at-sign"), QStringLiteral("a@b"),
                               QStringLiteral("two@@example.com"), QStringLiteral("sp ace@example.com"),
                               QStringLiteral("@example.com"), QStringLiteral("x@.example")}) {
        p = acme();
        p.email = bad;
        INFO(bad.toStdString());
        requireField(partners.create(PartnerKind::Customer, p), QStringLiteral("email"));
    }
    p = acme();
    p.paymentTermsDays = 366;
    requireField(partners.create(PartnerKind::Supplier, p), QStringLiteral("payment_terms_days"));
    p.paymentTermsDays = -1;
    requireField(partners.create(PartnerKind::Supplier, p), QStringLiteral("payment_terms_days"));
    p = acme();
    p.phone = QStringLiteral("call me");
    requireField(partners.create(PartnerKind::Customer, p), QStringLiteral("phone"));
    p = acme();
    p.taxId = QString(41, u'9');
    requireField(partners.create(PartnerKind::Customer, p), QStringLiteral("tax_id"));
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM suppliers")) == 0);

    p = acme();
    p.email.clear();
    p.paymentTermsDays = 0;
    REQUIRE_OK(partners.create(PartnerKind::Customer, p));
    p.paymentTermsDays = 365;
    REQUIRE_OK(partners.create(PartnerKind::Customer, p)); // no e-mail: no uniqueness to break
}

TEST_CASE("a duplicate e-mail is refused regardless of case, naming the address")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    auto first = partners.create(PartnerKind::Customer, acme());
    REQUIRE_OK(first);
    PartnerInput other = acme();
    other.name = QStringLiteral("Other");
    other.email = QStringLiteral("ORDERS@acme.EXAMPLE");
    auto dup = partners.create(PartnerKind::Customer, other);
    requireField(dup, QStringLiteral("email"));
    CHECK(dup.error().message.contains(QStringLiteral("ORDERS@acme.EXAMPLE")));

    other.email = QStringLiteral("other@acme.example");
    auto second = partners.create(PartnerKind::Customer, other);
    REQUIRE_OK(second);
    other.email = QStringLiteral("orders@acme.example");
    auto updated = partners.update(PartnerKind::Customer, second.value(), other);
    REQUIRE_ERROR(updated, ErrorCode::InvalidArgument);
    CHECK(updated.error().field == QStringLiteral("email"));
}

TEST_CASE("a partner update is audited with old and new values and deactivation hides it from the list")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    auto id = partners.create(PartnerKind::Supplier, acme());
    REQUIRE_OK(id);
    PartnerInput changed = acme();
    changed.paymentTermsDays = 60;
    REQUIRE_OK(partners.update(PartnerKind::Supplier, id.value(), changed));
    QSqlQuery q = exec(tc.sql(),
                       QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'supplier.update'"));
    REQUIRE(q.next());
    const QJsonObject terms = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                  .object()
                                  .value(QStringLiteral("payment_terms_days"))
                                  .toObject();
    CHECK(terms.value(QStringLiteral("old")).toInt() == 30);
    CHECK(terms.value(QStringLiteral("new")).toInt() == 60);

    REQUIRE_OK(partners.deactivate(PartnerKind::Supplier, id.value()));
    auto active = partners.list(PartnerKind::Supplier);
    REQUIRE_OK(active);
    CHECK(active->isEmpty());
    auto all = partners.list(PartnerKind::Supplier, QStringLiteral("acme"), true);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->constFirst().active);
}

TEST_CASE("a partner changed elsewhere since it was read is not overwritten by an older copy")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    auto id = partners.create(PartnerKind::Supplier, acme());
    REQUIRE_OK(id);
    auto seen = partners.get(PartnerKind::Supplier, id.value());
    REQUIRE_OK(seen);

    PartnerInput first = acme();
    first.phone = QStringLiteral("+33 1 23 45");
    first.expectedUpdatedAt = seen->updatedAt;
    REQUIRE_OK(partners.update(PartnerKind::Supplier, id.value(), first));

    PartnerInput stale = acme();
    stale.notes = QStringLiteral("from an old copy");
    stale.expectedUpdatedAt = seen->updatedAt;
    auto refused = partners.update(PartnerKind::Supplier, id.value(), stale);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    CHECK(refused.error().message.startsWith(
        QStringLiteral("Supplier %1 was saved on another workstation").arg(acme().name)));
    auto kept = partners.get(PartnerKind::Supplier, id.value());
    REQUIRE_OK(kept);
    CHECK(kept->phone == QStringLiteral("+33 1 23 45"));
    CHECK(kept->notes == acme().notes);
    // Without a version (the command line's import), the change goes through as before.
    stale.expectedUpdatedAt.clear();
    REQUIRE_OK(partners.update(PartnerKind::Supplier, id.value(), stale));
}

TEST_CASE("a clerk edits customers, reads suppliers for invoices, but cannot edit suppliers")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    auto supplier = PartnerService(*tc.company).create(PartnerKind::Supplier, acme());
    REQUIRE_OK(supplier);
    tc.actAs(QStringLiteral("clerk"));
    PartnerService partners(*tc.company);
    REQUIRE_OK(partners.create(PartnerKind::Customer, acme()));
    REQUIRE_OK(partners.list(PartnerKind::Customer));
    REQUIRE_OK(partners.list(PartnerKind::Supplier));
    REQUIRE_OK(partners.get(PartnerKind::Supplier, supplier.value()));
    const qlonglong denied = count(
        tc, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"));
    PartnerInput other = acme();
    other.email = QStringLiteral("new@acme.example");
    REQUIRE_ERROR(partners.create(PartnerKind::Supplier, other), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(partners.update(PartnerKind::Supplier, supplier.value(), other),
                  ErrorCode::PermissionDenied);
    REQUIRE_ERROR(partners.deactivate(PartnerKind::Supplier, supplier.value()), ErrorCode::PermissionDenied);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"))
          == denied + 3);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM suppliers")) == 1);
}

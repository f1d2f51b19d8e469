// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The business rules of core/domain, each decision worked out by hand.
#include "CompanyFixture.h"

#include "domain/Catalog.h"
#include "domain/Currency.h"
#include "domain/Invoice.h"
#include "domain/Settings.h"
#include "domain/Stock.h"
#include "services/invoices/InvoiceService.h"
#include "services/invoices/InvoiceStore.h"
#include "services/settings/SettingsService.h"
#include "services/stock/StockService.h"
#include "services/stock/WarehouseService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace stockbook;
using namespace stockbook::test;

namespace {

Invoice invoiceOf(InvoiceType type, InvoiceStatus status)
{
    Invoice inv;
    inv.type = type;
    inv.status = status;
    inv.number = status == InvoiceStatus::Draft ? QString() : QStringLiteral("S-2026-000007");
    return inv;
}

// The error's field, or "ok" when the rule allowed the operation.
QString verdict(const Result<void> &r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().field;
}

QSet<QString> namesIn(const QString &sqlList)
{
    QSet<QString> out;
    for (const QString &part : sqlList.split(QLatin1Char(','))) {
        const QString quoted = part.trimmed();
        REQUIRE(quoted.size() > 2);
        REQUIRE(quoted.startsWith(QLatin1Char('\'')));
        REQUIRE(quoted.endsWith(QLatin1Char('\'')));
        out.insert(quoted.mid(1, quoted.size() - 2));
    }
    return out;
}

} // namespace

TEST_CASE("void: only a posted sale or purchase, in any paid state, may be voided")
{
    using S = InvoiceStatus;
    // status -> expected verdict for a sale and for a purchase (the same).
    const std::pair<S, const char *> table[] = {
        {S::Draft, "status"}, {S::Posted, "ok"}, {S::PartlyPaid, "ok"}, {S::Paid, "ok"}, {S::Void, "status"},
    };
    for (const auto &[status, expected] : table) {
        INFO("status " << invoiceStatusName(status).toStdString());
        CHECK(verdict(mayVoid(invoiceOf(InvoiceType::Sale, status))) == QLatin1String(expected));
        CHECK(verdict(mayVoid(invoiceOf(InvoiceType::Purchase, status))) == QLatin1String(expected));
        // A credit note is final in every status.
        CHECK(verdict(mayVoid(invoiceOf(InvoiceType::CreditNote, status))) == QLatin1String("type"));
    }

    const Invoice draft = invoiceOf(InvoiceType::Sale, S::Draft);
    REQUIRE_ERROR(mayVoid(draft), ErrorCode::InvalidState);
    CHECK(mayVoid(draft).error().message == QLatin1String("A draft is not voided: delete it instead."));
    const Invoice gone = invoiceOf(InvoiceType::Sale, S::Void);
    CHECK(mayVoid(gone).error().message == QLatin1String("Invoice S-2026-000007 is already void."));
}

TEST_CASE("void: a payment standing or a credit note issued blocks it, payments named first")
{
    const Invoice posted = invoiceOf(InvoiceType::Sale, InvoiceStatus::PartlyPaid);
    CHECK(verdict(mayVoid(posted, {0, 0})) == QLatin1String("ok"));
    const auto paid = mayVoid(posted, {2, 0});
    REQUIRE_ERROR(paid, ErrorCode::InvalidState);
    CHECK(paid.error().field == QLatin1String("payments"));
    CHECK(paid.error().message
          == QLatin1String("Invoice S-2026-000007 has 2 payment(s) recorded. Reverse them first, then void "
                           "the invoice."));
    CHECK(verdict(mayVoid(posted, {0, 1})) == QLatin1String("credit_notes"));
    CHECK(verdict(mayVoid(posted, {1, 1})) == QLatin1String("payments"));
    // The state comes before the counts: a void invoice with payments is "already void".
    CHECK(verdict(mayVoid(invoiceOf(InvoiceType::Sale, InvoiceStatus::Void), {3, 0}))
          == QLatin1String("status"));
}

TEST_CASE("credit: only a sale that is posted, partly paid or paid may be credited")
{
    using S = InvoiceStatus;
    const std::pair<S, const char *> table[] = {
        {S::Draft, "status"}, {S::Posted, "ok"}, {S::PartlyPaid, "ok"}, {S::Paid, "ok"}, {S::Void, "status"},
    };
    for (const auto &[status, expected] : table) {
        INFO("status " << invoiceStatusName(status).toStdString());
        CHECK(verdict(mayCredit(invoiceOf(InvoiceType::Sale, status))) == QLatin1String(expected));
        CHECK(verdict(mayCredit(invoiceOf(InvoiceType::Purchase, status))) == QLatin1String("type"));
        CHECK(verdict(mayCredit(invoiceOf(InvoiceType::CreditNote, status))) == QLatin1String("type"));
    }
    const auto voided = mayCredit(invoiceOf(InvoiceType::Sale, S::Void));
    REQUIRE_ERROR(voided, ErrorCode::InvalidState);
    CHECK(voided.error().message == QLatin1String("Only a posted sale can be credited; this one is void."));
}

TEST_CASE("pay: only a posted or partly paid sale or purchase takes a payment")
{
    using S = InvoiceStatus;
    const std::pair<S, const char *> table[] = {
        {S::Draft, "status"}, {S::Posted, "ok"},   {S::PartlyPaid, "ok"},
        {S::Paid, "status"},  {S::Void, "status"},
    };
    for (const auto &[status, expected] : table) {
        INFO("status " << invoiceStatusName(status).toStdString());
        CHECK(verdict(mayPay(invoiceOf(InvoiceType::Sale, status))) == QLatin1String(expected));
        CHECK(verdict(mayPay(invoiceOf(InvoiceType::Purchase, status))) == QLatin1String(expected));
        CHECK(verdict(mayPay(invoiceOf(InvoiceType::CreditNote, status))) == QLatin1String("invoice"));
    }
    CHECK(mayPay(invoiceOf(InvoiceType::Sale, S::Paid)).error().message
          == QLatin1String("Invoice S-2026-000007 is paid in full."));
    CHECK(mayPay(invoiceOf(InvoiceType::Sale, S::Draft)).error().message
          == QLatin1String("Invoice (draft) is draft and takes no payments; post it first."));
    CHECK(mayPay(invoiceOf(InvoiceType::Purchase, S::Void)).error().message
          == QLatin1String("Invoice S-2026-000007 is void and takes no payments; post it first."));
}

TEST_CASE("the status after payments: posted, partly paid, paid")
{
    Invoice inv = invoiceOf(InvoiceType::Sale, InvoiceStatus::Posted);
    inv.totalAmount = 1000; // 10.00
    CHECK(statusAfterPayments(inv, 0) == InvoiceStatus::Posted);
    CHECK(statusAfterPayments(inv, 1) == InvoiceStatus::PartlyPaid);
    CHECK(statusAfterPayments(inv, 999) == InvoiceStatus::PartlyPaid);
    CHECK(statusAfterPayments(inv, 1000) == InvoiceStatus::Paid);
    // 3.00 credited: 7.00 paid settles it, 6.99 does not.
    inv.creditedAmount = 300;
    CHECK(statusAfterPayments(inv, 699) == InvoiceStatus::PartlyPaid);
    CHECK(statusAfterPayments(inv, 700) == InvoiceStatus::Paid);
    // Credited in full and nothing paid: still posted (no payment was made).
    inv.creditedAmount = 1000;
    CHECK(statusAfterPayments(inv, 0) == InvoiceStatus::Posted);
}

TEST_CASE("a tax rate lies from 0 to 10000 basis points (0 % to 100 %), both included")
{
    CHECK(MinTaxRateBp == 0);
    CHECK(MaxTaxRateBp == 10000); // 100 %
    for (const qint64 inside : {qint64{0}, qint64{1}, qint64{2000}, qint64{9999}, qint64{10000}}) {
        INFO(inside);
        CHECK(isValidTaxRate(inside));
        REQUIRE_OK(checkTaxRate(inside));
    }
    // 150 % (15000) was allowed up to 1000 % before.
    for (const qint64 outside : {qint64{-1}, qint64{10001}, qint64{15000}, qint64{100000}, qint64{-100000},
                                 std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}) {
        INFO(outside);
        CHECK_FALSE(isValidTaxRate(outside));
        const auto r = checkTaxRate(outside, QStringLiteral("tax_rate"));
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(r.error().field == QLatin1String("tax_rate"));
        CHECK(r.error().message == QLatin1String("A tax rate is between 0 % and 100 %."));
    }
    CHECK(checkTaxRate(-1).error().field == QLatin1String("rate"));
}

TEST_CASE("a currency is a three-letter ISO 4217 code of a currency Qt's locales use")
{
    for (const char *known : {"EUR", "GBP", "USD", "CHF", "JPY", "SEK", "PLN", "CZK", "INR", "ZAR"}) {
        INFO(known);
        CHECK(isKnownCurrencyCode(QString::fromLatin1(known)));
        REQUIRE_OK(checkCurrencyCode(QString::fromLatin1(known)));
    }
    // Three capitals, but no currency: refused, saying the code is unknown.
    for (const char *unknown : {"ZZZ", "ABC", "EUX"}) {
        INFO(unknown);
        CHECK_FALSE(isKnownCurrencyCode(QString::fromLatin1(unknown)));
        const auto r = checkCurrencyCode(QString::fromLatin1(unknown), QStringLiteral("company.currency"));
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(r.error().field == QLatin1String("company.currency"));
        CHECK(
            r.error().message
            == QStringLiteral("%1 is not a known currency code. Enter the three-letter ISO 4217 code of your "
                              "currency, such as EUR, GBP or USD.")
                   .arg(QString::fromLatin1(unknown)));
    }
    // Not three capitals: refused, saying what to type.
    for (const char *malformed : {"", "eur", "EURO", "E1R", "EU", " EUR"}) {
        INFO(malformed);
        CHECK_FALSE(isKnownCurrencyCode(QString::fromLatin1(malformed)));
        const auto r = checkCurrencyCode(QString::fromLatin1(malformed));
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(r.error().field == QLatin1String("currency"));
        CHECK(
            r.error().message
            == QLatin1String("Enter the currency as its three-letter ISO 4217 code in capitals, such as EUR, "
                             "GBP or USD."));
    }
}

TEST_CASE("each movement type's direction")
{
    using M = MovementType;
    const std::tuple<M, const char *, bool> table[] = {
        {M::Receipt, "receipt", true},
        {M::Sale, "sale", false},
        {M::Return, "return", true},
        {M::TransferOut, "transfer_out", false},
        {M::TransferIn, "transfer_in", true},
        {M::AdjustmentIn, "adjustment_in", true},
        {M::AdjustmentOut, "adjustment_out", false},
        {M::VoidIn, "void_in", true},
        {M::VoidOut, "void_out", false},
    };
    REQUIRE(std::size(table) == AllMovementTypes.size());
    for (const auto &[type, name, in] : table) {
        INFO(name);
        CHECK(movementTypeName(type) == QLatin1String(name));
        CHECK(movementTypeFromName(QLatin1String(name)) == type);
        CHECK(addsStock(type) == in);
    }
    CHECK_FALSE(movementTypeFromName(QStringLiteral("Receipt")).has_value());
    CHECK_FALSE(movementTypeFromName(QStringLiteral("receipt'")).has_value());
}

TEST_CASE("the SQL IN lists hold exactly the inbound and the outbound types")
{
    CHECK(inboundMovementTypesSql()
          == QLatin1String("'receipt', 'return', 'transfer_in', 'adjustment_in', 'void_in'"));
    CHECK(outboundMovementTypesSql()
          == QLatin1String("'sale', 'transfer_out', 'adjustment_out', 'void_out'"));

    const QSet<QString> in = namesIn(inboundMovementTypesSql());
    const QSet<QString> out = namesIn(outboundMovementTypesSql());
    CHECK(in
          == QSet<QString>{QStringLiteral("receipt"), QStringLiteral("return"), QStringLiteral("transfer_in"),
                           QStringLiteral("adjustment_in"), QStringLiteral("void_in")});
    CHECK(out
          == QSet<QString>{QStringLiteral("sale"), QStringLiteral("transfer_out"),
                           QStringLiteral("adjustment_out"), QStringLiteral("void_out")});

    // Together they are the schema's list of movement types, none twice.
    QFile schema(QStringLiteral(STOCKBOOK_SOURCE_DIR "/schema/0001_initial.sql"));
    REQUIRE(schema.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(schema.readAll());
    const auto m = QRegularExpression(
                       QStringLiteral("ck_stock_movements_type CHECK \\(type IN \\(([^)]*)\\)"))
                       .match(text);
    REQUIRE(m.hasMatch());
    const QSet<QString> all = namesIn(m.captured(1).simplified());
    CHECK(all.size() == 9);
    CHECK((in & out).isEmpty());
    CHECK((in | out) == all);
}

TEST_CASE("invoice.prices_include_tax: every accepted and refused text")
{
    const std::pair<const char *, bool> accepted[] = {
        {"1", true},   {"true", true},   {"yes", true},    {"TRUE", true}, {"Yes", true},
        {" 1 ", true}, {"0", false},     {"false", false}, {"no", false},  {"FALSE", false},
        {"No", false}, {"\t0\n", false}, {"", true},       {"   ", true}, // unset: the default, prices
                                                                          // include tax
    };
    for (const auto &[text, value] : accepted) {
        INFO('"' << text << '"');
        const auto parsed = parsePricesIncludeTax(QString::fromLatin1(text));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
        CHECK(pricesIncludeTaxSetting(QString::fromLatin1(text)) == value);
    }
    for (const char *text :
         {"2", "-1", "on", "off", "y", "n", "t", "f", "01", "1.0", "yes please", "ja", "nein"}) {
        INFO('"' << text << '"');
        CHECK_FALSE(parsePricesIncludeTax(QString::fromLatin1(text)).has_value());
        // Read as the default where a value is needed.
        CHECK(pricesIncludeTaxSetting(QString::fromLatin1(text)) == true);
    }
    CHECK(pricesIncludeTaxText(true) == QLatin1String("1"));
    CHECK(pricesIncludeTaxText(false) == QLatin1String("0"));
    CHECK(pricesIncludeTaxKey() == QLatin1String("invoice.prices_include_tax"));
}

TEST_CASE("the settings and the invoices read the stored prices_include_tax alike")
{
    // Before there was one parser, the invoice store read "false" as true
    // (only "0" meant false) and the settings read "true" as false (only "1"
    // or nothing meant true): a sale and the settings screen disagreed.
    TestCompany tc;
    const std::pair<const char *, bool> stored[] = {
        {"false", false}, {"true", true}, {"0", false}, {"1", true}, {"no", false}, {"YES", true}, {"", true},
    };
    for (const auto &[text, expected] : stored) {
        INFO('"' << text << '"');
        exec(tc.sql(),
             QStringLiteral("UPDATE settings SET value = ? WHERE key = 'invoice.prices_include_tax'"),
             {QString::fromLatin1(text)});
        auto settings = SettingsService(*tc.company).get();
        REQUIRE_OK(settings);
        CHECK(settings->pricesIncludeTax == expected);
        auto forInvoices = InvoiceStore(tc.db()).pricesIncludeTax();
        REQUIRE_OK(forInvoices);
        CHECK(forInvoices.value() == expected);
    }
}

TEST_CASE("a missing warehouse has one wording")
{
    const Error e = noSuchWarehouse(QStringLiteral(" EAST "));
    CHECK(e.code == ErrorCode::NotFound);
    CHECK(e.field == QLatin1String("warehouse"));
    CHECK(e.message == QLatin1String("There is no warehouse EAST. Check the warehouse code."));
    CHECK(noSuchWarehouse(QStringLiteral("7"), QStringLiteral("from")).field == QLatin1String("from"));
}

TEST_CASE("the services name a missing warehouse in that wording")
{
    TestCompany tc;
    const QString expected = QStringLiteral("There is no warehouse NOPE. Check the warehouse code.");
    auto byCode = WarehouseService(*tc.company).byCode(QStringLiteral("NOPE"));
    REQUIRE_ERROR(byCode, ErrorCode::NotFound);
    CHECK(byCode.error().message == expected);
    auto lookup = InvoiceService(*tc.company).warehouseIdByCode(QStringLiteral("NOPE"));
    REQUIRE_ERROR(lookup, ErrorCode::NotFound);
    CHECK(lookup.error().message == expected);
    auto levels = StockService(*tc.company).levels(WarehouseKey(QStringLiteral("NOPE")));
    REQUIRE_ERROR(levels, ErrorCode::NotFound);
    CHECK(levels.error().message == expected);
}

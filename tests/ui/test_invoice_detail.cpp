// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The invoice detail dialog's corrections: the credit note dialog, the
// credit note's number reported, and the refund offered when a credit note
// leaves the invoice paid over.
#include "CompanyFixture.h"
#include "UiDriver.h"

#include "Clock.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/RefundDialog.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace stockbook;
using stockbook::test::named;
using stockbook::test::showActive;

namespace {

const QSize Screen(1024, 700);

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
}

// Cheese at 7.35 a kg and eggs at 3.33 (tax included), ten of each on the
// shelf, a customer Alice Archer. Everything dated 2026-05-04.
struct Shop {
    ClockOverride clock{fixedNow};
    test::TestCompany tc;
    qint64 cheese = 0;
    qint64 eggs = 0;
    qint64 customer = 0;

    Shop()
    {
        QStandardPaths::setTestModeEnabled(true);
        tc.actAs(QStringLiteral("manager"));
        CatalogService catalog(*tc.company);
        for (const auto &[sku, name, price, unit, id] :
             {std::tuple{"CHEESE", "Mountain cheese, matured twelve months", qint64{735}, "kg", &cheese},
              std::tuple{"EGGS", "Eggs", qint64{333}, "piece", &eggs}}) {
            ProductInput in;
            in.sku = QString::fromLatin1(sku);
            in.name = QString::fromLatin1(name);
            in.unit = QString::fromLatin1(unit);
            in.price = price;
            auto made = catalog.createProduct(in);
            REQUIRE_OK(made);
            *id = made.value();
        }
        PartnerInput alice;
        alice.name = QStringLiteral("Alice Archer");
        auto c = PartnerService(*tc.company).create(PartnerKind::Customer, alice);
        REQUIRE_OK(c);
        customer = c.value();
        InvoiceDraft purchase;
        purchase.type = InvoiceType::Purchase;
        purchase.partnerId = PartnerService(*tc.company).create(PartnerKind::Supplier, alice).value();
        purchase.warehouseId = 1;
        purchase.lines = {InvoiceLineInput{cheese, {}, 10'000, 100, 0, {}},
                          InvoiceLineInput{eggs, {}, 10'000, 100, 0, {}}};
        REQUIRE_OK(InvoiceService(*tc.company).createAndPost(purchase));
    }

    // A posted sale: `kg` thousandths of cheese and `eggs` pieces.
    Invoice sale(qint64 kg, qint64 pieces)
    {
        InvoiceDraft d;
        d.type = InvoiceType::Sale;
        d.partnerId = customer;
        d.warehouseId = 1;
        d.lines = {InvoiceLineInput{cheese, {}, kg, {}, 0, {}},
                   InvoiceLineInput{eggs, {}, pieces * 1000, {}, 0, {}}};
        auto posted = InvoiceService(*tc.company).createAndPost(d);
        REQUIRE_OK(posted);
        return posted.value();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(tc.sql());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

// The German locale for numbers while it lives, with Stockbook's German.
struct German {
    QLocale before = QLocale();
    test::Language language{QStringLiteral("de")};
    German() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~German() { QLocale::setDefault(before); }
};

// Saves a PNG of the widget when STOCKBOOK_PNG_DIR names a folder, to look at.
void savePng(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("STOCKBOOK_PNG_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

// Every column of the credit lines lies wholly in the viewport, no scrolling
// needed, each at least as wide as its header and its texts.
void requireColumnsReadable(QTableWidget *lines)
{
    QCoreApplication::processEvents();
    CHECK_FALSE(lines->horizontalScrollBar()->isVisible());
    const QRect viewport = lines->viewport()->rect();
    const QFontMetrics header(lines->horizontalHeader()->font());
    const QFontMetrics cells(lines->font());
    for (int c = 0; c < lines->columnCount(); ++c) {
        const QString title = lines->horizontalHeaderItem(c)->text();
        INFO("column " << c << " " << title.toStdString() << " width " << lines->columnWidth(c));
        const int x = lines->columnViewportPosition(c);
        CHECK(x >= 0);
        CHECK(x + lines->columnWidth(c) <= viewport.width());
        CHECK(lines->columnWidth(c) >= header.horizontalAdvance(title));
        for (int r = 0; r < lines->rowCount(); ++r)
            CHECK(lines->columnWidth(c) >= cells.horizontalAdvance(lines->item(r, c)->text()));
    }
    // The editable column: its cell wholly in view.
    for (int r = 0; r < lines->rowCount(); ++r)
        CHECK(viewport.contains(lines->visualItemRect(lines->item(r, 3))));
}

} // namespace

TEST_CASE("the credit note dialog opens with every column readable and the Credit column in view")
{
    Shop shop;
    const Invoice sale = shop.sale(2'500, 3); // 2.5 kg cheese, 3 eggs
    for (const char *language : {"en", "de"}) {
        INFO("language " << language);
        std::unique_ptr<German> german;
        if (QLatin1String(language) == QLatin1String("de"))
            german = std::make_unique<German>();
        auto creditable = InvoiceService(*shop.tc.company).creditableQuantities(sale.id);
        REQUIRE_OK(creditable);
        ui::CreditNoteDialog dialog(*shop.tc.company, sale, creditable.value());
        dialog.show();
        QCoreApplication::processEvents();
        // Before, it opened about 250 px wide, the Credit column out of view.
        CHECK(dialog.width() >= 480);
        CHECK(dialog.width() <= Screen.width());
        CHECK(dialog.height() <= Screen.height());
        auto *lines = named<QTableWidget>(dialog, "creditLines");
        REQUIRE(lines->rowCount() == 2);
        REQUIRE(lines->columnCount() == 4);
        // 2.5 kg and 3 pieces may be credited, as the locale writes them.
        CHECK(lines->item(0, 2)->text() == (german ? QLatin1String("2,5") : QLatin1String("2.5")));
        CHECK(lines->item(1, 2)->text() == QLatin1String("3"));
        CHECK(lines->horizontalHeaderItem(3)->text()
              == (german ? QLatin1String("Gutschreiben") : QLatin1String("Credit")));
        requireColumnsReadable(lines);
        // The Credit cell of the first line is where typing goes.
        CHECK(lines->currentColumn() == 3);
        // Typed in the locale's way: 1.5 kg cheese at 7.35 = 11.03 (11.025
        // rounded half away from zero), plus 2 eggs at 3.33 = 6.66: 17.69.
        lines->item(0, 3)->setText(german ? QStringLiteral("1,5") : QStringLiteral("1.5"));
        lines->item(1, 3)->setText(QStringLiteral("2"));
        CHECK(named<QLabel>(dialog, "creditTotal")->text()
              == (german ? QLatin1String("Gutschrift gesamt: 17,69 EUR")
                         : QLatin1String("Credit note total: 17.69 EUR")));
        savePng(dialog, german ? "credit-note-de.png" : "credit-note-en.png");
        dialog.reject();
    }
}

TEST_CASE("in a narrow credit note dialog the product column gives way and the numbers stay in view")
{
    Shop shop;
    const Invoice sale = shop.sale(1'000, 1);
    auto creditable = InvoiceService(*shop.tc.company).creditableQuantities(sale.id);
    REQUIRE_OK(creditable);
    ui::CreditNoteDialog dialog(*shop.tc.company, sale, creditable.value());
    dialog.show();
    dialog.resize(420, dialog.height());
    QCoreApplication::processEvents();
    auto *lines = named<QTableWidget>(dialog, "creditLines");
    const QRect viewport = lines->viewport()->rect();
    for (int r = 0; r < lines->rowCount(); ++r) {
        CHECK(viewport.contains(lines->visualItemRect(lines->item(r, 2))));
        CHECK(viewport.contains(lines->visualItemRect(lines->item(r, 3))));
    }
}

TEST_CASE(
    "a credit note made is reported by its number and total, and with nothing paid no refund is offered")
{
    Shop shop;
    const Invoice sale = shop.sale(3'000, 1); // 3 kg cheese 22.05, 1 egg 3.33: 25.38, unpaid
    REQUIRE(sale.totalAmount == 2538);
    ui::InvoiceDetailDialog detail(*shop.tc.company, sale.id);
    showActive(detail, Screen);
    auto *credit = named<QPushButton>(detail, "creditNoteButton");
    REQUIRE(credit->isVisible());
    int width = 0;
    test::DialogAnswer<ui::CreditNoteDialog> answer(
        "creditNoteDialog", [&width](ui::CreditNoteDialog &dialog) {
            width = dialog.width();
            auto *lines = named<QTableWidget>(dialog, "creditLines");
            lines->item(0, 3)->setText(QStringLiteral("1")); // one kg of cheese: 7.35
            named<QPushButton>(dialog, "creditOkButton")->click();
        });
    credit->click();
    REQUIRE(answer.answered());
    CHECK(width >= 480);
    // The first credit note of 2026.
    auto *notice = named<QLabel>(detail, "detailNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text() == QLatin1String("Credit note C-2026-000001 made for 7.35 EUR."));
    // 25.38 - 7.35 = 18.03 still owed: nothing to refund, no offer.
    CHECK(detail.invoice().balance() == 1803);
    CHECK(detail.findChild<ui::RefundDialog *>() == nullptr);
    auto *refund = named<QPushButton>(detail, "refundButton");
    CHECK(refund->isVisible());
    CHECK_FALSE(refund->isEnabled());
}

TEST_CASE("a credit note on a paid sale offers the refund, recorded as money paid back, balance zero")
{
    Shop shop;
    const Invoice sale = shop.sale(2'000, 1); // 2 kg cheese 14.70 + 1 egg 3.33 = 18.03
    REQUIRE(sale.totalAmount == 1803);
    shop.tc.actAs(QStringLiteral("clerk"));
    REQUIRE_OK(PaymentService(*shop.tc.company).record({sale.id, 1803, PaymentMethod::Card, {}, {}}));
    shop.tc.actAs(QStringLiteral("manager"));

    ui::InvoiceDetailDialog detail(*shop.tc.company, sale.id);
    showActive(detail, Screen);
    REQUIRE(detail.invoice().status == InvoiceStatus::Paid);
    test::DialogAnswer<ui::CreditNoteDialog> answer("creditNoteDialog", [](ui::CreditNoteDialog &dialog) {
        named<QTableWidget>(dialog, "creditLines")->item(0, 3)->setText(QStringLiteral("1"));
        named<QPushButton>(dialog, "creditOkButton")->click();
    });
    named<QPushButton>(detail, "creditNoteButton")->click();
    REQUIRE(answer.answered());
    QCoreApplication::processEvents();
    CHECK(named<QLabel>(detail, "detailNotice")->text()
          == QLatin1String("Credit note C-2026-000001 made for 7.35 EUR."));
    // 18.03 - 18.03 paid - 7.35 credited = -7.35: paid over, the refund is offered at once.
    CHECK(detail.invoice().balance() == -735);
    CHECK(named<QLabel>(detail, "detailTotals")->text().contains(QLatin1String("Balance -7.35")));
    auto *dialog = named<ui::RefundDialog>(detail, "refundDialog");
    REQUIRE(dialog->isVisible());
    savePng(*dialog, "refund-offer-en.png");
    const QString text = named<QLabel>(*dialog, "refundText")->text();
    CHECK(text.contains(QLatin1String("7.35 EUR more paid")));
    CHECK(text.contains(QLatin1String("paid back to Alice Archer")));
    auto *amount = named<QLineEdit>(*dialog, "refundAmountEdit");
    CHECK(amount->text() == QLatin1String("7.35"));

    // A cent over what is paid over: refused in the dialog, nothing recorded.
    amount->setText(QStringLiteral("7.36"));
    named<QPushButton>(*dialog, "refundOkButton")->click();
    CHECK(dialog->isVisible());
    auto *error = named<QLabel>(*dialog, "refundError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("at most 7.35")));
    CHECK(shop.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund'")) == 0);

    amount->setText(QStringLiteral("7.35"));
    named<QComboBox>(*dialog, "refundMethodCombo")->setCurrentIndex(0); // cash
    named<QLineEdit>(*dialog, "refundReferenceEdit")->setText(QStringLiteral("till 1"));
    named<QPushButton>(*dialog, "refundOkButton")->click();
    QCoreApplication::processEvents();

    // Paid 18.03 - 7.35 = 10.68, credited 7.35: 18.03 - 10.68 - 7.35 = 0.
    CHECK(detail.invoice().paidAmount == 1068);
    CHECK(detail.invoice().balance() == 0);
    CHECK(detail.invoice().status == InvoiceStatus::Paid);
    CHECK(named<QLabel>(detail, "detailTotals")->text().contains(QLatin1String("Balance 0.00")));
    CHECK(named<QLabel>(detail, "detailNotice")->text()
          == QLatin1String("Refund of 7.35 EUR recorded; the balance is 0.00."));
    auto *payments = named<QTableWidget>(detail, "detailPayments");
    REQUIRE(payments->rowCount() == 2);
    CHECK(payments->item(1, 1)->text() == QLatin1String("-7.35"));
    CHECK(payments->item(1, 2)->text() == QLatin1String("Cash"));
    CHECK(payments->item(1, 3)->text() == QLatin1String("till 1"));
    CHECK(payments->item(1, 4)->text() == QLatin1String("Refund"));
    CHECK(shop.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund' AND amount = 735 "
                                    "AND method = 'cash'"))
          == 1);
    CHECK(shop.count(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'payment.refund'")) == 1);
    CHECK_FALSE(named<QPushButton>(detail, "refundButton")->isEnabled());
    CHECK(detail.changed());
    savePng(detail, "detail-after-refund-en.png");
}

TEST_CASE("a clerk sees no refund and the service refuses one, a manager may refund later with the button")
{
    Shop shop;
    const Invoice sale = shop.sale(1'000, 1); // 7.35 + 3.33 = 10.68
    REQUIRE_OK(PaymentService(*shop.tc.company).record({sale.id, 1068, PaymentMethod::Cash, {}, {}}));
    REQUIRE_OK(InvoiceService(*shop.tc.company).creditNote(sale.id, {{2, 1000}})); // the egg back: 3.33
    shop.tc.actAs(QStringLiteral("clerk"));
    {
        ui::InvoiceDetailDialog detail(*shop.tc.company, sale.id);
        CHECK(detail.invoice().balance() == -333);
        CHECK(named<QPushButton>(detail, "refundButton")->isHidden());
        auto refused = PaymentService(*shop.tc.company).refund({sale.id, 333, PaymentMethod::Cash, {}, {}});
        REQUIRE_ERROR(refused, ErrorCode::PermissionDenied);
        CHECK(shop.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund'")) == 0);
    }
    shop.tc.actAs(QStringLiteral("manager"));
    ui::InvoiceDetailDialog detail(*shop.tc.company, sale.id);
    showActive(detail, Screen);
    auto *refund = named<QPushButton>(detail, "refundButton");
    REQUIRE(refund->isVisible());
    REQUIRE(refund->isEnabled());
    refund->click();
    auto *dialog = named<ui::RefundDialog>(detail, "refundDialog");
    REQUIRE(dialog->isVisible());
    CHECK(named<QLineEdit>(*dialog, "refundAmountEdit")->text() == QLatin1String("3.33"));
    named<QPushButton>(*dialog, "refundOkButton")->click();
    QCoreApplication::processEvents();
    CHECK(detail.invoice().balance() == 0);
    CHECK(detail.invoice().paidAmount == 735);

    // The refund reversed: its 3.33 counts as paid again, 10.68 paid, balance -3.33.
    auto *payments = named<QTableWidget>(detail, "detailPayments");
    REQUIRE(payments->rowCount() == 2);
    QTest::mouseClick(payments->viewport(), Qt::LeftButton, {},
                      payments->visualItemRect(payments->item(1, 0)).center());
    named<QPushButton>(detail, "reversePaymentButton")->click();
    auto *reverse = named<QDialog>(detail, "reversePaymentDialog");
    REQUIRE(reverse->isVisible());
    CHECK(named<QLabel>(*reverse, "reversePaymentText")
              ->text()
              .startsWith(QLatin1String("Reverse the refund of 3.33")));
    named<QLineEdit>(*reverse, "reversalReasonEdit")->setText(QStringLiteral("paid back twice by mistake"));
    named<QPushButton>(*reverse, "reversalOkButton")->click();
    QCoreApplication::processEvents();
    CHECK(detail.invoice().paidAmount == 1068);
    CHECK(detail.invoice().balance() == -333);
    CHECK(payments->item(1, 4)->text() == QLatin1String("Refund reversed"));
    CHECK(refund->isEnabled());
}

TEST_CASE("in German the refund offer and the amounts are written 7,35")
{
    Shop shop;
    const Invoice sale = shop.sale(2'000, 1); // 18.03
    REQUIRE_OK(PaymentService(*shop.tc.company).record({sale.id, 1803, PaymentMethod::Card, {}, {}}));
    German german;
    ui::InvoiceDetailDialog detail(*shop.tc.company, sale.id);
    showActive(detail, Screen);
    // The lines name their units in German: 2 kg of cheese, 1 egg ("Stück", not "piece").
    auto *lines = named<QTableWidget>(detail, "detailLines");
    CHECK(lines->item(0, 2)->text() == QStringLiteral("2 kg"));
    CHECK(lines->item(1, 2)->text() == QStringLiteral("1 Stück"));
    savePng(detail, "detail-lines-de.png");
    test::DialogAnswer<ui::CreditNoteDialog> answer("creditNoteDialog", [](ui::CreditNoteDialog &dialog) {
        named<QTableWidget>(dialog, "creditLines")->item(0, 3)->setText(QStringLiteral("1"));
        named<QPushButton>(dialog, "creditOkButton")->click();
    });
    named<QPushButton>(detail, "creditNoteButton")->click();
    REQUIRE(answer.answered());
    QCoreApplication::processEvents();
    CHECK(named<QLabel>(detail, "detailNotice")->text()
          == QStringLiteral("Gutschrift C-2026-000001 über 7,35 EUR erstellt."));
    CHECK(named<QLabel>(detail, "detailTotals")->text().contains(QLatin1String("Saldo -7,35")));
    auto *dialog = named<ui::RefundDialog>(detail, "refundDialog");
    REQUIRE(dialog->isVisible());
    savePng(*dialog, "refund-offer-de.png");
    auto *amount = named<QLineEdit>(*dialog, "refundAmountEdit");
    CHECK(amount->text() == QLatin1String("7,35"));
    // "7.35" is neither 7,35 nor 735 in German: refused with an example.
    amount->setText(QStringLiteral("7.35"));
    named<QPushButton>(*dialog, "refundOkButton")->click();
    CHECK(named<QLabel>(*dialog, "refundError")->text().contains(QLatin1String("12,50")));
    amount->setText(QStringLiteral("7,35"));
    named<QPushButton>(*dialog, "refundOkButton")->click();
    QCoreApplication::processEvents();
    CHECK(detail.invoice().balance() == 0);
    savePng(detail, "detail-after-refund-de.png");
}

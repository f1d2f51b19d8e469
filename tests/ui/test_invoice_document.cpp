// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"
#include "LocaleGuard.h"
#include "UiDriver.h"

#include "InvoiceSheet.h"
#include "invoices/InvoiceDocument.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/settings/SettingsService.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QTemporaryDir>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// A company with its letterhead filled in and a customer with an address.
struct PrintShop {
    TestCompany tc;
    ShopData data{tc};
    qint64 customer = 0;
    qint64 mug = 0;
    qint64 tea = 0;
    qint64 book = 0;

    PrintShop()
    {
        SettingsService settings(*tc.company);
        REQUIRE_OK(settings.setAddress(QStringLiteral("12 Harbour Street\nPortsmouth PO1 2AB")));
        REQUIRE_OK(settings.setTaxId(QStringLiteral("GB123456789")));
        QImage logo(160, 48, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x6f, 0xb2));
        QByteArray png;
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(logo.save(&buffer, "PNG"));
        REQUIRE_OK(settings.setLogo(png));

        PartnerInput alice;
        alice.name = QStringLiteral("Alice Baker");
        alice.email = QStringLiteral("alice@example.org");
        alice.address = QStringLiteral("3 Mill Lane\nSouthsea");
        alice.taxId = QStringLiteral("GB987654321");
        alice.paymentTermsDays = 30;
        auto id = PartnerService(*tc.company).create(PartnerKind::Customer, alice);
        REQUIRE_OK(id);
        customer = id.value();
        mug = data.product(QStringLiteral("MUG"), 1299, 500, ShopData::Standard);
        tea = data.product(QStringLiteral("TEA"), 428, 200, ShopData::Reduced);
        book = data.product(QStringLiteral("BOOK"), 950, 400, ShopData::Zero);
        for (qint64 p : {mug, tea, book})
            data.stock(p, ShopData::Main, 10'000);
    }

    Invoice postSale()
    {
        InvoiceDraft draft;
        draft.partnerId = customer;
        draft.warehouseId = ShopData::Main;
        draft.issueDate = QDate(2026, 4, 1);
        draft.lines = {InvoiceLineInput{mug, {}, 2'000, {}, 0, {}},
                       InvoiceLineInput{tea, {}, 3'000, {}, 0, {}},
                       InvoiceLineInput{book, {}, 1'000, {}, 0, {}}};
        auto posted = InvoiceService(*tc.company).createAndPost(draft);
        REQUIRE_OK(posted);
        NewPayment part;
        part.invoiceId = posted->id;
        part.amount = 2'000;
        part.paidOn = QDate(2026, 4, 5);
        REQUIRE_OK(PaymentService(*tc.company).record(part));
        auto after = InvoiceService(*tc.company).get(posted->id);
        REQUIRE_OK(after);
        return after.value();
    }
};

} // namespace

TEST_CASE("The printed invoice: letterhead, customer, lines, tax by rate, paid and due, terms")
{
    PrintShop shop;
    const Invoice invoice = shop.postSale();
    auto sheet = print::loadInvoiceSheet(*shop.tc.company, invoice);
    REQUIRE_OK(sheet);
    CHECK(sheet->company.name == QStringLiteral("Corner Shop"));
    CHECK_FALSE(sheet->logo.isNull());
    CHECK(sheet->logo.size() == QSize(160, 48));
    CHECK(sheet->partner.address == QStringLiteral("3 Mill Lane\nSouthsea"));

    // Prices include tax. MUG 2 x 12.99 = 25.98 at 20 %: net 2598 / 1.2 = 21.65, tax 4.33.
    // TEA 3 x 4.28 = 12.84 at 7 %: net 1284 / 1.07 = 12.00, tax 0.84. BOOK 9.50 at 0 %.
    // Net 21.65 + 12.00 + 9.50 = 43.15, tax 4.33 + 0.84 = 5.17, total 48.32; 20.00 paid, 28.32 due.
    const QList<print::TaxBand> bands = print::taxBreakdown(invoice);
    REQUIRE(bands.size() == 3);
    CHECK((bands[0].rateBp == 0 && bands[0].net == 950 && bands[0].tax == 0 && bands[0].total == 950));
    CHECK((bands[1].rateBp == 700 && bands[1].net == 1200 && bands[1].tax == 84 && bands[1].total == 1284));
    CHECK((bands[2].rateBp == 2000 && bands[2].net == 2165 && bands[2].tax == 433 && bands[2].total == 2598));

    const QString html = print::invoiceHtml(sheet.value());
    for (const char *text : {"Corner Shop",
                             "12 Harbour Street<br/>Portsmouth PO1 2AB",
                             "GB123456789",
                             "Alice Baker",
                             "3 Mill Lane<br/>Southsea",
                             "alice@example.org",
                             "GB987654321",
                             invoice.number.toLatin1().constData(),
                             "2026-04-01",
                             "2026-05-01",
                             "Tax breakdown",
                             ">20%<",
                             ">7%<",
                             ">0%<",
                             ">25.98<",
                             ">12.84<",
                             ">43.15<",
                             ">5.17<",
                             "48.32 EUR",
                             "Amount paid",
                             ">20.00<",
                             "Amount due",
                             "28.32 EUR",
                             "Payment terms: 30 days net, due by 2026-05-01.",
                             "src=\"stockbook:logo\""}) {
        INFO(text);
        CHECK(html.contains(QString::fromUtf8(text)));
    }

    const QString path = shop.tc.dir.filePath(QStringLiteral("invoice.pdf"));
    REQUIRE_OK(print::writeInvoicePdf(sheet.value(), path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.count("/Type /Page") - bytes.count("/Type /Pages") == 1);
}

TEST_CASE("A credit note names the invoice it credits and has no terms or amount due")
{
    PrintShop shop;
    const Invoice sale = shop.postSale();
    auto credit =
        InvoiceService(*shop.tc.company).creditNote(sale.id, {CreditLineInput{3, 1'000}}, QDate(2026, 4, 9));
    REQUIRE_OK(credit);
    auto sheet = print::loadInvoiceSheet(*shop.tc.company, credit.value());
    REQUIRE_OK(sheet);
    CHECK(sheet->creditedNumber == sale.number);
    const QString html = print::invoiceHtml(sheet.value());
    CHECK(html.contains(QStringLiteral("Credit note")));
    CHECK(html.contains(QStringLiteral("Credits invoice")));
    CHECK(html.contains(QStringLiteral("9.50 EUR")));
    CHECK_FALSE(html.contains(QStringLiteral("Payment terms")));
    CHECK_FALSE(html.contains(QStringLiteral("Amount due")));
}

TEST_CASE("Saving an invoice as PDF says where the file went")
{
    PrintShop shop;
    const Invoice invoice = shop.postSale();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QWidget parent;
    parent.show();
    DialogAnswer<QFileDialog> file("", [&path](QFileDialog &dialog) {
        // Typed into the name field, as a user does (selectFile() may lose to
        // the name the dialog proposes while it is still loading the folder).
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        name->setText(path);
        static_cast<QDialog &>(dialog).accept();
    });
    ui::saveInvoicePdfInteractive(*shop.tc.company, invoice, &parent);
    REQUIRE(file.answered());
    CHECK(QFile::exists(path));
    auto *saved = parent.findChild<QMessageBox *>(QStringLiteral("pdfSavedMessage"));
    REQUIRE(saved);
    CHECK(saved->isVisible());
    CHECK(saved->text() == QStringLiteral("Invoice %1 was saved as %2.").arg(invoice.number, path));
    saved->close();
}

TEST_CASE("The printed invoice in German writes its figures and units as German does")
{
    PrintShop shop;
    const qint64 cable = shop.data.product(QStringLiteral("CABLE"), 135347, 90000, ShopData::Standard,
                                           QStringLiteral("metre"));
    shop.data.stock(cable, ShopData::Main, 10'000);
    InvoiceDraft draft;
    draft.partnerId = shop.customer;
    draft.warehouseId = ShopData::Main;
    draft.issueDate = QDate(2026, 4, 1);
    draft.lines = {InvoiceLineInput{cable, {}, 1'500, {}, 0, {}}};
    auto posted = InvoiceService(*shop.tc.company).createAndPost(draft);
    REQUIRE_OK(posted);
    auto sheet = print::loadInvoiceSheet(*shop.tc.company, posted.value());
    REQUIRE_OK(sheet);

    Language german(QStringLiteral("de"));
    DefaultLocale numbers(germanLocale());
    // 1.5 m x 1353.47 = 2030.205, rounded half away from zero: 2030.21, tax included at 20 %:
    // net round(2030.21 / 1.2) = round(1691.841...) = 1691.84, tax 338.37.
    const QString html = print::invoiceHtml(sheet.value());
    for (const char *text :
         {">1,5 Meter<", ">1.353,47<", ">20<", ">20%<", ">1.691,84<", ">338,37<", "2.030,21 EUR"}) {
        INFO(text);
        CHECK(html.contains(QString::fromUtf8(text)));
    }
    CHECK_FALSE(html.contains(QStringLiteral("2030.21")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "domain/Money.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceListPage.h"
#include "invoices/InvoicePages.h"
#include "mainwindow/MainWindow.h"
#include "models/InvoiceListModel.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/stock/StockLedger.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace stockbook;
using stockbook::ui::InvoiceEntry;
using stockbook::ui::InvoiceLinesModel;

namespace {

template <typename T>
T *named(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

// Keys go where a person's keyboard would send them: the focus widget.
QWidget *focus()
{
    QCoreApplication::processEvents();
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void type(const QString &text)
{
    QTest::keyClicks(focus(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), k, modifiers);
    QCoreApplication::processEvents();
}

// Five products (sale prices include 20 % tax), a customer and a supplier,
// made by the manager; ten of each bought in by the clerk.
struct Shop {
    test::TestCompany tc;
    QList<qint64> products;
    qint64 customer = 0;
    qint64 supplier = 0;

    Shop()
    {
        QStandardPaths::setTestModeEnabled(true);
        tc.actAs(QStringLiteral("manager"));
        CatalogService catalog(*tc.company);
        const QList<std::tuple<const char *, const char *, const char *, qint64>> items{
            {"APPLE-1", "", "Apples", 199},
            {"BREAD", "5012345678900", "Bread", 249},
            {"CHEESE", "", "Cheese", 735},
            {"DATES", "", "Dates", 410},
            {"EGGS", "", "Eggs", 333}};
        for (const auto &[sku, barcode, name, price] : items) {
            ProductInput in;
            in.sku = QString::fromLatin1(sku);
            in.barcode = QString::fromLatin1(barcode);
            in.name = QString::fromLatin1(name);
            in.price = price;
            auto id = catalog.createProduct(in);
            REQUIRE_OK(id);
            products.append(id.value());
        }
        PartnerService partners(*tc.company);
        PartnerInput alice;
        alice.name = QStringLiteral("Alice Archer");
        alice.email = QStringLiteral("alice@example.org");
        auto c = partners.create(PartnerKind::Customer, alice);
        REQUIRE_OK(c);
        customer = c.value();
        PartnerInput acme;
        acme.name = QStringLiteral("Acme Wholesale");
        auto s = partners.create(PartnerKind::Supplier, acme);
        REQUIRE_OK(s);
        supplier = s.value();

        tc.actAs(QStringLiteral("clerk"));
        InvoiceDraft purchase;
        purchase.type = InvoiceType::Purchase;
        purchase.partnerId = supplier;
        purchase.warehouseId = 1;
        for (qint64 p : products) {
            InvoiceLineInput l;
            l.productId = p;
            l.quantity = 10'000;
            l.unitPrice = 100;
            purchase.lines.append(l);
        }
        REQUIRE_OK(InvoiceService(*tc.company).createAndPost(purchase));
    }

    qint64 level(int product)
    {
        auto l = StockLedger(tc.db(), tc.company->session().userId()).level(products.at(product), 1);
        REQUIRE_OK(l);
        return l.value();
    }
};

void showActive(QWidget &w)
{
    w.resize(1024, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// A SKU (or barcode) and Enter, then the quantity and Enter.
void addLine(const QString &code, const QString &quantity)
{
    type(code);
    key(Qt::Key_Return);
    REQUIRE(qobject_cast<QLineEdit *>(focus()));
    REQUIRE(focus()->objectName() != QLatin1String("skuEdit"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(quantity);
    key(Qt::Key_Return);
    REQUIRE(focus()->objectName() == QLatin1String("skuEdit"));
}

QStringList rowTexts(const InvoiceLinesModel &model, int row)
{
    QStringList texts;
    for (int c = 0; c < InvoiceLinesModel::ColumnCount; ++c)
        texts << model.index(row, c).data(Qt::EditRole).toString();
    return texts;
}

bool hasLabel(const QWidget &root, const QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return true;
    const auto labels = root.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) { return l->buddy() == w; });
}

void requireLabelled(const QWidget &root)
{
    int inputs = 0;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w)
            || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
        if (!input)
            continue;
        const QWidget *p = w->parentWidget();
        bool inner = false;
        for (; p && p != &root; p = p->parentWidget())
            inner = inner || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
                || qobject_cast<const QAbstractItemView *>(p);
        if (inner)
            continue;
        ++inputs;
        INFO("input " << w->objectName().toStdString() << " " << w->metaObject()->className());
        CHECK(!w->objectName().isEmpty());
        CHECK(hasLabel(root, w));
    }
    CHECK(inputs >= 5);
}

} // namespace

TEST_CASE("clerk: a sale of five lines by keyboard alone is posted, totals and stock right, listed")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry);
    REQUIRE(focus()->objectName() == QLatin1String("partnerEdit"));
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    REQUIRE(focus()->objectName() == QLatin1String("skuEdit"));
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("3"));
    addLine(QStringLiteral("5012345678900"), QStringLiteral("2")); // bread, by its barcode
    addLine(QStringLiteral("cheese"), QStringLiteral("1"));
    addLine(QStringLiteral("DATES"), QStringLiteral("4"));
    addLine(QStringLiteral("EGGS"), QStringLiteral("5"));
    REQUIRE(entry.linesModel()->rowCount() == 5);
    CHECK(entry.linesModel()->line(1).sku == QLatin1String("BREAD"));
    CHECK(entry.linesModel()->line(0).available == 10'000);

    // Retail prices (tax included), 20 %: net = round(total / 1.2), half away from zero.
    // 3 x 1.99 = 5.97 -> net 4.975 -> 4.98, tax 0.99
    // 2 x 2.49 = 4.98 -> net 4.15, tax 0.83
    // 1 x 7.35 = 7.35 -> net 6.125 -> 6.13, tax 1.22
    // 4 x 4.10 = 16.40 -> net 13.666 -> 13.67, tax 2.73
    // 5 x 3.33 = 16.65 -> net 13.875 -> 13.88, tax 2.77
    // total 51.35, net 42.81, tax 8.54
    CHECK(named<QLabel>(entry, "grandTotal")->text() == QLatin1String("51.35"));
    CHECK(named<QLabel>(entry, "netTotal")->text() == QLatin1String("42.81"));
    CHECK(named<QLabel>(entry, "taxTotal")->text() == QLatin1String("8.54"));
    CHECK(named<QLabel>(entry, "stockWarning")->isHidden());

    key(Qt::Key_Return, Qt::ControlModifier);
    const QString number = QStringLiteral("S-%1-000001").arg(QDate::currentDate().year());
    REQUIRE(entry.postedInvoice().number == number);
    CHECK(named<QLabel>(entry, "postedLabel")->text().contains(number));
    CHECK(named<QPushButton>(entry, "pdfButton")->isVisible());

    auto invoice = InvoiceService(*shop.tc.company).byNumber(number);
    REQUIRE_OK(invoice);
    CHECK(invoice->partnerId == shop.customer);
    CHECK(invoice->totalAmount == 5135);
    CHECK(invoice->subtotal == 4281);
    CHECK(invoice->taxAmount == 854);
    // Ten of each bought, then 3, 2, 1, 4 and 5 sold.
    CHECK(shop.level(0) == 7'000);
    CHECK(shop.level(1) == 8'000);
    CHECK(shop.level(2) == 9'000);
    CHECK(shop.level(3) == 6'000);
    CHECK(shop.level(4) == 5'000);

    ui::InvoiceListPage list(*shop.tc.company, {QStringLiteral("sale"), QStringLiteral("credit_note")},
                             QStringLiteral("test/salesList"));
    REQUIRE(list.model()->rowCount() == 1);
    CHECK(list.model()->index(0, InvoiceListModel::Number).data().toString() == number);
    CHECK(named<QLabel>(list, "filteredTotal")->text().contains(QLatin1String("51.35")));

    // Ctrl+N: an empty invoice again.
    key(Qt::Key_N, Qt::ControlModifier);
    CHECK(entry.linesModel()->rowCount() == 0);
    CHECK(named<QWidget>(entry, "postedBanner")->isHidden());
}

TEST_CASE("a sale over the stock warns, then shows the refusal on its line and keeps every typed value")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry);
    type(QStringLiteral("alice@example"));
    key(Qt::Key_Tab);
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("2"));
    addLine(QStringLiteral("BREAD"), QStringLiteral("12"));
    auto *warning = named<QLabel>(entry, "stockWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QLatin1String("1 line")));
    const QModelIndex available = entry.linesModel()->index(1, InvoiceLinesModel::Available);
    CHECK(available.data().toString() == QLatin1String("Only 10"));
    CHECK(!available.data(Qt::DecorationRole).isNull());
    const QStringList before0 = rowTexts(*entry.linesModel(), 0);
    const QStringList before1 = rowTexts(*entry.linesModel(), 1);

    bool asked = false;
    QWidget *target = focus();
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("overStockQuestion")) {
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked);
    CHECK(entry.postedInvoice().number.isEmpty());
    auto *lineError = named<QLabel>(entry, "lineError");
    CHECK(lineError->isVisible());
    CHECK(lineError->text().startsWith(QLatin1String("Line 2:")));
    CHECK(!entry.linesModel()->line(1).error.isEmpty());
    CHECK(entry.linesModel()->line(0).error.isEmpty());
    REQUIRE(entry.linesModel()->rowCount() == 2);
    CHECK(rowTexts(*entry.linesModel(), 0) == before0);
    CHECK(rowTexts(*entry.linesModel(), 1) == before1);
    CHECK(named<QLineEdit>(entry, "partnerEdit")->text() == QLatin1String("alice@example"));
    CHECK(shop.level(1) == 10'000);
}

TEST_CASE("a draft saved with Ctrl+S can be resumed")
{
    Shop shop;
    {
        InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
        showActive(entry);
        type(QStringLiteral("Archer"));
        key(Qt::Key_Tab);
        addLine(QStringLiteral("CHEESE"), QStringLiteral("2"));
        addLine(QStringLiteral("EGGS"), QStringLiteral("1.5"));
        key(Qt::Key_S, Qt::ControlModifier);
        REQUIRE(entry.draftId().has_value());
    }
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry);
    auto *drafts = named<QComboBox>(entry, "draftsCombo");
    REQUIRE(drafts->count() == 2); // the prompt and the draft
    drafts->setFocus();
    key(Qt::Key_Down);
    QCoreApplication::processEvents();
    REQUIRE(entry.draftId().has_value());
    REQUIRE(entry.linesModel()->rowCount() == 2);
    CHECK(entry.linesModel()->line(0).sku == QLatin1String("CHEESE"));
    CHECK(entry.linesModel()->line(1).quantity == QLatin1String("1.5"));
    CHECK(named<QLineEdit>(entry, "partnerEdit")->text() == QLatin1String("Alice Archer"));
    // 2 x 7.35 + 1.5 x 3.33 = 14.70 + 4.995 -> 5.00 (rounded per line) = 19.70
    CHECK(named<QLabel>(entry, "grandTotal")->text() == QLatin1String("19.70"));
    // Posting the resumed draft posts that draft, not a copy.
    const qint64 id = *entry.draftId();
    key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(entry.postedInvoice().id == id);
}

TEST_CASE("accessibility: every input of the entry and the detail dialog has a label or a name")
{
    Shop shop;
    InvoiceEntry sale(*shop.tc.company, InvoiceType::Sale);
    requireLabelled(sale);
    InvoiceEntry purchase(*shop.tc.company, InvoiceType::Purchase);
    requireLabelled(purchase);

    auto purchases = InvoiceService(*shop.tc.company).list({});
    REQUIRE_OK(purchases);
    REQUIRE(purchases->size() == 1);
    ui::InvoiceDetailDialog detail(*shop.tc.company, purchases->first().id);
    requireLabelled(detail);
    // The clerk may not void.
    CHECK(named<QPushButton>(detail, "voidButton")->isHidden());
    shop.tc.actAs(QStringLiteral("manager"));
    CHECK(detail.reload());
    CHECK(!named<QPushButton>(detail, "voidButton")->isHidden());
}

TEST_CASE("detail: a payment is recorded and a manager voids with a reason")
{
    Shop shop;
    InvoiceDraft sale;
    sale.type = InvoiceType::Sale;
    sale.partnerId = shop.customer;
    sale.warehouseId = 1;
    sale.lines.append(InvoiceLineInput{shop.products.at(0), {}, 2'000, {}, 0, {}});
    auto posted = InvoiceService(*shop.tc.company).createAndPost(sale);
    REQUIRE_OK(posted);

    ui::InvoiceDetailDialog detail(*shop.tc.company, posted->id);
    detail.resize(1024, 700);
    detail.show();
    QCoreApplication::processEvents();
    // 2 x 1.99 = 3.98 is due; the amount starts at the balance.
    auto *amount = named<QLineEdit>(detail, "paymentAmountEdit");
    CHECK(amount->text() == QLatin1String("3.98"));
    amount->setText(QStringLiteral("1.00"));
    named<QPushButton>(detail, "recordPaymentButton")->click();
    CHECK(named<QTableWidget>(detail, "detailPayments")->rowCount() == 1);
    CHECK(detail.invoice().paidAmount == 100);
    CHECK(named<QLabel>(detail, "detailTotals")->text().contains(QLatin1String("Balance 2.98")));

    shop.tc.actAs(QStringLiteral("manager"));
    REQUIRE(detail.reload());
    const auto voidWith = [](const QString &reason) {
        QTimer::singleShot(0, [reason] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            REQUIRE(input);
            input->setTextValue(reason);
            input->accept();
        });
    };
    // Paid in part: the service refuses, and says so in the dialog.
    voidWith(QStringLiteral("customer cancelled"));
    named<QPushButton>(detail, "voidButton")->click();
    CHECK(detail.invoice().status == InvoiceStatus::PartlyPaid);
    CHECK(named<QLabel>(detail, "detailError")->isVisible());
    CHECK(named<QLabel>(detail, "detailError")->text().contains(QLatin1String("Reverse")));

    // Unpaid: voided, the stock comes back.
    auto second = InvoiceService(*shop.tc.company).createAndPost(sale);
    REQUIRE_OK(second);
    CHECK(shop.level(0) == 6'000); // 10 bought, 2 + 2 sold
    ui::InvoiceDetailDialog other(*shop.tc.company, second->id);
    other.show();
    voidWith(QStringLiteral("customer cancelled"));
    named<QPushButton>(other, "voidButton")->click();
    CHECK(other.invoice().status == InvoiceStatus::Void);
    CHECK(other.invoice().voidReason == QLatin1String("customer cancelled"));
    CHECK(shop.level(0) == 8'000);
}

TEST_CASE("the sales and purchases pages hold the entry and the list")
{
    Shop shop;
    ui::MainWindow window;
    ui::registerInvoicePages(window);
    window.resize(1024, 700);
    window.setCompany(std::move(shop.tc.company));
    window.show();
    REQUIRE(window.showPage(QStringLiteral("sales")));
    QCoreApplication::processEvents();
    auto *sales = named<QTabWidget>(window, "salesPage");
    REQUIRE(sales->count() == 2);
    CHECK(qobject_cast<InvoiceEntry *>(sales->widget(0))->type() == InvoiceType::Sale);
    CHECK(qobject_cast<ui::InvoiceListPage *>(sales->widget(1)));
    REQUIRE(window.showPage(QStringLiteral("purchases")));
    QCoreApplication::processEvents();
    auto *purchases = named<QTabWidget>(window, "purchasesPage");
    CHECK(qobject_cast<InvoiceEntry *>(purchases->widget(0))->type() == InvoiceType::Purchase);
    auto *list = qobject_cast<ui::InvoiceListPage *>(purchases->widget(1));
    REQUIRE(list);
    CHECK(list->model()->rowCount() == 1); // the purchase that filled the shelves
}

TEST_CASE("detail: a manager credits part of a sale line")
{
    Shop shop;
    InvoiceDraft sale;
    sale.type = InvoiceType::Sale;
    sale.partnerId = shop.customer;
    sale.warehouseId = 1;
    sale.lines.append(InvoiceLineInput{shop.products.at(2), {}, 3'000, {}, 0, {}});
    auto posted = InvoiceService(*shop.tc.company).createAndPost(sale);
    REQUIRE_OK(posted);
    shop.tc.actAs(QStringLiteral("manager"));
    ui::InvoiceDetailDialog detail(*shop.tc.company, posted->id);
    detail.show();
    auto *credit = named<QPushButton>(detail, "creditNoteButton");
    REQUIRE(!credit->isHidden());
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == QLatin1String("creditNoteDialog"));
        auto *lines = named<QTableWidget>(*dialog, "creditLines");
        REQUIRE(lines->rowCount() == 1);
        shown = lines->item(0, 2)->text() == QLatin1String("3"); // all three creditable
        lines->item(0, 3)->setText(QStringLiteral("1"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    credit->click();
    CHECK(shown);
    // One cheese of 7.35 back: credited 7.35, balance 3 x 7.35 - 7.35 = 14.70; the cheese returns to stock.
    CHECK(detail.invoice().creditedAmount == 735);
    CHECK(detail.invoice().balance() == 1470);
    CHECK(shop.level(2) == 8'000);
}

TEST_CASE("detail: a manager reverses a payment with a reason, and without one the service refuses")
{
    Shop shop;
    InvoiceDraft sale;
    sale.type = InvoiceType::Sale;
    sale.partnerId = shop.customer;
    sale.warehouseId = 1;
    sale.lines.append(InvoiceLineInput{shop.products.at(0), {}, 2'000, {}, 0, {}}); // 2 x 1.99
    auto posted = InvoiceService(*shop.tc.company).createAndPost(sale);
    REQUIRE_OK(posted);
    NewPayment payment;
    payment.invoiceId = posted->id;
    payment.amount = 398;
    REQUIRE_OK(PaymentService(*shop.tc.company).record(payment));

    // The clerk records payments but may not reverse them: no button.
    {
        ui::InvoiceDetailDialog detail(*shop.tc.company, posted->id);
        CHECK(named<QPushButton>(detail, "reversePaymentButton")->isHidden());
    }

    shop.tc.actAs(QStringLiteral("manager"));
    ui::InvoiceDetailDialog detail(*shop.tc.company, posted->id);
    showActive(detail);
    REQUIRE(detail.invoice().status == InvoiceStatus::Paid);
    CHECK(detail.invoice().balance() == 0);
    auto *reverse = named<QPushButton>(detail, "reversePaymentButton");
    CHECK(reverse->isVisible());
    CHECK_FALSE(reverse->isEnabled()); // nothing selected yet
    auto *payments = named<QTableWidget>(detail, "detailPayments");
    REQUIRE(payments->rowCount() == 1);
    QTest::mouseClick(payments->viewport(), Qt::LeftButton, {},
                      payments->visualItemRect(payments->item(0, 0)).center());
    REQUIRE(reverse->isEnabled());

    QTest::mouseClick(reverse, Qt::LeftButton);
    auto *dialog = named<QDialog>(detail, "reversePaymentDialog");
    REQUIRE(dialog->isVisible());
    auto *ok = named<QPushButton>(*dialog, "reversalOkButton");
    // No reason: refused by the service, shown in the dialog, which stays.
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible());
    auto *error = named<QLabel>(*dialog, "reversalError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("why")));
    REQUIRE_OK(InvoiceService(*shop.tc.company).get(posted->id));
    CHECK(InvoiceService(*shop.tc.company).get(posted->id)->paidAmount == 398);

    auto *reason = named<QLineEdit>(*dialog, "reversalReasonEdit");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("card charged back"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::processEvents();

    // The balance is owed again, the invoice is back to posted, the payment
    // stays listed as reversed and cannot be reversed twice.
    CHECK(detail.changed());
    CHECK(detail.invoice().paidAmount == 0);
    CHECK(detail.invoice().balance() == 398);
    CHECK(detail.invoice().status == InvoiceStatus::Posted);
    CHECK(named<QLabel>(detail, "detailTotals")->text().contains(QLatin1String("Balance 3.98")));
    const QString header = named<QLabel>(detail, "detailHeader")->text();
    CHECK(header.contains(invoiceStatusLabel(QStringLiteral("posted"))));
    REQUIRE(payments->rowCount() == 1);
    CHECK(payments->item(0, 4)->text() == QLatin1String("Reversed"));
    CHECK_FALSE(reverse->isEnabled());
    auto stored = PaymentService(*shop.tc.company).forInvoice(posted->id);
    REQUIRE_OK(stored);
    CHECK(stored->first().reversed);
    CHECK(stored->first().reversalReason == QLatin1String("card charged back"));
}

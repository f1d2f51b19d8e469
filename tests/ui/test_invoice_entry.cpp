// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "ModelCheck.h"
#include "UiDriver.h"

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
#include "stock/StockLinesModel.h"
#include "stock/StocktakeDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace stockbook;
using stockbook::test::focused;
using stockbook::test::key;
using stockbook::test::named;
using stockbook::test::showActive;
using stockbook::test::type;
using stockbook::ui::InvoiceEntry;
using stockbook::ui::InvoiceLinesModel;

namespace {

// The size of the screen the entry is laid out for.
const QSize Screen(1024, 700);

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

// A SKU (or barcode) and Enter, then the quantity and Enter.
void addLine(const QString &code, const QString &quantity)
{
    test::enterLine("skuEdit", code, quantity);
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
    test::ModelChecker checker(entry.linesModel()); // through every change the keys make
    showActive(entry, Screen);
    REQUIRE(focused()->objectName() == QLatin1String("partnerEdit"));
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QLatin1String("skuEdit"));
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
    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE("a sale over the stock warns, then shows the refusal on its line and keeps every typed value")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
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

    QWidget *target = focused();
    test::DialogAnswer<QMessageBox> question("overStockQuestion",
                                             [](QMessageBox &box) { box.button(QMessageBox::Yes)->click(); });
    QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
    CHECK(question.answered());
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
        showActive(entry, Screen);
        type(QStringLiteral("Archer"));
        key(Qt::Key_Tab);
        addLine(QStringLiteral("CHEESE"), QStringLiteral("2"));
        addLine(QStringLiteral("EGGS"), QStringLiteral("1.5"));
        key(Qt::Key_S, Qt::ControlModifier);
        REQUIRE(entry.draftId().has_value());
    }
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    test::ModelChecker checker(entry.linesModel());
    showActive(entry, Screen);
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
    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE(
    "a draft another workstation saved meanwhile is not overwritten: the entry says so and keeps what was "
    "typed")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Archer"));
    key(Qt::Key_Tab);
    addLine(QStringLiteral("CHEESE"), QStringLiteral("2"));
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(entry.draftId().has_value());
    const qint64 id = *entry.draftId();

    // The same clerk at the second till opens the draft and saves it with one egg.
    {
        InvoiceService other(*shop.tc.company);
        auto seen = other.get(id);
        REQUIRE_OK(seen);
        InvoiceDraft theirs;
        theirs.type = InvoiceType::Sale;
        theirs.partnerId = seen->partnerId;
        theirs.warehouseId = seen->warehouseId;
        theirs.issueDate = seen->issueDate;
        InvoiceLineInput egg;
        egg.productId = shop.products.at(4);
        egg.quantity = 1000;
        theirs.lines = {egg};
        theirs.expectedUpdatedAt = seen->updatedAt;
        REQUIRE_OK(other.updateDraft(id, theirs));
    }

    // Here the clerk adds a line to the copy on screen and saves again.
    addLine(QStringLiteral("DATES"), QStringLiteral("3"));
    key(Qt::Key_S, Qt::ControlModifier);
    auto *error = named<QLabel>(entry, "formError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("another workstation")));
    REQUIRE(entry.linesModel()->rowCount() == 2); // what was typed stays
    CHECK(entry.linesModel()->line(0).sku == QLatin1String("CHEESE"));
    CHECK(entry.linesModel()->line(1).sku == QLatin1String("DATES"));
    // The drafts list shows the other till's save: one egg, 3.33.
    CHECK(named<QComboBox>(entry, "draftsCombo")->currentText().endsWith(QStringLiteral(" · 3.33")));
    // STOCKBOOK_UI_PICTURES=DIR: the screen as the clerk sees it, to be looked at.
    if (const QString folder = qEnvironmentVariable("STOCKBOOK_UI_PICTURES"); !folder.isEmpty())
        entry.grab().save(folder + QStringLiteral("/draft-conflict.png"));
    QSqlQuery eggs = test::exec(shop.tc.sql(),
                                QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM invoice_items WHERE "
                                               "invoice_id = ? AND product_id = ?"),
                                {id, shop.products.at(4)});
    REQUIRE(eggs.next());
    CHECK(eggs.value(0).toLongLong() == 1000); // the other till's save, untouched
    // Posting the copy is refused the same way and posts nothing.
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(entry.postedInvoice().id == 0);
    CHECK(error->text().contains(QStringLiteral("another workstation")));
    CHECK(InvoiceService(*shop.tc.company).get(id)->status == InvoiceStatus::Draft);
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
    // The reason is asked for in an input dialog the detail dialog waits in.
    const auto giveReason = [](QInputDialog &input) {
        input.setTextValue(QStringLiteral("customer cancelled"));
        input.accept();
    };
    // Paid in part: the service refuses, and says so in the dialog.
    {
        test::DialogAnswer<QInputDialog> reason("", giveReason);
        named<QPushButton>(detail, "voidButton")->click();
        REQUIRE(reason.answered());
    }
    CHECK(detail.invoice().status == InvoiceStatus::PartlyPaid);
    CHECK(named<QLabel>(detail, "detailError")->isVisible());
    CHECK(named<QLabel>(detail, "detailError")->text().contains(QLatin1String("Reverse")));

    // Unpaid: voided, the stock comes back.
    auto second = InvoiceService(*shop.tc.company).createAndPost(sale);
    REQUIRE_OK(second);
    CHECK(shop.level(0) == 6'000); // 10 bought, 2 + 2 sold
    ui::InvoiceDetailDialog other(*shop.tc.company, second->id);
    other.show();
    {
        test::DialogAnswer<QInputDialog> reason("", giveReason);
        named<QPushButton>(other, "voidButton")->click();
        REQUIRE(reason.answered());
    }
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
    QString creditable;
    test::DialogAnswer<QDialog> creditNote("creditNoteDialog", [&creditable](QDialog &dialog) {
        auto *lines = named<QTableWidget>(dialog, "creditLines");
        REQUIRE(lines->rowCount() == 1);
        creditable = lines->item(0, 2)->text();
        lines->item(0, 3)->setText(QStringLiteral("1"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    credit->click();
    REQUIRE(creditNote.answered());
    CHECK(creditable == QLatin1String("3")); // all three creditable
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
    showActive(detail, Screen);
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

namespace {

// A line as InvoiceEntry::addProduct makes it: quantity 1, the product's
// price and tax rate, no discount, the warehouse's level.
InvoiceLinesModel::Line productLine(qint64 id, const char *sku, const char *name, const char *unit,
                                    const char *price, std::optional<qint64> available)
{
    InvoiceLinesModel::Line line;
    line.productId = id;
    line.sku = QString::fromLatin1(sku);
    line.name = QString::fromLatin1(name);
    line.unit = QString::fromLatin1(unit);
    line.description = line.name;
    line.quantity = QStringLiteral("1");
    line.unitPrice = QString::fromLatin1(price);
    line.discount = QStringLiteral("0");
    line.tax = QStringLiteral("20");
    line.available = available;
    return line;
}

QString shown(const InvoiceLinesModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE(
    "lines model: the entry's adds, edits, removals and reloads keep the model sound and its figures right")
{
    InvoiceLinesModel model;
    test::ModelChecker checker(&model);
    model.setPricesIncludeTax(true); // a sale at retail prices, stock checked
    model.setCheckStock(true);
    REQUIRE(model.rowCount() == 0);
    REQUIRE(model.columnCount() == 8);

    // A product added: 1 x 1.99 with 20 % tax included is net round(199 / 1.2) = 1.66, tax 0.33.
    REQUIRE(model.addLine(productLine(1, "APPLE-1", "Apples", "piece", "1.99", 10'000)) == 0);
    REQUIRE(model.rowCount() == 1);
    CHECK(shown(model, 0, InvoiceLinesModel::Product) == QStringLiteral("APPLE-1 · Apples"));
    CHECK(shown(model, 0, InvoiceLinesModel::Product, Qt::EditRole) == QStringLiteral("APPLE-1"));
    CHECK(shown(model, 0, InvoiceLinesModel::Description) == QStringLiteral("Apples"));
    CHECK(shown(model, 0, InvoiceLinesModel::Quantity) == QStringLiteral("1 piece"));
    CHECK(shown(model, 0, InvoiceLinesModel::Quantity, Qt::EditRole) == QStringLiteral("1"));
    CHECK(shown(model, 0, InvoiceLinesModel::Total) == QStringLiteral("1.99"));
    CHECK(shown(model, 0, InvoiceLinesModel::Available) == QStringLiteral("10"));
    CHECK(model.totals() == LineAmounts{166, 33, 199});
    CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);
    CHECK(model.headerData(InvoiceLinesModel::Total, Qt::Horizontal).toString()
          == QStringLiteral("Line total"));

    // A second: cheese 7.35 a kg, 2.5 kg in stock; net round(735 / 1.2) = round(612.5) = 6.13, tax 1.22.
    REQUIRE(model.addLine(productLine(3, "CHEESE", "Cheese", "kg", "7.35", 2'500)) == 1);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.totals() == LineAmounts{166 + 613, 33 + 122, 199 + 735});
    CHECK(model.linesOverStock() == 0);

    // The quantity typed in the table: 3 kg is 22.05, more than the 2.5 kg in stock.
    const QModelIndex cheeseQuantity = model.index(1, InvoiceLinesModel::Quantity);
    CHECK(model.flags(cheeseQuantity).testFlag(Qt::ItemIsEditable));
    REQUIRE(model.setData(cheeseQuantity, QStringLiteral(" 3 ")));
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity, Qt::EditRole) == QStringLiteral("3")); // trimmed
    CHECK(shown(model, 1, InvoiceLinesModel::Total) == QStringLiteral("22.05"));
    CHECK(shown(model, 1, InvoiceLinesModel::Available) == QStringLiteral("Only 2.5"));
    CHECK_FALSE(model.index(1, InvoiceLinesModel::Available).data(Qt::DecorationRole).isNull());
    CHECK(shown(model, 1, InvoiceLinesModel::Available, Qt::ToolTipRole)
          == QStringLiteral("More than the 2.5 kg in stock in this warehouse."));
    CHECK(model.linesOverStock() == 1);
    // 2205 / 1.2 = 1837.5 -> 18.38 net, 3.67 tax.
    CHECK(model.totals() == LineAmounts{166 + 1838, 33 + 367, 199 + 2205});

    // A 10 % discount: 22.05 x 0.9 = 19.845 -> 19.85; net 1985 / 1.2 = 1654.17 -> 16.54, tax 3.31.
    REQUIRE(model.setData(model.index(1, InvoiceLinesModel::Discount), QStringLiteral("10")));
    CHECK(shown(model, 1, InvoiceLinesModel::Total) == QStringLiteral("19.85"));
    CHECK(model.totals() == LineAmounts{166 + 1654, 33 + 331, 199 + 1985});

    // Neither the product nor the computed columns take typing.
    CHECK_FALSE(model.flags(model.index(1, InvoiceLinesModel::Product)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(1, InvoiceLinesModel::Product), QStringLiteral("EGGS")));
    CHECK_FALSE(model.setData(model.index(1, InvoiceLinesModel::Total), QStringLiteral("1.00")));
    CHECK(model.line(1).sku == QStringLiteral("CHEESE"));

    // A quantity that is not a number: refused. The cell keeps its 3, the
    // line counts as before and says why, and the lines cannot be sent until
    // that cell takes a number.
    CHECK_FALSE(model.setData(cheeseQuantity, QStringLiteral("two")));
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity, Qt::EditRole) == QStringLiteral("3"));
    CHECK(shown(model, 1, InvoiceLinesModel::Total) == QStringLiteral("19.85"));
    CHECK(model.totals() == LineAmounts{166 + 1654, 33 + 331, 199 + 1985});
    CHECK(model.linesOverStock() == 1);
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity, Qt::ToolTipRole)
          == QStringLiteral("quantity 'two' is not a number; type e.g. 1.5"));
    CHECK(model.errorMessages() == QStringLiteral("Line 2: quantity 'two' is not a number; type e.g. 1.5"));
    QList<InvoiceLineInput> inputs;
    const auto refused = model.toInputs(inputs);
    REQUIRE(refused.has_value());
    CHECK(refused->row == 1);
    CHECK(refused->column == InvoiceLinesModel::Quantity);
    CHECK(refused->message == QStringLiteral("quantity 'two' is not a number; type e.g. 1.5"));
    // A service message on the line does not clear the refusal.
    model.clearErrors();
    CHECK(model.isRefused(1, InvoiceLinesModel::Quantity));

    // The service's refusal shown on a line, and gone once the line is edited.
    model.setLineError(0, QStringLiteral("Apples are no longer sold."));
    CHECK(shown(model, 0, InvoiceLinesModel::Product, Qt::ToolTipRole)
          == QStringLiteral("Apples are no longer sold."));
    CHECK_FALSE(model.index(0, InvoiceLinesModel::Product).data(Qt::DecorationRole).isNull());
    REQUIRE(model.setData(model.index(0, InvoiceLinesModel::Quantity), QStringLiteral("2")));
    CHECK(model.line(0).error.isEmpty());
    model.setLineError(1, QStringLiteral("Enter a quantity above zero, such as 2 or 1.5."));
    model.clearErrors();
    CHECK(model.line(1).error.isEmpty());

    // The Remove button takes the current line out: the cheese is left.
    REQUIRE(model.setData(cheeseQuantity, QStringLiteral("3")));
    REQUIRE(model.removeRow(0));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).sku == QStringLiteral("CHEESE"));
    CHECK(model.totals() == LineAmounts{1654, 331, 1985});
    CHECK_FALSE(model.removeRows(1, 1)); // no such row
    CHECK(model.rowCount() == 1);

    // Another warehouse holds 5 kg: the 3 kg fit.
    model.setAvailable(0, 5'000);
    CHECK(shown(model, 0, InvoiceLinesModel::Available) == QStringLiteral("5"));
    CHECK(model.linesOverStock() == 0);

    // Trade prices: the discounted 19.85 is the net, tax round(19.85 x 0.2) = 3.97, total 23.82.
    model.setPricesIncludeTax(false);
    CHECK(shown(model, 0, InvoiceLinesModel::Total) == QStringLiteral("23.82"));
    CHECK(model.totals() == LineAmounts{1985, 397, 2382});
    REQUIRE_FALSE(model.toInputs(inputs).has_value());
    REQUIRE(inputs.size() == 1);
    CHECK(inputs.at(0).productId == 3);
    CHECK(inputs.at(0).quantity == 3'000);
    CHECK(inputs.at(0).unitPrice == 735);
    CHECK(inputs.at(0).discountBp == 1'000);
    CHECK(inputs.at(0).taxRateBp == 2'000);
    CHECK(inputs.at(0).description.isEmpty()); // the product's own name is not repeated

    // A purchase checks no stock: nothing to show in that column.
    model.setCheckStock(false);
    CHECK(shown(model, 0, InvoiceLinesModel::Available) == QStringLiteral("—"));
    CHECK_FALSE(model.index(0, InvoiceLinesModel::Available).data(Qt::EditRole).isValid());

    // A draft resumed replaces the lines; Ctrl+N empties them.
    model.setLines({productLine(4, "DATES", "Dates", "piece", "4.10", std::nullopt),
                    productLine(5, "EGGS", "Eggs", "piece", "3.33", std::nullopt)});
    REQUIRE(model.rowCount() == 2);
    CHECK(shown(model, 1, InvoiceLinesModel::Product) == QStringLiteral("EGGS · Eggs"));
    // Trade prices now: 4.10 + 0.82 tax, 3.33 + 0.67 (0.666 rounded) tax.
    CHECK(model.totals() == LineAmounts{410 + 333, 82 + 67, 492 + 400});
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.totals() == LineAmounts{});

    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE("saving a draft says so in the window's status bar, with the draft's number")
{
    Shop shop;
    QMainWindow window;
    auto *entry = new InvoiceEntry(*shop.tc.company, InvoiceType::Sale);
    window.setCentralWidget(entry);
    showActive(window, Screen);
    entry->setFocus();
    named<QLineEdit>(*entry, "partnerEdit")->setFocus();
    type(QStringLiteral("Archer"));
    key(Qt::Key_Tab);
    addLine(QStringLiteral("CHEESE"), QStringLiteral("2"));
    CHECK(window.statusBar()->currentMessage().isEmpty());
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(entry->draftId().has_value());
    CHECK(window.statusBar()->currentMessage()
          == QStringLiteral("Draft %1 saved. Resume it later from the drafts list.").arg(*entry->draftId()));
}

namespace {

// German as a German user has it: the language and the locale (1.234,50 and 1,5).
struct German {
    German() : language(QStringLiteral("de"))
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~German() { QLocale::setDefault(QLocale::c()); }
    German(const German &) = delete;
    German &operator=(const German &) = delete;
    test::Language language;
};

// Types `text` into a cell of the entry's lines table, as a clerk would:
// the cell's editor, Ctrl+A, the text and Enter.
void editCell(QWidget &entry, int row, int column, const QString &text)
{
    auto *table = named<QTableView>(entry, "linesTable");
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(index);
    table->edit(index);
    REQUIRE(qobject_cast<QLineEdit *>(focused()));
    key(Qt::Key_A, Qt::ControlModifier);
    type(text);
    key(Qt::Key_Return);
}

// With STOCKBOOK_SHOTS_DIR set, the widget as the user sees it, saved as PNG there.
void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKBOOK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE(
    "German: quantity 1,5 and price 12,50 give a line total of 18,75 and German totals, posted as typed")
{
    German german;
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    const InvoiceLinesModel &model = *entry.linesModel();

    // The product's price comes in as German writes it.
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("1,5"));
    CHECK(shown(model, 0, InvoiceLinesModel::UnitPrice) == QStringLiteral("1,99"));
    // The unit in German words, not its stored code "piece".
    CHECK(shown(model, 0, InvoiceLinesModel::Quantity) == QStringLiteral("1,5 Stück"));
    editCell(entry, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,50"));
    CHECK(shown(model, 0, InvoiceLinesModel::Quantity, Qt::EditRole) == QStringLiteral("1,5"));
    CHECK(shown(model, 0, InvoiceLinesModel::UnitPrice) == QStringLiteral("12,50"));
    // 1,5 x 12,50 = 18,75 (tax included).
    CHECK(shown(model, 0, InvoiceLinesModel::Total) == QStringLiteral("18,75"));

    // A thousands separator where German puts it: 2 x 1.234,50 = 2.469,00.
    named<QLineEdit>(entry, "skuEdit")->setFocus(Qt::ShortcutFocusReason); // back to the product field
    addLine(QStringLiteral("BREAD"), QStringLiteral("2"));
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity) == QStringLiteral("2 Stück"));
    editCell(entry, 1, InvoiceLinesModel::UnitPrice, QStringLiteral("1.234,5"));
    CHECK(shown(model, 1, InvoiceLinesModel::UnitPrice) == QStringLiteral("1.234,50"));
    CHECK(shown(model, 1, InvoiceLinesModel::Total) == QStringLiteral("2.469,00"));

    // 20 % taken out of each line total, rounded half away from zero:
    // 18,75 / 1,2 = 15,625 -> net 15,63, tax 3,12;
    // 2.469,00 / 1,2 = 2.057,50 net, tax 411,50.
    // Net 2.073,13, tax 414,62, total 2.487,75.
    CHECK(named<QLabel>(entry, "netTotal")->text() == QStringLiteral("2.073,13"));
    CHECK(named<QLabel>(entry, "taxTotal")->text() == QStringLiteral("414,62"));
    CHECK(named<QLabel>(entry, "grandTotal")->text() == QStringLiteral("2.487,75"));
    CHECK(named<QLabel>(entry, "lineError")->isHidden());

    // "12.50" is English: refused, and the message gives the German example.
    editCell(entry, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12.50"));
    auto *lineError = named<QLabel>(entry, "lineError");
    CHECK(lineError->isVisible());
    CHECK(lineError->text()
          == QStringLiteral("Zeile 1: Einzelpreis „12.50“ ist kein Betrag; geben Sie z. B. 12,50 ein"));
    CHECK(shown(model, 0, InvoiceLinesModel::UnitPrice) == QStringLiteral("12,50"));
    CHECK(named<QLabel>(entry, "grandTotal")->text() == QStringLiteral("2.487,75"));
    saveShot(entry, QStringLiteral("entry-error-de"));
    editCell(entry, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,5"));
    CHECK(lineError->isHidden());

    key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE_FALSE(entry.postedInvoice().number.isEmpty());
    CHECK(entry.postedInvoice().totalAmount == 248775);
    CHECK(entry.postedInvoice().subtotal == 207313);
    CHECK(entry.postedInvoice().taxAmount == 41462);
    CHECK(named<QLabel>(entry, "postedLabel")->text().contains(QStringLiteral("2.487,75")));
    CHECK(shop.level(0) == 8'500); // ten apples, one and a half sold
}

TEST_CASE(
    "a quantity that is not a number is refused beside its line, the totals keep, and fixing it clears it")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    const InvoiceLinesModel &model = *entry.linesModel();
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("3")); // 5.97
    addLine(QStringLiteral("BREAD"), QStringLiteral("2"));   // 4.98
    auto *total = named<QLabel>(entry, "grandTotal");
    CHECK(total->text() == QStringLiteral("10.95"));

    // Typed as the quantity, then Enter: refused, the clerk stays on the cell.
    test::enterLine("skuEdit", QStringLiteral("CHEESE"), QStringLiteral("1"));
    editCell(entry, 1, InvoiceLinesModel::Quantity, QStringLiteral("abc"));
    const QString message = QStringLiteral("Line 2: quantity 'abc' is not a number; type e.g. 1.5");
    auto *lineError = named<QLabel>(entry, "lineError");
    CHECK(lineError->isVisible());
    CHECK(lineError->text() == message);
    CHECK(focused()->objectName() == QLatin1String("linesTable"));
    CHECK(named<QTableView>(entry, "linesTable")->currentIndex()
          == model.index(1, InvoiceLinesModel::Quantity));
    // The line shows its last good quantity, never "abc piece", marked with the reason.
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity) == QStringLiteral("2 piece"));
    CHECK_FALSE(model.index(1, InvoiceLinesModel::Quantity).data(Qt::DecorationRole).isNull());
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity, Qt::ToolTipRole)
          == QStringLiteral("quantity 'abc' is not a number; type e.g. 1.5"));
    CHECK(model.index(0, InvoiceLinesModel::Quantity).data(Qt::DecorationRole).isNull());
    // 5.97 + 4.98 + 7.35: the bread still counts at 2.
    CHECK(total->text() == QStringLiteral("18.30"));
    saveShot(entry, QStringLiteral("entry-error-en"));

    // Posting is refused on that line with the same one message.
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(entry.postedInvoice().number.isEmpty());
    CHECK(lineError->text() == message);
    CHECK(shop.level(1) == 10'000);

    // Fixed: the message goes at once, the total follows. 5.97 + 4 x 2.49 + 7.35 = 23.28.
    editCell(entry, 1, InvoiceLinesModel::Quantity, QStringLiteral("4"));
    CHECK(lineError->isHidden());
    CHECK(shown(model, 1, InvoiceLinesModel::Quantity) == QStringLiteral("4 piece"));
    CHECK(model.index(1, InvoiceLinesModel::Quantity).data(Qt::DecorationRole).isNull());
    CHECK(total->text() == QStringLiteral("23.28"));

    // A zero quantity and an empty discount's opposite, a discount over 100 %.
    editCell(entry, 0, InvoiceLinesModel::Quantity, QStringLiteral("0"));
    editCell(entry, 2, InvoiceLinesModel::Discount, QStringLiteral("150"));
    CHECK(lineError->text()
          == QStringLiteral("Line 1: quantity '0' must be above zero; type e.g. 1.5\n"
                            "Line 3: discount '150' must lie between 0 and 100 %; type e.g. 2.5"));
    // Removing a line takes its message along; the others are renumbered.
    named<QTableView>(entry, "linesTable")->setCurrentIndex(model.index(0, InvoiceLinesModel::Product));
    named<QPushButton>(entry, "removeLineButton")->click();
    CHECK(lineError->text()
          == QStringLiteral("Line 2: discount '150' must lie between 0 and 100 %; type e.g. 2.5"));
    editCell(entry, 1, InvoiceLinesModel::Discount, QStringLiteral("10"));
    CHECK(lineError->isHidden());
    key(Qt::Key_Return, Qt::ControlModifier);
    // 4 x 2.49 = 9.96, and 7.35 less 10 % = 6.615 -> 6.62: 16.58.
    CHECK(entry.postedInvoice().totalAmount == 1658);
}

TEST_CASE("a negative price is refused as typed and blocks Post before the stock question, said once")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("12")); // more than the 10 in stock
    addLine(QStringLiteral("BREAD"), QStringLiteral("1"));
    addLine(QStringLiteral("CHEESE"), QStringLiteral("1"));
    addLine(QStringLiteral("DATES"), QStringLiteral("1"));
    editCell(entry, 3, InvoiceLinesModel::UnitPrice, QStringLiteral("-4.10"));
    const QString message = QStringLiteral("Line 4: unit price '-4.10' cannot be negative; type e.g. 12.50");
    auto *lineError = named<QLabel>(entry, "lineError");
    CHECK(lineError->text() == message);
    CHECK(shown(*entry.linesModel(), 3, InvoiceLinesModel::UnitPrice) == QStringLiteral("4.10"));

    test::DialogAnswer<QMessageBox> question("overStockQuestion",
                                             [](QMessageBox &box) { box.button(QMessageBox::Yes)->click(); });
    key(Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(50);
    CHECK_FALSE(question.found());
    CHECK(entry.postedInvoice().number.isEmpty());
    CHECK(lineError->text() == message);
    CHECK(named<QLabel>(entry, "formError")->isHidden());
    CHECK(shop.level(0) == 10'000);
}

TEST_CASE("a refusal of the service names its line once and goes when the line is edited")
{
    Shop shop;
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    addLine(QStringLiteral("BREAD"), QStringLiteral("1"));
    addLine(QStringLiteral("APPLE-1"), QStringLiteral("1"));
    shop.tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(CatalogService(*shop.tc.company).deactivateProduct(shop.products.at(0)));
    shop.tc.actAs(QStringLiteral("clerk"));

    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(entry.postedInvoice().number.isEmpty());
    auto *lineError = named<QLabel>(entry, "lineError");
    CHECK(lineError->text() == QStringLiteral("Line 2: Apples is inactive and cannot be invoiced."));
    CHECK(named<QLabel>(entry, "partnerError")->isHidden());

    editCell(entry, 1, InvoiceLinesModel::Quantity, QStringLiteral("2"));
    CHECK(lineError->isHidden());
}

TEST_CASE("product field: a name several products share opens their list, arrows and Enter pick one")
{
    Shop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    for (const auto &[sku, name] :
         {std::pair{"FLOUR-W", "Flour, white"}, std::pair{"FLOUR-R", "Flour, rye"}}) {
        ProductInput in;
        in.sku = QString::fromLatin1(sku);
        in.name = QString::fromLatin1(name);
        in.price = 120;
        REQUIRE_OK(CatalogService(*shop.tc.company).createProduct(in));
    }
    shop.tc.actAs(QStringLiteral("clerk"));
    InvoiceEntry entry(*shop.tc.company, InvoiceType::Sale);
    showActive(entry, Screen);
    type(QStringLiteral("Alice"));
    key(Qt::Key_Tab);
    const InvoiceLinesModel &model = *entry.linesModel();
    auto *skuError = named<QLabel>(entry, "skuError");

    // Nothing by that name: said so, and gone when the clerk types again.
    type(QStringLiteral("zzz"));
    key(Qt::Key_Return);
    CHECK(model.rowCount() == 0);
    CHECK(skuError->isVisible());
    CHECK(skuError->text()
          == QStringLiteral("No product matches \"zzz\": no SKU or barcode is that, and no name contains it. "
                            "Check what you typed."));
    key(Qt::Key_Backspace);
    CHECK(skuError->isHidden());
    named<QLineEdit>(entry, "skuEdit")->clear();

    // Two flours: the list opens with both, sorted by name, the first highlighted.
    type(QStringLiteral("flour"));
    key(Qt::Key_Return);
    CHECK(model.rowCount() == 0);
    CHECK(skuError->isHidden());
    QAbstractItemView *popup = named<QCompleter>(entry, "productCompleter")->popup();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() == 2);
    CHECK(popup->currentIndex().row() == 0);
    CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Flour, rye · FLOUR-R"));
    CHECK(popup->model()->index(1, 0).data().toString() == QStringLiteral("Flour, white · FLOUR-W"));
    saveShot(*popup, QStringLiteral("product-matches"));
    // The keys go to the open list: Down, then Enter takes the white flour.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK_FALSE(popup->isVisible());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).sku == QStringLiteral("FLOUR-W"));
    CHECK(focused()->objectName() != QLatin1String("skuEdit")); // its quantity is open
    key(Qt::Key_Return);

    // One match is taken at once.
    REQUIRE(focused()->objectName() == QLatin1String("skuEdit"));
    type(QStringLiteral("rye"));
    key(Qt::Key_Return);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.line(1).sku == QStringLiteral("FLOUR-R"));
}

TEST_CASE("German: stock lines read and show 8,5 and refuse 2.5 and abc with the German example")
{
    German german;
    Shop shop;
    shop.tc.actAs(QStringLiteral("manager"));

    // A transfer line: German decimals only.
    ui::StockLinesModel transfer(ui::StockLinesModel::Kind::Transfer);
    ui::StockLinesModel::Line line;
    line.productId = shop.products.at(0);
    line.sku = QStringLiteral("APPLE-1");
    line.name = QStringLiteral("Apples");
    line.unit = QStringLiteral("kg");
    line.level = 12'500;
    transfer.addLine(line);
    CHECK(transfer.index(0, ui::StockLinesModel::Level).data(Qt::EditRole).toString()
          == QStringLiteral("12,5"));
    REQUIRE(transfer.setData(transfer.index(0, ui::StockLinesModel::Quantity), QStringLiteral("2,5")));
    CHECK(transfer.quantity(0) == 2'500);
    CHECK(transfer.inputError(0).isEmpty());
    REQUIRE(transfer.setData(transfer.index(0, ui::StockLinesModel::Quantity), QStringLiteral("2.5")));
    CHECK_FALSE(transfer.quantity(0).has_value());
    CHECK(transfer.inputError(0) == QStringLiteral("Menge „2.5“ ist keine Zahl; geben Sie z. B. 1,5 ein"));
    CHECK(transfer.index(0, ui::StockLinesModel::Quantity).data(Qt::ToolTipRole).toString()
          == transfer.inputError(0));

    // A stocktake by keyboard: 8,5 apples counted of 10, bread "abc".
    ui::StocktakeDialog dialog(*shop.tc.company);
    showActive(dialog);
    ui::StockLinesModel &counts = *dialog.linesModel();
    test::enterLine("stocktakeProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("8,5"));
    const int apples = counts.rowOf(shop.products.at(0));
    REQUIRE(apples >= 0);
    CHECK(counts.line(apples).quantity == QStringLiteral("8,5"));
    CHECK(counts.index(apples, ui::StockLinesModel::Difference).data().toString() == QStringLiteral("-1,5"));
    test::enterLine("stocktakeProductEdit", QStringLiteral("BREAD"), QStringLiteral("abc"));
    const int bread = counts.rowOf(shop.products.at(1));
    const QString breadMessage = QStringLiteral("Zählung „abc“ ist keine Zahl; geben Sie z. B. 1,5 ein");
    CHECK(counts.inputError(bread) == breadMessage);
    CHECK(counts.index(bread, ui::StockLinesModel::Difference).data().toString().isEmpty());
    named<QLineEdit>(dialog, "stocktakeReasonEdit")->setText(QStringLiteral("Inventur"));
    named<QPushButton>(dialog, "stocktakeOkButton")->click();
    CHECK(dialog.isVisible());
    CHECK(named<QLabel>(dialog, "stocktakeLineError")->text() == QStringLiteral("BREAD: ") + breadMessage);
    saveShot(dialog, QStringLiteral("stocktake-error-de"));
    CHECK(shop.level(0) == 10'000);

    named<QLineEdit>(dialog, "stocktakeProductEdit")->setFocus(Qt::ShortcutFocusReason);
    test::enterLine("stocktakeProductEdit", QStringLiteral("BREAD"), QStringLiteral("9,25"));
    CHECK(counts.inputError(bread).isEmpty());
    named<QPushButton>(dialog, "stocktakeOkButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.level(0) == 8'500);
    CHECK(shop.level(1) == 9'250);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "LocaleGuard.h"
#include "UiDriver.h"

#include "editors/CategoryEditor.h"
#include "editors/PartnerEditor.h"
#include "editors/ProductEditor.h"
#include "editors/TaxRateEditor.h"
#include "editors/WarehouseEditor.h"
#include "services/catalog/CatalogService.h"
#include "services/partners/PartnerService.h"
#include "services/stock/WarehouseService.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextEdit>

#include <functional>

using namespace stockbook;
using stockbook::test::named;
using stockbook::test::showActive;
using stockbook::ui::EditorDialog;

namespace {

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    // A spin box gives the focus to its line edit.
    if (focus && qobject_cast<QAbstractSpinBox *>(focus->parentWidget()))
        focus = focus->parentWidget();
    return focus ? focus->objectName() : QString();
}

void typeAndTab(const QString &text)
{
    if (!text.isEmpty())
        QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

qint64 countRows(test::TestCompany &tc, const QString &sql, std::initializer_list<QVariant> values = {})
{
    auto q = test::exec(tc.sql(), sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

ProductInput tea()
{
    ProductInput input;
    input.sku = QStringLiteral("TEA-1");
    input.name = QStringLiteral("Green tea 100 g");
    input.price = 450;
    return input;
}

bool isInput(const QWidget *widget)
{
    // The line edits inside spin boxes and combo boxes belong to those.
    if (qobject_cast<const QLineEdit *>(widget))
        return !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            && !qobject_cast<QComboBox *>(widget->parentWidget());
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QCheckBox *>(widget);
}

// Every editor once, in the state the shell opens it for a manager.
void forEachEditor(test::TestCompany &tc, const std::function<void(const QString &, EditorDialog &)> &visit)
{
    auto productId = CatalogService(*tc.company).createProduct(tea());
    REQUIRE_OK(productId);
    {
        ui::ProductEditor editor(*tc.company);
        visit(QStringLiteral("product-new"), editor);
    }
    {
        ui::ProductEditor editor(*tc.company, productId.value());
        visit(QStringLiteral("product-edit"), editor);
    }
    {
        ui::PartnerEditor editor(*tc.company, PartnerKind::Customer);
        visit(QStringLiteral("customer"), editor);
    }
    {
        ui::PartnerEditor editor(*tc.company, PartnerKind::Supplier);
        visit(QStringLiteral("supplier"), editor);
    }
    {
        ui::CategoryEditor editor(*tc.company);
        visit(QStringLiteral("category"), editor);
    }
    {
        ui::WarehouseEditor editor(*tc.company);
        visit(QStringLiteral("warehouse"), editor);
    }
    {
        ui::TaxRateEditor editor(*tc.company);
        visit(QStringLiteral("taxrate"), editor);
    }
}

} // namespace

TEST_CASE("A product typed in by keyboard is saved with its price in cents")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    ui::ProductEditor editor(*tc.company);
    QSignalSpy savedSpy(&editor, &EditorDialog::saved);
    showActive(editor);
    REQUIRE(focusName() == QStringLiteral("productSku"));

    // Tab walks the rows in the order they appear on screen.
    typeAndTab(QStringLiteral("COF-250"));
    REQUIRE(focusName() == QStringLiteral("productBarcode"));
    typeAndTab(QStringLiteral("4006381333931"));
    REQUIRE(focusName() == QStringLiteral("productName"));
    typeAndTab(QStringLiteral("Ground coffee 250 g"));
    REQUIRE(focusName() == QStringLiteral("productCategory"));
    typeAndTab({});
    REQUIRE(focusName() == QStringLiteral("productSupplier"));
    typeAndTab({});
    REQUIRE(focusName() == QStringLiteral("productUnit"));
    typeAndTab({});
    REQUIRE(focusName() == QStringLiteral("productPrice"));
    // Tab selects the "0.00" shown, so typing replaces it.
    typeAndTab(QStringLiteral("12.49"));
    REQUIRE(focusName() == QStringLiteral("productTaxRate"));
    typeAndTab({});
    REQUIRE(focusName() == QStringLiteral("productReorderLevel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    typeAndTab(QStringLiteral("2.5"));
    REQUIRE(focusName() == QStringLiteral("productActive"));
    // Enter saves: Save is the default button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(savedSpy.count() == 1);
    REQUIRE(editor.savedId() > 0);
    auto q = test::exec(tc.sql(),
                        QStringLiteral("SELECT sku, barcode, name, unit, price, reorder_level, active, "
                                       "tax_rate_id FROM products WHERE id = ?"),
                        {editor.savedId()});
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("COF-250"));
    CHECK(q.value(1).toString() == QStringLiteral("4006381333931"));
    CHECK(q.value(2).toString() == QStringLiteral("Ground coffee 250 g"));
    CHECK(q.value(3).toString() == QStringLiteral("piece"));
    CHECK(q.value(4).toLongLong() == 1249); // 12.49 EUR = 1249 cents
    CHECK(q.value(5).toLongLong() == 2500); // 2.5 pieces = 2500 thousandths
    CHECK(q.value(6).toInt() == 1);
    // The seeded default rate "Standard" was preselected.
    CHECK(q.value(7).toLongLong()
          == countRows(tc, QStringLiteral("SELECT id FROM tax_rates WHERE name = 'Standard'")));
}

TEST_CASE("A duplicate SKU is reported at the SKU field and nothing typed is lost")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(CatalogService(*tc.company).createProduct(tea()));

    ui::ProductEditor editor(*tc.company);
    showActive(editor);
    auto *sku = named<QLineEdit>(editor, "productSku");
    auto *name = named<QLineEdit>(editor, "productName");
    auto *price = named<QLineEdit>(editor, "productPrice");
    QTest::keyClicks(sku, QStringLiteral("tea-1")); // the SKU is unique regardless of case
    QTest::keyClicks(name, QStringLiteral("Black tea"));
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("3.20"));
    name->setFocus();
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);

    CHECK(editor.isVisible());
    CHECK(editor.savedId() == 0);
    CHECK(editor.errorText(QStringLiteral("sku"))
          == QStringLiteral("The SKU tea-1 is already used by another product; choose another."));
    auto *error = named<QLabel>(editor, "productSkuError");
    CHECK(error->isVisible());
    CHECK(named<QLabel>(editor, "productSkuErrorIcon")->isVisible()); // not colour alone
    CHECK(focusName() == QStringLiteral("productSku"));
    CHECK(sku->text() == QStringLiteral("tea-1"));
    CHECK(name->text() == QStringLiteral("Black tea"));
    CHECK(price->text() == QStringLiteral("3.20"));
    CHECK(editor.errorText(QStringLiteral("price")).isEmpty());
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM products")) == 1);

    // Corrected and saved again: the error goes away with the dialog.
    sku->setText(QStringLiteral("TEA-2"));
    QTest::keyClick(sku, Qt::Key_Return);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT price FROM products WHERE sku = 'TEA-2'")) == 320);
}

TEST_CASE("A negative price is reported at the price field")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    ui::ProductEditor editor(*tc.company);
    showActive(editor);
    QTest::keyClicks(named<QLineEdit>(editor, "productSku"), QStringLiteral("MILK-1"));
    QTest::keyClicks(named<QLineEdit>(editor, "productName"), QStringLiteral("Milk 1 l"));
    auto *price = named<QLineEdit>(editor, "productPrice");
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("-0.99"));
    QTest::keyClick(price, Qt::Key_Return);

    CHECK(editor.isVisible());
    CHECK(editor.errorText(QStringLiteral("price"))
          == QStringLiteral("The price is negative; enter 0 or more."));
    CHECK(named<QLabel>(editor, "productPriceError")->isVisible());
    CHECK(focusName() == QStringLiteral("productPrice"));
    CHECK(price->text() == QStringLiteral("-0.99"));
    CHECK(editor.errorText(QStringLiteral("sku")).isEmpty());
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM products")) == 0);

    // Text that is not an amount is caught before the service, at the same place.
    price->setText(QStringLiteral("12,50"));
    QTest::keyClick(price, Qt::Key_Return);
    CHECK(editor.errorText(QStringLiteral("price")).contains(QStringLiteral("12.50")));
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM products")) == 0);
}

TEST_CASE("A clerk opens a product read-only")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    auto id = CatalogService(*tc.company).createProduct(tea());
    REQUIRE_OK(id);
    tc.actAs(QStringLiteral("clerk"));

    ui::ProductEditor editor(*tc.company, id.value());
    showActive(editor);
    CHECK(editor.isReadOnly());
    CHECK(editor.generalErrorText().isEmpty());
    CHECK(named<QLineEdit>(editor, "productSku")->text() == QStringLiteral("TEA-1"));
    CHECK(named<QLineEdit>(editor, "productSku")->isReadOnly());
    CHECK(named<QLineEdit>(editor, "productPrice")->text() == QStringLiteral("4.50"));
    CHECK(named<QLineEdit>(editor, "productPrice")->isReadOnly());
    CHECK_FALSE(named<QComboBox>(editor, "productCategory")->isEnabled());
    CHECK_FALSE(named<QCheckBox>(editor, "productActive")->isEnabled());
    CHECK_FALSE(named<QPushButton>(editor, "saveButton")->isVisible());
    CHECK(named<QLabel>(editor, "productPriceCurrency")->text() == QStringLiteral("EUR"));
    CHECK(named<QLabel>(editor, "productOnHand")->isVisible());

    // Enter does not write; Esc closes.
    QTest::keyClick(named<QLineEdit>(editor, "productName"), Qt::Key_Return);
    CHECK(editor.savedId() == 0);
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(editor.result() == QDialog::Rejected);
    CHECK_FALSE(editor.isVisible());
}

TEST_CASE("A customer whose e-mail differs from another only in case is refused at the e-mail field")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("clerk")); // clerks may add customers
    PartnerInput first;
    first.name = QStringLiteral("Ada Baker");
    first.email = QStringLiteral("ada@bakery.example");
    REQUIRE_OK(PartnerService(*tc.company).create(PartnerKind::Customer, first));

    ui::PartnerEditor editor(*tc.company, PartnerKind::Customer);
    showActive(editor);
    CHECK_FALSE(editor.isReadOnly());
    typeAndTab(QStringLiteral("Ada Baker junior"));
    REQUIRE(focusName() == QStringLiteral("partnerEmail"));
    typeAndTab(QStringLiteral("Ada@Bakery.Example"));
    REQUIRE(focusName() == QStringLiteral("partnerPhone"));
    typeAndTab(QStringLiteral("+44 20 7946 0000"));
    REQUIRE(focusName() == QStringLiteral("partnerAddress"));
    typeAndTab(QStringLiteral("1 Mill Lane"));
    REQUIRE(focusName() == QStringLiteral("partnerTaxId"));
    typeAndTab({});
    REQUIRE(focusName() == QStringLiteral("partnerPaymentTerms"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    CHECK(editor.isVisible());
    CHECK(editor.errorText(QStringLiteral("email"))
          == QStringLiteral("The e-mail address Ada@Bakery.Example belongs to another customer."));
    CHECK(focusName() == QStringLiteral("partnerEmail"));
    CHECK(named<QLineEdit>(editor, "partnerName")->text() == QStringLiteral("Ada Baker junior"));
    CHECK(named<QLineEdit>(editor, "partnerPhone")->text() == QStringLiteral("+44 20 7946 0000"));
    CHECK(named<QPlainTextEdit>(editor, "partnerAddress")->toPlainText() == QStringLiteral("1 Mill Lane"));
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM customers")) == 1);
}

TEST_CASE("A clerk may read suppliers but not edit them")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerInput input;
    input.name = QStringLiteral("Hill Farm Dairy");
    input.paymentTermsDays = 30;
    auto id = PartnerService(*tc.company).create(PartnerKind::Supplier, input);
    REQUIRE_OK(id);
    tc.actAs(QStringLiteral("clerk"));

    ui::PartnerEditor editor(*tc.company, PartnerKind::Supplier, id.value());
    CHECK(editor.isReadOnly());
    CHECK(named<QLineEdit>(editor, "partnerName")->text() == QStringLiteral("Hill Farm Dairy"));
    CHECK(named<QSpinBox>(editor, "partnerPaymentTerms")->value() == 30);
    CHECK(named<QSpinBox>(editor, "partnerPaymentTerms")->isReadOnly());
}

TEST_CASE("Tax rate, warehouse and category editors save through their services")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));

    ui::TaxRateEditor rate(*tc.company);
    showActive(rate);
    typeAndTab(QStringLiteral("Books"));
    typeAndTab(QStringLiteral("7.5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(rate.result() == QDialog::Accepted);
    // 7.5 % = 750 basis points; the seeded Standard rate stays the default.
    CHECK(countRows(tc, QStringLiteral("SELECT rate_bp FROM tax_rates WHERE name = 'Books'")) == 750);
    CHECK(countRows(tc, QStringLiteral("SELECT is_default FROM tax_rates WHERE name = 'Books'")) == 0);

    ui::TaxRateEditor badRate(*tc.company);
    named<QLineEdit>(badRate, "taxRateName")->setText(QStringLiteral("Luxury"));
    named<QLineEdit>(badRate, "taxRatePercent")->setText(QStringLiteral("twenty"));
    QTest::mouseClick(named<QPushButton>(badRate, "saveButton"), Qt::LeftButton);
    CHECK_FALSE(badRate.errorText(QStringLiteral("rate")).isEmpty());

    ui::WarehouseEditor warehouse(*tc.company);
    showActive(warehouse);
    typeAndTab(QStringLiteral("shop-2"));
    typeAndTab(QStringLiteral("Back room"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(warehouse.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM warehouses WHERE code = 'SHOP-2'")) == 1);

    // MAIN is the default warehouse: its active box cannot be cleared.
    auto main = WarehouseService(*tc.company).byCode(QStringLiteral("MAIN"));
    REQUIRE_OK(main);
    ui::WarehouseEditor mainEditor(*tc.company, main->id);
    CHECK_FALSE(named<QCheckBox>(mainEditor, "warehouseActive")->isEnabled());
    CHECK(named<QLineEdit>(mainEditor, "warehouseCode")->isEnabled());

    ui::CategoryEditor category(*tc.company);
    showActive(category);
    QTest::keyClick(named<QLineEdit>(category, "categoryName"), Qt::Key_Return);
    CHECK(category.isVisible());
    CHECK(category.errorText(QStringLiteral("name"))
          == QStringLiteral("The category name is empty; enter one."));
    QTest::keyClicks(named<QLineEdit>(category, "categoryName"), QStringLiteral("Drinks"));
    QTest::keyClick(named<QLineEdit>(category, "categoryName"), Qt::Key_Return);
    REQUIRE(category.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM categories WHERE name = 'Drinks'")) == 1);
}

TEST_CASE("Every input of every editor has a label or an accessible name and an object name")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    int editors = 0;
    forEachEditor(tc, [&](const QString &what, EditorDialog &editor) {
        ++editors;
        QSet<const QWidget *> buddies;
        const auto labels = editor.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() && !label->text().isEmpty())
                buddies.insert(label->buddy());
        }
        int inputs = 0;
        const auto widgets = editor.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (qobject_cast<const QPushButton *>(widget)) {
                INFO(what.toStdString()
                     << ": button " << qobject_cast<const QPushButton *>(widget)->text().toStdString());
                CHECK_FALSE(widget->objectName().isEmpty());
            }
            if (!isInput(widget))
                continue;
            ++inputs;
            INFO(what.toStdString() << ": " << widget->metaObject()->className() << " "
                                    << widget->objectName().toStdString());
            CHECK_FALSE(widget->objectName().isEmpty());
            CHECK((buddies.contains(widget) || !widget->accessibleName().isEmpty()));
        }
        INFO(what.toStdString());
        CHECK(inputs >= 2);
    });
    CHECK(editors == 7);
}

TEST_CASE("Every editor fits a 1024 by 700 screen with errors shown")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    // STOCKBOOK_EDITOR_SCREENSHOTS=<folder> saves each editor as editors-<name>.png there.
    const QString shots = qEnvironmentVariable("STOCKBOOK_EDITOR_SCREENSHOTS");
    forEachEditor(tc, [&](const QString &what, EditorDialog &editor) {
        editor.show();
        QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        // The edit form is valid and closes on Save; it is measured without errors.
        if (!editor.isVisible())
            editor.show();
        editor.adjustSize();
        INFO(what.toStdString() << " " << editor.width() << "x" << editor.height());
        CHECK(editor.width() <= 1024);
        CHECK(editor.height() <= 700);
        if (!shots.isEmpty())
            CHECK(editor.grab().save(QDir(shots).filePath(QStringLiteral("editors-%1.png").arg(what))));
    });
}

TEST_CASE("A product that cannot be loaded leaves the form read-only with the reason above the buttons")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    ui::ProductEditor editor(*tc.company, 4242);
    CHECK(editor.isReadOnly());
    CHECK(editor.generalErrorText() == QStringLiteral("No product 4242 was found."));
    CHECK(named<QLabel>(editor, "generalErrorIcon"));
    CHECK(named<QPushButton>(editor, "cancelButton")->text() == QStringLiteral("Close"));
}

TEST_CASE("A product or customer saved on another workstation while its form was open is not overwritten")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    auto id = CatalogService(*tc.company).createProduct(tea());
    REQUIRE_OK(id);
    PartnerInput alice;
    alice.name = QStringLiteral("Alice Archer");
    auto customer = PartnerService(*tc.company).create(PartnerKind::Customer, alice);
    REQUIRE_OK(customer);

    ui::ProductEditor product(*tc.company, id.value());
    ui::PartnerEditor partner(*tc.company, PartnerKind::Customer, customer.value());
    // Meanwhile the other workstation saves both: a new price, a new phone number.
    {
        auto seen = CatalogService(*tc.company).product(id.value());
        REQUIRE_OK(seen);
        ProductInput changed = tea();
        changed.price = 999;
        changed.expectedUpdatedAt = seen->updatedAt;
        REQUIRE_OK(CatalogService(*tc.company).updateProduct(id.value(), changed));
        auto seenPartner = PartnerService(*tc.company).get(PartnerKind::Customer, customer.value());
        REQUIRE_OK(seenPartner);
        PartnerInput phoned = alice;
        phoned.phone = QStringLiteral("+49 30 1234");
        phoned.expectedUpdatedAt = seenPartner->updatedAt;
        REQUIRE_OK(PartnerService(*tc.company).update(PartnerKind::Customer, customer.value(), phoned));
    }

    showActive(product);
    auto *price = named<QLineEdit>(product, "productPrice");
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("4.10"));
    QTest::mouseClick(named<QPushButton>(product, "saveButton"), Qt::LeftButton);
    CHECK(product.isVisible());
    CHECK(product.savedId() == 0);
    CHECK(product.generalErrorText().contains(QStringLiteral("another workstation")));
    CHECK(price->text() == QStringLiteral("4.10")); // what was typed stays
    CHECK(countRows(tc, QStringLiteral("SELECT price FROM products WHERE id = ?"), {id.value()}) == 999);
    if (const QString folder = qEnvironmentVariable("STOCKBOOK_UI_PICTURES"); !folder.isEmpty())
        product.grab().save(folder + QStringLiteral("/product-conflict.png"));
    product.reject();

    showActive(partner);
    QTest::mouseClick(named<QPushButton>(partner, "saveButton"), Qt::LeftButton);
    CHECK(partner.isVisible());
    CHECK(partner.generalErrorText().contains(QStringLiteral("Customer Alice Archer was saved on another")));
    auto phone = test::exec(tc.sql(), QStringLiteral("SELECT phone FROM customers WHERE id = ?"),
                            {customer.value()});
    REQUIRE(phone.next());
    CHECK(phone.value(0).toString() == QStringLiteral("+49 30 1234"));

    // Opened again, the form shows the other save, and a change goes through.
    ui::ProductEditor again(*tc.company, id.value());
    showActive(again);
    auto *priceAgain = named<QLineEdit>(again, "productPrice");
    CHECK(priceAgain->text() == QStringLiteral("9.99"));
    priceAgain->selectAll();
    QTest::keyClicks(priceAgain, QStringLiteral("4.10"));
    QTest::mouseClick(named<QPushButton>(again, "saveButton"), Qt::LeftButton);
    CHECK(again.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT price FROM products WHERE id = ?"), {id.value()}) == 410);
}

TEST_CASE("A product keeps its default supplier after the supplier is deactivated")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    PartnerService partners(*tc.company);
    PartnerInput input;
    input.name = QStringLiteral("Leaf Traders");
    auto supplier = partners.create(PartnerKind::Supplier, input);
    REQUIRE_OK(supplier);
    ProductInput product = tea();
    product.supplierId = supplier.value();
    auto id = CatalogService(*tc.company).createProduct(product);
    REQUIRE_OK(id);
    REQUIRE_OK(partners.deactivate(PartnerKind::Supplier, supplier.value()));

    ui::ProductEditor editor(*tc.company, id.value());
    auto *combo = named<QComboBox>(editor, "productSupplier");
    CHECK(combo->currentData().toLongLong() == supplier.value());
    CHECK(combo->currentText() == QStringLiteral("Leaf Traders (inactive)"));

    // Saving unchanged keeps it.
    QTest::mouseClick(named<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    INFO(editor.generalErrorText().toStdString()
         << editor.errorText(QStringLiteral("supplier")).toStdString());
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT supplier_id FROM products WHERE id = ?"), {id.value()})
          == supplier.value());
}

TEST_CASE("In German prices, reorder levels and rates are typed and shown as German writes them")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    test::Language german(QStringLiteral("de"));
    test::DefaultLocale numbers(test::germanLocale());

    ui::ProductEditor editor(*tc.company);
    showActive(editor);
    auto *price = named<QLineEdit>(editor, "productPrice");
    CHECK(price->text() == QStringLiteral("0,00"));
    CHECK(price->placeholderText() == QStringLiteral("z. B. 12,50"));
    QTest::keyClicks(named<QLineEdit>(editor, "productSku"), QStringLiteral("CABLE-1"));
    QTest::keyClicks(named<QLineEdit>(editor, "productName"), QStringLiteral("Kabel"));
    // An English decimal point is not taken for German: 12.50 is neither 12,5 nor 1250.
    price->setText(QStringLiteral("12.50"));
    QTest::keyClick(price, Qt::Key_Return);
    CHECK(editor.isVisible());
    CHECK(editor.errorText(QStringLiteral("price"))
          == QStringLiteral("Der Preis ist keine Zahl; geben Sie ihn wie 12,50 ein, mit höchstens zwei "
                            "Nachkommastellen."));
    CHECK(countRows(tc, QStringLiteral("SELECT count(*) FROM products")) == 0);

    price->setText(QStringLiteral("1.353,47"));
    named<QLineEdit>(editor, "productReorderLevel")->setText(QStringLiteral("2,5"));
    QTest::keyClick(price, Qt::Key_Return);
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT price FROM products WHERE sku = 'CABLE-1'")) == 135347);
    CHECK(countRows(tc, QStringLiteral("SELECT reorder_level FROM products WHERE sku = 'CABLE-1'")) == 2500);

    // Opened again, it shows what was typed.
    ui::ProductEditor again(*tc.company, editor.savedId());
    CHECK(named<QLineEdit>(again, "productPrice")->text() == QStringLiteral("1.353,47"));
    CHECK(named<QLineEdit>(again, "productReorderLevel")->text() == QStringLiteral("2,5"));
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG"))
        again.grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG")
                          + QStringLiteral("/product-editor-de.png"));

    ui::TaxRateEditor rate(*tc.company);
    named<QLineEdit>(rate, "taxRateName")->setText(QStringLiteral("Bücher"));
    named<QLineEdit>(rate, "taxRatePercent")->setText(QStringLiteral("7.5"));
    QTest::mouseClick(named<QPushButton>(rate, "saveButton"), Qt::LeftButton);
    CHECK(rate.errorText(QStringLiteral("rate"))
          == QStringLiteral("Der Satz ist keine Zahl; geben Sie ihn in Prozent ein, etwa 20 oder 7,5."));
    named<QLineEdit>(rate, "taxRatePercent")->setText(QStringLiteral("7,5"));
    QTest::mouseClick(named<QPushButton>(rate, "saveButton"), Qt::LeftButton);
    REQUIRE(rate.result() == QDialog::Accepted);
    CHECK(countRows(tc, QStringLiteral("SELECT rate_bp FROM tax_rates WHERE name = 'Bücher'")) == 750);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"
#include "LocaleGuard.h"
#include "UiDriver.h"

#include "editors/ProductEditor.h"
#include "invoices/InvoiceListPage.h"
#include "lists/ListPage.h"
#include "lists/ListPages.h"
#include "models/InvoiceListModel.h"
#include "models/PagedSqlModel.h"
#include "models/ProductListModel.h"
#include "models/StockModels.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/settings/SettingsService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace stockbook;

namespace {

ProductInput product(const QString &sku, const QString &name)
{
    ProductInput input;
    input.sku = sku;
    input.name = name;
    input.price = 250;
    return input;
}

void addProducts(test::TestCompany &tc)
{
    tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(CatalogService(*tc.company)
                   .createProduct(product(QStringLiteral("TEA-1"), QStringLiteral("Black tea"))));
    REQUIRE_OK(CatalogService(*tc.company)
                   .createProduct(product(QStringLiteral("TEA-2"), QStringLiteral("Green tea"))));
    REQUIRE_OK(CatalogService(*tc.company)
                   .createProduct(product(QStringLiteral("COF-1"), QStringLiteral("Coffee beans"))));
}

ui::ProductEditor *openEditorWithEnter(ui::ListPage &page)
{
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    auto *editor = page.findChild<ui::ProductEditor *>();
    REQUIRE(editor);
    return editor;
}

} // namespace

TEST_CASE("products page: search filters the rows and Enter opens the editor", "[lists]")
{
    test::TestCompany tc;
    addProducts(tc);
    std::unique_ptr<QWidget> widget(ui::createProductsPage(*tc.company, nullptr, true));
    auto *page = qobject_cast<ui::ListPage *>(widget.get());
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 3);
    CHECK(page->newButton()->isVisibleTo(page));

    QTest::keyClicks(page->searchField(), QStringLiteral("tea"));
    page->applySearch(); // what the debounce timer does after the pause
    // "Black tea" and "Green tea" match, "Coffee beans" does not.
    CHECK(page->model()->rowCount() == 2);
    CHECK(page->countLabel()->text().contains(QLatin1String("2")));

    auto *editor = openEditorWithEnter(*page);
    CHECK_FALSE(editor->isReadOnly());
    editor->reject();
}

TEST_CASE("products page for a clerk: no New button and a read-only editor", "[lists]")
{
    test::TestCompany tc;
    addProducts(tc);
    tc.actAs(QStringLiteral("clerk"));
    std::unique_ptr<QWidget> widget(ui::createProductsPage(*tc.company, nullptr, false));
    auto *page = qobject_cast<ui::ListPage *>(widget.get());
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 3);
    CHECK_FALSE(page->newButton()->isVisibleTo(page));
    auto *editor = openEditorWithEnter(*page);
    CHECK(editor->isReadOnly());
    editor->reject();
}

TEST_CASE("every list page names its widgets and labels its inputs", "[lists][accessibility]")
{
    test::TestCompany tc;
    addProducts(tc);
    const QList<std::function<QWidget *()>> factories = {
        [&] { return ui::createProductsPage(*tc.company, nullptr, true); },
        [&] { return ui::createCustomersPage(*tc.company, nullptr); },
        [&] { return ui::createSuppliersPage(*tc.company, nullptr); },
        [&] { return ui::createStockPage(*tc.company, nullptr); },
        [&] { return ui::createWarehousesPage(*tc.company, nullptr); },
        [&] { return ui::createAuditPage(*tc.company, nullptr); },
    };
    for (const auto &factory : factories) {
        std::unique_ptr<QWidget> page(factory());
        page->resize(1024, 700);
        CHECK_FALSE(page->objectName().isEmpty());
        for (QWidget *child : page->findChildren<QWidget *>()) {
            const QByteArray className = child->metaObject()->className();
            if (!className.startsWith("Q") || child->parentWidget() == nullptr)
                continue;
            bool inner = false; // a part of a composite input (spin box, combo box, table)
            for (QWidget *up = child->parentWidget(); up && up != page.get(); up = up->parentWidget())
                inner = inner || up->inherits("QAbstractSpinBox") || up->inherits("QComboBox")
                    || up->inherits("QAbstractItemView");
            if (inner)
                continue;
            const bool input = child->focusPolicy() != Qt::NoFocus && !qobject_cast<QPushButton *>(child)
                && !child->inherits("QAbstractButton") && !child->inherits("QTabBar")
                && !child->inherits("QScrollBar") && !child->inherits("QHeaderView")
                && child->parentWidget()->objectName() != QLatin1String("qt_scrollarea_viewport");
            if (!input || child->objectName().startsWith(QLatin1String("qt_")))
                continue;
            INFO(page->objectName().toStdString() << " " << className.constData());
            CHECK_FALSE(child->objectName().isEmpty());
            CHECK_FALSE(child->accessibleName().isEmpty());
        }
    }
}

TEST_CASE("sales list: an invoice posted after the currency changed shows the new currency", "[lists]")
{
    test::TestCompany tc;
    test::ShopData data(tc);
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    const qint64 book = data.product(QStringLiteral("BOOK"), 500, 300, test::ShopData::Zero);
    data.stock(book, test::ShopData::Main, 10'000);
    REQUIRE_OK(SettingsService(*tc.company).setCurrency(QStringLiteral("SEK")));
    tc.actAs(QStringLiteral("clerk"));
    InvoiceDraft draft;
    draft.type = InvoiceType::Sale;
    draft.partnerId = alice;
    draft.warehouseId = test::ShopData::Main;
    InvoiceLineInput line;
    line.productId = book;
    line.quantity = 1000;
    draft.lines = {line};
    auto posted = InvoiceService(*tc.company).createAndPost(draft);
    REQUIRE_OK(posted);
    CHECK(posted->currency == QStringLiteral("SEK"));

    ui::InvoiceListPage page(*tc.company, {QStringLiteral("sale"), QStringLiteral("credit_note")}, QString());
    REQUIRE(page.model()->rowCount() == 1);
    const QAbstractItemModel *model = page.view()->model();
    CHECK(model->headerData(InvoiceListModel::Currency, Qt::Horizontal).toString()
          == QStringLiteral("Currency"));
    CHECK(model->index(0, InvoiceListModel::Number).data().toString() == posted->number);
    CHECK(model->index(0, InvoiceListModel::Currency).data().toString() == QStringLiteral("SEK"));
    CHECK_FALSE(page.view()->isColumnHidden(InvoiceListModel::Currency));
}

TEST_CASE(
    "in German the lists write amounts and quantities as German does, and units and movements in German",
    "[lists]")
{
    test::TestCompany tc;
    test::ShopData data(tc);
    // A cable sold by the metre at 1353.47; 1234.5 metres counted into MAIN.
    const qint64 cable = data.product(QStringLiteral("CABLE"), 135347, 90000, test::ShopData::Standard,
                                      QStringLiteral("metre"));
    data.stock(cable, test::ShopData::Main, 1'234'500);
    tc.actAs(QStringLiteral("manager"));
    test::Language german(QStringLiteral("de"));
    test::DefaultLocale numbers(test::germanLocale());

    std::unique_ptr<QWidget> products(ui::createProductsPage(*tc.company, nullptr, true));
    auto *page = qobject_cast<ui::ListPage *>(products.get());
    REQUIRE(page);
    REQUIRE(page->model()->rowCount() == 1);
    const QAbstractItemModel *model = page->view()->model();
    CHECK(model->index(0, ProductListModel::Price).data().toString() == QStringLiteral("1.353,47"));
    CHECK(model->index(0, ProductListModel::Unit).data().toString() == QStringLiteral("Meter"));
    CHECK(model->index(0, ProductListModel::Quantity).data().toString() == QStringLiteral("1.234,5"));
    // A column of figures narrower than its figures (a width saved in English, or
    // before the prices grew) is widened to fit them on the next load, so that
    // "1.353,47" is not broken at its dot; a column made wider stays as wide.
    products->resize(1100, 400);
    products->show();
    QTableView *view = page->view();
    view->resizeColumnToContents(ProductListModel::Price);
    const int fitted = view->columnWidth(ProductListModel::Price);
    view->setColumnWidth(ProductListModel::Price, 20);
    page->refresh();
    CHECK(view->columnWidth(ProductListModel::Price) == fitted);
    view->setColumnWidth(ProductListModel::Price, fitted + 50);
    page->refresh();
    CHECK(view->columnWidth(ProductListModel::Price) == fitted + 50);
    // The raw values stay what they are stored as.
    CHECK(model->index(0, ProductListModel::Price).data(PagedSqlModel::RawValueRole).toLongLong() == 135347);
    CHECK(model->index(0, ProductListModel::Unit).data(PagedSqlModel::RawValueRole).toString()
          == QStringLiteral("metre"));
    if (qEnvironmentVariableIsSet("STOCKBOOK_TEST_PNG")) {
        products->grab().save(qEnvironmentVariable("STOCKBOOK_TEST_PNG")
                              + QStringLiteral("/products-de.png"));
    }

    std::unique_ptr<QWidget> stock(ui::createStockPage(*tc.company, nullptr));
    const QAbstractItemModel *levels =
        test::named<ui::ListPage>(*stock, "stockLevelsListPage")->view()->model();
    REQUIRE(levels->rowCount() == 1);
    CHECK(levels->index(0, StockLevelModel::Quantity).data().toString() == QStringLiteral("1.234,5"));
    const QAbstractItemModel *movements =
        test::named<ui::ListPage>(*stock, "stockMovementsListPage")->view()->model();
    REQUIRE(movements->rowCount() == 1);
    // A counted quantity found in stock is an adjustment in: "Korrektur (Zugang)".
    CHECK(movements->index(0, StockMovementModel::Type).data().toString()
          == QStringLiteral("Korrektur (Zugang)"));
    CHECK(movements->index(0, StockMovementModel::Quantity).data().toString() == QStringLiteral("1.234,5"));
}

TEST_CASE("in German roles and payment methods read as German words", "[lists]")
{
    test::Language german(QStringLiteral("de"));
    CHECK(roleLabel(QStringLiteral("clerk")) == QStringLiteral("Sachbearbeiter"));
    CHECK(roleLabel(QStringLiteral("admin")) == QStringLiteral("Administrator"));
    CHECK(paymentMethodLabel(PaymentMethod::Cash) == QStringLiteral("Bar"));
    CHECK(paymentMethodLabel(QStringLiteral("bank_transfer")) == QStringLiteral("Überweisung"));
    CHECK(unitLabel(QStringLiteral("piece")) == QStringLiteral("Stück"));
    CHECK(movementTypeLabel(QStringLiteral("transfer_out")) == QStringLiteral("Umlagerung (Abgang)"));
    // An unknown code is shown as it is.
    CHECK(roleLabel(QStringLiteral("auditor")) == QStringLiteral("auditor"));
}

TEST_CASE("a list opened empty fits its columns to the first rows it gets, not to its headers", "[lists]")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    test::TestCompany tc;
    std::unique_ptr<QWidget> widget(ui::createProductsPage(*tc.company, nullptr, true));
    auto *page = qobject_cast<ui::ListPage *>(widget.get());
    REQUIRE(page);
    widget->resize(1024, 500);
    widget->show();
    REQUIRE(page->model()->rowCount() == 0);
    QTableView *view = page->view();
    const QString name = QStringLiteral("Free-range eggs, box of 10");
    // Over no rows the name column is as wide as its header only.
    CHECK(view->columnWidth(ProductListModel::Name) < view->fontMetrics().horizontalAdvance(name));

    tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(CatalogService(*tc.company).createProduct(product(QStringLiteral("EGG-FREE"), name)));
    page->refresh();
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(view->columnWidth(ProductListModel::Name) >= view->fontMetrics().horizontalAdvance(name));
}

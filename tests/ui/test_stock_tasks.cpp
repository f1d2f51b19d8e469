// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "lists/ListPages.h"
#include "mainwindow/MainWindow.h"
#include "services/catalog/CatalogService.h"
#include "services/stock/StockService.h"
#include "services/stock/WarehouseService.h"
#include "stock/StockLinesModel.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace stockbook;
using ui::StockLinesModel;

namespace {

template <typename T>
T *named(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found);
    return found;
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

void showActive(QWidget &w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// A product typed into the product field and Enter, then the quantity (or
// count) and Enter, which goes back to the product field.
void addLine(const char *productField, const QString &code, const QString &quantity)
{
    REQUIRE(focus()->objectName() == QLatin1String(productField));
    type(code);
    key(Qt::Key_Return);
    REQUIRE(qobject_cast<QLineEdit *>(focus()));
    REQUIRE(focus()->objectName() != QLatin1String(productField)); // the quantity's editor
    key(Qt::Key_A, Qt::ControlModifier);
    type(quantity);
    key(Qt::Key_Return);
    REQUIRE(focus()->objectName() == QLatin1String(productField));
}

// Apples and bread, ten of each counted into MAIN (id 1) by the manager, and
// an empty BACK warehouse.
struct StockShop {
    test::TestCompany tc;
    qint64 apples = 0;
    qint64 bread = 0;
    qint64 back = 0;

    StockShop()
    {
        QStandardPaths::setTestModeEnabled(true);
        tc.actAs(QStringLiteral("manager"));
        CatalogService catalog(*tc.company);
        for (const auto &[sku, name, id] :
             {std::tuple{"APPLE-1", "Apples", &apples}, std::tuple{"BREAD", "Rye bread", &bread}}) {
            ProductInput in;
            in.sku = QString::fromLatin1(sku);
            in.name = QString::fromLatin1(name);
            in.price = 199;
            auto made = catalog.createProduct(in);
            REQUIRE_OK(made);
            *id = made.value();
        }
        auto warehouse =
            WarehouseService(*tc.company).create(QStringLiteral("BACK"), QStringLiteral("Back store"));
        REQUIRE_OK(warehouse);
        back = warehouse.value();
        StocktakeRequest opening;
        opening.warehouse = WarehouseKey(qint64{1});
        opening.reason = QStringLiteral("opening stock");
        opening.lines = {CountLine{ProductKey(apples), 10'000}, CountLine{ProductKey(bread), 10'000}};
        REQUIRE_OK(StockService(*tc.company).stocktake(opening));
    }

    qint64 level(qint64 product, qint64 warehouse)
    {
        auto l = StockService(*tc.company).level(ProductKey(product), WarehouseKey(warehouse));
        REQUIRE_OK(l);
        return l.value();
    }
};

QStringList quantities(const StockLinesModel &model)
{
    QStringList texts;
    for (const StockLinesModel::Line &line : model.lines())
        texts << line.sku + QLatin1Char('=') + line.quantity;
    return texts;
}

template <typename Dialog>
QString cell(const Dialog &dialog, int row, int column)
{
    return dialog.linesModel()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("transfer: a manager moves stock to another warehouse by keyboard alone")
{
    StockShop shop;
    ui::TransferDialog dialog(*shop.tc.company);
    showActive(dialog);
    CHECK(named<QComboBox>(dialog, "transferFromCombo")->currentData().toLongLong() == 1);
    CHECK(named<QComboBox>(dialog, "transferToCombo")->currentData().toLongLong() == shop.back);

    addLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("4"));
    addLine("transferProductEdit", QStringLiteral("rye"), QStringLiteral("2.5")); // part of the name
    REQUIRE(dialog.linesModel()->rowCount() == 2);
    CHECK(dialog.linesModel()->line(1).sku == QLatin1String("BREAD"));
    CHECK(cell(dialog, 0, StockLinesModel::Level).startsWith(QLatin1String("10")));
    named<QLineEdit>(dialog, "transferReferenceEdit")->setText(QStringLiteral("T-1"));

    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.transferId() > 0);
    CHECK(shop.level(shop.apples, 1) == 6'000);
    CHECK(shop.level(shop.apples, shop.back) == 4'000);
    CHECK(shop.level(shop.bread, 1) == 7'500);
    CHECK(shop.level(shop.bread, shop.back) == 2'500);
    MovementQuery query;
    query.warehouse = WarehouseKey(shop.back);
    auto moved = StockService(*shop.tc.company).movements(query);
    REQUIRE_OK(moved);
    REQUIRE(moved->size() == 2);
    CHECK(moved->at(0).type == MovementType::TransferIn);
    CHECK(moved->at(0).transferId == dialog.transferId());
    CHECK(moved->at(0).reference == QLatin1String("T-1"));
}

TEST_CASE("transfer: more than the source holds is refused on its line and every typed value stays")
{
    StockShop shop;
    ui::TransferDialog dialog(*shop.tc.company);
    showActive(dialog);
    addLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("3"));
    addLine("transferProductEdit", QStringLiteral("BREAD"), QStringLiteral("12"));
    // Shown before asking: the line wants more than MAIN holds.
    CHECK(cell(dialog, 1, StockLinesModel::Level).startsWith(QLatin1String("Only 10")));
    named<QLineEdit>(dialog, "transferNoteEdit")->setText(QStringLiteral("for the weekend"));
    const QStringList before = quantities(*dialog.linesModel());

    named<QPushButton>(dialog, "transferOkButton")->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto *lineError = named<QLabel>(dialog, "transferLineError");
    CHECK(lineError->isVisible());
    CHECK(lineError->text().startsWith(QLatin1String("Line 2:")));
    CHECK(lineError->text().contains(QLatin1String("BREAD")));
    CHECK(dialog.linesModel()->line(0).error.isEmpty());
    CHECK_FALSE(dialog.linesModel()->line(1).error.isEmpty());
    CHECK(quantities(*dialog.linesModel()) == before);
    CHECK(named<QLineEdit>(dialog, "transferNoteEdit")->text() == QLatin1String("for the weekend"));
    CHECK(named<QComboBox>(dialog, "transferToCombo")->currentData().toLongLong() == shop.back);
    // Nothing moved, not even the line that fitted.
    CHECK(shop.level(shop.apples, 1) == 10'000);
    CHECK(shop.level(shop.bread, 1) == 10'000);
    CHECK(shop.level(shop.apples, shop.back) == 0);

    // The same warehouse at both ends: the refusal sits by the destination.
    auto *to = named<QComboBox>(dialog, "transferToCombo");
    to->setCurrentIndex(to->findData(qint64{1}));
    named<QPushButton>(dialog, "transferOkButton")->click();
    CHECK(named<QLabel>(dialog, "transferToError")->isVisible());
    CHECK_FALSE(lineError->isVisible());
    CHECK(quantities(*dialog.linesModel()) == before);

    // Fixed: BACK again and 10 breads; it goes through.
    to->setCurrentIndex(to->findData(shop.back));
    dialog.linesModel()->setData(dialog.linesModel()->index(1, StockLinesModel::Quantity),
                                 QStringLiteral("10"));
    named<QPushButton>(dialog, "transferOkButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.level(shop.bread, 1) == 0);
    CHECK(shop.level(shop.bread, shop.back) == 10'000);
}

TEST_CASE("stocktake: a count sets the level and the reason is written, and no reason is refused")
{
    StockShop shop;
    ui::StocktakeDialog dialog(*shop.tc.company);
    showActive(dialog);
    CHECK(named<QComboBox>(dialog, "stocktakeWarehouseCombo")->currentData().toLongLong() == 1);
    // MAIN's products are listed with their recorded levels, nothing counted yet.
    REQUIRE(dialog.linesModel()->rowCount() == 2);
    CHECK(dialog.linesModel()->line(0).level == 10'000);
    CHECK(dialog.linesModel()->line(0).quantity.isEmpty());

    // Scanning a listed product goes to its count.
    addLine("stocktakeProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("7"));
    REQUIRE(dialog.linesModel()->rowCount() == 2);
    CHECK(dialog.linesModel()->line(0).quantity == QLatin1String("7"));
    CHECK(cell(dialog, 0, StockLinesModel::Difference) == QLatin1String("-3"));

    // No reason: the service refuses and says so by the reason field.
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    auto *reasonError = named<QLabel>(dialog, "stocktakeReasonError");
    CHECK(reasonError->isVisible());
    CHECK(reasonError->text().contains(QLatin1String("reason")));
    CHECK(dialog.linesModel()->line(0).quantity == QLatin1String("7"));
    CHECK(shop.level(shop.apples, 1) == 10'000);

    named<QLineEdit>(dialog, "stocktakeReasonEdit")->setText(QStringLiteral("breakage"));
    named<QPushButton>(dialog, "stocktakeOkButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.level(shop.apples, 1) == 7'000);
    CHECK(shop.level(shop.bread, 1) == 10'000); // not counted, not changed
    MovementQuery query;
    query.product = ProductKey(shop.apples);
    auto moved = StockService(*shop.tc.company).movements(query);
    REQUIRE_OK(moved);
    REQUIRE(moved->size() == 2); // the opening count and this one
    CHECK(moved->last().type == MovementType::AdjustmentOut);
    CHECK(moved->last().quantity == 3'000);
    CHECK(moved->last().reason == QLatin1String("breakage"));
}

TEST_CASE("stocktake: a product the warehouse never held is added and counted in")
{
    StockShop shop;
    ui::StocktakeDialog dialog(*shop.tc.company);
    showActive(dialog);
    REQUIRE(dialog.setWarehouse(shop.back));
    CHECK(dialog.linesModel()->rowCount() == 0);
    addLine("stocktakeProductEdit", QStringLiteral("BREAD"), QStringLiteral("4"));
    REQUIRE(dialog.linesModel()->rowCount() == 1);
    CHECK(dialog.linesModel()->line(0).level == 0);
    named<QLineEdit>(dialog, "stocktakeReasonEdit")->setText(QStringLiteral("found in the back"));
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.level(shop.bread, shop.back) == 4'000);
}

TEST_CASE("the stock tasks are a manager's: a clerk finds no action, button or page for them")
{
    StockShop shop;
    SECTION("clerk")
    {
        shop.tc.actAs(QStringLiteral("clerk"));
        ui::MainWindow window;
        ui::registerListPages(window);
        ui::registerStockPages(window);
        window.setCompany(std::move(shop.tc.company));
        for (const char *name : {"stockTransferAction", "stocktakeAction"}) {
            INFO(name);
            CHECK_FALSE(named<QAction>(window, name)->isVisible());
            CHECK_FALSE(named<QAction>(window, name)->isEnabled());
        }
        CHECK_FALSE(named<QMenu>(window, "stockMenu")->menuAction()->isVisible());
        REQUIRE(window.showPage(QStringLiteral("stock")));
        CHECK(window.findChild<QPushButton *>(QStringLiteral("stockLevelsTransferButton")) == nullptr);
        CHECK(window.findChild<QPushButton *>(QStringLiteral("stockLevelsStocktakeButton")) == nullptr);
        CHECK_FALSE(window.showPage(QStringLiteral("stockTasks")));
        // Triggered anyway (a stale shortcut): nothing opens.
        named<QAction>(window, "stockTransferAction")->trigger();
        CHECK(window.findChild<ui::TransferDialog *>() == nullptr);
    }
    SECTION("a clerk's dialog, were one made, is refused by core")
    {
        shop.tc.actAs(QStringLiteral("clerk"));
        ui::TransferDialog dialog(*shop.tc.company);
        showActive(dialog);
        addLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("1"));
        named<QPushButton>(dialog, "transferOkButton")->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(named<QLabel>(dialog, "transferFormError")->isVisible());
        CHECK(shop.level(shop.apples, shop.back) == 0);
    }
    SECTION("manager")
    {
        ui::MainWindow window;
        ui::registerListPages(window);
        ui::registerStockPages(window);
        window.setCompany(std::move(shop.tc.company));
        window.show();
        CHECK(named<QMenu>(window, "stockMenu")->menuAction()->isVisible());
        for (const char *name : {"stockTransferAction", "stocktakeAction"}) {
            INFO(name);
            CHECK(named<QAction>(window, name)->isVisible());
            CHECK(named<QAction>(window, name)->isEnabled());
        }
        named<QAction>(window, "stocktakeAction")->trigger();
        CHECK(named<ui::StocktakeDialog>(window, "stocktakeDialog")->isVisible());
        named<ui::StocktakeDialog>(window, "stocktakeDialog")->reject();

        REQUIRE(window.showPage(QStringLiteral("stock")));
        auto *transfer = named<QPushButton>(window, "stockLevelsTransferButton");
        CHECK(named<QPushButton>(window, "stockLevelsStocktakeButton")->isVisibleTo(&window));
        transfer->click();
        auto *dialog = named<ui::TransferDialog>(window, "transferDialog");
        CHECK(dialog->isVisible());
        dialog->reject();

        REQUIRE(window.showPage(QStringLiteral("stockTasks")));
        CHECK(named<QPushButton>(window, "stockTasksTransferButton")->isVisibleTo(&window));
    }
}

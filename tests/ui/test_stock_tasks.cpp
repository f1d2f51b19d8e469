// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "LocaleGuard.h"
#include "ModelCheck.h"
#include "UiDriver.h"

#include "common/LineMessage.h"

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
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace stockbook;
using stockbook::test::enterLine;
using stockbook::test::key;
using stockbook::test::named;
using stockbook::test::showActive;
using ui::StockLinesModel;

namespace {

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

// The text of the open message box `name` (a window of its own), which is
// then closed; empty when there is none.
QString takeMessage(const char *name)
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(window);
        if (box && box->isVisible() && box->objectName() == QLatin1String(name)) {
            const QString text = box->text();
            box->close();
            return text;
        }
    }
    return {};
}

} // namespace

TEST_CASE("transfer: a manager moves stock to another warehouse by keyboard alone")
{
    StockShop shop;
    ui::TransferDialog dialog(*shop.tc.company);
    test::ModelChecker checker(dialog.linesModel()); // through every change the keys make
    showActive(dialog);
    CHECK(named<QComboBox>(dialog, "transferFromCombo")->currentData().toLongLong() == 1);
    CHECK(named<QComboBox>(dialog, "transferToCombo")->currentData().toLongLong() == shop.back);

    enterLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("4"));
    enterLine("transferProductEdit", QStringLiteral("rye"), QStringLiteral("2.5")); // part of the name
    REQUIRE(dialog.linesModel()->rowCount() == 2);
    CHECK(dialog.linesModel()->line(1).sku == QLatin1String("BREAD"));
    CHECK(cell(dialog, 0, StockLinesModel::Level).startsWith(QLatin1String("10")));
    named<QLineEdit>(dialog, "transferReferenceEdit")->setText(QStringLiteral("T-1"));

    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.transferId() > 0);
    // What was done is said once the dialog closes.
    CHECK(takeMessage("transferDoneMessage").toStdString()
          == "Transferred 2 product(s) from MAIN · Main warehouse to BACK · Back store.");
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
    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE("transfer: more than the source holds is refused on its line and every typed value stays")
{
    StockShop shop;
    ui::TransferDialog dialog(*shop.tc.company);
    showActive(dialog);
    enterLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("3"));
    enterLine("transferProductEdit", QStringLiteral("BREAD"), QStringLiteral("12"));
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
    test::ModelChecker checker(dialog.linesModel());
    showActive(dialog);
    CHECK(named<QComboBox>(dialog, "stocktakeWarehouseCombo")->currentData().toLongLong() == 1);
    // MAIN's products are listed with their recorded levels, nothing counted yet.
    REQUIRE(dialog.linesModel()->rowCount() == 2);
    CHECK(dialog.linesModel()->line(0).level == 10'000);
    CHECK(dialog.linesModel()->line(0).quantity.isEmpty());

    // Scanning a listed product goes to its count.
    enterLine("stocktakeProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("7"));
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
    CHECK(takeMessage("stocktakeDoneMessage").toStdString()
          == "Stocktake of MAIN · Main warehouse posted: 1 product(s) counted, 1 adjusted.");
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
    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE("stocktake: a product the warehouse never held is added and counted in")
{
    StockShop shop;
    ui::StocktakeDialog dialog(*shop.tc.company);
    showActive(dialog);
    REQUIRE(dialog.setWarehouse(shop.back));
    CHECK(dialog.linesModel()->rowCount() == 0);
    enterLine("stocktakeProductEdit", QStringLiteral("BREAD"), QStringLiteral("4"));
    REQUIRE(dialog.linesModel()->rowCount() == 1);
    CHECK(dialog.linesModel()->line(0).level == 0);
    named<QLineEdit>(dialog, "stocktakeReasonEdit")->setText(QStringLiteral("found in the back"));
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.level(shop.bread, shop.back) == 4'000);
}

TEST_CASE("a refusal that names its line is said once: the stock service's Line 2 in English, German, French")
{
    StockShop shop;
    // Two lines sent, the second with nothing to move: the service itself
    // opens its message with the line's number, which the dialogs then say
    // their own way ("Line 2:" from the transfer's row, the SKU in a stocktake).
    const QList<std::pair<QString, QString>> languages{
        {QStringLiteral("en"), QStringLiteral("the quantity to transfer must be above zero.")},
        {QStringLiteral("de"), QStringLiteral("Die umzulagernde Menge muss größer als null sein.")},
        {QStringLiteral("fr"), QStringLiteral("la quantité à transférer doit être supérieure à zéro.")}};
    for (const auto &[language, rest] : languages) {
        INFO(language.toStdString());
        test::Language words(language);
        TransferRequest move;
        move.from = WarehouseKey(qint64{1});
        move.to = WarehouseKey(shop.back);
        move.lines = {TransferLine{ProductKey(shop.apples), 1'000}, TransferLine{ProductKey(shop.bread), 0}};
        auto done = StockService(*shop.tc.company).transfer(move);
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().field == QLatin1String("lines[1].quantity"));
        CHECK(ui::withoutLineNumber(done.error().message, 2) == rest);
    }
    // Another line's number, or none, is left as the service wrote it.
    CHECK(ui::withoutLineNumber(QStringLiteral("Line 12: too many."), 2)
          == QStringLiteral("Line 12: too many."));
    CHECK(ui::withoutLineNumber(QStringLiteral("Only 2.5 kg of FLOUR are in MAIN."), 2)
          == QStringLiteral("Only 2.5 kg of FLOUR are in MAIN."));
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
        enterLine("transferProductEdit", QStringLiteral("APPLE-1"), QStringLiteral("1"));
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

namespace {

// A line as the dialogs make it for a product typed in: its level in the
// warehouse and, in a transfer, a quantity of 1 (a stocktake starts uncounted).
StockLinesModel::Line stockLine(qint64 id, const char *sku, const char *unit, std::optional<qint64> level,
                                const char *quantity)
{
    StockLinesModel::Line line;
    line.productId = id;
    line.sku = QString::fromLatin1(sku);
    line.name = QStringLiteral("Product ") + line.sku;
    line.unit = QString::fromLatin1(unit);
    line.level = level;
    line.quantity = QString::fromLatin1(quantity);
    return line;
}

QString shown(const StockLinesModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE(
    "lines model, transfer: the dialog's adds, edits and removals keep the model sound and its figures right")
{
    StockLinesModel model(StockLinesModel::Kind::Transfer);
    test::ModelChecker checker(&model);
    CHECK(model.columnCount() == 3); // no difference column in a transfer
    CHECK(model.headerData(StockLinesModel::Level, Qt::Horizontal).toString() == QStringLiteral("Available"));
    CHECK(model.headerData(StockLinesModel::Quantity, Qt::Horizontal).toString()
          == QStringLiteral("Quantity"));

    // Two products typed in; the source holds 10 apples and 2.5 kg of flour.
    REQUIRE(model.addLine(stockLine(1, "APPLE-1", "piece", 10'000, "1")) == 0);
    REQUIRE(model.addLine(stockLine(2, "FLOUR", "kg", 2'500, "1")) == 1);
    REQUIRE(model.rowCount() == 2);
    CHECK(shown(model, 0, StockLinesModel::Product) == QStringLiteral("APPLE-1 · Product APPLE-1"));
    CHECK(shown(model, 0, StockLinesModel::Product, Qt::EditRole) == QStringLiteral("APPLE-1"));
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("10 piece"));
    CHECK(shown(model, 0, StockLinesModel::Level, Qt::EditRole) == QStringLiteral("10"));
    CHECK(shown(model, 1, StockLinesModel::Quantity) == QStringLiteral("1"));
    CHECK_FALSE(model.index(0, StockLinesModel::Difference).isValid());
    // The same product again goes to its line, as the dialog looks it up first.
    CHECK(model.rowOf(2) == 1);
    CHECK(model.rowOf(99) == -1);

    // Only the quantity takes typing; it is kept as typed, trimmed.
    CHECK(model.flags(model.index(1, StockLinesModel::Quantity)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(1, StockLinesModel::Level)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(1, StockLinesModel::Level), QStringLiteral("50")));
    CHECK_FALSE(model.setData(model.index(1, StockLinesModel::Product), QStringLiteral("APPLE-1")));
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral(" 3.25 ")));
    CHECK(shown(model, 1, StockLinesModel::Quantity) == QStringLiteral("3.25"));
    CHECK(model.quantity(1) == 3'250);
    // 3.25 kg is more than the 2.5 kg there: shown, not refused.
    CHECK(model.exceedsLevel(1));
    CHECK(shown(model, 1, StockLinesModel::Level) == QStringLiteral("Only 2.5 kg"));
    CHECK_FALSE(model.index(1, StockLinesModel::Level).data(Qt::DecorationRole).isNull());
    CHECK(shown(model, 1, StockLinesModel::Level, Qt::ToolTipRole)
          == QStringLiteral("More than the 2.5 kg in the warehouse the stock leaves."));
    CHECK_FALSE(model.exceedsLevel(0));

    // Not a number: no quantity, nothing over.
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral("lots")));
    CHECK_FALSE(model.quantity(1).has_value());
    CHECK_FALSE(model.exceedsLevel(1));
    CHECK(shown(model, 1, StockLinesModel::Level) == QStringLiteral("2.5 kg"));

    // Another source warehouse whose level cannot be read.
    model.setLevel(0, std::nullopt);
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("—"));
    CHECK_FALSE(model.index(0, StockLinesModel::Level).data(Qt::EditRole).isValid());
    model.setLevel(0, 4'000);
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("4 piece"));

    // The service's refusal on a line, gone when the quantity is edited or the errors are cleared.
    model.setLineError(1, QStringLiteral("Only 2.5 kg of FLOUR are in MAIN."));
    CHECK(shown(model, 1, StockLinesModel::Product, Qt::ToolTipRole)
          == QStringLiteral("Only 2.5 kg of FLOUR are in MAIN."));
    CHECK_FALSE(model.index(1, StockLinesModel::Product).data(Qt::DecorationRole).isNull());
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral("2")));
    CHECK(model.line(1).error.isEmpty());
    model.setLineError(0, QStringLiteral("APPLE-1 is inactive."));
    model.clearErrors();
    CHECK(model.line(0).error.isEmpty());

    // Remove takes the current line out.
    REQUIRE(model.removeRow(0));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).sku == QStringLiteral("FLOUR"));
    CHECK(model.rowOf(2) == 0);
    CHECK_FALSE(model.removeRows(0, 2)); // more than there are
    CHECK(model.rowCount() == 1);

    REQUIRE_MODEL_SOUND(checker);
}

TEST_CASE("lines model in German: levels read 2,5 kg and 10 Stück, never the unit's code")
{
    test::Language language{QStringLiteral("de")};
    test::DefaultLocale locale{test::germanLocale()};
    StockLinesModel model(StockLinesModel::Kind::Transfer);
    model.setLines({stockLine(1, "APPLE-1", "piece", 10'000, "1"), stockLine(2, "FLOUR", "kg", 2'500, "3")});
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("10 Stück"));
    CHECK(shown(model, 1, StockLinesModel::Level) == QStringLiteral("Nur 2,5 kg"));
    model.setLevel(0, 500);
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("Nur 0,5 Stück"));
}

TEST_CASE("lines model, stocktake: loaded levels, counts and a product added keep the model sound and the "
          "differences right")
{
    StockLinesModel model(StockLinesModel::Kind::Stocktake);
    test::ModelChecker checker(&model);
    CHECK(model.columnCount() == 4);
    CHECK(model.headerData(StockLinesModel::Level, Qt::Horizontal).toString() == QStringLiteral("Recorded"));
    CHECK(model.headerData(StockLinesModel::Quantity, Qt::Horizontal).toString()
          == QStringLiteral("Counted"));
    CHECK(model.headerData(StockLinesModel::Difference, Qt::Horizontal).toString()
          == QStringLiteral("Difference"));

    // The warehouse's levels loaded, nothing counted yet.
    model.setLines({stockLine(1, "APPLE-1", "piece", 10'000, ""), stockLine(2, "FLOUR", "kg", 2'500, "")});
    REQUIRE(model.rowCount() == 2);
    CHECK(shown(model, 0, StockLinesModel::Level) == QStringLiteral("10 piece"));
    CHECK(shown(model, 0, StockLinesModel::Difference).isEmpty());
    CHECK_FALSE(model.quantity(0).has_value());

    // Counts: 7 apples are 3 fewer; 3.75 kg of flour 1.25 kg more; 2.5 kg none.
    REQUIRE(model.setData(model.index(0, StockLinesModel::Quantity), QStringLiteral("7")));
    CHECK(shown(model, 0, StockLinesModel::Difference) == QStringLiteral("-3"));
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral("3.75")));
    CHECK(shown(model, 1, StockLinesModel::Difference) == QStringLiteral("+1.25"));
    CHECK_FALSE(model.exceedsLevel(1)); // a count may be anything
    CHECK(shown(model, 1, StockLinesModel::Level) == QStringLiteral("2.5 kg"));
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral("2.5")));
    CHECK(shown(model, 1, StockLinesModel::Difference) == QStringLiteral("0"));
    // Not a number: no difference, and the text stays for correcting.
    REQUIRE(model.setData(model.index(1, StockLinesModel::Quantity), QStringLiteral("2,5")));
    CHECK(shown(model, 1, StockLinesModel::Quantity) == QStringLiteral("2,5"));
    CHECK(shown(model, 1, StockLinesModel::Difference).isEmpty());

    // A product the warehouse never held, added and counted: 4 more than none.
    REQUIRE(model.addLine(stockLine(3, "BREAD", "piece", 0, "")) == 2);
    REQUIRE(model.setData(model.index(2, StockLinesModel::Quantity), QStringLiteral("4")));
    CHECK(shown(model, 2, StockLinesModel::Difference) == QStringLiteral("+4"));
    CHECK(model.quantity(2) == 4'000);
    // The difference column is computed, not typed.
    CHECK_FALSE(model.setData(model.index(2, StockLinesModel::Difference), QStringLiteral("+9")));

    // Another warehouse: its lines replace these, the typed counts carried by the dialog.
    model.setLines({stockLine(3, "BREAD", "piece", 1'000, "4")});
    REQUIRE(model.rowCount() == 1);
    CHECK(shown(model, 0, StockLinesModel::Difference) == QStringLiteral("+3"));
    model.setLines({});
    CHECK(model.rowCount() == 0);

    REQUIRE_MODEL_SOUND(checker);
}

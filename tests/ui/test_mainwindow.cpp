// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"
#include "UiDriver.h"
#include "Wait.h"

#include "invoices/InvoiceListPage.h"
#include "invoices/InvoicePages.h"
#include "lists/ListPages.h"
#include "mainwindow/MainWindow.h"
#include "models/InvoiceListModel.h"
#include "reports/ReportView.h"
#include "services/invoices/InvoiceService.h"
#include "stock/StockPages.h"

#include <catch2/catch.hpp>

#include <cstring>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace stockbook;
using stockbook::test::named;
using stockbook::ui::MainWindow;

namespace {

QStringList actionNames(const QMenu &menu)
{
    QStringList names;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}

void registerAllPages(MainWindow &window)
{
    ui::registerInvoicePages(window);
    ui::registerListPages(window);
    ui::registerStockPages(window);
}

QStringList pageIds(const MainWindow &window)
{
    QStringList ids;
    const auto *list = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    REQUIRE(list);
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(Qt::UserRole).toString();
    return ids;
}

// The print preview opened by File > Print: found among the top-level
// windows (whether it was opened modal or not), its name and the document's
// name noted, then closed.
struct PreviewCatcher {
    QString name;
    QString document;
    test::DialogAnswer<QPrintPreviewDialog> answer{"", [this](QPrintPreviewDialog &preview) {
                                                       name = preview.objectName();
                                                       document = preview.printer()->docName();
                                                       preview.reject();
                                                   }};
};

} // namespace

TEST_CASE("Every page fits a window of 1024 x 700 in English, German and French", "[layout]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QSize screen(1024, 700);
    for (const char *language : {"en", "de", "fr"}) {
        for (const char *role : {"manager", "admin"}) {
            INFO("language " << language << ", " << role);
            test::Language translation(QString::fromLatin1(language));
            test::TestCompany tc;
            tc.actAs(QString::fromLatin1(role));
            MainWindow window;
            registerAllPages(window);
            window.setCompany(std::move(tc.company));
            window.resize(screen);
            window.show();
            const QStringList ids = pageIds(window);
            CHECK(ids.contains(QStringLiteral("reports")));
            // The role is a word of the user's language, not the stored code.
            if (std::strcmp(language, "fr") == 0) {
                const QString status = named<QLabel>(window, "statusLabel")->text();
                CHECK(status.contains(std::strcmp(role, "admin") == 0
                                          ? QStringLiteral("rôle : Administrateur")
                                          : QStringLiteral("rôle : Responsable")));
            }
            for (const QString &id : ids) {
                REQUIRE(window.showPage(id));
                auto *page = window.findChild<QWidget *>(id + QStringLiteral("Page"));
                REQUIRE(page);
                auto *tabs = qobject_cast<QTabWidget *>(page);
                for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                    if (tabs)
                        tabs->setCurrentIndex(tab);
                    QCoreApplication::processEvents();
                    INFO("page " << id.toStdString() << ", tab " << tab);
                    const QSize minimum = window.minimumSizeHint();
                    CHECK(minimum.width() <= screen.width());
                    CHECK(minimum.height() <= screen.height());
                    // The window was not pushed beyond the screen either.
                    CHECK(window.size() == screen);
                }
            }
            // The invoice filters wrap: every one is whole and inside its bar.
            for (const char *listName : {"salesList", "purchasesList"}) {
                INFO(listName);
                REQUIRE(window.showPage(QString::fromLatin1(listName).chopped(4)));
                auto *list = window.findChild<ui::InvoiceListPage *>(QString::fromLatin1(listName));
                REQUIRE(list);
                auto *tabs = qobject_cast<QTabWidget *>(list->parentWidget()->parentWidget());
                REQUIRE(tabs);
                tabs->setCurrentWidget(list);
                QCoreApplication::processEvents();
                auto *bar = list->findChild<QWidget *>(QStringLiteral("invoiceFilterBar"));
                REQUIRE(bar);
                CHECK(list->rect().contains(bar->geometry()));
                const QList<QWidget *> boxes = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
                CHECK(boxes.size() == 6);
                for (const QWidget *box : boxes) {
                    INFO(box->objectName().toStdString());
                    CHECK(box->isVisible());
                    CHECK(bar->rect().contains(box->geometry()));
                    CHECK(box->width() >= box->minimumSizeHint().width());
                    CHECK(box->height() >= box->minimumSizeHint().height());
                }
                // The table keeps room for rows below the filters.
                CHECK(list->view()->height() > 200);
            }
        }
    }
}

TEST_CASE("File > Print previews the selected invoice or the report shown, and is off elsewhere")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TestCompany tc;
    test::ShopData data(tc);
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    const qint64 book = data.product(QStringLiteral("BOOK"), 500, 300, test::ShopData::Zero);
    data.stock(book, test::ShopData::Main, 10'000);
    tc.actAs(QStringLiteral("manager"));
    InvoiceDraft draft;
    draft.type = InvoiceType::Sale;
    draft.partnerId = alice;
    draft.warehouseId = test::ShopData::Main;
    draft.issueDate = QDate(2026, 3, 10);
    InvoiceLineInput line;
    line.productId = book;
    line.quantity = 2000;
    draft.lines = {line};
    auto posted = InvoiceService(*tc.company).createAndPost(draft);
    REQUIRE_OK(posted);

    MainWindow window;
    registerAllPages(window);
    window.setCompany(std::move(tc.company));
    window.show();
    auto *print = named<QAction>(window, "printAction");
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(print->isVisible());

    // Pages with nothing to print.
    for (const char *id : {"dashboard", "products", "customers", "stock", "audit"}) {
        INFO(id);
        REQUIRE(window.showPage(QString::fromLatin1(id)));
        CHECK_FALSE(print->isEnabled());
    }

    // The sales page: the entry tab has nothing, the list only a selected row.
    REQUIRE(window.showPage(QStringLiteral("sales")));
    auto *tabs = named<QTabWidget>(window, "salesPage");
    REQUIRE(tabs);
    CHECK_FALSE(print->isEnabled());
    auto *list = named<ui::InvoiceListPage>(window, "salesList");
    REQUIRE(list);
    tabs->setCurrentWidget(list);
    REQUIRE(list->model()->rowCount() == 1);
    CHECK_FALSE(print->isEnabled());
    list->view()->selectRow(0);
    CHECK(print->isEnabled());

    {
        PreviewCatcher catcher;
        print->trigger();
        REQUIRE_EVENTUALLY(catcher.answer.answered());
        CHECK(catcher.name == QStringLiteral("invoicePrintPreview"));
        CHECK(catcher.document == QStringLiteral("Invoice ") + posted->number);
    }

    // Back on the entry tab, then nothing selected: off again.
    tabs->setCurrentIndex(0);
    CHECK_FALSE(print->isEnabled());
    // The list reads its rows again when shown, and the selection goes.
    tabs->setCurrentWidget(list);
    CHECK_FALSE(print->isEnabled());
    list->view()->selectRow(0);
    CHECK(print->isEnabled());
    list->view()->clearSelection();
    CHECK_FALSE(print->isEnabled());
    // Triggered anyway (a stale shortcut): nothing opens.
    print->trigger();
    QCoreApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets())
        CHECK_FALSE((qobject_cast<QPrintPreviewDialog *>(widget) && widget->isVisible()));

    // Purchases: no invoice to select.
    REQUIRE(window.showPage(QStringLiteral("purchases")));
    auto *purchases = named<ui::InvoiceListPage>(window, "purchasesList");
    REQUIRE(purchases);
    named<QTabWidget>(window, "purchasesPage")->setCurrentWidget(purchases);
    CHECK(purchases->model()->rowCount() == 0);
    CHECK_FALSE(print->isEnabled());

    // Reports: only once a report is shown.
    REQUIRE(window.showPage(QStringLiteral("reports")));
    auto *reports = window.findChild<ui::ReportView *>();
    REQUIRE(reports);
    CHECK_FALSE(print->isEnabled());
    QSignalSpy finished(reports, &ui::ReportView::reportFinished);
    QSignalSpy failed(reports, &ui::ReportView::reportFailed);
    reports->run();
    REQUIRE_EVENTUALLY_WITHIN(finished.count() + failed.count() > 0, 20000);
    REQUIRE(finished.count() == 1);
    CHECK(print->isEnabled());
    {
        PreviewCatcher catcher;
        print->trigger();
        REQUIRE_EVENTUALLY(catcher.answer.answered());
        CHECK(catcher.name == QStringLiteral("reportPrintPreview"));
    }

    // Another page, then signing out: off.
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    CHECK_FALSE(print->isEnabled());
    REQUIRE(window.showPage(QStringLiteral("reports")));
    CHECK(print->isEnabled());
    window.lockNow();
    CHECK_FALSE(print->isEnabled());
}

TEST_CASE("The main window has its name, title and icon")
{
    MainWindow window;
    CHECK(window.objectName() == QStringLiteral("MainWindow"));
    CHECK(window.windowTitle() == QStringLiteral("Stockbook"));
    CHECK_FALSE(window.windowIcon().isNull());
}

TEST_CASE("The menus hold the file and help actions")
{
    MainWindow window;
    const auto *fileMenu = named<QMenu>(window, "fileMenu");
    const auto *helpMenu = named<QMenu>(window, "helpMenu");
    REQUIRE(fileMenu);
    REQUIRE(helpMenu);
    CHECK(actionNames(*fileMenu)
          == QStringList{QStringLiteral("newCompanyAction"), QStringLiteral("openCompanyAction"),
                         QStringLiteral("openServerAction"), QStringLiteral("printAction"),
                         QStringLiteral("changePasswordAction"), QStringLiteral("lockAction"),
                         QStringLiteral("signOutAction"), QStringLiteral("quitAction")});
    CHECK(actionNames(*helpMenu) == QStringList{QStringLiteral("aboutAction")});

    // Without a company only File and Help show; the company's actions are hidden.
    QList<QAction *> shown;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->isVisible())
            shown << action;
    }
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(0)->menu() == fileMenu);
    CHECK(shown.at(1)->menu() == helpMenu);
    for (const char *name :
         {"printAction", "changePasswordAction", "lockAction", "signOutAction", "preferencesAction"}) {
        INFO(name);
        CHECK_FALSE(named<QAction>(window, name)->isVisible());
    }
}

TEST_CASE("Quit uses the platform's quit shortcut and closes the window")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *quit = named<QAction>(window, "quitAction");
    REQUIRE(quit);
    CHECK(quit->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK(quit->isEnabled());

    quit->trigger();
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("New and Open company are enabled, with shortcuts that leave Ctrl+N to the invoice entry")
{
    MainWindow window;
    for (const char *name : {"newCompanyAction", "openCompanyAction"}) {
        INFO(name);
        const auto *action = named<QAction>(window, name);
        REQUIRE(action);
        CHECK(action->isEnabled());
    }
    CHECK(named<QAction>(window, "newCompanyAction")->shortcut()
          == QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    CHECK(named<QAction>(window, "openCompanyAction")->shortcut() == QKeySequence(QKeySequence::Open));
}

TEST_CASE("The welcome page offers the company actions as buttons")
{
    MainWindow window;
    const auto *page = named<QWidget>(window, "welcomePage");
    REQUIRE(page);
    const auto *stack = named<QStackedWidget>(window, "centralStack");
    REQUIRE(stack);
    CHECK(stack->currentWidget() == page);

    const auto *message = named<QLabel>(*page, "welcomeMessage");
    REQUIRE(message);
    CHECK(message->text() == QStringLiteral("No company is open yet."));

    const auto *newButton = named<QToolButton>(*page, "newCompanyButton");
    const auto *openButton = named<QToolButton>(*page, "openCompanyButton");
    REQUIRE(newButton);
    REQUIRE(openButton);
    CHECK(newButton->defaultAction() == named<QAction>(window, "newCompanyAction"));
    CHECK(openButton->defaultAction() == named<QAction>(window, "openCompanyAction"));
    CHECK(newButton->isEnabled());
    CHECK(openButton->isEnabled());
}

TEST_CASE("The status bar says no company is open, or names the company file")
{
    MainWindow window;
    const auto *label = named<QLabel>(*window.statusBar(), "statusLabel");
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("No company open"));
    CHECK(window.companyFilePath().isEmpty());

    const QString path = QDir::temp().filePath(QStringLiteral("shop.sbk"));
    window.setCompanyFilePath(path);
    CHECK(window.companyFilePath() == path);
    CHECK(label->text()
          == QStringLiteral("Company file: %1 (not opened)").arg(QDir::toNativeSeparators(path)));

    window.setCompanyFilePath(QString());
    CHECK(label->text() == QStringLiteral("No company open"));
}

TEST_CASE("The status line survives a hovered action's status tip")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto *label = named<QLabel>(*window.statusBar(), "statusLabel");
    REQUIRE(label);

    // What a menu does when the pointer rests on one of its items.
    named<QAction>(window, "quitAction")->showStatusText(&window);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Close Stockbook"));
    CHECK_FALSE(label->isVisible());

    window.statusBar()->clearMessage();
    CHECK(label->isVisible());
    CHECK(label->text() == QStringLiteral("No company open"));
}

TEST_CASE("Every action and widget of the main window has an object name")
{
    MainWindow window;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator() || action->menu())
            continue;
        INFO("action " << action->text().toStdString());
        CHECK_FALSE(action->objectName().isEmpty());
    }
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        // Qt's own parts of a main window are named by Qt with a "qt_" prefix
        // (the menu bar's extension button) or not at all (the size grip).
        if (widget->objectName().startsWith(QStringLiteral("qt_")) || qobject_cast<const QSizeGrip *>(widget))
            continue;
        if (qobject_cast<const QMenu *>(widget) == nullptr && widget->objectName().isEmpty()) {
            FAIL_CHECK("unnamed " << widget->metaObject()->className());
        }
    }
}

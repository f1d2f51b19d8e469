// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSizeGrip>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using stockbook::ui::MainWindow;

namespace {

template <typename T>
T *findNamed(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QStringList actionNames(const QMenu &menu)
{
    QStringList names;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}

} // namespace

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
    const auto *fileMenu = findNamed<QMenu>(window, "fileMenu");
    const auto *helpMenu = findNamed<QMenu>(window, "helpMenu");
    REQUIRE(fileMenu);
    REQUIRE(helpMenu);
    CHECK(actionNames(*fileMenu)
          == QStringList{QStringLiteral("newCompanyAction"), QStringLiteral("openCompanyAction"),
                         QStringLiteral("printAction"), QStringLiteral("changePasswordAction"),
                         QStringLiteral("lockAction"), QStringLiteral("signOutAction"), QStringLiteral("quitAction")});
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
    for (const char *name : {"printAction", "changePasswordAction", "lockAction", "signOutAction", "preferencesAction"}) {
        INFO(name);
        CHECK_FALSE(findNamed<QAction>(window, name)->isVisible());
    }
}

TEST_CASE("Quit uses the platform's quit shortcut and closes the window")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *quit = findNamed<QAction>(window, "quitAction");
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
        const auto *action = findNamed<QAction>(window, name);
        REQUIRE(action);
        CHECK(action->isEnabled());
    }
    CHECK(findNamed<QAction>(window, "newCompanyAction")->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    CHECK(findNamed<QAction>(window, "openCompanyAction")->shortcut() == QKeySequence(QKeySequence::Open));
}

TEST_CASE("The welcome page offers the company actions as buttons")
{
    MainWindow window;
    const auto *page = findNamed<QWidget>(window, "welcomePage");
    REQUIRE(page);
    const auto *stack = findNamed<QStackedWidget>(window, "centralStack");
    REQUIRE(stack);
    CHECK(stack->currentWidget() == page);

    const auto *message = findNamed<QLabel>(*page, "welcomeMessage");
    REQUIRE(message);
    CHECK(message->text() == QStringLiteral("No company is open yet."));

    const auto *newButton = findNamed<QToolButton>(*page, "newCompanyButton");
    const auto *openButton = findNamed<QToolButton>(*page, "openCompanyButton");
    REQUIRE(newButton);
    REQUIRE(openButton);
    CHECK(newButton->defaultAction() == findNamed<QAction>(window, "newCompanyAction"));
    CHECK(openButton->defaultAction() == findNamed<QAction>(window, "openCompanyAction"));
    CHECK(newButton->isEnabled());
    CHECK(openButton->isEnabled());
}

TEST_CASE("The status bar says no company is open, or names the company file")
{
    MainWindow window;
    const auto *label = findNamed<QLabel>(*window.statusBar(), "statusLabel");
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
    const auto *label = findNamed<QLabel>(*window.statusBar(), "statusLabel");
    REQUIRE(label);

    // What a menu does when the pointer rests on one of its items.
    findNamed<QAction>(window, "quitAction")->showStatusText(&window);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "UiDriver.h"
#include "Wait.h"

#include "lock/IdleWatcher.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "security/keys/KeyVault.h"
#include "services/accounts/AuditLog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>

using namespace stockbook;
using stockbook::test::named;
using stockbook::test::typeInto;
using stockbook::ui::MainWindow;

namespace {

const char *const AnnaPassword = "correct horse battery staple 1";

QStringList navigationTitles(const MainWindow &window)
{
    QStringList titles;
    const auto *list = named<QListWidget>(window, "navigationList");
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}

QString statusText(const MainWindow &window)
{
    return named<QLabel>(window, "statusLabel")->text();
}

// A clock the test moves by hand.
struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Clock clock()
    {
        return [this] { return now; };
    }
};

} // namespace

TEST_CASE("A wrong password shows the service's message, the right one opens the main window")
{
    test::TestCompany tc;
    tc.company.reset(); // the login dialog opens the file itself
    FakeClock fake;
    MainWindow window;
    window.setClock(fake.clock());
    window.show();
    window.openCompany(tc.path);

    auto *login = named<ui::LoginDialog>(window, "loginDialog");
    auto *signIn = named<QPushButton>(*login, "signInButton");
    CHECK_FALSE(signIn->isEnabled()); // nothing typed yet
    test::signIn(*login, QStringLiteral("not the password at all"), QStringLiteral("anna"));

    auto *message = named<QLabel>(*login, "loginMessage");
    CHECK(message->isVisible());
    CHECK(message->text() == security::KeyVault::wrongPasswordError().message);
    CHECK(window.company() == nullptr);
    CHECK(named<QLineEdit>(*login, "passwordEdit")->text().isEmpty()); // cleared after use
    {
        // ... with its undo history. Password mode alone only hides the
        // history (undo then just clears); shown as plain text, a history
        // would bring the refused password back.
        auto *passwordEdit = named<QLineEdit>(*login, "passwordEdit");
        passwordEdit->setEchoMode(QLineEdit::Normal);
        CHECK_FALSE(passwordEdit->isUndoAvailable());
        passwordEdit->undo();
        CHECK(passwordEdit->text().isEmpty());
        passwordEdit->setEchoMode(QLineEdit::Password);
    }

    // One failure means one second to wait (1, 2, 4, ... s): a try at the same
    // instant is refused with a countdown and the button off.
    test::signIn(*login, QString::fromLatin1(AnnaPassword));
    CHECK(message->text() == QStringLiteral("Too many failed attempts. Wait 1 second(s), then try again."));
    CHECK_FALSE(signIn->isEnabled());
    CHECK(signIn->text() == QStringLiteral("Wait 1 s"));
    // The countdown runs on the dialog's timer; afterwards the button is back.
    REQUIRE_EVENTUALLY_WITHIN(signIn->text() == QStringLiteral("&Sign in"), 3000);

    fake.now = fake.now.addSecs(2);
    typeInto(*login, "passwordEdit", QString::fromLatin1(AnnaPassword));
    REQUIRE(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);

    REQUIRE(window.company() != nullptr);
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
    CHECK(named<QStackedWidget>(window, "centralStack")->currentWidget()
          == named<QWidget>(window, "companyView"));
    CHECK(statusText(window).startsWith(QStringLiteral("Signed in: anna — role: Administrator — ")));
}

TEST_CASE("The caps lock warning follows letters typed against the Shift key")
{
    test::TestCompany tc;
    ui::LoginDialog login(tc.path);
    login.show();
    auto *password = named<QLineEdit>(login, "passwordEdit");
    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier);
    CHECK_FALSE(login.capsLockWarningShown());
    // What a keyboard with caps lock on sends: a capital without Shift.
    QKeyEvent capital(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("B"));
    QCoreApplication::sendEvent(password, &capital);
    CHECK(login.capsLockWarningShown());
    QTest::keyClick(password, Qt::Key_C, Qt::NoModifier);
    CHECK_FALSE(login.capsLockWarningShown());
}

TEST_CASE("A temporary password opens the must-change dialog before anything else")
{
    test::TestCompany tc;
    auto temporary =
        UsersService(*tc.company).create({QStringLiteral("tina"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    const QString temporaryText = QString::fromLatin1(reinterpret_cast<const char *>(temporary->data()),
                                                      static_cast<qsizetype>(temporary->size()));
    tc.company.reset();
    auto opened = CompanyService::signIn(tc.path, QStringLiteral("tina"), temporary.value());
    REQUIRE_OK(opened);

    MainWindow window;
    window.show();
    window.setCompany(std::move(opened).value());

    auto *dialog = named<QDialog>(window, "changePasswordDialog");
    CHECK(dialog->isVisible());
    CHECK(named<QStackedWidget>(window, "centralStack")->currentWidget()
          == named<QWidget>(window, "waitingPage"));
    CHECK(navigationTitles(window).isEmpty());

    auto *change = named<QPushButton>(*dialog, "changePasswordButton");
    typeInto(*dialog, "currentPasswordEdit", temporaryText);
    typeInto(*dialog, "newPasswordEdit", QStringLiteral("tina"));
    typeInto(*dialog, "repeatPasswordEdit", QStringLiteral("tina"));
    CHECK_FALSE(change->isEnabled()); // the live estimate refuses it
    CHECK(named<QLabel>(*dialog, "passwordVerdict")->text().contains(QStringLiteral("12")));

    const QString chosen = QStringLiteral("plum lighthouse saddle orbit 9");
    typeInto(*dialog, "newPasswordEdit", chosen);
    typeInto(*dialog, "repeatPasswordEdit", chosen);
    REQUIRE(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);

    REQUIRE(window.company() != nullptr);
    CHECK_FALSE(window.company()->session().mustChangePassword());
    CHECK(navigationTitles(window).contains(QStringLiteral("Sales")));
    CHECK(named<QStackedWidget>(window, "centralStack")->currentWidget()
          == named<QWidget>(window, "companyView"));
}

TEST_CASE("Each role sees only the pages and actions it may use")
{
    test::TestCompany tc;
    const QStringList clerkPages{QStringLiteral("Sales"), QStringLiteral("Purchases"),
                                 QStringLiteral("Customers"), QStringLiteral("Products"),
                                 QStringLiteral("Stock")};
    const QStringList managerExtra{QStringLiteral("Catalog"),    QStringLiteral("Suppliers"),
                                   QStringLiteral("Warehouses"), QStringLiteral("Stock tasks"),
                                   QStringLiteral("Reports"),    QStringLiteral("Audit log")};

    SECTION("clerk")
    {
        tc.actAs(QStringLiteral("clerk"));
        MainWindow window;
        window.setCompany(std::move(tc.company));
        CHECK(navigationTitles(window) == clerkPages);
        for (const char *name :
             {"settingsPageAction", "reportsPageAction", "auditPageAction", "catalogPageAction"}) {
            INFO(name);
            CHECK(window.findChild<QAction *>(QString::fromLatin1(name)) == nullptr);
        }
        CHECK(window.findChild<QWidget *>(QStringLiteral("settingsPage")) == nullptr);
        CHECK_FALSE(named<QAction>(window, "preferencesAction")->isVisible());
        CHECK_FALSE(named<QAction>(window, "preferencesAction")->isEnabled());
        CHECK_FALSE(window.showPage(QStringLiteral("audit")));
        CHECK(statusText(window).startsWith(QStringLiteral("Signed in: cleo — role: Clerk — ")));
    }
    SECTION("manager")
    {
        tc.actAs(QStringLiteral("manager"));
        MainWindow window;
        window.setCompany(std::move(tc.company));
        // The dashboard comes first, so a manager lands on it.
        CHECK(navigationTitles(window)
              == QStringList{QStringLiteral("Dashboard")} + clerkPages + managerExtra);
        CHECK(window.findChild<QAction *>(QStringLiteral("reportsPageAction")) != nullptr);
        CHECK(window.findChild<QAction *>(QStringLiteral("settingsPageAction")) == nullptr);
        CHECK_FALSE(named<QAction>(window, "preferencesAction")->isVisible());
    }
    SECTION("admin")
    {
        MainWindow window;
        window.setCompany(std::move(tc.company));
        CHECK(navigationTitles(window)
              == QStringList{QStringLiteral("Dashboard")} + clerkPages + managerExtra
                  + QStringList{QStringLiteral("Settings")});
        auto *preferences = named<QAction>(window, "preferencesAction");
        CHECK(preferences->isVisible());
        CHECK(preferences->shortcut() == QKeySequence(QKeySequence::Preferences));
        preferences->trigger();
        CHECK(window.currentPageId() == QStringLiteral("settings"));
    }
}

TEST_CASE("A page factory replaces the placeholder body")
{
    test::TestCompany tc;
    MainWindow window;
    CompanySession *seen = nullptr;
    window.setPageFactory(QStringLiteral("sales"), [&](CompanySession &company, QWidget *parent) {
        seen = &company;
        return new QLabel(QStringLiteral("real sales screen"), parent);
    });
    window.setCompany(std::move(tc.company));
    CHECK(seen == window.company());
    CHECK(named<QLabel>(window, "salesPage")->text() == QStringLiteral("real sales screen"));
}

TEST_CASE("The idle lock covers the window and another user unlocks it with Switch user")
{
    test::TestCompany tc;
    FakeClock fake;
    Session &clerk = tc.actAs(QStringLiteral("clerk"), fake.clock());
    clerk.setIdleLimitMinutes(1);
    MainWindow window;
    window.setClock(fake.clock());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCompany(std::move(tc.company));
    window.idleWatcher()->setCheckInterval(10);
    REQUIRE(window.idleWatcher()->isRunning());

    // Input touches the session: 50 s idle, a key, 50 s more is not a minute idle.
    fake.now = fake.now.addSecs(50);
    QTest::keyClick(named<QListWidget>(window, "navigationList"), Qt::Key_Down);
    fake.now = fake.now.addSecs(50);
    // The window compares with the session at each check the watcher asks
    // for (connected before the spy, so done when the spy sees the signal).
    QSignalSpy checks(window.idleWatcher(), &ui::IdleWatcher::checkDue);
    REQUIRE_EVENTUALLY(checks.count() >= 1);
    CHECK_FALSE(window.isLocked());

    fake.now = fake.now.addSecs(11);
    REQUIRE_EVENTUALLY_WITHIN(window.isLocked(), 2000);

    auto *content = named<QWidget>(window, "companyView");
    CHECK_FALSE(content->isVisible());
    CHECK_FALSE(content->isEnabled());
    CHECK(window.findChild<QWidget *>(QStringLiteral("salesPage")) == nullptr); // the pages are gone
    CHECK_FALSE(window.menuBar()->isEnabled());
    CHECK_FALSE(named<QWidget>(window, "mainToolBar")->isVisible());
    CHECK(window.findChild<QAction *>(QStringLiteral("salesPageAction")) == nullptr);
    CHECK_FALSE(named<QAction>(window, "signOutAction")->isVisible());
    auto *lock = named<QWidget>(window, "lockWidget");
    CHECK(lock->isVisible());
    CHECK(named<QLineEdit>(*lock, "lockUsernameEdit")->text() == QStringLiteral("cleo"));
    CHECK(statusText(window).startsWith(QStringLiteral("Locked — ")));
    // Locked means closed: no company object (its key wiped with it) and the
    // file's writer lock is free.
    CHECK(window.company() == nullptr);
    {
        QLockFile writer(tc.path + QStringLiteral(".lock"));
        CHECK(writer.tryLock(0));
    }

    // A wrong password keeps it locked and says so, audited as a failed login.
    typeInto(*lock, "lockPasswordEdit", QStringLiteral("not cleo's password"));
    QTest::mouseClick(named<QPushButton>(*lock, "unlockButton"), Qt::LeftButton);
    CHECK(window.isLocked());
    CHECK(named<QLabel>(*lock, "lockMessage")->text() == security::KeyVault::wrongPasswordError().message);

    QTest::mouseClick(named<QPushButton>(*lock, "switchUserButton"), Qt::LeftButton);
    CHECK(named<QLineEdit>(*lock, "lockUsernameEdit")->text().isEmpty());
    typeInto(*lock, "lockUsernameEdit", QStringLiteral("anna"));
    typeInto(*lock, "lockPasswordEdit", QString::fromLatin1(AnnaPassword));
    QTest::mouseClick(named<QPushButton>(*lock, "unlockButton"), Qt::LeftButton);

    REQUIRE_FALSE(window.isLocked());
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
    CHECK(content->isVisible());
    CHECK(content->isEnabled());
    CHECK(window.menuBar()->isEnabled());
    CHECK(navigationTitles(window).contains(QStringLiteral("Settings")));
    CHECK(statusText(window).startsWith(QStringLiteral("Signed in: anna — role: Administrator — ")));

    QSqlQuery q(window.company()->database().connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT action, username FROM audit_logs WHERE action LIKE 'login.%' ORDER BY seq")));
    QStringList entries;
    while (q.next())
        entries << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    CHECK(entries == QStringList{QStringLiteral("login.failed/cleo"), QStringLiteral("login.success/anna")});
}

TEST_CASE("Sign out closes the company and returns to the login for the same file")
{
    test::TestCompany tc;
    const QString path = tc.path;
    MainWindow window;
    window.show();
    window.setCompany(std::move(tc.company));
    named<QAction>(window, "signOutAction")->trigger();
    CHECK(window.company() == nullptr);
    auto *login = named<ui::LoginDialog>(window, "loginDialog");
    CHECK(login->companyPath() == path);
    CHECK(named<QLineEdit>(*login, "usernameEdit")->text() == QStringLiteral("anna"));
    // The database is closed: the file's writer lock is free again.
    auto again = CompanyService::signIn(path, QStringLiteral("anna"), test::password(AnnaPassword));
    REQUIRE_OK(again);
}

TEST_CASE("Every action and widget of an open company's window has an object name")
{
    test::TestCompany tc;
    MainWindow window;
    window.setCompany(std::move(tc.company));
    window.show();
    for (const bool locked : {false, true}) {
        if (locked)
            window.lockNow();
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->menu())
                continue;
            INFO("action " << action->text().toStdString());
            CHECK_FALSE(action->objectName().isEmpty());
        }
        for (const QWidget *widget : window.findChildren<QWidget *>()) {
            // Qt's own parts: a combo's popup (its list, scroll bars and
            // scrollers live in a Qt::Popup window of their own), menus, grips.
            if (widget->objectName().startsWith(QStringLiteral("qt_"))
                || qobject_cast<const QSizeGrip *>(widget) || qobject_cast<const QMenu *>(widget)
                || widget->window()->windowType() == Qt::Popup)
                continue;
            if (widget->objectName().isEmpty())
                FAIL_CHECK("unnamed " << widget->metaObject()->className());
        }
    }
}

TEST_CASE("Locking closes dialogs left open over the company")
{
    test::TestCompany tc;
    MainWindow window;
    window.show();
    window.setCompany(std::move(tc.company));
    named<QAction>(window, "aboutAction")->trigger();
    named<QAction>(window, "changePasswordAction")->trigger();
    CHECK(named<QDialog>(window, "aboutDialog")->isVisible());
    auto *change = named<QDialog>(window, "changePasswordDialog");
    CHECK(change->isVisible());

    named<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (const QDialog *dialog : window.findChildren<QDialog *>()) {
        INFO(dialog->objectName().toStdString());
        CHECK_FALSE(dialog->isVisible());
    }
}

TEST_CASE("A wrong password's message makes the sign-in dialog taller, never its fields smaller")
{
    test::TestCompany tc;
    tc.company.reset();
    ui::LoginDialog login(tc.path);
    login.show();
    QCoreApplication::processEvents();
    auto *user = named<QLineEdit>(login, "usernameEdit");
    auto *password = named<QLineEdit>(login, "passwordEdit");
    auto *signInButton = named<QPushButton>(login, "signInButton");
    const QSize userBefore = user->size();
    const QSize passwordBefore = password->size();
    const int buttonHeight = signInButton->height();
    const int dialogHeight = login.height();
    // A line edit is as tall as it asks to be.
    CHECK(userBefore.height() == user->sizeHint().height());

    test::signIn(login, QStringLiteral("not the password at all"), QStringLiteral("anna"));
    QCoreApplication::processEvents();
    auto *message = named<QLabel>(login, "loginMessage");
    REQUIRE(message->isVisible());
    if (const char *dir = std::getenv("STOCKBOOK_PNG_DIR"))
        login.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/login-wrong-password.png"));
    CHECK(user->height() == userBefore.height());
    CHECK(password->height() == passwordBefore.height());
    CHECK(signInButton->height() == buttonHeight);
    // The message has its full height (every wrapped line) and overlaps nothing.
    CHECK(message->height() >= message->heightForWidth(message->width()));
    CHECK(login.height() > dialogHeight);
    CHECK(message->geometry().top() >= password->geometry().bottom());
    CHECK(message->geometry().bottom() < signInButton->mapTo(&login, QPoint(0, 0)).y());
}

TEST_CASE("The login dialog shows the service's refusal of a deactivated account")
{
    test::TestCompany tc;
    auto temporary =
        UsersService(*tc.company).create({QStringLiteral("dora"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    REQUIRE_OK(UsersService(*tc.company).deactivate(QStringLiteral("dora")));
    const QString temporaryText = QString::fromLatin1(reinterpret_cast<const char *>(temporary->data()),
                                                      static_cast<qsizetype>(temporary->size()));
    tc.company.reset();

    ui::LoginDialog login(tc.path);
    login.show();
    test::signIn(login, temporaryText, QStringLiteral("dora"));
    CHECK(login.result() != QDialog::Accepted);
    CHECK(named<QLabel>(login, "loginMessage")->text()
          == QStringLiteral("The account dora is deactivated. Ask an administrator to reactivate it."));
    CHECK(login.takeCompany() == nullptr);
}

TEST_CASE(
    "Signing in empties the password field, its undo history and the buffer the password was typed into")
{
    test::TestCompany tc;
    tc.company.reset();
    MainWindow window;
    window.show();
    window.openCompany(tc.path);

    QPointer<ui::LoginDialog> login = named<ui::LoginDialog>(window, "loginDialog");
    typeInto(*login, "usernameEdit", QStringLiteral("anna"));
    typeInto(*login, "passwordEdit", QString::fromLatin1(AnnaPassword));
    QPointer<QLineEdit> field = named<QLineEdit>(*login, "passwordEdit");
    REQUIRE(field->isUndoAvailable());
    // Implicit sharing: this handle reads the very characters the field holds,
    // so it shows whether they were overwritten or only let go.
    const QString held = field->text();
    REQUIRE(held == QString::fromLatin1(AnnaPassword));

    QTest::mouseClick(named<QPushButton>(*login, "signInButton"), Qt::LeftButton);
    REQUIRE(window.company() != nullptr);
    REQUIRE(field);
    CHECK(field->text().isEmpty());
    CHECK_FALSE(field->isUndoAvailable());
    // Password mode only hides an undo history (undo then just clears): shown
    // as plain text, one would bring the password back. There is none.
    field->setEchoMode(QLineEdit::Normal);
    CHECK_FALSE(field->isUndoAvailable());
    field->undo();
    CHECK(field->text().isEmpty());
    CHECK(held == QString(held.size(), QChar(0)));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "UiDriver.h"

#include "firstrun/DemoProvider.h"
#include "firstrun/FirstRunWizard.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "security/keys/Kdf.h"
#include "services/accounts/AccountStore.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stockbook;
using stockbook::test::named;
using stockbook::test::typeInto;

namespace {

// On the indicator: a check box or radio button spans the page's width, and
// a click right of its text does not toggle it.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

// From the start page to the recovery-key page: the company exists then.
void createCompanyInWizard(ui::FirstRunWizard &wizard, const QString &password)
{
    auto *next = named<QAbstractButton>(wizard, "wizardNextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::CompanyPageId);
    typeInto(wizard, "companyNameEdit", QStringLiteral("Corner Shop"));
    typeInto(wizard, "taxRateEdit", QStringLiteral("20"));
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPageId);
    typeInto(wizard, "adminNameEdit", QStringLiteral("anna"));
    typeInto(wizard, "adminPasswordEdit", password);
    typeInto(wizard, "adminRepeatEdit", password);
    auto *create = named<QAbstractButton>(wizard, "wizardCommitButton");
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::RecoveryPageId);
}

// Closes the wizard with Escape (or its window's close button) and answers
// the question whether the recovery key is stored; false when none came.
bool closeAndAnswer(ui::FirstRunWizard &wizard, QMessageBox::StandardButton answer, bool withEscape = true)
{
    test::DialogAnswer<QMessageBox> question("recoveryKeyStoredQuestion", [answer](QMessageBox &box) {
        REQUIRE(box.button(answer) != nullptr);
        box.button(answer)->click();
    });
    if (withEscape)
        QTest::keyClick(&wizard, Qt::Key_Escape);
    else
        wizard.close();
    return question.answered();
}

} // namespace

TEST_CASE("The first-run wizard creates the company and finishes once the recovery key is stored")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    ui::MainWindow window;
    window.show();
    window.startFirstRun(path);
    auto *wizard = named<ui::FirstRunWizard>(window, "firstRunWizard");
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::StartPageId);

    // Without demo data the demo option is off and says why.
    auto *demo = named<QRadioButton>(*wizard, "demoCompanyOption");
    CHECK_FALSE(demo->isEnabled());
    CHECK(demo->toolTip().contains(QStringLiteral("demo data")));
    CHECK(named<QRadioButton>(*wizard, "createCompanyOption")->isChecked());

    auto *next = named<QAbstractButton>(*wizard, "wizardNextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK_FALSE(next->isEnabled()); // no name yet
    typeInto(*wizard, "companyNameEdit", QStringLiteral("Corner Shop"));
    named<QComboBox>(*wizard, "currencyCombo")->setCurrentText(QStringLiteral("GBP"));
    typeInto(*wizard, "taxRateEdit", QStringLiteral("seventeen"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard->currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK(named<QLabel>(*wizard, "companyMessage")->isVisible());
    typeInto(*wizard, "taxRateEdit", QStringLiteral("17.5"));
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::AdminPageId);

    auto *create = named<QAbstractButton>(*wizard, "wizardCommitButton");
    typeInto(*wizard, "adminNameEdit", QStringLiteral("anna"));
    typeInto(*wizard, "adminPasswordEdit", QStringLiteral("Corner Shop 1"));
    typeInto(*wizard, "adminRepeatEdit", QStringLiteral("Corner Shop 1"));
    CHECK_FALSE(create->isEnabled()); // built on the company's name
    const QString password = QStringLiteral("correct horse battery staple 1");
    typeInto(*wizard, "adminPasswordEdit", password);
    typeInto(*wizard, "adminRepeatEdit", password + QStringLiteral("x"));
    CHECK_FALSE(create->isEnabled()); // the two differ
    typeInto(*wizard, "adminRepeatEdit", password);
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    REQUIRE(wizard->currentId() == ui::FirstRunWizard::RecoveryPageId);
    CHECK(QFileInfo::exists(path));
    const QString key = named<QPlainTextEdit>(*wizard, "recoveryKeyView")->toPlainText();
    CHECK(key.count(QLatin1Char('-')) >= 10); // groups of the recovery key
    auto *finish = named<QAbstractButton>(*wizard, "wizardFinishButton");
    CHECK_FALSE(finish->isEnabled());
    auto *stored = named<QCheckBox>(*wizard, "recoveryStoredCheck");
    clickIndicator(stored);
    CHECK(stored->isChecked());
    CHECK(stored->isVisible());
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);

    REQUIRE(window.company() != nullptr);
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
    CHECK(named<QListWidget>(window, "navigationList")->count() == 13); // every page: an admin
    AccountStore store(window.company()->database());
    CHECK(store.setting(QStringLiteral("company.name")).value() == QStringLiteral("Corner Shop"));
    CHECK(store.setting(QStringLiteral("company.currency")).value() == QStringLiteral("GBP"));
    QSqlQuery q(window.company()->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE is_default = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1750); // 17.5 % in basis points
}

TEST_CASE("The first-run wizard refuses an unknown currency and a tax rate above 100 % and says why")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("shop.stockbook")));
    wizard.show();
    auto *next = named<QAbstractButton>(wizard, "wizardNextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::CompanyPageId);
    typeInto(wizard, "companyNameEdit", QStringLiteral("Corner Shop"));
    auto *currency = named<QComboBox>(wizard, "currencyCombo");
    auto *message = named<QLabel>(wizard, "companyMessage");

    currency->setCurrentText(QStringLiteral("zzz"));
    typeInto(wizard, "taxRateEdit", QStringLiteral("20"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK(message->isVisible());
    CHECK(message->text()
          == QLatin1String("ZZZ is not a known currency code. Enter the three-letter ISO 4217 code of your "
                           "currency, such as EUR, GBP or USD."));

    currency->setCurrentText(QStringLiteral("CHF"));
    typeInto(wizard, "taxRateEdit", QStringLiteral("150"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK(message->text() == QLatin1String("A tax rate is between 0 % and 100 %."));

    typeInto(wizard, "taxRateEdit", QStringLiteral("100"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == ui::FirstRunWizard::AdminPageId);
}

TEST_CASE("Once the company exists, closing the wizard asks whether the recovery key is stored")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    ui::MainWindow window;
    window.show();
    window.startFirstRun(path);
    QPointer<ui::FirstRunWizard> wizard = named<ui::FirstRunWizard>(window, "firstRunWizard");
    createCompanyInWizard(*wizard, QStringLiteral("correct horse battery staple 1"));
    REQUIRE(QFileInfo::exists(path));
    const QString key = named<QPlainTextEdit>(*wizard, "recoveryKeyView")->toPlainText();
    REQUIRE_FALSE(key.isEmpty());

    // Not stored yet: the wizard stays, on the same page, with the same key.
    REQUIRE(closeAndAnswer(*wizard, QMessageBox::No));
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ui::FirstRunWizard::RecoveryPageId);
    CHECK(named<QPlainTextEdit>(*wizard, "recoveryKeyView")->toPlainText() == key);
    CHECK(window.company() == nullptr);
    // The window's close button asks the same.
    REQUIRE(closeAndAnswer(*wizard, QMessageBox::No, false));
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ui::FirstRunWizard::RecoveryPageId);
    CHECK(window.company() == nullptr);

    // Stored: the wizard finishes as with Finish, and the company is open.
    REQUIRE(closeAndAnswer(*wizard, QMessageBox::Yes));
    CHECK((!wizard || !wizard->isVisible()));
    REQUIRE(window.company() != nullptr);
    CHECK(window.company()->path() == path);
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
    CHECK(named<QListWidget>(window, "navigationList")->count() == 13);
}

TEST_CASE("Before the company exists, Escape closes the first-run wizard without asking")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    ui::MainWindow window;
    window.show();
    window.startFirstRun(path);
    QPointer<ui::FirstRunWizard> wizard = named<ui::FirstRunWizard>(window, "firstRunWizard");
    REQUIRE(wizard->isVisible());
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::StartPageId);
    test::DialogAnswer<QMessageBox> question("recoveryKeyStoredQuestion",
                                             [](QMessageBox &box) { box.button(QMessageBox::Yes)->click(); });
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK((!wizard || !wizard->isVisible()));
    CHECK_FALSE(question.found());
    CHECK(window.company() == nullptr);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("The demo path shows the demo's logins and ends at the sign-in to the demo company")
{
    // A tiny demo: a test company with the cheap KDF, closed so the sign-in
    // opens it like any company file.
    test::TestCompany tc;
    tc.company.reset();
    const QString password = QString::fromLatin1("correct horse battery staple 1");
    int calls = 0;
    ui::FirstRunWizard::setDemoCompanyProvider([&](QWidget *parent) -> Result<ui::DemoCompany> {
        ++calls;
        CHECK(qobject_cast<ui::FirstRunWizard *>(parent));
        return ui::DemoCompany{tc.path, {{QStringLiteral("anna"), QStringLiteral("admin"), password}}, {}};
    });
    struct ResetProvider {
        ~ResetProvider() { ui::FirstRunWizard::setDemoCompanyProvider({}); }
    } resetProvider;

    ui::MainWindow window;
    window.show();
    window.startFirstRun(QDir(tc.dir.path()).filePath(QStringLiteral("company.stockbook")));
    auto *wizard = named<ui::FirstRunWizard>(window, "firstRunWizard");
    auto *demo = named<QRadioButton>(*wizard, "demoCompanyOption");
    REQUIRE(demo->isEnabled());
    clickIndicator(demo);
    REQUIRE(demo->isChecked());
    QTest::mouseClick(named<QAbstractButton>(*wizard, "wizardNextButton"), Qt::LeftButton);
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::DemoPageId);
    CHECK(calls == 1);
    const QString logins = named<QPlainTextEdit>(*wizard, "demoLoginsView")->toPlainText();
    CHECK(logins.contains(QStringLiteral("anna (admin): ") + password));
    CHECK(named<QLabel>(*wizard, "demoText")->text().contains(QDir::toNativeSeparators(tc.path)));

    auto *finish = named<QAbstractButton>(*wizard, "wizardFinishButton");
    REQUIRE(finish->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(calls == 1);
    CHECK(window.company() == nullptr); // not signed in yet: the login dialog asks

    auto *login = named<ui::LoginDialog>(window, "loginDialog");
    CHECK(login->isVisible());
    CHECK(login->companyPath() == tc.path);
    CHECK(named<QLineEdit>(*login, "usernameEdit")->text() == QStringLiteral("anna"));
    test::signIn(*login, password);
    REQUIRE(window.company() != nullptr);
    CHECK(window.company()->path() == tc.path);
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
}

TEST_CASE("A failing demo provider keeps the wizard on its start page with the reason")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    ui::FirstRunWizard::setDemoCompanyProvider([](QWidget *) -> Result<ui::DemoCompany> {
        return makeError(ErrorCode::InvalidState, QStringLiteral("The demo company was cancelled."));
    });
    struct ResetProvider {
        ~ResetProvider() { ui::FirstRunWizard::setDemoCompanyProvider({}); }
    } resetProvider;
    ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("company.stockbook")));
    wizard.show();
    clickIndicator(named<QRadioButton>(wizard, "demoCompanyOption"));
    QTest::mouseClick(named<QAbstractButton>(wizard, "wizardNextButton"), Qt::LeftButton);
    CHECK(wizard.currentId() == ui::FirstRunWizard::StartPageId);
    auto *message = named<QLabel>(wizard, "startMessage");
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("The demo company was cancelled."));
}

TEST_CASE("The application's demo provider opens a demo made earlier instead of making another")
{
    test::TestCompany tc;
    const QString path = QDir(tc.dir.path()).filePath(QStringLiteral("demo.stockbook"));
    REQUIRE(QFile::copy(tc.path, path));
    const QDateTime modified = QFileInfo(path).lastModified();
    QWidget parent;
    auto demo = ui::demoCompanyProvider(path)(&parent);
    REQUIRE_OK(demo);
    CHECK(demo->path == path);
    CHECK(demo->logins.isEmpty()); // shown when it was made, kept nowhere
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(parent.findChild<QProgressDialog *>() == nullptr); // nothing was generated
}

// Makes the real small demo (a minute or so): run by hand with "[.demo]".
TEST_CASE("The demo's progress window shows its stages while the demo is made, and Cancel removes it")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stockbook"));
    QWidget parent;
    parent.show();
    // Polled by the GUI thread's event loop while the demo is being made.
    QString stage;
    bool shown = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *progress = parent.findChild<QProgressDialog *>(QStringLiteral("demoProgressDialog"));
        if (!progress || !progress->isVisible())
            return;
        shown = true;
        if (stage.isEmpty() && progress->labelText().startsWith(QLatin1String("Making the demo company: "))) {
            stage = progress->labelText();
            progress->findChild<QPushButton *>()->click(); // Cancel
        }
    });
    poll.start();
    auto demo = ui::demoCompanyProvider(path)(&parent);
    poll.stop();
    CHECK(shown);
    CHECK_FALSE(stage.isEmpty());
    CHECK_FALSE(demo.ok());
    CHECK_FALSE(QFileInfo::exists(path)); // the half-made company is removed
}

TEST_CASE("The application's demo provider makes the small demo with its logins", "[.demo]")
{
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stockbook"));
    QWidget parent;
    parent.show();
    auto demo = ui::demoCompanyProvider(path)(&parent);
    REQUIRE_OK(demo);
    CHECK(QFileInfo::exists(path));
    REQUIRE(demo->logins.size() == 3);
    QStringList roles;
    for (const ui::DemoCompany::Login &login : demo->logins) {
        roles << login.role;
        CHECK(login.password.size() >= 12);
    }
    CHECK(roles == QStringList{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("clerk")});
    auto signedIn = CompanyService::signIn(path, demo->logins.at(1).username,
                                           security::passwordBytes(demo->logins[1].password));
    REQUIRE_OK(signedIn);
    CHECK(signedIn.value()->session().roleName() == QStringLiteral("manager"));
}

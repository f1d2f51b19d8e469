// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "firstrun/FirstRunWizard.h"
#include "mainwindow/MainWindow.h"
#include "services/AccountStore.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>

using namespace stockbook;

namespace {

template <typename T>
T *findNamed(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found);
    return found;
}

// On the indicator: a check box or radio button spans the page's width, and
// a click right of its text does not toggle it.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

void typeInto(QWidget &root, const char *name, const QString &text)
{
    auto *edit = findNamed<QLineEdit>(root, name);
    edit->clear();
    QTest::keyClicks(edit, text);
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
    auto *wizard = findNamed<ui::FirstRunWizard>(window, "firstRunWizard");
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::StartPageId);

    // Without demo data the demo option is off and says why.
    auto *demo = findNamed<QRadioButton>(*wizard, "demoCompanyOption");
    CHECK_FALSE(demo->isEnabled());
    CHECK(demo->toolTip().contains(QStringLiteral("demo data")));
    CHECK(findNamed<QRadioButton>(*wizard, "createCompanyOption")->isChecked());

    auto *next = findNamed<QAbstractButton>(*wizard, "wizardNextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK_FALSE(next->isEnabled()); // no name yet
    typeInto(*wizard, "companyNameEdit", QStringLiteral("Corner Shop"));
    findNamed<QComboBox>(*wizard, "currencyCombo")->setCurrentText(QStringLiteral("GBP"));
    typeInto(*wizard, "taxRateEdit", QStringLiteral("seventeen"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard->currentId() == ui::FirstRunWizard::CompanyPageId);
    CHECK(findNamed<QLabel>(*wizard, "companyMessage")->isVisible());
    typeInto(*wizard, "taxRateEdit", QStringLiteral("17.5"));
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::AdminPageId);

    auto *create = findNamed<QAbstractButton>(*wizard, "wizardCommitButton");
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
    const QString key = findNamed<QPlainTextEdit>(*wizard, "recoveryKeyView")->toPlainText();
    CHECK(key.count(QLatin1Char('-')) >= 10); // groups of the recovery key
    auto *finish = findNamed<QAbstractButton>(*wizard, "wizardFinishButton");
    CHECK_FALSE(finish->isEnabled());
    auto *stored = findNamed<QCheckBox>(*wizard, "recoveryStoredCheck");
    clickIndicator(stored);
    CHECK(stored->isChecked());
    CHECK(stored->isVisible());
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);

    REQUIRE(window.company() != nullptr);
    CHECK(window.company()->session().username() == QStringLiteral("anna"));
    CHECK(findNamed<QListWidget>(window, "navigationList")->count() == 13); // every page: an admin
    AccountStore store(window.company()->database());
    CHECK(store.setting(QStringLiteral("company.name")).value() == QStringLiteral("Corner Shop"));
    CHECK(store.setting(QStringLiteral("company.currency")).value() == QStringLiteral("GBP"));
    QSqlQuery q(window.company()->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE is_default = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1750); // 17.5 % in basis points
}

TEST_CASE("A demo provider enables the demo option and opens what it returns")
{
    security::ScopedKdfCostForTesting cheapKdf;
    test::TestCompany tc;
    CompanySession *given = tc.company.get();
    ui::FirstRunWizard::setDemoCompanyProvider(
        [&](QWidget *) -> Result<std::unique_ptr<CompanySession>> { return std::move(tc.company); });
    ui::FirstRunWizard wizard(QDir(tc.dir.path()).filePath(QStringLiteral("unused.stockbook")));
    wizard.show();
    auto *demo = findNamed<QRadioButton>(wizard, "demoCompanyOption");
    REQUIRE(demo->isEnabled());
    clickIndicator(demo);
    REQUIRE(demo->isChecked());
    QTest::mouseClick(findNamed<QAbstractButton>(wizard, "wizardNextButton"), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::DemoPageId);
    auto *finish = findNamed<QAbstractButton>(wizard, "wizardFinishButton");
    REQUIRE(finish->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.takeCompany().get() == given);
    ui::FirstRunWizard::setDemoCompanyProvider({});
}

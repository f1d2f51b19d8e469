// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "LocaleGuard.h"
#include "UiDriver.h"

#include "editors/TaxRateEditor.h"
#include "lists/ListPages.h"
#include "lock/IdleWatcher.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/CompanyService.h"
#include "services/catalog/CatalogService.h"
#include "services/maintenance/BackupService.h"
#include "services/settings/SettingsService.h"
#include "settings/BackupTab.h"
#include "settings/CompanyTab.h"
#include "settings/KeyDialogs.h"
#include "settings/RestoreDialog.h"
#include "settings/SecurityTab.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stockbook;
using stockbook::test::named;
using stockbook::test::readAll;

namespace {

QString cell(ui::SettingsDialog &dialog, const QString &user, int column)
{
    auto *table = named<QTableWidget>(dialog, "settingsUsersTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == user)
            return table->item(row, column)->text();
    }
    return {};
}

// Replaces a line edit's text the way a user does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void retype(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

// Shows the tab whose page has this objectName, as a click on it would.
QWidget *openTab(ui::SettingsDialog &dialog, const char *name)
{
    QTabWidget *tabs = dialog.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == QLatin1String(name)) {
            tabs->setCurrentIndex(i);
            return tabs->widget(i);
        }
    }
    INFO("tab " << name);
    FAIL("no such tab");
    return nullptr;
}

// The file dialog a button opened, answered as the user would.
void answerFileDialog(QWidget &parent, const char *name, const QString &path)
{
    auto *fileDialog = named<QFileDialog>(parent, name);
    REQUIRE(fileDialog->isVisible());
    fileDialog->selectFile(path);
    static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept(), as the Save or Open button does
}

CompanySettings settingsOf(test::TestCompany &tc)
{
    auto settings = SettingsService(*tc.company).get();
    REQUIRE_OK(settings);
    return settings.value();
}

} // namespace

TEST_CASE("settings as admin: add a clerk, change the role, deactivate", "[settings]")
{
    test::TestCompany tc;
    QString temporary;
    {
        ui::SettingsDialog dialog(*tc.company);
        QTest::keyClicks(named<QLineEdit>(dialog, "settingsNewUsername"), QStringLiteral("carl"));
        auto *role = named<QComboBox>(dialog, "settingsRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
        named<QPushButton>(dialog, "settingsAddUserButton")->click();
        auto *password = named<QLineEdit>(dialog, "settingsTemporaryPassword");
        CHECK(password->isVisibleTo(&dialog));
        CHECK(password->isReadOnly());
        temporary = password->text();
        CHECK_FALSE(temporary.isEmpty());
        CHECK(cell(dialog, QStringLiteral("carl"), 3) == QLatin1String("Clerk"));
        CHECK(cell(dialog, QStringLiteral("carl"), 5) == QLatin1String("Must change password"));

        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        role->setCurrentIndex(role->findData(QStringLiteral("manager")));
        named<QPushButton>(dialog, "settingsChangeRoleButton")->click();
        CHECK(cell(dialog, QStringLiteral("carl"), 3) == QLatin1String("Manager"));

        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        {
            test::DialogAnswer<QMessageBox> sure("deactivateQuestion", [](QMessageBox &box) {
                named<QPushButton>(box, "confirmButton")->click();
            });
            named<QPushButton>(dialog, "settingsActiveButton")->click();
            REQUIRE(sure.answered());
        }
        CHECK(cell(dialog, QStringLiteral("carl"), 4) == QLatin1String("Deactivated"));
        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        named<QPushButton>(dialog, "settingsActiveButton")->click(); // reactivating does not ask
        CHECK(cell(dialog, QStringLiteral("carl"), 4) == QLatin1String("Active"));
    }
    tc.company.reset();
    const QByteArray bytes = temporary.toUtf8();
    auto signedIn = CompanyService::signIn(
        tc.path, QStringLiteral("carl"),
        SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                             static_cast<std::size_t>(bytes.size())}));
    REQUIRE_OK(signedIn);
    CHECK((*signedIn)->session().mustChangePassword());
}

TEST_CASE("settings: the last administrator cannot be deactivated and the reason is shown", "[settings]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    REQUIRE(dialog.selectUser(QStringLiteral("anna")));
    test::DialogAnswer<QMessageBox> sure(
        "deactivateQuestion", [](QMessageBox &box) { named<QPushButton>(box, "confirmButton")->click(); });
    named<QPushButton>(dialog, "settingsActiveButton")->click();
    REQUIRE(sure.answered());
    CHECK(cell(dialog, QStringLiteral("anna"), 4) == QLatin1String("Active"));
    CHECK(named<QLabel>(dialog, "settingsMessage")->text().startsWith(QLatin1String("Not done:")));
}

TEST_CASE("settings: reset password and deactivate ask first, and Cancel changes nothing", "[settings]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    const auto audited = [&tc](const char *action) {
        QSqlQuery q(tc.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    REQUIRE(dialog.selectUser(QStringLiteral("max")));
    QString asked;
    {
        test::DialogAnswer<QMessageBox> question("resetPasswordQuestion", [&asked](QMessageBox &box) {
            asked = box.text();
            CHECK(box.defaultButton() == box.button(QMessageBox::Cancel));
            box.button(QMessageBox::Cancel)->click();
        });
        named<QPushButton>(dialog, "settingsResetPasswordButton")->click();
        REQUIRE(question.answered());
    }
    CHECK(asked.startsWith(QLatin1String("Reset the password of max?")));
    // Not reset: no temporary password shown, nothing done.
    CHECK_FALSE(named<QLineEdit>(dialog, "settingsTemporaryPassword")->isVisibleTo(&dialog));
    CHECK(audited("user.reset_password") == 0);

    REQUIRE(dialog.selectUser(QStringLiteral("max")));
    {
        test::DialogAnswer<QMessageBox> question("deactivateQuestion", [&asked](QMessageBox &box) {
            asked = box.text();
            box.button(QMessageBox::Cancel)->click();
        });
        named<QPushButton>(dialog, "settingsActiveButton")->click();
        REQUIRE(question.answered());
    }
    CHECK(asked.startsWith(QLatin1String("Deactivate max?")));
    CHECK(cell(dialog, QStringLiteral("max"), 4) == QLatin1String("Active"));
    CHECK(audited("user.deactivate") == 0);

    // Confirmed, the reset happens and shows the temporary password.
    REQUIRE(dialog.selectUser(QStringLiteral("max")));
    {
        test::DialogAnswer<QMessageBox> question("resetPasswordQuestion", [](QMessageBox &box) {
            named<QPushButton>(box, "confirmButton")->click();
        });
        named<QPushButton>(dialog, "settingsResetPasswordButton")->click();
        REQUIRE(question.answered());
    }
    CHECK(named<QLineEdit>(dialog, "settingsTemporaryPassword")->isVisibleTo(&dialog));
    CHECK(audited("user.reset_password") == 1);
}

TEST_CASE("a clerk has no settings page or action", "[settings]")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("clerk"));
    ui::MainWindow window;
    ui::registerListPages(window);
    window.setCompany(std::move(tc.company));
    CHECK_FALSE(window.showPage(QStringLiteral("settings")));
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("settings dialog: every input is named and labelled", "[settings][accessibility]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    dialog.resize(1024, 700);
    for (QWidget *child : dialog.findChildren<QWidget *>()) {
        bool inner = false;
        for (QWidget *up = child->parentWidget(); up && up != &dialog; up = up->parentWidget())
            inner = inner || up->inherits("QAbstractSpinBox") || up->inherits("QComboBox")
                || up->inherits("QAbstractItemView");
        const bool input = (child->inherits("QLineEdit") || child->inherits("QComboBox")
                            || child->inherits("QAbstractSpinBox") || child->inherits("QAbstractItemView"));
        if (inner || !input)
            continue;
        INFO(child->metaObject()->className());
        CHECK_FALSE(child->objectName().isEmpty());
        CHECK_FALSE(child->accessibleName().isEmpty());
    }
}

TEST_CASE("company tab: a new name is saved through SettingsService and shown again", "[settings][company]")
{
    test::TestCompany tc;
    {
        ui::SettingsDialog dialog(*tc.company);
        openTab(dialog, "settingsCompanyTab");
        auto *name = named<QLineEdit>(dialog, "settingsCompanyName");
        CHECK(name->text() == QLatin1String("Corner Shop"));
        retype(name, QStringLiteral("Harbour Deli"));
        QTest::keyClicks(named<QPlainTextEdit>(dialog, "settingsCompanyAddress"),
                         QStringLiteral("1 Quay Street"));
        named<QRadioButton>(dialog, "settingsCompanyPricesExcludeTax")->click();
        named<QPushButton>(dialog, "settingsCompanyApply")->click();
        CHECK(named<QLabel>(dialog, "settingsCompanyStatus")->text()
              == QLatin1String("Saved: name, address, prices."));
    }
    const CompanySettings saved = settingsOf(tc);
    CHECK(saved.name == QLatin1String("Harbour Deli"));
    CHECK(saved.address == QLatin1String("1 Quay Street"));
    CHECK_FALSE(saved.pricesIncludeTax);

    ui::SettingsDialog again(*tc.company);
    CHECK(named<QLineEdit>(again, "settingsCompanyName")->text() == QLatin1String("Harbour Deli"));
    CHECK(named<QRadioButton>(again, "settingsCompanyPricesExcludeTax")->isChecked());
}

TEST_CASE("company tab: the language is saved and kept for the next start", "[settings][company]")
{
    // The choice is also written to the user's QSettings; keep it out of the real one.
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    test::TestCompany tc;
    {
        ui::SettingsDialog dialog(*tc.company);
        openTab(dialog, "settingsCompanyTab");
        auto *language = named<QComboBox>(dialog, "settingsCompanyLanguage");
        CHECK(language->currentData().toString().isEmpty()); // the system's
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        named<QPushButton>(dialog, "settingsCompanyApply")->click();
        CHECK(named<QLabel>(dialog, "settingsCompanyStatus")->text() == QLatin1String("Saved: language."));
    }
    CHECK(settingsOf(tc).language == QLatin1String("de"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QLatin1String("de"));
    ui::SettingsDialog again(*tc.company);
    CHECK(named<QComboBox>(again, "settingsCompanyLanguage")->currentData().toString()
          == QLatin1String("de"));
}

TEST_CASE("company tab: a value core refuses shows core's message at the field and changes nothing",
          "[settings][company]")
{
    test::TestCompany tc;
    const CompanySettings before = settingsOf(tc);
    const QString expected = SettingsService(*tc.company).setCurrency(QStringLiteral("XX1")).error().message;
    REQUIRE_FALSE(expected.isEmpty());

    ui::SettingsDialog dialog(*tc.company);
    auto *tab = qobject_cast<ui::CompanyTab *>(openTab(dialog, "settingsCompanyTab"));
    REQUIRE(tab);
    auto *currency = named<QComboBox>(dialog, "settingsCompanyCurrency");
    retype(currency->lineEdit(), QStringLiteral("XX1"));
    named<QPushButton>(dialog, "settingsCompanyApply")->click();

    CHECK(tab->errorText(QStringLiteral("company.currency")) == expected);
    CHECK(named<QLabel>(dialog, "settingsCompanyCurrencyError")->isVisibleTo(tab));
    CHECK(named<QLabel>(dialog, "settingsCompanyStatus")->text().startsWith(QLatin1String("Not done:")));
    CHECK(currency->currentText() == QLatin1String("XX1")); // what was typed stays for correcting
    const CompanySettings after = settingsOf(tc);
    CHECK(after.currency == before.currency);
    CHECK(after.name == before.name);

    // Corrected, it is saved and the error goes away.
    retype(currency->lineEdit(), QStringLiteral("gbp"));
    named<QPushButton>(dialog, "settingsCompanyApply")->click();
    CHECK(tab->errorText(QStringLiteral("company.currency")).isEmpty());
    CHECK(settingsOf(tc).currency == QLatin1String("GBP"));
    CHECK(currency->currentText() == QLatin1String("GBP"));
}

TEST_CASE("company tab: a refused tax number does not keep the other changes from being saved",
          "[settings][company]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    auto *tab = qobject_cast<ui::CompanyTab *>(openTab(dialog, "settingsCompanyTab"));
    REQUIRE(tab);
    retype(named<QLineEdit>(dialog, "settingsCompanyName"), QStringLiteral("Harbour Deli"));
    retype(named<QLineEdit>(dialog, "settingsCompanyTaxId"), QStringLiteral("GB#123"));
    named<QPushButton>(dialog, "settingsCompanyApply")->click();
    CHECK_FALSE(tab->errorText(QStringLiteral("company.tax_id")).isEmpty());
    CHECK(tab->errorText(QStringLiteral("company.name")).isEmpty());
    CHECK(named<QLabel>(dialog, "settingsCompanyStatus")->text().contains(QLatin1String("Saved: name.")));
    CHECK(settingsOf(tc).name == QLatin1String("Harbour Deli"));
    CHECK(settingsOf(tc).taxId.isEmpty());
}

TEST_CASE("company tab: a logo is chosen, previewed, saved and removed", "[settings][company]")
{
    test::TestCompany tc;
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString file = tc.dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(image.save(file, "PNG"));

    ui::SettingsDialog dialog(*tc.company);
    openTab(dialog, "settingsCompanyTab");
    auto *preview = named<QLabel>(dialog, "settingsCompanyLogoPreview");
    CHECK(preview->pixmap().isNull());
    named<QPushButton>(dialog, "settingsCompanyLogoChoose")->click();
    answerFileDialog(dialog, "settingsLogoFileDialog", file);
    CHECK_FALSE(preview->pixmap().isNull());
    CHECK_FALSE(settingsOf(tc).hasLogo); // not before Apply
    named<QPushButton>(dialog, "settingsCompanyApply")->click();
    auto logo = SettingsService(*tc.company).logo();
    REQUIRE_OK(logo);
    CHECK(logo.value() == readAll(file));

    named<QPushButton>(dialog, "settingsCompanyLogoRemove")->click();
    named<QPushButton>(dialog, "settingsCompanyApply")->click();
    CHECK_FALSE(settingsOf(tc).hasLogo);
    CHECK(preview->pixmap().isNull());
}

TEST_CASE("security tab: the idle lock is saved and applies to the session at once", "[settings][security]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    openTab(dialog, "settingsSecurityTab");
    auto *idle = named<QSpinBox>(dialog, "settingsIdleLockMinutes");
    CHECK(idle->value() == 15);
    retype(idle, 5);
    REQUIRE(idle->value() == 5);
    retype(named<QSpinBox>(dialog, "settingsLockoutThreshold"), 5);
    named<QPushButton>(dialog, "settingsSecurityApply")->click();
    CHECK(named<QLabel>(dialog, "settingsSecurityStatus")->text().startsWith(QLatin1String("Saved:")));
    const CompanySettings saved = settingsOf(tc);
    CHECK(saved.idleLockMinutes == 5);
    CHECK(saved.lockoutThreshold == 5);
    CHECK(tc.company->session().idleLimitMinutes() == 5);

    ui::SettingsDialog again(*tc.company);
    CHECK(named<QSpinBox>(again, "settingsIdleLockMinutes")->value() == 5);
}

TEST_CASE("security tab: the spin boxes allow exactly core's ranges", "[settings][security]")
{
    // The spin boxes keep values out of range from being typed; core refuses
    // them too, and these are its limits.
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    auto *idle = named<QSpinBox>(dialog, "settingsIdleLockMinutes");
    auto *lockout = named<QSpinBox>(dialog, "settingsLockoutThreshold");
    SettingsService settings(*tc.company);
    CHECK_FALSE(settings.setIdleLockMinutes(idle->minimum() - 1).ok());
    CHECK_FALSE(settings.setIdleLockMinutes(idle->maximum() + 1).ok());
    CHECK(settings.setIdleLockMinutes(idle->maximum()).ok());
    CHECK_FALSE(settings.setLockoutThreshold(lockout->minimum() - 1).ok());
    CHECK_FALSE(settings.setLockoutThreshold(lockout->maximum() + 1).ok());
    CHECK(settings.setLockoutThreshold(lockout->minimum()).ok());
}

TEST_CASE("taxes tab: a tax rate added in the editor appears in the list", "[settings][taxes]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    openTab(dialog, "settingsTaxesTab");
    auto *table = named<QTableWidget>(dialog, "settingsTaxRatesTable");
    const int before = table->rowCount();
    CHECK(before >= 1);
    named<QPushButton>(dialog, "settingsTaxRateAdd")->click();
    auto *editor = named<ui::TaxRateEditor>(dialog, "taxRateEditor");
    QTest::keyClicks(named<QLineEdit>(*editor, "taxRateName"), QStringLiteral("Takeaway food"));
    QTest::keyClicks(named<QLineEdit>(*editor, "taxRatePercent"), QStringLiteral("7.5"));
    named<QPushButton>(*editor, "saveButton")->click();
    INFO("editor: " << editor->generalErrorText().toStdString()
                    << editor->errorText(QStringLiteral("name")).toStdString()
                    << editor->errorText(QStringLiteral("rate")).toStdString());

    REQUIRE(table->rowCount() == before + 1);
    bool listed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("Takeaway food")) {
            listed = true;
            CHECK(table->item(row, 1)->text().startsWith(QLatin1String("7.5")));
            CHECK(table->item(row, 0)->isSelected());
        }
    }
    CHECK(listed);
    auto rates = CatalogService(*tc.company).taxRates(true);
    REQUIRE_OK(rates);
    CHECK(std::any_of(rates->begin(), rates->end(), [](const TaxRate &rate) {
        return rate.name == QLatin1String("Takeaway food") && rate.rateBp == 750;
    }));
}

TEST_CASE("numbering tab: the series and their format, read only", "[settings][numbering]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    auto *table = named<QTableWidget>(dialog, "settingsNumberingTable");
    REQUIRE(table->rowCount() == 3);
    const QString year = QString::number(QDate::currentDate().year());
    CHECK(table->item(0, 1)->text() == QStringLiteral("S-%1-000001").arg(year));
    CHECK(table->item(1, 1)->text() == QStringLiteral("P-%1-000001").arg(year));
    CHECK(table->item(2, 1)->text() == QStringLiteral("C-%1-000001").arg(year));
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    // Nothing posted yet: each series' next number is its first.
    REQUIRE(table->columnCount() == 3);
    CHECK(table->item(0, 2)->text() == QStringLiteral("S-%1-000001").arg(year));
    CHECK(table->item(1, 2)->text() == QStringLiteral("P-%1-000001").arg(year));
    CHECK(table->item(2, 2)->text() == QStringLiteral("C-%1-000001").arg(year));
    CHECK(named<QLabel>(dialog, "settingsNumberingError")->isHidden());
}

TEST_CASE("backup tab: Back up now writes a verified backup file", "[settings][backup]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    openTab(dialog, "settingsBackupTab");
    dialog.show();
    auto *tab = named<ui::BackupTab>(dialog, "settingsBackupTab");
    const QString out = tc.dir.filePath(QStringLiteral("monday.backup"));
    QSignalSpy finished(tab, &ui::BackupTab::backupFinished);
    // The event loop runs on while the backup is written on a worker thread.
    int ticks = 0;
    bool busyShown = false;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (tab->isBusy())
            ++ticks;
        if (auto *busy = dialog.findChild<QProgressDialog *>(QStringLiteral("settingsBusyDialog")))
            busyShown = busyShown || (busy->isVisible() && busy->windowModality() == Qt::WindowModal);
    });
    ticker.start(1);
    named<QPushButton>(dialog, "settingsBackupNow")->click();
    answerFileDialog(dialog, "settingsBackupFileDialog", out);
    CHECK(tab->isBusy());
    // Closing is refused while it runs.
    dialog.close();
    CHECK(dialog.isVisible());
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toBool());
    CHECK(ticks > 0);
    CHECK(busyShown);
    CHECK_FALSE(tab->isBusy());

    const QByteArray bytes = readAll(out);
    CHECK(bytes.size() > 1000);
    CHECK(bytes.startsWith("STOCKBOOK-BACKUP\n"));
    auto *status = named<QLabel>(dialog, "settingsBackupStatus");
    CHECK(status->text().startsWith(QLatin1String("Backup written and checked:")));
    QCoreApplication::processEvents();
    CHECK(dialog.findChild<QWidget *>(QStringLiteral("settingsBusyDialog")) == nullptr);
    // Core wrote the audit entry.
    QSqlQuery audit(tc.company->database().connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'backup.create'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
    audit.finish();

    // An existing file is never overwritten: core's refusal is shown.
    finished.clear();
    tab->backUpTo(out);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(status->text().startsWith(QLatin1String("Not done:")));
    CHECK(status->text().contains(QLatin1String("already exists")));
    CHECK(readAll(out) == bytes);
}

TEST_CASE("backup tab: a backup is restored into a new company file on a worker thread", "[settings][backup]")
{
    test::TestCompany tc;
    REQUIRE_OK(SettingsService(*tc.company).setCompanyName(QStringLiteral("Before Backup")));
    ui::SettingsDialog dialog(*tc.company);
    auto *tab = qobject_cast<ui::BackupTab *>(openTab(dialog, "settingsBackupTab"));
    REQUIRE(tab);
    const QString backup = tc.dir.filePath(QStringLiteral("shop.backup"));
    QSignalSpy backedUp(tab, &ui::BackupTab::backupFinished);
    tab->backUpTo(backup);
    REQUIRE(backedUp.wait(60000));
    REQUIRE(backedUp.first().first().toBool());
    REQUIRE_OK(SettingsService(*tc.company).setCompanyName(QStringLiteral("After Backup")));

    named<QPushButton>(dialog, "settingsRestore")->click();
    auto *restore = named<ui::RestoreDialog>(dialog, "restoreDialog");
    CHECK(named<QLineEdit>(*restore, "restoreUsername")->text() == QLatin1String("anna"));

    SECTION("onto the open company: core refuses and says why")
    {
        restore->setBackupFile(backup);
        restore->setTargetFile(tc.path);
        QTest::keyClicks(named<QLineEdit>(*restore, "restorePassword"),
                         QStringLiteral("correct horse battery staple 1"));
        QSignalSpy finished(restore, &ui::RestoreDialog::restoreFinished);
        named<QPushButton>(*restore, "restoreStart")->click();
        REQUIRE(finished.wait(60000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK(restore->errorText(QStringLiteral("target")).contains(QLatin1String("is open in Stockbook")));
        CHECK(restore->isVisible());
        CHECK(settingsOf(tc).name == QLatin1String("After Backup"));
    }
    SECTION("into a new file, opened with the admin's password")
    {
        const QString target = tc.dir.filePath(QStringLiteral("restored.stockbook"));
        restore->setBackupFile(backup);
        restore->setTargetFile(target);
        QTest::keyClicks(named<QLineEdit>(*restore, "restorePassword"),
                         QStringLiteral("correct horse battery staple 1"));
        QSignalSpy finished(restore, &ui::RestoreDialog::restoreFinished);
        named<QPushButton>(*restore, "restoreStart")->click();
        CHECK(restore->isRunning());
        CHECK(named<QLineEdit>(*restore, "restorePassword")->text().isEmpty()); // read and cleared
        REQUIRE(finished.wait(60000));
        REQUIRE(finished.first().first().toBool());
        CHECK(tab->statusText().startsWith(QLatin1String("Restored ")));
        // Opening it is offered; here it is declined.
        auto *offer = named<QMessageBox>(dialog, "restoredMessage");
        CHECK(offer->isVisible());
        named<QPushButton>(*offer, "restoredStay")->click();

        auto opened = CompanyService::signIn(target, QStringLiteral("anna"), test::TestCompany::password());
        REQUIRE_OK(opened);
        auto restoredSettings = SettingsService(**opened).get();
        REQUIRE_OK(restoredSettings);
        CHECK(restoredSettings->name == QLatin1String("Before Backup"));
        CHECK(settingsOf(tc).name == QLatin1String("After Backup")); // the open company is untouched
    }
}

TEST_CASE("backup tab: key rotation asks for the password and shows the new recovery key",
          "[settings][backup]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    openTab(dialog, "settingsBackupTab");
    named<QPushButton>(dialog, "settingsRotateKey")->click();
    auto *rotate = named<ui::RotateKeyDialog>(dialog, "rotateKeyDialog");

    QSignalSpy finished(rotate, &ui::RotateKeyDialog::rotationFinished);
    QTest::keyClicks(named<QLineEdit>(*rotate, "rotateKeyPassword"),
                     QStringLiteral("not my password at all"));
    named<QPushButton>(*rotate, "rotateKeyConfirm")->click();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK_FALSE(rotate->errorText().isEmpty());
    CHECK(dialog.findChild<ui::RecoveryKeyDialog *>() == nullptr);
    const SecretBytes oldKey = SecretBytes::copyOf(tc.company->databaseKey().bytes());

    finished.clear();
    QTest::keyClicks(named<QLineEdit>(*rotate, "rotateKeyPassword"),
                     QStringLiteral("correct horse battery staple 1"));
    named<QPushButton>(*rotate, "rotateKeyConfirm")->click();
    CHECK(rotate->isRunning());
    CHECK(ui::IdleWatcher::isHeld()); // the idle lock waits for it
    rotate->reject();                 // it cannot be interrupted
    CHECK(rotate->isVisible());
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.first().first().toBool());
    CHECK_FALSE(ui::IdleWatcher::isHeld());
    auto *shown = named<ui::RecoveryKeyDialog>(dialog, "recoveryKeyDialog");
    CHECK(shown->isVisible());
    const QString key = named<QPlainTextEdit>(*shown, "recoveryKeyView")->toPlainText();
    auto decoded = security::RecoveryKey::decode(key);
    REQUIRE_OK(decoded);
    // The recovery key is its own secret; through the key file it gives the new company key.
    CHECK_FALSE(decoded->equals(tc.company->databaseKey()));
    SecretBytes viaRecovery;
    auto vault = security::KeyVault::load(security::KeyVault::pathFor(tc.path));
    REQUIRE_OK(vault);
    REQUIRE_OK(vault->openWithRecoverySecret(decoded.value(), viaRecovery));
    CHECK(viaRecovery.equals(tc.company->databaseKey()));
    CHECK_FALSE(viaRecovery.equals(oldKey));
    REQUIRE_OK(SettingsService(*tc.company).get()); // the company works on with the new key
    REQUIRE_OK(SettingsService(*tc.company).setCompanyName(QStringLiteral("After Rotation")));
    REQUIRE_OK(tc.company->database().checkIntegrity());
    CHECK(storage::Database::isLockedByThisProcess(tc.path)); // still the only writer
    // The old key opens the file no more, the new one does.
    REQUIRE_ERROR(storage::Database::open(tc.path, oldKey, storage::Database::Mode::ReadOnly),
                  ErrorCode::WrongKey);
    {
        auto reading = storage::Database::open(tc.path, viaRecovery, storage::Database::Mode::ReadOnly);
        REQUIRE_OK(reading);
    }

    // It stays until the admin says the key is stored.
    auto *close = named<QPushButton>(*shown, "recoveryKeyClose");
    CHECK_FALSE(close->isEnabled());
    shown->reject();
    CHECK(shown->isVisible());
    named<QCheckBox>(*shown, "recoveryStoredCheck")->click();
    CHECK(close->isEnabled());
    close->click();
    CHECK_FALSE(shown->isVisible());
}

TEST_CASE("restore dialog: a backup of another company replaces a company file only when that is ticked",
          "[settings][backup]")
{
    test::TestCompany tc;
    REQUIRE_OK(SettingsService(*tc.company).setCompanyName(QStringLiteral("Corner Shop")));
    const QString backup = tc.dir.filePath(QStringLiteral("shop.backup"));
    REQUIRE_OK(BackupService(*tc.company).backup(backup));
    // Another company, closed, whose administrator is also anna with the same password.
    const QString other = tc.dir.filePath(QStringLiteral("other.stockbook"));
    {
        auto created = CompanyService::create(other, QStringLiteral("Evil Ltd"), QStringLiteral("anna"),
                                              test::TestCompany::password());
        REQUIRE_OK(created);
    }
    const QByteArray before = readAll(other);

    ui::RestoreDialog restore(tc.path, QStringLiteral("anna"));
    restore.show();
    restore.setBackupFile(backup);
    restore.setTargetFile(other);
    auto *replaceOther = named<QCheckBox>(restore, "restoreReplaceOther");
    CHECK_FALSE(replaceOther->isChecked());
    auto run = [&] {
        QTest::keyClicks(named<QLineEdit>(restore, "restorePassword"),
                         QStringLiteral("correct horse battery staple 1"));
        QSignalSpy finished(&restore, &ui::RestoreDialog::restoreFinished);
        named<QPushButton>(restore, "restoreStart")->click();
        REQUIRE(finished.wait(60000));
        return finished.first().first().toBool();
    };
    CHECK_FALSE(run());
    CHECK(restore.errorText(QStringLiteral("other_company"))
          == QStringLiteral(
              "This backup is of “Corner Shop”, not of “Evil Ltd” (other.stockbook); other.stockbook "
              "was not changed. To replace it with this backup, tick “Replace it even with a backup "
              "of a different company”."));
    CHECK(readAll(other) == before);
    restore.grab().save(QDir::temp().filePath(QStringLiteral("restore-other-company.png")));

    replaceOther->click();
    CHECK(run());
    CHECK(readAll(other + QStringLiteral(".before-restore")) == before);
    auto opened = CompanyService::signIn(other, QStringLiteral("anna"), test::TestCompany::password());
    REQUIRE_OK(opened);
    CHECK(SettingsService(**opened).get()->name == QLatin1String("Corner Shop"));
}

TEST_CASE("backup tab: the restored company is opened from the main window", "[settings][backup]")
{
    test::TestCompany tc;
    REQUIRE_OK(SettingsService(*tc.company).setCompanyName(QStringLiteral("Before Backup")));
    ui::MainWindow window;
    ui::registerListPages(window);
    window.setCompany(std::move(tc.company));
    window.show();
    REQUIRE(window.showPage(QStringLiteral("settings")));
    auto *tab = named<ui::BackupTab>(window, "settingsBackupTab");
    const QString backup = tc.dir.filePath(QStringLiteral("shop.backup"));
    QSignalSpy backedUp(tab, &ui::BackupTab::backupFinished);
    tab->backUpTo(backup);
    REQUIRE(backedUp.wait(60000));
    REQUIRE(backedUp.first().first().toBool());
    REQUIRE_OK(SettingsService(*window.company()).setCompanyName(QStringLiteral("After Backup")));

    const QString target = tc.dir.filePath(QStringLiteral("restored.stockbook"));
    auto *restore = tab->openRestore();
    restore->setBackupFile(backup);
    restore->setTargetFile(target);
    QTest::keyClicks(named<QLineEdit>(*restore, "restorePassword"),
                     QStringLiteral("correct horse battery staple 1"));
    QSignalSpy restored(restore, &ui::RestoreDialog::restoreFinished);
    named<QPushButton>(*restore, "restoreStart")->click();
    REQUIRE(restored.wait(60000));
    REQUIRE(restored.first().first().toBool());

    auto *offer = named<QMessageBox>(window, "restoredMessage");
    named<QPushButton>(*offer, "restoredOpenNow")->click();
    auto *login = named<ui::LoginDialog>(window, "loginDialog");
    CHECK(login->companyPath() == target);
    CHECK(named<QLineEdit>(*login, "usernameEdit")->text() == QLatin1String("anna"));
    // Until the sign-in succeeds the open company stays.
    REQUIRE(window.company());
    CHECK(window.company()->path() == tc.path);

    SECTION("signing in switches to the restored company")
    {
        test::signIn(*login, QStringLiteral("correct horse battery staple 1"));
        REQUIRE(window.company());
        CHECK(window.company()->path() == QFileInfo(target).absoluteFilePath());
        auto settings = SettingsService(*window.company()).get();
        REQUIRE_OK(settings);
        CHECK(settings->name == QLatin1String("Before Backup"));
        CHECK_FALSE(storage::Database::isLockedByThisProcess(tc.path)); // the old one was closed
    }
    SECTION("cancel keeps the open company")
    {
        login->reject();
        REQUIRE(window.company());
        CHECK(window.company()->path() == tc.path);
        auto settings = SettingsService(*window.company()).get();
        REQUIRE_OK(settings);
        CHECK(settings->name == QLatin1String("After Backup"));
        CHECK(window.showPage(QStringLiteral("settings")));
    }
    window.close();
}

TEST_CASE("settings tabs: the keyboard order follows the screen", "[settings][accessibility]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    const auto order = [&dialog](QWidget *first, const QStringList &names) {
        QStringList seen;
        QWidget *widget = first;
        for (int steps = 0; steps < 200 && seen.size() < names.size(); ++steps) {
            if (names.contains(widget->objectName()) && !seen.contains(widget->objectName()))
                seen << widget->objectName();
            widget = widget->nextInFocusChain();
        }
        return seen;
    };
    const QStringList company{QStringLiteral("settingsCompanyName"),
                              QStringLiteral("settingsCompanyAddress"),
                              QStringLiteral("settingsCompanyTaxId"),
                              QStringLiteral("settingsCompanyCurrency"),
                              QStringLiteral("settingsCompanyLogoChoose"),
                              QStringLiteral("settingsCompanyLogoRemove"),
                              QStringLiteral("settingsCompanyPricesIncludeTax"),
                              QStringLiteral("settingsCompanyApply"),
                              QStringLiteral("settingsCompanyRevert")};
    CHECK(order(named<QWidget>(dialog, "settingsCompanyName"), company) == company);
    const QStringList users{
        QStringLiteral("settingsUsersTable"),   QStringLiteral("settingsChangeRoleButton"),
        QStringLiteral("settingsRoleCombo"),    QStringLiteral("settingsResetPasswordButton"),
        QStringLiteral("settingsActiveButton"), QStringLiteral("settingsUnlockButton"),
        QStringLiteral("settingsNewUsername"),  QStringLiteral("settingsNewFullName"),
        QStringLiteral("settingsNewEmail"),     QStringLiteral("settingsAddUserButton")};
    CHECK(order(named<QWidget>(dialog, "settingsUsersTable"), users) == users);
    const QStringList security{
        QStringLiteral("settingsIdleLockMinutes"), QStringLiteral("settingsLockoutThreshold"),
        QStringLiteral("settingsSecurityApply"), QStringLiteral("settingsSecurityRevert")};
    CHECK(order(named<QWidget>(dialog, "settingsIdleLockMinutes"), security) == security);
}

TEST_CASE("settings page: fits a 1024x700 window without squeezing", "[settings][layout]")
{
    test::TestCompany tc;
    ui::MainWindow window;
    ui::registerListPages(window);
    window.setCompany(std::move(tc.company));
    window.resize(1024, 700);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("settings")));
    auto *dialog = named<ui::SettingsDialog>(window, "settingsPage");
    QTabWidget *tabs = dialog->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QWidget *page = tabs->widget(i);
        INFO("tab " << page->objectName().toStdString() << " " << page->width() << "x" << page->height()
                    << ", needs " << page->minimumSizeHint().width() << "x"
                    << page->minimumSizeHint().height());
        CHECK(page->width() >= page->minimumSizeHint().width());
        CHECK(page->height() >= page->minimumSizeHint().height());
    }
    window.close();
}

TEST_CASE("settings in German: roles in German words, tax rates as German writes them", "[settings]")
{
    test::TestCompany tc;
    test::Language german(QStringLiteral("de"));
    test::DefaultLocale numbers(test::germanLocale());
    ui::SettingsDialog dialog(*tc.company);
    CHECK(cell(dialog, QStringLiteral("cleo"), 3) == QStringLiteral("Sachbearbeiter"));
    CHECK(cell(dialog, QStringLiteral("max"), 3) == QStringLiteral("Manager"));
    const auto shows = [](ui::SettingsDialog &d, const QString &text) {
        auto *rates = named<QTableWidget>(d, "settingsTaxRatesTable");
        for (int row = 0; row < rates->rowCount(); ++row) {
            for (int column = 0; column < rates->columnCount(); ++column) {
                if (rates->item(row, column) && rates->item(row, column)->text() == text)
                    return true;
            }
        }
        return false;
    };
    // The seeded Standard rate of 20 %; a rate of 7.5 % reads 7,5 %.
    CHECK(shows(dialog, QStringLiteral("20 %")));
    REQUIRE_OK(CatalogService(*tc.company).createTaxRate(QStringLiteral("Bücher"), 750, false));
    ui::SettingsDialog again(*tc.company);
    CHECK(shows(again, QStringLiteral("7,5 %")));
    CHECK_FALSE(shows(again, QStringLiteral("7.5 %")));
}

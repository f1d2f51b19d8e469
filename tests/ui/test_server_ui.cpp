// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The app on a company on a server: the dialog that asks for its address,
// the window named by the server's address, what only a company file offers
// switched off, and a save that meets a broken connection keeping every
// typed value until the user has signed in again.
#include "CompanyFixture.h"
#include "InvoiceTestData.h"
#include "UiDriver.h"
#include "Wait.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceListPage.h"
#include "invoices/InvoicePages.h"
#include "login/LoginDialog.h"
#include "login/ServerCompanyDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/InvoiceListModel.h"
#include "settings/BackupTab.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace stockbook;
using stockbook::test::key;
using stockbook::test::named;
using stockbook::test::ShopData;
using stockbook::test::showActive;
using stockbook::test::type;
using stockbook::test::typeInto;

namespace {

// Where the pictures of the new screens go, to be looked at.
QString picture(const QString &name)
{
    const QString folder = qEnvironmentVariable("STOCKBOOK_UI_PICTURES");
    return folder.isEmpty() ? QString() : folder + QLatin1Char('/') + name;
}

void save(QWidget &widget, const QString &name)
{
    if (const QString path = picture(name); !path.isEmpty())
        widget.grab().save(path);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the server dialog builds the address from its parts and shows the parser's error beside it")
{
    ui::ServerCompanyDialog dialog;
    showActive(dialog);
    auto *continueButton = named<QPushButton>(dialog, "serverContinueButton");
    auto *error = named<QLabel>(dialog, "serverUrlError");
    CHECK_FALSE(continueButton->isEnabled()); // nothing typed yet
    CHECK_FALSE(error->isVisible());

    typeInto(dialog, "serverHostEdit", QStringLiteral("db.example.com"));
    typeInto(dialog, "serverDatabaseEdit", QStringLiteral("shop"));
    typeInto(dialog, "serverUserEdit", QStringLiteral("anna"));
    CHECK(named<QLineEdit>(dialog, "serverUrlEdit")->text()
          == QLatin1String("postgresql://anna@db.example.com/shop"));
    CHECK(dialog.url() == QLatin1String("postgresql://anna@db.example.com/shop"));
    CHECK(continueButton->isEnabled());
    named<QSpinBox>(dialog, "serverPortSpin")->setValue(5433);
    typeInto(dialog, "serverCertificateEdit", QStringLiteral("/etc/shop/root.crt"));
    CHECK(dialog.url()
          == QLatin1String("postgresql://anna@db.example.com:5433/shop?sslrootcert=/etc/shop/root.crt"));
    save(dialog, QStringLiteral("server-dialog.png"));

    // Typed whole: the parts follow it.
    typeInto(dialog, "serverUrlEdit", QStringLiteral("postgresql://max@10.0.0.5:6000/corner"));
    CHECK(named<QLineEdit>(dialog, "serverHostEdit")->text() == QLatin1String("10.0.0.5"));
    CHECK(named<QSpinBox>(dialog, "serverPortSpin")->value() == 6000);
    CHECK(named<QLineEdit>(dialog, "serverDatabaseEdit")->text() == QLatin1String("corner"));
    CHECK(named<QLineEdit>(dialog, "serverUserEdit")->text() == QLatin1String("max"));

    // A password in the address is refused, and said so next to it.
    typeInto(dialog, "serverUrlEdit", QStringLiteral("postgresql://anna:secret@db.example.com/shop"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("password")));
    CHECK_FALSE(continueButton->isEnabled());
    CHECK(dialog.url().isEmpty());
    save(dialog, QStringLiteral("server-dialog-error.png"));

    typeInto(dialog, "serverUrlEdit", QStringLiteral("postgresql://db.example.com/"));
    CHECK(error->text().contains(QLatin1String("names no database")));
    CHECK_FALSE(continueButton->isEnabled());

    typeInto(dialog, "serverUrlEdit", QStringLiteral("/home/anna/shop.stockbook"));
    CHECK(error->text().contains(QLatin1String("not a server address")));
    CHECK_FALSE(continueButton->isEnabled());
}

TEST_CASE("on a company on a server the window is named by the server, file-only actions are off, and a "
          "lost connection keeps the typed sale until it is saved after signing in again")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    test::TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    data.customer(QStringLiteral("Alice Archer"));
    const qint64 tea = data.product(QStringLiteral("TEA"), 450, 200);
    data.stock(tea, ShopData::Main, 10'000);
    const int port = tc.cluster->port();
    CompanySession *company = tc.company.get();

    ui::MainWindow window;
    ui::registerInvoicePages(window);
    window.setCompany(std::move(tc.company));
    showActive(window, QSize(1024, 700));
    const QString where = QStringLiteral("postgresql://anna@localhost:%1/shop").arg(port);
    CHECK(window.windowTitle() == where + QStringLiteral(" — Stockbook"));
    CHECK_FALSE(window.windowTitle().contains(QLatin1String("sslrootcert")));
    save(window, QStringLiteral("server-mainwindow.png"));

    // What a company file has and a server company has not.
    {
        ui::BackupTab backup(*company);
        auto *rotate = named<QPushButton>(backup, "settingsRotateKey");
        CHECK_FALSE(rotate->isEnabled());
        CHECK(rotate->toolTip().contains(QLatin1String("company on a server")));
        CHECK_FALSE(named<QPushButton>(backup, "settingsBackupNow")->isEnabled());
        CHECK(named<QPushButton>(backup, "settingsRestore")
                  ->toolTip()
                  .startsWith(QLatin1String("Not yet in the window for a company on a server: use "
                                            "stockbook-cli backup --db URL")));
        backup.resize(700, 420);
        save(backup, QStringLiteral("server-backup-tab.png"));
    }

    REQUIRE(window.showPage(QStringLiteral("sales")));
    QCoreApplication::processEvents();
    auto *sales = named<QTabWidget>(window, "salesPage");
    auto *entry = qobject_cast<ui::InvoiceEntry *>(sales->widget(0));
    REQUIRE(entry);
    named<QLineEdit>(*entry, "partnerEdit")->setFocus();
    type(QStringLiteral("Archer"));
    key(Qt::Key_Tab);
    test::enterLine("skuEdit", QStringLiteral("TEA"), QStringLiteral("2"));
    REQUIRE(entry->linesModel()->rowCount() == 1);

    // The connection breaks: the superuser ends this workstation's backend.
    const qint64 pid = scalar(company->database().connection(), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(scalar(tc.sql(), QStringLiteral("SELECT pg_terminate_backend(%1)::int").arg(pid)) == 1);

    {
        test::DialogAnswer<ui::LoginDialog> later("reconnectDialog", [](ui::LoginDialog &) {}); // only seen
        key(Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(entry->draftId().has_value());
        auto *message = named<QLabel>(*entry, "formError");
        CHECK(message->isVisible());
        CHECK(message->text().contains(QLatin1String("connection to the server was lost")));
        CHECK(message->text().contains(QLatin1String("Sign in again in the window that opens")));
        // Everything typed is still there.
        REQUIRE(entry->linesModel()->rowCount() == 1);
        CHECK(entry->linesModel()->line(0).sku == QLatin1String("TEA"));
        CHECK(entry->linesModel()->line(0).quantity == QLatin1String("2"));
        CHECK(named<QLineEdit>(*entry, "partnerEdit")->text() == QLatin1String("Archer"));
        REQUIRE_EVENTUALLY(later.found());
        save(window, QStringLiteral("server-connection-lost.png"));
    }
    // Signing in again in the dialog that opened; the sale is saved then.
    auto *login = window.findChild<ui::LoginDialog *>(QStringLiteral("reconnectDialog"));
    REQUIRE(login);
    CHECK(named<QLineEdit>(*login, "usernameEdit")->text() == QLatin1String("anna"));
    test::signIn(*login, QStringLiteral("correct horse battery staple 1"));
    REQUIRE_EVENTUALLY(!window.findChild<ui::LoginDialog *>(QStringLiteral("reconnectDialog")));
    CHECK(company->isOpen());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    named<QLineEdit>(*entry, "skuEdit")->setFocus();
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(entry->draftId().has_value());
    CHECK(scalar(tc.sql(), QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'")) == 1);
    CHECK(scalar(tc.sql(), QStringLiteral("SELECT sum(quantity) FROM invoice_items")) == 2000);
}

TEST_CASE("the first-run wizard and the File menu open a company on a server: its address, then the sign-in")
{
    QTemporaryDir dir;
    ui::MainWindow window;
    window.show();
    window.startFirstRun(dir.filePath(QStringLiteral("shop.stockbook")));
    auto *wizard = named<ui::FirstRunWizard>(window, "firstRunWizard");
    REQUIRE(wizard->currentId() == ui::FirstRunWizard::StartPageId);
    named<QRadioButton>(*wizard, "serverCompanyOption")->setChecked(true);
    QCoreApplication::processEvents();
    auto *next = named<QAbstractButton>(*wizard, "wizardNextButton");
    save(*wizard, QStringLiteral("server-wizard.png"));

    const QString url = QStringLiteral("postgresql://max@db.example.com/corner");
    test::DialogAnswer<ui::ServerCompanyDialog> address(
        "serverCompanyDialog", [&](ui::ServerCompanyDialog &d) {
            typeInto(d, "serverUrlEdit", url);
            QTest::mouseClick(named<QPushButton>(d, "serverContinueButton"), Qt::LeftButton);
        });
    QTest::mouseClick(next, Qt::LeftButton); // nothing to create: the wizard ends
    REQUIRE_EVENTUALLY(!wizard->isVisible());
    REQUIRE_EVENTUALLY(address.answered());
    ui::LoginDialog *login = nullptr;
    REQUIRE_EVENTUALLY((login = window.findChild<ui::LoginDialog *>(QStringLiteral("loginDialog")))
                       != nullptr);
    CHECK(login->companyPath() == url);
    CHECK(login->windowTitle() == QLatin1String("Sign in to corner"));
    CHECK(named<QLabel>(*login, "loginFileLabel")->text()
          == QLatin1String("Company on a server: postgresql://max@db.example.com/corner"));
    CHECK(named<QLineEdit>(*login, "usernameEdit")->text() == QLatin1String("max"));
    CHECK(window.windowTitle() == QStringLiteral("postgresql://max@db.example.com/corner — Stockbook"));
    save(*login, QStringLiteral("server-login.png"));
    login->reject();

    // The same from the File menu.
    auto *action = window.findChild<QAction *>(QStringLiteral("openServerAction"));
    REQUIRE(action);
    test::DialogAnswer<ui::ServerCompanyDialog> again("serverCompanyDialog", [&](ui::ServerCompanyDialog &d) {
        // The address last used is offered again.
        CHECK(named<QLineEdit>(d, "serverUrlEdit")->text() == url);
        d.reject();
    });
    action->trigger();
    REQUIRE_EVENTUALLY(again.answered());
}

TEST_CASE("two stockbook-cli processes and the window post on one server company at once, and the window's "
          "sales list shows every sale")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    test::TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    data.customer(QStringLiteral("Alice Archer"), QStringLiteral("alice@example.com"));
    const qint64 tea = data.product(QStringLiteral("TEA"), 450, 200);
    data.stock(tea, ShopData::Main, 100'000); // 100 pieces
    const QString url = tc.path;

    ui::MainWindow window;
    ui::registerInvoicePages(window);
    window.setCompany(std::move(tc.company));
    showActive(window, QSize(1024, 700));
    REQUIRE(window.showPage(QStringLiteral("sales")));
    QCoreApplication::processEvents();
    auto *sales = named<QTabWidget>(window, "salesPage");
    auto *entry = qobject_cast<ui::InvoiceEntry *>(sales->widget(0));
    REQUIRE(entry);
    auto *list = window.findChild<ui::InvoiceListPage *>(QStringLiteral("salesList"));
    REQUIRE(list);

    // Two workstations' scripts: each a process that posts ten sales of
    // one piece, one stockbook-cli run a sale, with anna's password on stdin.
    constexpr int PerProcess = 10;
    const QString script =
        QStringLiteral(
            "for i in $(seq %1); do printf '%s\\n' \"$STOCKBOOK_PW\" | \"$0\" invoice create --type sale "
            "--partner alice@example.com --warehouse MAIN --line TEA:1 --post --db \"$1\" --user anna "
            "--password-stdin >/dev/null || exit 1; done")
            .arg(PerProcess);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STOCKBOOK_PW"), QStringLiteral("correct horse battery staple 1"));
    std::array<QProcess, 2> tills;
    for (QProcess &till : tills) {
        till.setProcessEnvironment(environment);
        till.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), script, QStringLiteral(STOCKBOOK_CLI), url});
        REQUIRE(till.waitForStarted());
    }

    // Meanwhile the window: a sale of two pieces typed and posted.
    named<QLineEdit>(*entry, "partnerEdit")->setFocus();
    type(QStringLiteral("Archer"));
    key(Qt::Key_Tab);
    test::enterLine("skuEdit", QStringLiteral("TEA"), QStringLiteral("2"));
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(entry->postedInvoice().number.startsWith(QStringLiteral("S-")));

    for (QProcess &till : tills) {
        REQUIRE(till.waitForFinished(120'000));
        INFO(till.readAllStandardError().toStdString());
        CHECK(till.exitCode() == 0);
    }
    // The list shows all 21 without a hand's refresh: the server's NOTIFY.
    sales->setCurrentWidget(list);
    REQUIRE_EVENTUALLY(list->model()->rowCount() == 2 * PerProcess + 1);
    save(window, QStringLiteral("server-three-tills.png"));

    // Checked in SQL: numbers 1..21 once each, 22 pieces gone, level = ledger.
    QSqlDatabase db = tc.sql();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM invoices WHERE status <> 'draft'")) == 21);
    CHECK(
        scalar(db,
               QStringLiteral("SELECT count(DISTINCT invoice_number) FROM invoices WHERE status <> 'draft'"))
        == 21);
    CHECK(scalar(db, QStringLiteral("SELECT max(CAST(substr(invoice_number, 8) AS INTEGER)) FROM invoices"))
          == 21);
    CHECK(scalar(db, QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = %1").arg(tea))
          == 100'000 - 22'000);
    CHECK(scalar(db,
                 QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE product_id = %1 AND "
                                "type = 'sale'")
                     .arg(tea))
          == 22'000);
}

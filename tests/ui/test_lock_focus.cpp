// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "UiDriver.h"
#include "Wait.h"

#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoicePages.h"
#include "lock/IdleWatcher.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/lock/PendingWorkService.h"
#include "services/partners/PartnerService.h"
#include "stock/StockLinesModel.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace stockbook;
using stockbook::test::focused;
using stockbook::test::key;
using stockbook::test::named;
using stockbook::test::type;
using stockbook::ui::InvoiceEntry;
using stockbook::ui::MainWindow;

namespace {

const char *const AnnaPassword = "correct horse battery staple 1";
const char *const MaxPassword = "violet tractor umbrella 77 canyon";

// A clock the test moves by hand.
struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Clock clock()
    {
        return [this] { return now; };
    }
};

// Two products (sale prices include 20 % tax) and a customer, made by the
// manager, whose password becomes MaxPassword; the company is left acting as
// the admin anna.
struct Shop {
    test::TestCompany tc;
    qint64 customer = 0;

    explicit Shop(const Clock &clock = systemClock())
    {
        QStandardPaths::setTestModeEnabled(true);
        auto temporary = UsersService(*tc.company).resetPassword(QStringLiteral("max"));
        REQUIRE_OK(temporary);
        tc.actAs(QStringLiteral("manager"));
        REQUIRE_OK(
            UsersService(*tc.company).changeOwnPassword(temporary.value(), test::password(MaxPassword)));
        CatalogService catalog(*tc.company);
        for (const auto &[sku, name, price] :
             {std::tuple{"APPLE-1", "Apples", 199}, {"BREAD", "Bread", 249}}) {
            ProductInput in;
            in.sku = QString::fromLatin1(sku);
            in.name = QString::fromLatin1(name);
            in.price = price;
            REQUIRE_OK(catalog.createProduct(in));
        }
        PartnerInput alice;
        alice.name = QStringLiteral("Alice Archer");
        alice.email = QStringLiteral("alice@example.org");
        auto c = PartnerService(*tc.company).create(PartnerKind::Customer, alice);
        REQUIRE_OK(c);
        customer = c.value();
        tc.actAs(QStringLiteral("admin"), clock);
    }
};

// When STOCKBOOK_LOCK_PNG names a folder, the window is saved there to be looked at.
void savePng(QWidget &window, const char *name)
{
    const QString folder = qEnvironmentVariable("STOCKBOOK_LOCK_PNG");
    if (!folder.isEmpty())
        CHECK(window.grab().save(QDir(folder).filePath(QString::fromLatin1(name))));
}

// The signed-in user types a sale on the Sales page and leaves it unsaved:
// Alice, 3 apples, 2 loaves.
InvoiceEntry &typeUnsavedSale(MainWindow &window)
{
    REQUIRE(window.showPage(QStringLiteral("sales")));
    auto &entry = *named<InvoiceEntry>(window, "saleEntry");
    REQUIRE(focused()->objectName() == QLatin1String("partnerEdit"));
    type(QStringLiteral("alice@example"));
    key(Qt::Key_Tab);
    test::enterLine("skuEdit", QStringLiteral("APPLE-1"), QStringLiteral("3"));
    test::enterLine("skuEdit", QStringLiteral("BREAD"), QStringLiteral("2"));
    REQUIRE(entry.linesModel()->rowCount() == 2);
    REQUIRE_FALSE(entry.draftId());
    return entry;
}

QStringList auditRows(CompanySession &company, const QString &action)
{
    QSqlQuery q(company.database().connection());
    q.prepare(QStringLiteral("SELECT username, entity_id FROM audit_logs WHERE action = ? ORDER BY seq"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    return rows;
}

struct Window {
    FakeClock fake;
    Shop shop{fake.clock()};
    MainWindow window;

    Window()
    {
        shop.tc.company->session().setIdleLimitMinutes(1);
        ui::registerInvoicePages(window);
        window.setClock(fake.clock());
        test::showActive(window, QSize(1024, 700));
        window.setCompany(std::move(shop.tc.company));
        window.idleWatcher()->setCheckInterval(10);
        window.idleWatcher()->setWarningLead(20);
    }
};

} // namespace

TEST_CASE("The idle lock warns first, any key cancels the warning, and an unsaved sale survives the lock")
{
    Window w;
    MainWindow &window = w.window;
    InvoiceEntry *entry = &typeUnsavedSale(window);

    // A limit of 60 s and a lead of 20 s: 39 s idle is quiet, 45 s warns.
    w.fake.now = w.fake.now.addSecs(39);
    QSignalSpy checks(window.idleWatcher(), &ui::IdleWatcher::checkDue);
    REQUIRE_EVENTUALLY(checks.count() >= 2);
    CHECK_FALSE(window.isIdleWarningShown());
    w.fake.now = w.fake.now.addSecs(6);
    REQUIRE_EVENTUALLY(window.isIdleWarningShown());
    CHECK(named<QLabel>(window, "idleWarningLabel")->text()
          == QStringLiteral("Stockbook locks in 15 second(s) without activity. Unsaved invoices are kept as "
                            "your drafts."));
    CHECK(named<QPushButton>(window, "staySignedInButton")->isVisible());
    savePng(window, "lock-warning.png");

    // A key (Shift: it types nothing) is activity: the warning goes, the
    // session starts again from now.
    QTest::keyClick(focused(), Qt::Key_Shift);
    CHECK_FALSE(window.isIdleWarningShown());
    w.fake.now = w.fake.now.addSecs(39);
    checks.clear();
    REQUIRE_EVENTUALLY(checks.count() >= 2);
    CHECK_FALSE(window.isIdleWarningShown());
    CHECK_FALSE(window.isLocked());

    // The Stay signed in button does the same.
    w.fake.now = w.fake.now.addSecs(2);
    REQUIRE_EVENTUALLY(window.isIdleWarningShown());
    named<QPushButton>(window, "staySignedInButton")->click();
    CHECK_FALSE(window.isIdleWarningShown());
    CHECK(window.company()->session().lastActivity() == w.fake.now);

    // A minute without anything: locked, the sale kept as anna's draft 1.
    w.fake.now = w.fake.now.addSecs(61);
    REQUIRE_EVENTUALLY(window.isLocked());
    CHECK_FALSE(window.isIdleWarningShown());
    auto *lock = named<QWidget>(window, "lockWidget");
    CHECK(named<QLabel>(*lock, "lockUserLabel")->text()
          == QStringLiteral("Locked after a time without activity. anna, enter your password to go on."));
    CHECK(named<QLabel>(*lock, "lockKeptLabel")->text()
          == QStringLiteral("Your unsaved sale was kept as draft 1 and reopens when you unlock."));
    CHECK(named<QPushButton>(*lock, "unlockButton")->text() == QStringLiteral("U&nlock"));
    savePng(window, "lock-screen.png");

    // anna unlocks with the keyboard: back on the Sales page, the sale open.
    REQUIRE(focused()->objectName() == QLatin1String("lockPasswordEdit"));
    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    CHECK(window.currentPageId() == QStringLiteral("sales"));
    entry = named<InvoiceEntry>(window, "saleEntry");
    CHECK(named<QTabWidget>(window, "salesPage")->currentWidget() == entry);
    CHECK(entry->isVisible());
    REQUIRE(entry->draftId() == std::optional<qint64>(1));
    REQUIRE(entry->linesModel()->rowCount() == 2);
    CHECK(entry->linesModel()->line(0).sku == QStringLiteral("APPLE-1"));
    CHECK(entry->linesModel()->line(1).sku == QStringLiteral("BREAD"));
    CHECK(named<QLineEdit>(*entry, "partnerEdit")->text() == QStringLiteral("Alice Archer"));
    CHECK(focused()->objectName() == QLatin1String("partnerEdit"));

    CompanySession &company = *window.company();
    auto draft = InvoiceService(company).get(1);
    REQUIRE_OK(draft);
    CHECK(draft->status == InvoiceStatus::Draft);
    CHECK(draft->createdBy == company.session().userId());
    CHECK(draft->partnerId == w.shop.customer);
    REQUIRE(draft->lines.size() == 2);
    CHECK(draft->lines.at(0).quantity == 3'000);
    CHECK(draft->lines.at(1).quantity == 2'000);
    CHECK(draft->totalAmount == 1095); // 3 x 1.99 + 2 x 2.49 = 5.97 + 4.98
    CHECK(auditRows(company, QStringLiteral("invoice.draft_kept_on_lock"))
          == QStringList{QStringLiteral("anna/1")});

    // Locked again by hand with nothing changed: the same draft is kept
    // again (not a second one), and the screen says who locked it.
    named<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.isLocked());
    CHECK(named<QLabel>(*lock, "lockUserLabel")->text()
          == QStringLiteral("anna locked the window. anna, enter your password to go on."));
    CHECK(named<QLabel>(*lock, "lockKeptLabel")->text()
          == QStringLiteral("Your unsaved sale was kept as draft 1 and reopens when you unlock."));
}

TEST_CASE("A sale kept at the lock reopens with its version: saved on another workstation since, it is not "
          "overwritten")
{
    Window w;
    MainWindow &window = w.window;
    typeUnsavedSale(window);
    named<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.isLocked());

    REQUIRE_EVENTUALLY(focused() && focused()->objectName() == QLatin1String("lockPasswordEdit"));
    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    auto *entry = named<InvoiceEntry>(window, "saleEntry");
    REQUIRE(entry->draftId() == std::optional<qint64>(1));
    REQUIRE(entry->linesModel()->rowCount() == 2);
    // Before the clerk saves, draft 1 is saved at the second till (as its
    // save leaves the row: new notes, a later updated_at).
    CompanySession &company = *window.company();
    test::exec(
        company.database().connection(),
        QStringLiteral("UPDATE invoices SET notes = 'second till', updated_at = '2099-01-01T00:00:00.000Z' "
                       "WHERE id = 1"));
    // The copy reopened from the lock carries the version kept then: saving it is refused.
    key(Qt::Key_S, Qt::ControlModifier);
    CHECK(named<QLabel>(*entry, "formError")->text().contains(QStringLiteral("another workstation")));
    auto draft = InvoiceService(company).get(1);
    REQUIRE_OK(draft);
    CHECK(draft->notes == QStringLiteral("second till"));
}

TEST_CASE("Another user unlocking finds the kept sale in the draft list, not on screen")
{
    Window w;
    MainWindow &window = w.window;
    typeUnsavedSale(window);
    w.fake.now = w.fake.now.addSecs(61);
    REQUIRE_EVENTUALLY(window.isLocked());
    auto *lock = named<QWidget>(window, "lockWidget");

    // Switch user: the button says Sign in, not Unlock.
    auto *unlock = named<QPushButton>(*lock, "unlockButton");
    named<QPushButton>(*lock, "switchUserButton")->click();
    CHECK(unlock->text() == QStringLiteral("S&ign in"));
    CHECK(named<QLabel>(*lock, "lockUserLabel")->text()
          == QStringLiteral("Another user signs in with their own password."));
    REQUIRE(focused()->objectName() == QLatin1String("lockUsernameEdit"));
    type(QStringLiteral("max"));
    key(Qt::Key_Tab);
    type(QString::fromLatin1(MaxPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(window.company()->session().username() == QStringLiteral("max"));
    CHECK(window.currentPageId() != QStringLiteral("sales")); // max's first page

    REQUIRE(window.showPage(QStringLiteral("sales")));
    auto *entry = named<InvoiceEntry>(window, "saleEntry");
    CHECK(entry->linesModel()->rowCount() == 0);
    CHECK_FALSE(entry->draftId());
    CHECK(named<QLineEdit>(*entry, "partnerEdit")->text().isEmpty());
    auto *drafts = named<QComboBox>(*entry, "draftsCombo");
    CHECK(drafts->findData(qint64(1)) > 0);
    CHECK(auditRows(*window.company(), QStringLiteral("invoice.draft_kept_on_lock"))
          == QStringList{QStringLiteral("anna/1")});

    // max locks by hand with nothing unsaved: nothing to say about kept work.
    named<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.isLocked());
    CHECK(named<QLabel>(*lock, "lockKeptLabel")->isHidden());
    CHECK(unlock->text() == QStringLiteral("U&nlock"));
}

TEST_CASE("keepDraftOnLock works once the session has gone idle, for the author's own drafts only", "[core]")
{
    FakeClock fake;
    Shop shop(fake.clock());
    CompanySession &company = *shop.tc.company;
    company.session().setIdleLimitMinutes(1);
    InvoiceDraft draft;
    draft.partnerId = shop.customer;
    draft.warehouseId = 1;
    InvoiceLineInput line;
    line.productId = 1;
    line.quantity = 4'000;
    draft.lines = {line};
    auto mine = InvoiceService(company).createDraft(draft);
    REQUIRE_OK(mine);

    fake.now = fake.now.addSecs(61);
    REQUIRE(company.session().isIdleExpired());
    // Anything else is refused now...
    auto refused = InvoiceService(company).updateDraft(mine->id, draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::SessionExpired);
    // ...but the lock keeps the work, and the session stays expired.
    draft.lines[0].quantity = 5'000;
    auto kept = InvoiceService(company).keepDraftOnLock(mine->id, draft);
    REQUIRE_OK(kept);
    CHECK(kept->id == mine->id);
    CHECK(kept->lines.at(0).quantity == 5'000);
    CHECK(kept->totalAmount == 995); // 5 x 1.99
    CHECK(company.session().isIdleExpired());

    // An incomplete invoice is refused like any draft, and nothing is kept.
    InvoiceDraft noCustomer = draft;
    noCustomer.partnerId = 0;
    auto incomplete = InvoiceService(company).keepDraftOnLock(std::nullopt, noCustomer);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().field == QStringLiteral("partner"));

    // Another user's draft is not theirs to keep.
    shop.tc.actAs(QStringLiteral("manager"));
    auto other = InvoiceService(company).keepDraftOnLock(mine->id, draft);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::PermissionDenied);
    CHECK(auditRows(company, QStringLiteral("invoice.draft_kept_on_lock"))
          == QStringList{QStringLiteral("anna/1")});
}

TEST_CASE("A sale from sign-in to Post with the keyboard only")
{
    Shop shop;
    const QString path = shop.tc.path;
    {
        // Ten apples in stock, bought by the admin.
        InvoiceDraft purchase;
        purchase.type = InvoiceType::Purchase;
        PartnerInput acme;
        acme.name = QStringLiteral("Acme Wholesale");
        auto supplier = PartnerService(*shop.tc.company).create(PartnerKind::Supplier, acme);
        REQUIRE_OK(supplier);
        purchase.partnerId = supplier.value();
        purchase.warehouseId = 1;
        InvoiceLineInput l;
        l.productId = 1;
        l.quantity = 10'000;
        l.unitPrice = 100;
        purchase.lines = {l};
        REQUIRE_OK(InvoiceService(*shop.tc.company).createAndPost(purchase));
    }
    shop.tc.company.reset(); // the login dialog opens the file

    MainWindow window;
    ui::registerInvoicePages(window);
    test::showActive(window, QSize(1024, 700));
    window.openCompany(path);
    auto *login = named<ui::LoginDialog>(window, "loginDialog");
    REQUIRE(QTest::qWaitForWindowActive(login));
    REQUIRE(focused() == named<QLineEdit>(*login, "usernameEdit"));
    type(QStringLiteral("anna"));
    key(Qt::Key_Tab);
    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE(window.company() != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The admin's first page (the dashboard) has the focus, not the page list.
    CHECK(window.currentPageId() == QStringLiteral("dashboard"));
    CHECK(focused() != named<QListWidget>(window, "navigationList"));
    CHECK(focused() != named<QLineEdit>(window, "navigationFilter"));

    // Ctrl+N from there: the new sale, at the customer.
    key(Qt::Key_N, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("sales"));
    REQUIRE(focused()->objectName() == QLatin1String("partnerEdit"));
    type(QStringLiteral("alice@example"));
    key(Qt::Key_Tab);
    test::enterLine("skuEdit", QStringLiteral("APPLE-1"), QStringLiteral("4"));
    key(Qt::Key_Return, Qt::ControlModifier);

    auto &entry = *named<InvoiceEntry>(window, "saleEntry");
    const QString number = QStringLiteral("S-%1-000001").arg(QDate::currentDate().year());
    REQUIRE(entry.postedInvoice().number == number);
    auto posted = InvoiceService(*window.company()).byNumber(number);
    REQUIRE_OK(posted);
    CHECK(posted->partnerId == shop.customer);
    REQUIRE(posted->lines.size() == 1);
    CHECK(posted->lines.at(0).quantity == 4'000);
    CHECK(posted->totalAmount == 796); // 4 x 1.99
}

TEST_CASE("Find page opens the found page with Enter, and the page list's type-ahead takes no keys")
{
    Window w;
    MainWindow &window = w.window;
    REQUIRE(window.showPage(QStringLiteral("sales")));
    REQUIRE(focused()->objectName() == QLatin1String("partnerEdit"));

    // Ctrl+F from inside the invoice form, then part of a title and Enter.
    key(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(focused() == named<QLineEdit>(window, "navigationFilter"));
    type(QStringLiteral("purch"));
    key(Qt::Key_Return);
    CHECK(window.currentPageId() == QStringLiteral("purchases"));
    CHECK(focused()->objectName() == QLatin1String("partnerEdit"));
    CHECK(focused()->parentWidget() == named<InvoiceEntry>(window, "purchaseEntry"));
    CHECK(named<QLineEdit>(window, "navigationFilter")->text().isEmpty());

    // Letters typed in the page list do not jump to another page.
    auto *list = named<QListWidget>(window, "navigationList");
    list->setFocus();
    type(QStringLiteral("s"));
    CHECK(window.currentPageId() == QStringLiteral("purchases"));

    // Ctrl+N from the page list: the purchases page's new purchase.
    key(Qt::Key_N, Qt::ControlModifier);
    CHECK(window.currentPageId() == QStringLiteral("purchases"));
    CHECK(focused()->objectName() == QLatin1String("partnerEdit"));
}

TEST_CASE("An unsaved transfer is kept at the lock and reopens for its author")
{
    Window w;
    MainWindow &window = w.window;
    named<QAction>(window, "stockTransferAction")->trigger();
    auto *dialog = named<ui::TransferDialog>(window, "transferDialog");
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(focused()->objectName() == QLatin1String("transferProductEdit"));
    type(QStringLiteral("BREAD"));
    key(Qt::Key_Return);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("7")); // still in the quantity's editor when the lock comes
    w.fake.now = w.fake.now.addSecs(61);
    REQUIRE_EVENTUALLY(window.isLocked());
    auto *lock = named<QWidget>(window, "lockWidget");
    CHECK(named<QLabel>(*lock, "lockKeptLabel")->text()
          == QStringLiteral("Your unsaved transfer was kept and reopens when you unlock."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChild<ui::TransferDialog *>() == nullptr);

    REQUIRE(focused()->objectName() == QLatin1String("lockPasswordEdit"));
    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    dialog = named<ui::TransferDialog>(window, "transferDialog");
    CHECK(dialog->isVisible());
    REQUIRE(dialog->linesModel()->rowCount() == 1);
    CHECK(dialog->linesModel()->line(0).sku == QStringLiteral("BREAD"));
    CHECK(dialog->linesModel()->line(0).quantity == QStringLiteral("7"));
    CompanySession &company = *window.company();
    const QString key = QStringLiteral("pending_work.transfer.%1").arg(company.session().userId());
    CHECK(auditRows(company, QStringLiteral("stock.transfer_kept_on_lock"))
          == QStringList{QStringLiteral("anna/") + key});
    CHECK(auditRows(company, QStringLiteral("stock.transfer_resumed"))
          == QStringList{QStringLiteral("anna/") + key});
    // Taken back: nothing left for the next unlock.
    auto again = PendingWorkService(company).take(PendingWorkKind::Transfer);
    REQUIRE_OK(again);
    CHECK_FALSE(again.value().has_value());
}

TEST_CASE("An unsaved stocktake is kept at the lock and reopens for its author, counts and reason")
{
    Window w;
    MainWindow &window = w.window;
    named<QAction>(window, "stocktakeAction")->trigger();
    auto *dialog = named<ui::StocktakeDialog>(window, "stocktakeDialog");
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeInto(*dialog, "stocktakeReasonEdit", QStringLiteral("annual count"));
    named<QLineEdit>(*dialog, "stocktakeProductEdit")->setFocus();
    type(QStringLiteral("APPLE-1"));
    key(Qt::Key_Return);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("4"));
    key(Qt::Key_Return);
    w.fake.now = w.fake.now.addSecs(61);
    REQUIRE_EVENTUALLY(window.isLocked());
    CHECK(named<QLabel>(window, "lockKeptLabel")->text()
          == QStringLiteral("Your unsaved stocktake was kept and reopens when you unlock."));

    REQUIRE(focused()->objectName() == QLatin1String("lockPasswordEdit"));
    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    dialog = named<ui::StocktakeDialog>(window, "stocktakeDialog");
    CHECK(dialog->isVisible());
    REQUIRE(dialog->linesModel()->rowCount() == 1);
    CHECK(dialog->linesModel()->line(0).sku == QStringLiteral("APPLE-1"));
    CHECK(dialog->linesModel()->line(0).quantity == QStringLiteral("4"));
    CHECK(named<QLineEdit>(*dialog, "stocktakeReasonEdit")->text() == QStringLiteral("annual count"));
}

TEST_CASE("A sale without a customer yet is kept as typed and reopens for its author")
{
    Window w;
    MainWindow &window = w.window;
    REQUIRE(window.showPage(QStringLiteral("sales")));
    key(Qt::Key_Tab); // no customer: the clerk scans first
    test::enterLine("skuEdit", QStringLiteral("BREAD"), QStringLiteral("2"));
    test::enterLine("skuEdit", QStringLiteral("APPLE-1"), QStringLiteral("5"));
    w.fake.now = w.fake.now.addSecs(61);
    REQUIRE_EVENTUALLY(window.isLocked());
    CHECK(named<QLabel>(window, "lockKeptLabel")->text()
          == QStringLiteral(
              "Your unsaved sale cannot be a draft yet (Choose the customer of the invoice.) and was "
              "kept as typed; it reopens when you unlock."));
    savePng(window, "lock-screen-kept-as-typed.png");

    type(QString::fromLatin1(AnnaPassword));
    key(Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    CHECK(window.currentPageId() == QStringLiteral("sales"));
    auto *entry = named<InvoiceEntry>(window, "saleEntry");
    CHECK_FALSE(entry->draftId());
    REQUIRE(entry->linesModel()->rowCount() == 2);
    CHECK(entry->linesModel()->line(0).sku == QStringLiteral("BREAD"));
    CHECK(entry->linesModel()->line(1).sku == QStringLiteral("APPLE-1"));
    CHECK(entry->linesModel()->line(0).quantity.startsWith(QLatin1Char('2')));
    CHECK(entry->linesModel()->line(1).quantity.startsWith(QLatin1Char('5')));
    CHECK(focused()->objectName() == QLatin1String("partnerEdit"));
    CompanySession &company = *window.company();
    const QString key = QStringLiteral("anna/pending_work.sale.%1").arg(company.session().userId());
    CHECK(auditRows(company, QStringLiteral("invoice.sale_kept_on_lock")) == QStringList{key});
    CHECK(auditRows(company, QStringLiteral("invoice.sale_resumed")) == QStringList{key});
    CHECK(auditRows(company, QStringLiteral("invoice.draft_kept_on_lock")).isEmpty());
}

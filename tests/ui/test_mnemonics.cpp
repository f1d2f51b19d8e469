// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "UiDriver.h"

#include "about/AboutDialog.h"
#include "editors/CategoryEditor.h"
#include "editors/PartnerEditor.h"
#include "editors/ProductEditor.h"
#include "editors/TaxRateEditor.h"
#include "editors/WarehouseEditor.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoicePages.h"
#include "invoices/RefundDialog.h"
#include "invoices/ReversePaymentDialog.h"
#include "lists/ListPages.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "security/keys/Kdf.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/stock/StockService.h"
#include "settings/KeyDialogs.h"
#include "settings/RestoreDialog.h"
#include "settings/SettingsDialog.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdlib>
#include <functional>
#include <vector>

using namespace stockbook;

namespace {

// The mnemonic letter of a text: the character after a single '&' ("&&" is a
// literal ampersand), lower case; null when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// One text with a mnemonic, and the pages of stacked widgets (tab pages, main
// window pages) it lives on: two texts on different pages of the same stack
// are never shown together, so they may share a letter.
struct Entry {
    QString text;
    QString what; // class and object name, for the failure message
    QChar letter;
    bool field = false;                                             // a label with a buddy
    bool destructive = false;                                       // a button whose action cannot be undone
    std::vector<std::pair<const QWidget *, const QWidget *>> pages; // stack, page
};

bool together(const Entry &a, const Entry &b)
{
    for (const auto &[stack, page] : a.pages)
        for (const auto &[otherStack, otherPage] : b.pages)
            if (stack == otherStack && page != otherPage)
                return false;
    return true;
}

std::vector<std::pair<const QWidget *, const QWidget *>> pagesOf(const QWidget *widget, const QWidget *window)
{
    std::vector<std::pair<const QWidget *, const QWidget *>> pages;
    const QWidget *child = widget;
    for (const QWidget *p = widget->parentWidget(); p && child != window; child = p, p = p->parentWidget())
        if (qobject_cast<const QStackedWidget *>(p))
            pages.emplace_back(p, child);
    return pages;
}

QString describe(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') + object->objectName();
}

void add(std::vector<Entry> &entries, const QString &text, const QObject *object, const QWidget *widget,
         const QWidget *window, bool field = false)
{
    const QChar letter = mnemonic(text);
    if (letter.isNull())
        return;
    Entry e{text, describe(object), letter, field, false, pagesOf(widget, window)};
    const QString name = object->objectName().toLower();
    // Removing, deleting, voiding, resetting a password and (de)activating a
    // user (settingsActiveButton) cannot be taken back by Undo.
    e.destructive = qobject_cast<const QAbstractButton *>(object)
        && (name.contains(QLatin1String("remove")) || name.contains(QLatin1String("delete"))
            || name.contains(QLatin1String("void")) || name.contains(QLatin1String("resetpassword"))
            || name.contains(QLatin1String("activebutton")));
    entries.push_back(std::move(e));
}

// Every mnemonic of one window: buttons, labels with a buddy, group box
// titles, tab texts and the menu bar's menus. Widgets of other windows
// (dialogs parented to this one, popup menus) are left out.
// With `visibleOnly`, only widgets shown with the window count: a wizard
// hides the pages it is not on (without a stacked widget).
std::vector<Entry> windowEntries(const QWidget *window, bool visibleOnly = false)
{
    std::vector<Entry> entries;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || (visibleOnly && !w->isVisibleTo(window)))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(entries, button->text(), button, w, window);
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            add(entries, label->text(), label, w, window, true);
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            add(entries, box->title(), box, w, window);
        else if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                add(entries, bar->tabText(i), bar, w, window);
        } else if (const auto *menuBar = qobject_cast<const QMenuBar *>(w)) {
            for (const QAction *action : menuBar->actions())
                add(entries, action->text(),
                    action->menu() ? static_cast<const QObject *>(action->menu())
                                   : static_cast<const QObject *>(action),
                    w, window);
        }
    }
    return entries;
}

// Each menu is its own scope: its items' letters only work while it is open.
std::vector<Entry> menuEntries(const QMenu *menu)
{
    std::vector<Entry> entries;
    for (const QAction *action : menu->actions())
        add(entries, action->text(), action, menu, menu);
    return entries;
}

// The problems of one scope, one line each, empty when there are none.
QStringList clashes(const std::vector<Entry> &entries)
{
    QStringList found;
    for (size_t i = 0; i < entries.size(); ++i) {
        for (size_t j = i + 1; j < entries.size(); ++j) {
            const Entry &a = entries[i];
            const Entry &b = entries[j];
            if (a.letter == b.letter && together(a, b))
                found << QStringLiteral("Alt+%1: \"%2\" (%3) and \"%4\" (%5)")
                             .arg(a.letter.toUpper(), a.text, a.what, b.text, b.what);
        }
    }
    // A destructive button must not sit on the letter a field's label starts
    // with: who presses Alt+R for "Reference" must not remove a line.
    for (const Entry &d : entries) {
        if (!d.destructive)
            continue;
        for (const Entry &f : entries) {
            const QString plain = withoutMnemonic(f.text);
            if (f.field && together(d, f) && !plain.isEmpty() && plain.at(0).toLower() == d.letter)
                found << QStringLiteral(
                             "Alt+%1: destructive \"%2\" (%3) on the letter field \"%4\" starts with")
                             .arg(d.letter.toUpper(), d.text, d.what, f.text);
        }
    }
    return found;
}

QStringList windowClashes(const QWidget *window, bool visibleOnly = false)
{
    QStringList found = clashes(windowEntries(window, visibleOnly));
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        const QStringList inMenu = clashes(menuEntries(menu));
        for (const QString &line : inMenu)
            found << describe(menu) + QStringLiteral(": ") + line;
    }
    return found;
}

// Fails on any clash, listing them all.
void checkUnique(const QWidget *window, bool visibleOnly = false)
{
    const QStringList found = windowClashes(window, visibleOnly);
    INFO(describe(window).toStdString() << "\n" << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

const char *const Languages[] = {"en", "de", "fr"};

} // namespace

TEST_CASE("the mnemonic reader takes the letter after a single ampersand")
{
    CHECK(mnemonic(QStringLiteral("R&eference:")) == QLatin1Char('e'));
    CHECK(mnemonic(QStringLiteral("&Remove line")) == QLatin1Char('r'));
    CHECK(mnemonic(QStringLiteral("Save && &Close")) == QLatin1Char('c'));
    CHECK(mnemonic(QStringLiteral("Tom && Jerry")).isNull());
    CHECK(mnemonic(QStringLiteral("No mnemonic")).isNull());

    QWidget window;
    auto *label = new QLabel(QStringLiteral("R&eference:"), &window);
    label->setBuddy(new QLineEdit(&window));
    auto *remove = new QPushButton(QStringLiteral("Remo&ve line"), &window);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    CHECK(windowEntries(&window).size() == 2);
    CHECK(windowClashes(&window).isEmpty());
    // Alt+R for "Reference" must not remove a line.
    remove->setText(QStringLiteral("&Remove line"));
    CHECK(windowClashes(&window).size() == 1);
    // Two texts on one letter clash, unless they are on different tab pages.
    remove->setText(QStringLiteral("R&emove line"));
    CHECK(windowClashes(&window).size() == 1);
    auto *tabs = new QTabWidget(&window);
    auto *first = new QLabel(QStringLiteral("&Name:"), tabs);
    first->setBuddy(new QLineEdit(tabs));
    tabs->addTab(first, QStringLiteral("&General"));
    auto *second = new QLabel(QStringLiteral("&Number:"), tabs);
    second->setBuddy(new QLineEdit(tabs));
    tabs->addTab(second, QStringLiteral("N&umbering"));
    CHECK(windowClashes(&window).size() == 1);
    remove->setText(QStringLiteral("Remo&ve line"));
    CHECK(windowClashes(&window).isEmpty());
}

TEST_CASE("the main window and its pages have one mnemonic per letter")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *language : Languages) {
        for (const char *role : {"manager", "admin"}) {
            INFO("language " << language << ", " << role);
            test::Language translation(QString::fromLatin1(language));
            test::TestCompany tc;
            tc.actAs(QString::fromLatin1(role));
            ui::MainWindow window;
            ui::registerInvoicePages(window);
            ui::registerListPages(window);
            ui::registerStockPages(window);
            window.setCompany(std::move(tc.company));
            checkUnique(&window);
        }
    }
}

TEST_CASE("dialogs have one mnemonic per letter, and Remove line is not on a field's letter")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *language : Languages) {
        INFO("language " << language);
        test::Language translation(QString::fromLatin1(language));
        test::TestCompany tc;
        tc.actAs(QStringLiteral("admin"));
        CompanySession &company = *tc.company;
        const std::vector<std::pair<const char *, std::function<std::unique_ptr<QWidget>()>>> screens = {
            {"transfer", [&] { return std::make_unique<ui::TransferDialog>(company); }},
            {"stocktake", [&] { return std::make_unique<ui::StocktakeDialog>(company); }},
            {"settings", [&] { return std::make_unique<ui::SettingsDialog>(company); }},
            {"sale", [&] { return std::make_unique<ui::InvoiceEntry>(company, InvoiceType::Sale); }},
            {"purchase", [&] { return std::make_unique<ui::InvoiceEntry>(company, InvoiceType::Purchase); }},
            {"product", [&] { return std::make_unique<ui::ProductEditor>(company); }},
            {"category", [&] { return std::make_unique<ui::CategoryEditor>(company); }},
            {"customer", [&] { return std::make_unique<ui::PartnerEditor>(company, PartnerKind::Customer); }},
            {"supplier", [&] { return std::make_unique<ui::PartnerEditor>(company, PartnerKind::Supplier); }},
            {"tax rate", [&] { return std::make_unique<ui::TaxRateEditor>(company); }},
            {"warehouse", [&] { return std::make_unique<ui::WarehouseEditor>(company); }},
            {"reverse payment",
             [&] {
                 return std::make_unique<ui::ReversePaymentDialog>(company, Payment{}, QStringLiteral("S-1"));
             }},
            {"credit note",
             [&] {
                 Invoice sale;
                 sale.lines.append(InvoiceLine{});
                 return std::make_unique<ui::CreditNoteDialog>(company, sale, QList<qint64>{1000});
             }},
            {"refund", [&] { return std::make_unique<ui::RefundDialog>(company, Invoice{}); }},
            {"change password", [&] { return std::make_unique<ui::ChangePasswordDialog>(company, false); }},
            {"required change password",
             [&] { return std::make_unique<ui::ChangePasswordDialog>(company, true); }},
            {"rotate key", [&] { return std::make_unique<ui::RotateKeyDialog>(company); }},
            {"recovery key",
             [&] {
                 return std::make_unique<ui::RecoveryKeyDialog>(tc.path,
                                                                QStringLiteral("ABCD-EFGH-IJKL-MNOP"));
             }},
            {"restore", [&] { return std::make_unique<ui::RestoreDialog>(tc.path, QStringLiteral("anna")); }},
            {"sign in", [&] { return std::make_unique<ui::LoginDialog>(tc.path); }},
            {"about", [] { return std::make_unique<ui::AboutDialog>(); }},
        };
        for (const auto &[name, make] : screens) {
            INFO(name);
            const std::unique_ptr<QWidget> screen = make();
            checkUnique(screen.get());
            // STOCKBOOK_PNG_DIR=dir saves each dialog, to look at its letters.
            if (const char *dir = std::getenv("STOCKBOOK_PNG_DIR"))
                screen->grab().save(QStringLiteral("%1/%2-%3.png")
                                        .arg(QString::fromLocal8Bit(dir),
                                             QString::fromLatin1(name).replace(u' ', u'-'),
                                             QString::fromLatin1(language)));
        }
    }
}

TEST_CASE("the invoice detail and its credit note dialog have one mnemonic per letter")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *language : Languages) {
        INFO("language " << language);
        test::Language translation(QString::fromLatin1(language));
        test::TestCompany tc;
        tc.actAs(QStringLiteral("admin"));
        CompanySession &company = *tc.company;
        ProductInput cheese;
        cheese.sku = QStringLiteral("CHEESE");
        cheese.name = QStringLiteral("Cheese");
        cheese.price = 735;
        auto product = CatalogService(company).createProduct(cheese);
        REQUIRE_OK(product);
        PartnerInput alice;
        alice.name = QStringLiteral("Alice Archer");
        auto customer = PartnerService(company).create(PartnerKind::Customer, alice);
        REQUIRE_OK(customer);
        StocktakeRequest opening;
        opening.warehouse = WarehouseKey(qint64{1});
        opening.reason = QStringLiteral("opening stock");
        opening.lines = {CountLine{ProductKey(product.value()), 10'000}};
        REQUIRE_OK(StockService(company).stocktake(opening));
        InvoiceDraft sale;
        sale.type = InvoiceType::Sale;
        sale.partnerId = customer.value();
        sale.warehouseId = 1;
        sale.lines.append(InvoiceLineInput{product.value(), {}, 2'000, {}, 0, {}});
        auto posted = InvoiceService(company).createAndPost(sale);
        REQUIRE_OK(posted);
        REQUIRE_OK(PaymentService(company).record(NewPayment{posted->id, 100, PaymentMethod::Cash, {}, {}}));

        ui::InvoiceDetailDialog detail(company, posted->id);
        detail.show();
        checkUnique(&detail);
        auto *credit = test::named<QPushButton>(detail, "creditNoteButton");
        REQUIRE(credit->isVisible());
        REQUIRE(credit->isEnabled());
        test::DialogAnswer<QDialog> creditNote("creditNoteDialog", [](QDialog &dialog) {
            checkUnique(&dialog);
            dialog.reject();
        });
        credit->click();
        REQUIRE(creditNote.answered());
    }
}

TEST_CASE("every page of the first-run wizard has one mnemonic per letter")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *language : Languages) {
        INFO("language " << language);
        test::Language translation(QString::fromLatin1(language));
        security::ScopedKdfCostForTesting cheapKdf;
        QTemporaryDir dir;
        ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("shop.stockbook")));
        wizard.show();
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::StartPageId);
        checkUnique(&wizard, true);
        auto *next = test::named<QAbstractButton>(wizard, "wizardNextButton");
        QTest::mouseClick(next, Qt::LeftButton);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::CompanyPageId);
        checkUnique(&wizard, true);
        test::typeInto(wizard, "companyNameEdit", QStringLiteral("Corner Shop"));
        test::typeInto(wizard, "taxRateEdit", QStringLiteral("20"));
        QTest::mouseClick(next, Qt::LeftButton);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPageId);
        checkUnique(&wizard, true);
        const QString password = QStringLiteral("correct horse battery staple 1");
        test::typeInto(wizard, "adminNameEdit", QStringLiteral("anna"));
        test::typeInto(wizard, "adminPasswordEdit", password);
        test::typeInto(wizard, "adminRepeatEdit", password);
        QTest::mouseClick(test::named<QAbstractButton>(wizard, "wizardCommitButton"), Qt::LeftButton);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::RecoveryPageId);
        // "&Save…" and "I have &stored the recovery key" once shared Alt+S.
        checkUnique(&wizard, true);
        wizard.accept();
    }
}

TEST_CASE("the first-run wizard's demo page has one mnemonic per letter")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(QStringLiteral("demo.stockbook"));
    ui::FirstRunWizard::setDemoCompanyProvider([&demoPath](QWidget *) -> Result<ui::DemoCompany> {
        return ui::DemoCompany{
            demoPath, {{QStringLiteral("anna"), QStringLiteral("admin"), QStringLiteral("pw")}}, {}};
    });
    struct ResetProvider {
        ~ResetProvider() { ui::FirstRunWizard::setDemoCompanyProvider({}); }
    } resetProvider;
    for (const char *language : Languages) {
        INFO("language " << language);
        test::Language translation(QString::fromLatin1(language));
        ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("shop.stockbook")));
        wizard.show();
        auto *demo = test::named<QAbstractButton>(wizard, "demoCompanyOption");
        REQUIRE(demo->isEnabled());
        demo->click();
        checkUnique(&wizard, true);
        QTest::mouseClick(test::named<QAbstractButton>(wizard, "wizardNextButton"), Qt::LeftButton);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::DemoPageId);
        checkUnique(&wizard, true);
    }
}

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
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoicePages.h"
#include "invoices/RefundDialog.h"
#include "invoices/ReversePaymentDialog.h"
#include "lists/ListPages.h"
#include "login/ChangePasswordDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/KeyDialogs.h"
#include "settings/SettingsDialog.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
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
#include <QTranslator>

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
    bool destructive = false;                                       // a button that removes, deletes or voids
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
    e.destructive = qobject_cast<const QAbstractButton *>(object)
        && (name.contains(QLatin1String("remove")) || name.contains(QLatin1String("delete"))
            || name.contains(QLatin1String("void")));
    entries.push_back(std::move(e));
}

// Every mnemonic of one window: buttons, labels with a buddy, group box
// titles, tab texts and the menu bar's menus. Widgets of other windows
// (dialogs parented to this one, popup menus) are left out.
std::vector<Entry> windowEntries(const QWidget *window)
{
    std::vector<Entry> entries;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window)
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

QStringList windowClashes(const QWidget *window)
{
    QStringList found = clashes(windowEntries(window));
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        const QStringList inMenu = clashes(menuEntries(menu));
        for (const QString &line : inMenu)
            found << describe(menu) + QStringLiteral(": ") + line;
    }
    return found;
}

// Fails on any clash beyond the `known` ones a screen had when this test was
// written (listed as a warning until they are fixed); new screens and the
// stock dialogs allow none.
void checkUnique(const QWidget *window, qsizetype known = 0)
{
    const QStringList found = windowClashes(window);
    const std::string listing = describe(window).toStdString() + "\n"
        + found.join(QLatin1Char('\n')).toStdString();
    INFO(listing);
    CHECK(found.size() <= known);
    if (!found.isEmpty() && found.size() <= known)
        WARN("known mnemonic clashes, " << found.size() << ":\n" << listing);
}

const char *const Languages[] = {"en", "de", "fr"};

// The clashes screens outside ui/stock had on 2026-12-07, by "language screen";
// lower these as they are fixed. TODO: fix them and drop this table.
qsizetype knownClashes(const char *language, const char *screen)
{
    static const QHash<QString, qsizetype> known = {
        {QStringLiteral("en admin"), 3},    {QStringLiteral("de manager"), 22},
        {QStringLiteral("de admin"), 41},   {QStringLiteral("fr manager"), 22},
        {QStringLiteral("fr admin"), 36},   {QStringLiteral("de settings"), 11},
        {QStringLiteral("fr settings"), 7},
    };
    return known.value(QString::fromLatin1(language) + QLatin1Char(' ') + QString::fromLatin1(screen));
}

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
            checkUnique(&window, knownClashes(language, role));
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
            {"rotate key", [&] { return std::make_unique<ui::RotateKeyDialog>(company); }},
            {"about", [] { return std::make_unique<ui::AboutDialog>(); }},
        };
        for (const auto &[name, make] : screens) {
            INFO(name);
            const std::unique_ptr<QWidget> screen = make();
            checkUnique(screen.get(), knownClashes(language, name));
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"
#include "UiDriver.h"

#include "invoices/InvoiceEntry.h"
#include "invoices/InvoicePages.h"
#include "lists/ListPages.h"
#include "mainwindow/MainWindow.h"
#include "services/invoices/InvoiceService.h"
#include "stock/StockPages.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace stockbook;
using stockbook::test::named;
using stockbook::ui::MainWindow;

namespace {

// A name of the longest length allowed (200 characters).
QString longName(const QString &start)
{
    QString name = start;
    while (name.size() < 200)
        name += QStringLiteral(" Wholesale and Retail Trading");
    return name.left(200);
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

void requireFits(const MainWindow &window, const QSize &screen)
{
    const QSize minimum = window.minimumSizeHint();
    CHECK(minimum.width() <= screen.width());
    CHECK(minimum.height() <= screen.height());
    CHECK(window.minimumSize().width() <= screen.width());
    CHECK(window.width() <= screen.width());
    CHECK(window.height() <= screen.height());
}

} // namespace

TEST_CASE("Names of 200 characters decide no window's size", "[layout]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QSize screen(1024, 700);
    test::TestCompany tc;
    test::ShopData shop(tc);
    const qint64 customer = shop.customer(longName(QStringLiteral("Customer")));
    shop.supplier(longName(QStringLiteral("Supplier")));
    const qint64 product = shop.product(QStringLiteral("LONG-1"), 1200, 500);
    test::exec(tc.sql(), QStringLiteral("UPDATE products SET name = ? WHERE id = ?"),
               {longName(QStringLiteral("Product")), product});
    const qint64 warehouse = shop.warehouse(QStringLiteral("FAR"));
    test::exec(tc.sql(), QStringLiteral("UPDATE warehouses SET name = ? WHERE id = ?"),
               {longName(QStringLiteral("Warehouse")), warehouse});
    test::exec(tc.sql(), QStringLiteral("UPDATE warehouses SET name = ? WHERE id = ?"),
               {longName(QStringLiteral("Main warehouse")), test::ShopData::Main});
    shop.stock(product, test::ShopData::Main, 10000);

    InvoiceDraft draft;
    draft.type = InvoiceType::Sale;
    draft.partnerId = customer;
    draft.warehouseId = test::ShopData::Main;
    draft.issueDate = QDate(2026, 1, 5);
    InvoiceLineInput line;
    line.productId = product;
    line.quantity = 1000;
    line.unitPrice = 1200;
    line.taxRateBp = 2000;
    draft.lines = {line};
    REQUIRE_OK(InvoiceService(*tc.company).createDraft(draft));

    MainWindow window;
    ui::registerInvoicePages(window);
    ui::registerListPages(window);
    ui::registerStockPages(window);
    window.setCompany(std::move(tc.company));
    window.resize(screen);
    window.show();
    QApplication::processEvents();

    const QStringList ids = pageIds(window);
    REQUIRE(ids.contains(QStringLiteral("sales")));
    for (const QString &id : ids) {
        INFO("page " << id.toStdString());
        REQUIRE(window.showPage(id));
        auto *page = window.findChild<QWidget *>(id + QStringLiteral("Page"));
        REQUIRE(page);
        auto *tabs = qobject_cast<QTabWidget *>(page);
        for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
            INFO("tab " << tab);
            if (tabs)
                tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            requireFits(window, screen);
        }
    }

    REQUIRE(window.showPage(QStringLiteral("sales")));
    auto *tabs = named<QTabWidget>(window, "salesPage");
    REQUIRE(tabs);
    auto *entry = tabs->findChild<ui::InvoiceEntry *>();
    REQUIRE(entry);
    tabs->setCurrentWidget(entry);
    window.resize(screen);
    QApplication::processEvents();
    requireFits(window, screen);

    auto *post = entry->findChild<QPushButton *>(QStringLiteral("postButton"));
    REQUIRE(post);
    const QRect postInWindow(post->mapTo(&window, QPoint(0, 0)), post->size());
    INFO("Post at " << postInWindow.x() << "," << postInWindow.y() << " " << postInWindow.width() << "x"
                    << postInWindow.height());
    CHECK(window.rect().contains(postInWindow));
    auto *partner = entry->findChild<QLineEdit *>(QStringLiteral("partnerEdit"));
    REQUIRE(partner);
    CHECK(partner->width() >= 150);
    auto *drafts = entry->findChild<QComboBox *>(QStringLiteral("draftsCombo"));
    REQUIRE(drafts);
    CHECK(drafts->count() == 2); // "Resume a draft…" and the long customer's draft
    auto *sku = entry->findChild<QWidget *>(QStringLiteral("skuEdit"));
    REQUIRE(sku);
    CHECK(sku->width() >= 150);
    window.grab().save(QStringLiteral("/tmp/long-names-sale.png"));
}

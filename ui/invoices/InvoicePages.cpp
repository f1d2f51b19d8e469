// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoicePages.h"

#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceListPage.h"
#include "mainwindow/MainWindow.h"

#include <QTabWidget>

namespace stockbook::ui {

QWidget *createInvoicePage(CompanySession &company, InvoiceType type, QWidget *parent)
{
    const bool sale = type == InvoiceType::Sale;
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(sale ? QStringLiteral("salesTabs") : QStringLiteral("purchasesTabs"));
    auto *entry = new InvoiceEntry(company, type, tabs);
    const QStringList types = sale ? QStringList{QStringLiteral("sale"), QStringLiteral("credit_note")}
                                   : QStringList{QStringLiteral("purchase")};
    auto *list = new InvoiceListPage(
        company, types, sale ? QStringLiteral("salesList") : QStringLiteral("purchasesList"), tabs);
    list->setObjectName(sale ? QStringLiteral("salesList") : QStringLiteral("purchasesList"));
    tabs->addTab(entry, sale ? QObject::tr("&New sale") : QObject::tr("&New purchase"));
    tabs->addTab(list, sale ? QObject::tr("Sales &list") : QObject::tr("Purchases &list"));
    QObject::connect(entry, &InvoiceEntry::invoicePosted, list, &InvoiceListPage::refresh);
    QObject::connect(tabs, &QTabWidget::currentChanged, list, [tabs, list](int index) {
        if (tabs->widget(index) == list)
            list->refresh();
    });
    return tabs;
}

void registerInvoicePages(MainWindow &window)
{
    window.setPageFactory(QStringLiteral("sales"), [](CompanySession &company, QWidget *parent) {
        return createInvoicePage(company, InvoiceType::Sale, parent);
    });
    window.setPageFactory(QStringLiteral("purchases"), [](CompanySession &company, QWidget *parent) {
        return createInvoicePage(company, InvoiceType::Purchase, parent);
    });
}

} // namespace stockbook::ui

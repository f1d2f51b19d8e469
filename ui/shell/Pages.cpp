// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "shell/Pages.h"

#include <QCoreApplication>

namespace stockbook::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("stockbook::ui::Pages", text);
}

} // namespace

QList<PageSpec> defaultPages()
{
    using P = Permission;
    return {
        // First for managers and admins, so it is what they see after signing in.
        {QStringLiteral("dashboard"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Dashboard")),
         t(QT_TRANSLATE_NOOP(
             "stockbook::ui::Pages",
             "Today's and this month's sales, low stock, overdue receivables, 12 months of sales.")),
         {P::ReportView},
         {}},
        {QStringLiteral("sales"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Sales")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Sales invoices: drafts, posting, payments received.")),
         {P::InvoiceCreate},
         {}},
        {QStringLiteral("purchases"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Purchases")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages",
                             "Purchase invoices from suppliers; posting them brings stock in.")),
         {P::InvoiceCreate},
         {}},
        {QStringLiteral("customers"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Customers")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Customers, their details and what they owe.")),
         {P::CustomerEdit},
         {}},
        {QStringLiteral("products"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Products")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Look up products, prices and tax rates.")),
         {P::ProductView},
         {}},
        {QStringLiteral("stock"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Stock")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages",
                             "Look up stock levels per warehouse and the movements behind them.")),
         {P::StockView},
         {}},
        {QStringLiteral("catalog"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Catalog")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Edit products, categories, prices and tax rates.")),
         {P::CatalogEdit},
         {}},
        {QStringLiteral("suppliers"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Suppliers")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Suppliers and their details.")),
         {P::SupplierEdit},
         {}},
        {QStringLiteral("warehouses"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Warehouses")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Warehouses and which one is the default.")),
         {P::WarehouseEdit},
         {}},
        {QStringLiteral("stockTasks"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Stock tasks")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Transfers between warehouses and stock adjustments.")),
         {P::StockTransfer, P::StockAdjust},
         {}},
        {QStringLiteral("reports"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Reports")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages",
                             "Sales, stock valuation and other reports, with exports.")),
         {P::ReportView},
         {}},
        {QStringLiteral("audit"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Audit log")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages",
                             "Who did what and when, with the hash chain's verification.")),
         {P::AuditView},
         {}},
        {QStringLiteral("settings"),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages", "Settings")),
         t(QT_TRANSLATE_NOOP("stockbook::ui::Pages",
                             "Company details, users and roles, backups and the key.")),
         {P::SettingsEdit},
         {}},
    };
}

QList<PageSpec> pagesFor(const QList<PageSpec> &pages, const Session &session)
{
    QList<PageSpec> allowed;
    for (const PageSpec &page : pages) {
        for (const Permission permission : page.anyOf) {
            if (session.has(permission)) {
                allowed << page;
                break;
            }
        }
    }
    return allowed;
}

} // namespace stockbook::ui

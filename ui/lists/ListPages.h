// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class MainWindow;

// Plugs the list pages (products, catalog, customers, suppliers, stock,
// warehouses, audit) into the main window.
void registerListPages(MainWindow &window);

// The page bodies, for tests and the screenshot tour.
QWidget *createProductsPage(CompanySession &company, QWidget *parent, bool catalog);
QWidget *createCustomersPage(CompanySession &company, QWidget *parent);
QWidget *createSuppliersPage(CompanySession &company, QWidget *parent);
QWidget *createStockPage(CompanySession &company, QWidget *parent);
QWidget *createWarehousesPage(CompanySession &company, QWidget *parent);
QWidget *createAuditPage(CompanySession &company, QWidget *parent);

} // namespace stockbook::ui

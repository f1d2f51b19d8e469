// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class MainWindow;

// The "sales" and "purchases" pages: a tab for a new invoice
// (InvoiceEntry) and one for the list (InvoiceListPage).
QWidget *createInvoicePage(CompanySession &company, InvoiceType type, QWidget *parent);
void registerInvoicePages(MainWindow &window);

} // namespace stockbook::ui

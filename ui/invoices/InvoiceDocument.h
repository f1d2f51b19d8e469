// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/InvoiceTypes.h"

#include <QString>

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// The printable invoice: company, number, dates, partner, lines, tax, totals.
QString invoiceHtml(const Invoice &invoice, const QString &companyName);
QString companyName(CompanySession &company);

// Writes the invoice as a PDF file; false when the file cannot be written.
bool saveInvoicePdf(const Invoice &invoice, const QString &companyName, const QString &path);
// Asks for a file name, then saves; shows a message on failure.
void saveInvoicePdfInteractive(const Invoice &invoice, const QString &companyName, QWidget *parent);
// The print dialog, then the printer.
void printInvoice(const Invoice &invoice, const QString &companyName, QWidget *parent);

} // namespace stockbook::ui

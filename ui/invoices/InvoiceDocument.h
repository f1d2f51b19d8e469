// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"

#include <QString>

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// The printable invoice is drawn by the print library (print/InvoiceSheet.h),
// which stockbook-cli's "invoice pdf" uses too, so both give the same pages:
// letterhead with logo, customer, number and dates, lines, tax by rate,
// totals, amount paid and due, payment terms, "Page n of m".

// Save as PDF (asks for a file name) and Print (the print dialog), with the
// company's details and the partner's address read through the services; a
// failure is shown in a message box.
void saveInvoicePdfInteractive(CompanySession &company, const Invoice &invoice, QWidget *parent);
void printInvoice(CompanySession &company, const Invoice &invoice, QWidget *parent);
// The same document in a window-modal print preview ("invoicePrintPreview",
// deleted on close), from which it can be printed.
void previewInvoice(CompanySession &company, const Invoice &invoice, QWidget *parent);

// Older entry points that know only the company's name: the same document
// without the company's address, tax id and logo or the partner's address.
// Prefer the overloads above.
QString invoiceHtml(const Invoice &invoice, const QString &companyName);
QString companyName(CompanySession &company);
bool saveInvoicePdf(const Invoice &invoice, const QString &companyName, const QString &path);
void saveInvoicePdfInteractive(const Invoice &invoice, const QString &companyName, QWidget *parent);
void printInvoice(const Invoice &invoice, const QString &companyName, QWidget *parent);

} // namespace stockbook::ui

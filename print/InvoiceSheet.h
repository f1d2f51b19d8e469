// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Invoice.h"

#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace stockbook {
class CompanySession;
}

namespace stockbook::print {

// A name and address block: the company on top, the customer or supplier below.
struct Party {
    QString name;
    QString address; // may span lines
    QString email;
    QString phone;
    QString taxId;
};

// Everything the printed invoice shows, gathered before drawing so that the
// drawing itself needs no database.
struct InvoiceSheet {
    Invoice invoice;
    Party company;
    QImage logo; // null: none
    Party partner;
    QString creditedNumber; // credit notes: the number of the invoice credited
};

// One line of the tax breakdown: the lines of one rate summed.
struct TaxBand {
    qint64 rateBp = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

// Reads the company's details and logo (SettingsService), the partner
// (PartnerService) and, for a credit note, the credited invoice's number;
// each through the service and its permission check.
Result<InvoiceSheet> loadInvoiceSheet(CompanySession &company, const Invoice &invoice);

// The lines grouped by tax rate, lowest rate first.
QList<TaxBand> taxBreakdown(const Invoice &invoice);

// The document title: "Invoice", "Purchase invoice" or "Credit note".
QString invoiceTitle(const Invoice &invoice);

// The invoice as HTML for QTextDocument; the logo is the image resource
// logoUrl() (fillInvoiceDocument adds it).
QString invoiceHtml(const InvoiceSheet &sheet);
QString logoUrl();
void fillInvoiceDocument(QTextDocument &document, const InvoiceSheet &sheet);

// Paints the invoice on a printer or PDF writer with "Page n of m" under each
// page; returns the number of pages (0: the device could not be painted on).
int paintInvoice(const InvoiceSheet &sheet, QPagedPaintDevice &device);

// Writes the invoice as an A4 PDF file, atomically; Io error when it cannot.
Result<void> writeInvoicePdf(const InvoiceSheet &sheet, const QString &path);

} // namespace stockbook::print

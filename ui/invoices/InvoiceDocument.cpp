// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceDocument.h"
#include "common/LocaleFormat.h"

#include "domain/Money.h"
#include "services/AccountStore.h"
#include "services/CompanyService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace stockbook::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDocument", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString title(const Invoice &invoice)
{
    switch (invoice.type) {
    case InvoiceType::Sale:
        return tr("Invoice");
    case InvoiceType::Purchase:
        return tr("Purchase invoice");
    case InvoiceType::CreditNote:
        return tr("Credit note");
    }
    return {};
}

} // namespace

QString companyName(CompanySession &company)
{
    const auto name = AccountStore(company.database()).setting(QStringLiteral("company.name"));
    return name.ok() ? name.value() : QString();
}

QString invoiceHtml(const Invoice &invoice, const QString &company)
{
    QString html;
    html += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(company));
    html += QStringLiteral("<h3>%1 %2</h3>").arg(esc(title(invoice)), esc(invoice.number));
    html += QStringLiteral("<p>%1: %2<br/>%3: %4<br/>%5: %6</p>")
                .arg(esc(tr("Issue date")), displayDate(invoice.issueDate), esc(tr("Due date")),
                     displayDate(invoice.dueDate),
                     esc(invoice.type == InvoiceType::Purchase ? tr("Supplier") : tr("Customer")),
                     esc(invoice.partnerName));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const char *h :
         {"SKU", "Description", "Quantity", "Unit price", "Discount %", "Tax %", "Tax", "Total"})
        html += QStringLiteral("<th>%1</th>").arg(esc(tr(h)));
    html += QStringLiteral("</tr>");
    for (const InvoiceLine &l : invoice.lines) {
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td align=\"right\">%3 %4</td><td align=\"right\">%5</td>"
                    "<td align=\"right\">%6</td><td align=\"right\">%7</td><td align=\"right\">%8</td>"
                    "<td align=\"right\">%9</td></tr>")
                    .arg(esc(l.sku), esc(l.description.isEmpty() ? l.productName : l.description),
                         formatQuantity(l.quantity), esc(l.unit), displayMoney(l.unitPrice),
                         formatPercent(l.discountBp), formatPercent(l.taxRateBp), displayMoney(l.lineTax),
                         displayMoney(l.lineTotal));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"right\">%1: %2<br/>%3: %4<br/><b>%5: %6 %7</b></p>")
                .arg(esc(tr("Net")), displayMoney(invoice.subtotal), esc(tr("Tax")),
                     displayMoney(invoice.taxAmount), esc(tr("Total")), displayMoney(invoice.totalAmount),
                     esc(invoice.currency));
    if (!invoice.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(invoice.notes));
    html += QStringLiteral("</body></html>");
    return html;
}

bool saveInvoicePdf(const Invoice &invoice, const QString &company, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument document;
    document.setHtml(invoiceHtml(invoice, company));
    document.print(&printer);
    return QFileInfo::exists(path);
}

void saveInvoicePdfInteractive(const Invoice &invoice, const QString &company, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save invoice as PDF"), invoice.number + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!saveInvoicePdf(invoice, company, path))
        QMessageBox::warning(parent, tr("Save as PDF"),
                             tr("The file could not be written. Choose a folder you can write to."));
}

void printInvoice(const Invoice &invoice, const QString &company, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(invoiceHtml(invoice, company));
    document.print(&printer);
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceDocument.h"
#include "common/LocaleFormat.h"

#include "InvoiceSheet.h"
#include "services/settings/SettingsService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

print::InvoiceSheet nameOnlySheet(const Invoice &invoice, const QString &company)
{
    print::InvoiceSheet sheet;
    sheet.invoice = invoice;
    sheet.company.name = company;
    sheet.partner.name = invoice.partnerName;
    return sheet;
}

void saveInteractive(const print::InvoiceSheet &sheet, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save invoice as PDF"),
                                                      sheet.invoice.number + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = print::writeInvoicePdf(sheet, path); !written.ok()) {
        QMessageBox::warning(parent, tr("Save as PDF"),
                             tr("The file could not be written. Choose a folder you can write to.\n\n%1")
                                 .arg(written.error().message));
        return;
    }
    auto *saved = new QMessageBox(
        QMessageBox::Information, tr("Save as PDF"),
        tr("Invoice %1 was saved as %2.").arg(sheet.invoice.number, QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    saved->setObjectName(QStringLiteral("pdfSavedMessage"));
    saved->setAttribute(Qt::WA_DeleteOnClose);
    saved->open();
}

void printSheet(const print::InvoiceSheet &sheet, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(print::invoiceTitle(sheet.invoice) + QLatin1Char(' ') + sheet.invoice.number);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print::paintInvoice(sheet, printer);
}

} // namespace

void saveInvoicePdfInteractive(CompanySession &company, const Invoice &invoice, QWidget *parent)
{
    auto sheet = print::loadInvoiceSheet(company, invoice);
    if (!sheet.ok()) {
        QMessageBox::warning(parent, tr("Save as PDF"), sheet.error().message);
        return;
    }
    saveInteractive(sheet.value(), parent);
}

void printInvoice(CompanySession &company, const Invoice &invoice, QWidget *parent)
{
    auto sheet = print::loadInvoiceSheet(company, invoice);
    if (!sheet.ok()) {
        QMessageBox::warning(parent, tr("Print"), sheet.error().message);
        return;
    }
    printSheet(sheet.value(), parent);
}

void previewInvoice(CompanySession &company, const Invoice &invoice, QWidget *parent)
{
    auto sheet = print::loadInvoiceSheet(company, invoice);
    if (!sheet.ok()) {
        QMessageBox::warning(parent, tr("Print"), sheet.error().message);
        return;
    }
    // The printer outlives the window-modal preview: the paint connection,
    // which holds it, goes with the dialog.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(print::invoiceTitle(invoice) + QLatin1Char(' ') + invoice.number);
    auto *preview = new QPrintPreviewDialog(printer.get(), parent);
    preview->setObjectName(QStringLiteral("invoicePrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [paper = std::move(sheet).value(), printer](QPrinter *target) {
                         print::paintInvoice(paper, *target);
                     });
    preview->open();
}

QString companyName(CompanySession &company)
{
    const auto settings = SettingsService(company).get();
    return settings.ok() ? settings->name : QString();
}

QString invoiceHtml(const Invoice &invoice, const QString &company)
{
    return print::invoiceHtml(nameOnlySheet(invoice, company));
}

bool saveInvoicePdf(const Invoice &invoice, const QString &company, const QString &path)
{
    return print::writeInvoicePdf(nameOnlySheet(invoice, company), path).ok();
}

void saveInvoicePdfInteractive(const Invoice &invoice, const QString &company, QWidget *parent)
{
    saveInteractive(nameOnlySheet(invoice, company), parent);
}

void printInvoice(const Invoice &invoice, const QString &company, QWidget *parent)
{
    printSheet(nameOnlySheet(invoice, company), parent);
}

} // namespace stockbook::ui

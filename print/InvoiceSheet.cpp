// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceSheet.h"

#include "PagedDocument.h"
#include "Tr.h"
#include "domain/Labels.h"
#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/settings/SettingsService.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QMap>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace stockbook::print {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::print.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::print", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with line breaks kept.
QString lines(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString partyHtml(const Party &p, bool big)
{
    QString html = big
        ? QStringLiteral("<span style=\"font-size: 15pt; font-weight: bold;\">%1</span>").arg(esc(p.name))
        : QStringLiteral("<b>%1</b>").arg(esc(p.name));
    if (!p.address.trimmed().isEmpty())
        html += QStringLiteral("<br/>") + lines(p.address);
    if (!p.email.isEmpty())
        html += QStringLiteral("<br/>") + esc(p.email);
    if (!p.phone.isEmpty())
        html += QStringLiteral("<br/>") + esc(p.phone);
    if (!p.taxId.isEmpty())
        html += QStringLiteral("<br/>%1: %2").arg(esc(tr("Tax ID")), esc(p.taxId));
    return html;
}

QString row(const QString &label, const QString &value, bool bold = false)
{
    const QString cell = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(cell.arg(esc(label)), cell.arg(esc(value)));
}

} // namespace

QString logoUrl()
{
    return QStringLiteral("stockbook:logo");
}

QString invoiceTitle(const Invoice &invoice)
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

Result<InvoiceSheet> loadInvoiceSheet(CompanySession &company, const Invoice &invoice)
{
    InvoiceSheet sheet;
    sheet.invoice = invoice;
    auto settings = SettingsService(company).get();
    if (!settings.ok())
        return settings.error();
    sheet.company = Party{settings->name, settings->address, {}, {}, settings->taxId};
    if (settings->hasLogo) {
        auto logo = SettingsService(company).logo();
        if (!logo.ok())
            return logo.error();
        sheet.logo = QImage::fromData(logo.value());
    }
    const PartnerKind kind = invoice.type == InvoiceType::Purchase ? PartnerKind::Supplier
                                                                   : PartnerKind::Customer;
    auto partner = PartnerService(company).get(kind, invoice.partnerId);
    if (!partner.ok())
        return partner.error();
    sheet.partner = Party{partner->name, partner->address, partner->email, partner->phone, partner->taxId};
    if (invoice.creditOfInvoiceId) {
        auto credited = InvoiceService(company).get(*invoice.creditOfInvoiceId);
        if (!credited.ok())
            return credited.error();
        sheet.creditedNumber = credited->number;
    }
    return sheet;
}

QList<TaxBand> taxBreakdown(const Invoice &invoice)
{
    QMap<qint64, TaxBand> bands;
    for (const InvoiceLine &l : invoice.lines) {
        TaxBand &b = bands[l.taxRateBp];
        b.rateBp = l.taxRateBp;
        b.net += l.lineNet;
        b.tax += l.lineTax;
        b.total += l.lineTotal;
    }
    return bands.values();
}

QString invoiceHtml(const InvoiceSheet &sheet)
{
    const Invoice &inv = sheet.invoice;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");

    // Letterhead: logo and company on the left, title and numbers on the right.
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\" valign=\"top\">");
    if (!sheet.logo.isNull()) {
        // 64 px high, the width following the image's proportions.
        const int height = 64;
        const int width = sheet.logo.height() > 0 ? sheet.logo.width() * height / sheet.logo.height()
                                                  : height;
        html += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/><br/>")
                    .arg(logoUrl())
                    .arg(qMin(width, 260))
                    .arg(height);
    }
    html += partyHtml(sheet.company, true);
    html += QStringLiteral("</td><td width=\"45%\" valign=\"top\" align=\"right\">");
    html += QStringLiteral("<span style=\"font-size: 18pt; font-weight: bold;\">%1</span>")
                .arg(esc(invoiceTitle(inv)));
    html += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Number"), inv.number.isEmpty() ? tr("(draft)") : inv.number, true);
    html += row(tr("Issue date"), date(inv.issueDate));
    if (inv.type != InvoiceType::CreditNote)
        html += row(tr("Due date"), date(inv.dueDate));
    if (!sheet.creditedNumber.isEmpty())
        html += row(tr("Credits invoice"), sheet.creditedNumber);
    if (!inv.supplierReference.isEmpty())
        html += row(tr("Supplier's reference"), inv.supplierReference);
    html += QStringLiteral("</table></td></tr></table>");

    if (inv.status == InvoiceStatus::Void)
        html += QStringLiteral("<p style=\"color: #b00020; font-size: 14pt; font-weight: bold;\">%1</p>")
                    .arg(esc(tr("VOID: %1").arg(inv.voidReason)));
    else if (inv.status == InvoiceStatus::Draft)
        html += QStringLiteral("<p style=\"color: #b00020; font-size: 14pt; font-weight: bold;\">%1</p>")
                    .arg(esc(tr("DRAFT — not a valid invoice")));

    html += QStringLiteral("<p><span style=\"color: #555555;\">%1</span><br/>%2</p>")
                .arg(esc(inv.type == InvoiceType::Purchase ? tr("Supplier") : tr("Bill to")),
                     partyHtml(sheet.partner, false));

    // The lines.
    bool discounts = false;
    for (const InvoiceLine &l : inv.lines)
        discounts = discounts || l.discountBp != 0;
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse; border-color: #999999;\"><thead>"
                           "<tr style=\"background-color: #eeeeee;\">");
    QStringList headers{tr("#"), tr("SKU"), tr("Description"), tr("Quantity"), tr("Unit price")};
    if (discounts)
        headers << tr("Discount %");
    headers << tr("Tax %") << tr("Net") << tr("Total");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    const QString num = QStringLiteral("<td align=\"right\">%1</td>");
    // Figures as the user's language writes them (1.353,47 in German).
    const NumberFormat n;
    for (const InvoiceLine &l : inv.lines) {
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td>")
                    .arg(l.lineNo)
                    .arg(esc(l.sku), esc(l.description.isEmpty() ? l.productName : l.description));
        html += num.arg(esc(n.quantity(l.quantity) + QLatin1Char(' ') + unitLabel(l.unit)));
        html += num.arg(n.money(l.unitPrice));
        if (discounts)
            html += num.arg(n.percent(l.discountBp));
        html += num.arg(n.percent(l.taxRateBp));
        html += num.arg(n.money(l.lineNet));
        html += num.arg(n.money(l.lineTotal));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"color: #555555; margin-bottom: 12px;\">%1</p>")
                .arg(esc(inv.pricesIncludeTax ? tr("Unit prices include tax.")
                                              : tr("Unit prices exclude tax.")));

    // Tax by rate on the left, totals on the right.
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\" valign=\"top\">");
    html += QStringLiteral(
                "<p><b>%1</b></p><table width=\"90%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                "style=\"border-collapse: collapse; border-color: #999999;\">"
                "<tr style=\"background-color: #eeeeee;\"><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Tax breakdown")), esc(tr("Rate")), esc(tr("Net")), esc(tr("Tax")),
                     esc(tr("Total")));
    for (const TaxBand &b : taxBreakdown(inv))
        html += QStringLiteral("<tr>") + num.arg(n.percent(b.rateBp) + QLatin1Char('%'))
            + num.arg(n.money(b.net)) + num.arg(n.money(b.tax)) + num.arg(n.money(b.total))
            + QStringLiteral("</tr>");
    html += QStringLiteral("</table></td><td width=\"50%\" valign=\"top\" align=\"right\">");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Net"), n.money(inv.subtotal));
    html += row(tr("Tax"), n.money(inv.taxAmount));
    html += row(tr("Total"), n.money(inv.totalAmount) + QLatin1Char(' ') + inv.currency, true);
    if (inv.type != InvoiceType::CreditNote) {
        html += row(tr("Amount paid"), n.money(inv.paidAmount));
        if (inv.creditedAmount != 0)
            html += row(tr("Credited"), n.money(inv.creditedAmount));
        html += row(inv.status == InvoiceStatus::Void ? tr("Amount due (void)") : tr("Amount due"),
                    n.money(inv.status == InvoiceStatus::Void ? 0 : inv.balance()) + QLatin1Char(' ')
                        + inv.currency,
                    true);
    }
    html += QStringLiteral("</table></td></tr></table>");

    if (inv.type != InvoiceType::CreditNote && inv.issueDate.isValid() && inv.dueDate.isValid()) {
        const qint64 days = inv.issueDate.daysTo(inv.dueDate);
        const QString terms = days <= 0
            ? tr("Payment terms: due on receipt.")
            : tr("Payment terms: %1 days net, due by %2.").arg(days).arg(date(inv.dueDate));
        html += QStringLiteral("<p style=\"margin-top: 16px;\">%1</p>").arg(esc(terms));
    }
    if (!inv.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(lines(inv.notes));
    html += QStringLiteral("</body></html>");
    return html;
}

void fillInvoiceDocument(QTextDocument &document, const InvoiceSheet &sheet)
{
    if (!sheet.logo.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(logoUrl()), sheet.logo);
    document.setHtml(invoiceHtml(sheet));
}

int paintInvoice(const InvoiceSheet &sheet, QPagedPaintDevice &device)
{
    QTextDocument document;
    fillInvoiceDocument(document, sheet);
    const QString left = QStringLiteral("%1 — %2 %3")
                             .arg(sheet.company.name, invoiceTitle(sheet.invoice), sheet.invoice.number);
    return paintPaged(document, device, [left](int page, int pages) {
        return PageFooter{left, pageOf(page, pages)};
    });
}

Result<void> writeInvoicePdf(const InvoiceSheet &sheet, const QString &path)
{
    QSaveFile file(path);
    auto failed = [&] {
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    };
    if (auto opened = storage::openOutputFile(file, storage::Replace::Yes); !opened.ok())
        return opened;
    {
        QPdfWriter writer(&file);
        usePrintLayout(writer);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("%1 %2").arg(invoiceTitle(sheet.invoice), sheet.invoice.number));
        writer.setCreator(QStringLiteral("Stockbook"));
        if (paintInvoice(sheet, writer) == 0)
            return failed();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace stockbook::print

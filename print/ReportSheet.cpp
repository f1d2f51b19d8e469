// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ReportSheet.h"

#include "PagedDocument.h"
#include "Tr.h"
#include "services/ReportFormat.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace stockbook::print {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::print", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The first column of totals and subtotal rows says what they are.
QString rowWord(const QString &text)
{
    if (text == QLatin1String("total"))
        return tr("Total");
    if (text == QLatin1String("subtotal"))
        return tr("Subtotal");
    return text;
}

} // namespace

QString chartUrl()
{
    return QStringLiteral("stockbook:chart");
}

QString reportFiltersText(const ReportTable &table)
{
    QStringList parts;
    for (const QString &filter : ReportService::filtersOf(table.name)) {
        const QVariant value = table.filters.value(filter);
        QString text = value.toString();
        if (text.isEmpty())
            text = tr("all");
        parts << QStringLiteral("%1: %2").arg(reportFilterTitle(filter), text);
    }
    return parts.join(QStringLiteral(" · "));
}

QString reportHtml(const ReportSheet &sheet)
{
    const ReportTable &t = sheet.table;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<p style=\"font-size: 11pt;\"><b>%1</b></p>").arg(esc(sheet.companyName));
    html += QStringLiteral("<p style=\"font-size: 16pt; font-weight: bold;\">%1</p>")
                .arg(esc(reportTitle(t.name)));
    const QString filters = reportFiltersText(t);
    if (!filters.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(filters));
    const QString when = sheet.printedAt.isValid()
        ? sheet.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
    html += QStringLiteral("<p style=\"color: #555555;\">%1</p>")
                .arg(esc(sheet.printedBy.isEmpty() ? tr("Printed %1").arg(when)
                                                   : tr("Printed %1 by %2").arg(when, sheet.printedBy)));
    if (!sheet.chart.isNull()) {
        // 640 document pixels wide at most: the width of an A4 page's text.
        const int width = qMin(640, sheet.chart.width());
        const int height = sheet.chart.width() > 0 ? sheet.chart.height() * width / sheet.chart.width() : 0;
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                    .arg(chartUrl())
                    .arg(width)
                    .arg(height);
    }

    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #999999;\"><thead>"
                           "<tr style=\"background-color: #eeeeee;\">");
    for (const QString &column : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(esc(reportColumnTitle(column)));
    html += QStringLiteral("</tr></thead>");
    auto addRow = [&](const QVariantList &row, bool bold) {
        const bool subtotal = row.value(0).toString() == QLatin1String("subtotal");
        html += bold || subtotal ? QStringLiteral("<tr style=\"font-weight: bold;\">")
                                 : QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c) {
            QString text = reportCellText(t, c, row.value(c));
            if (c == 0)
                text = rowWord(text);
            const bool right = isReportNumber(row.value(c));
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(right ? QStringLiteral(" align=\"right\"") : QString(), esc(text));
        }
        html += QStringLiteral("</tr>");
    };
    for (const QVariantList &row : t.rows)
        addRow(row, false);
    if (!t.totals.isEmpty())
        addRow(t.totals, true);
    html += QStringLiteral("</table>");
    if (t.rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No rows match these filters.")));
    html += QStringLiteral("</body></html>");
    return html;
}

void fillReportDocument(QTextDocument &document, const ReportSheet &sheet)
{
    if (!sheet.chart.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(chartUrl()), sheet.chart);
    document.setHtml(reportHtml(sheet));
}

int paintReport(const ReportSheet &sheet, QPagedPaintDevice &device)
{
    QTextDocument document;
    fillReportDocument(document, sheet);
    const QString left = QStringLiteral("%1 — %2").arg(sheet.companyName, reportTitle(sheet.table.name));
    return paintPaged(document, device, [left](int page, int pages) {
        return PageFooter{left, pageOf(page, pages)};
    });
}

Result<void> writeReportPdf(const ReportSheet &sheet, const QString &path)
{
    QSaveFile file(path);
    auto failed = [&] {
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    {
        QPdfWriter writer(&file);
        usePrintLayout(writer);
        writer.setResolution(300);
        writer.setTitle(reportTitle(sheet.table.name));
        writer.setCreator(QStringLiteral("Stockbook"));
        if (paintReport(sheet, writer) == 0)
            return failed();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace stockbook::print

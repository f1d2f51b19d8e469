// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ReportSheet.h"

#include "PagedDocument.h"
#include "Tr.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/output/ReportFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

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

const QString ChartUrl = QStringLiteral("stockbook:chart");
constexpr qreal CellPaddingX = 4.0;
constexpr qreal CellPaddingY = 3.0;
constexpr qreal GapBelowHeader = 8.0;
constexpr int TablePixelSize = 12;       // 9 pt at 96 dpi
constexpr qsizetype ProgressRows = 2000; // rows measured between two progress reports

// The first column says what a row is ("kind"), in words as on the screen.
QString rowWord(const QString &text)
{
    if (text == QLatin1String("total"))
        return tr("Total");
    if (text == QLatin1String("subtotal"))
        return tr("Subtotal");
    if (text == QLatin1String("item"))
        return tr("Item");
    if (text == QLatin1String("opening"))
        return tr("Opening");
    if (text == QLatin1String("closing"))
        return tr("Closing");
    if (text == QLatin1String("movement"))
        return tr("Movement");
    return text;
}

// Company, title, filters, when, and the chart: everything above the table.
QString headerHtml(const ReportSheet &sheet)
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
                    .arg(ChartUrl)
                    .arg(width)
                    .arg(height);
    }
    if (t.rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No rows match these filters.")));
    html += QStringLiteral("</body></html>");
    return html;
}

// The table's measures and the pages it needs, from the sheet and the page.
class TableLayout {
public:
    TableLayout(const ReportSheet &sheet, const PageGeometry &page, qreal headerHeight,
                const ReportProgress &progress)
        : m_table(sheet.table), m_display(sheet.table)
    {
        m_font.setFamily(QStringLiteral("sans-serif"));
        m_font.setStyleHint(QFont::SansSerif);
        m_font.setPixelSize(TablePixelSize);
        m_bold = m_font;
        m_bold.setBold(true);
        const QFontMetricsF plain(m_font);
        const QFontMetricsF bold(m_bold);
        m_rowHeight = std::ceil(std::max(plain.height(), bold.height())) + 2 * CellPaddingY;

        const qsizetype columns = m_table.columns.size();
        QList<qreal> widths(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = bold.horizontalAdvance(reportColumnTitle(m_table.columns.at(c)));
        for (qsizetype r = 0; r < m_table.rowCountWithTotals(); ++r) {
            if (progress && r % ProgressRows == 0 && !progress(r, 2 * m_table.rowCountWithTotals())) {
                m_stopped = true;
                return;
            }
            const QFontMetricsF &fm = isBold(r) ? bold : plain;
            for (qsizetype c = 0; c < columns; ++c)
                widths[c] = std::max(widths[c], fm.horizontalAdvance(text(r, c)));
        }
        qreal natural = 0;
        for (qreal &w : widths) {
            w += 2 * CellPaddingX + 1;
            natural += w;
        }
        // Fill the page's width; when the figures are wider, shrink every
        // column alike and elide what no longer fits.
        const qreal factor = natural > 0 ? page.body.width() / natural : 1.0;
        qreal x = 0;
        for (qreal w : widths) {
            m_columnX.append(x);
            x += w * factor;
        }
        m_columnX.append(x);

        m_firstTop = headerHeight + GapBelowHeader;
        m_firstPageRows = rowsFitting(page.body.height() - m_firstTop);
        m_otherPageRows = std::max(1, rowsFitting(page.body.height()));
    }

    bool stopped() const { return m_stopped; }
    qsizetype rowCount() const { return m_table.rowCountWithTotals(); }

    int pageCount() const
    {
        if (m_table.columns.isEmpty() || m_table.rowCountWithTotals() <= m_firstPageRows)
            return 1;
        const qsizetype rest = m_table.rowCountWithTotals() - m_firstPageRows;
        return 1 + int((rest + m_otherPageRows - 1) / m_otherPageRows);
    }

    // The rows [first, end) on a page (0-based), and where the table starts.
    void rowsOn(int page, qsizetype *first, qsizetype *end, qreal *top) const
    {
        if (page == 0) {
            *first = 0;
            *end = std::min<qsizetype>(m_table.rowCountWithTotals(), m_firstPageRows);
            *top = m_firstTop;
            return;
        }
        *first = m_firstPageRows + qsizetype(page - 1) * m_otherPageRows;
        *end = std::min<qsizetype>(m_table.rowCountWithTotals(), *first + m_otherPageRows);
        *top = 0;
    }

    void paint(QPainter &painter, int page) const
    {
        qsizetype first = 0;
        qsizetype end = 0;
        qreal y = 0;
        rowsOn(page, &first, &end, &y);
        if (m_table.columns.isEmpty() || first >= end)
            return;
        const QPen grid(QColor(0x99, 0x99, 0x99), 0.5);
        // The header row, on every page.
        painter.fillRect(QRectF(0, y, m_columnX.last(), m_rowHeight), QColor(0xee, 0xee, 0xee));
        painter.setFont(m_bold);
        for (qsizetype c = 0; c < m_table.columns.size(); ++c)
            drawCell(painter, grid, c, y, reportColumnTitle(m_table.columns.at(c)), Qt::AlignHCenter);
        y += m_rowHeight;
        for (qsizetype r = first; r < end; ++r) {
            painter.setFont(isBold(r) ? m_bold : m_font);
            for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
                const bool number = isReportNumber(m_table.cellWithTotals(r, int(c)));
                drawCell(painter, grid, c, y, text(r, c), number ? Qt::AlignRight : Qt::AlignLeft);
            }
            y += m_rowHeight;
        }
    }

private:
    int rowsFitting(qreal height) const
    {
        // Less the header row.
        return std::max(0, int(std::floor(height / m_rowHeight)) - 1);
    }

    bool isBold(qsizetype row) const
    {
        return row >= m_table.rows.size()
            || m_table.rows.cell(row, 0).toString() == QLatin1String("subtotal");
    }

    QString text(qsizetype row, qsizetype column) const
    {
        return reportSheetCellText(m_display, m_table, row, int(column));
    }

    void drawCell(QPainter &painter, const QPen &grid, qsizetype column, qreal y, const QString &text,
                  Qt::Alignment align) const
    {
        const QRectF cell(m_columnX.at(column), y, m_columnX.at(column + 1) - m_columnX.at(column),
                          m_rowHeight);
        painter.setPen(grid);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        const QRectF inner = cell.adjusted(CellPaddingX, 0, -CellPaddingX, 0);
        const QString shown = QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, inner.width());
        painter.drawText(inner, int(align | Qt::AlignVCenter), shown);
    }

    const ReportTable &m_table;
    ReportCellDisplay m_display;
    QFont m_font;
    QFont m_bold;
    QList<qreal> m_columnX;
    qreal m_rowHeight = 0;
    qreal m_firstTop = 0;
    int m_firstPageRows = 0;
    int m_otherPageRows = 1;
    bool m_stopped = false;
};

// The part above the table, laid out at the page's width.
struct HeaderBlock {
    QTextDocument document;
    LayoutDevice device;

    HeaderBlock(const ReportSheet &sheet, qreal width)
    {
        device.attach(document);
        if (!sheet.chart.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(ChartUrl), sheet.chart);
        document.setHtml(headerHtml(sheet));
        document.setTextWidth(width);
    }
    ~HeaderBlock() { device.detach(document); }
    qreal height() const { return document.size().height(); }
};

} // namespace

QString reportSheetCellText(const ReportCellDisplay &display, const ReportTable &table, qsizetype row,
                            int column)
{
    const QString cell = display.text(column, table.cellWithTotals(row, column));
    return column == 0 ? rowWord(cell) : cell;
}

QString reportFiltersText(const ReportTable &table)
{
    // The values of --period and --by are words, shown as the filter bar does.
    static const struct {
        const char *value;
        const char *text;
    } words[] = {
        {"day", QT_TRANSLATE_NOOP("stockbook::print", "Day")},
        {"week", QT_TRANSLATE_NOOP("stockbook::print", "Week")},
        {"month", QT_TRANSLATE_NOOP("stockbook::print", "Month")},
        {"revenue", QT_TRANSLATE_NOOP("stockbook::print", "Revenue")},
        {"quantity", QT_TRANSLATE_NOOP("stockbook::print", "Quantity")},
    };
    QStringList parts;
    const ReportDefinition *report = findReport(table.name);
    for (const QString &filter : report ? report->filters : QStringList()) {
        QString text = table.filters.value(filter).toString();
        if (text.isEmpty())
            text = tr("all");
        if (filter == QLatin1String("period") || filter == QLatin1String("by")) {
            for (const auto &word : words) {
                if (text == QLatin1String(word.value))
                    text = tr(word.text);
            }
        }
        parts << QStringLiteral("%1: %2").arg(reportFilterTitle(filter), text);
    }
    return parts.join(QStringLiteral(" · "));
}

int paintReport(const ReportSheet &sheet, QPagedPaintDevice &device, const ReportProgress &progress)
{
    const PageGeometry page = pageGeometry(device);
    HeaderBlock header(sheet, page.body.width());
    const TableLayout table(sheet, page, header.height(), progress);
    if (table.stopped())
        return -1;
    const int pages = table.pageCount();
    const qsizetype rows = table.rowCount();
    const QString left = QStringLiteral("%1 — %2").arg(sheet.companyName, reportTitle(sheet.table.name));

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    for (int p = 0; p < pages; ++p) {
        if (progress) {
            qsizetype first = 0;
            qsizetype end = 0;
            qreal top = 0;
            table.rowsOn(p, &first, &end, &top);
            if (!progress(rows + std::min(first, rows), 2 * rows)) {
                painter.end();
                return -1;
            }
        }
        if (p > 0)
            device.newPage();
        painter.save();
        painter.scale(page.scaleX, page.scaleY);
        if (p == 0) {
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), page.body));
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, 0), page.body);
            header.document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        table.paint(painter, p);
        paintFooter(painter, page, PageFooter{left, pageOf(p + 1, pages)}, header.document.defaultFont());
        painter.restore();
    }
    painter.end();
    if (progress)
        progress(2 * rows, 2 * rows);
    return pages;
}

int writeReportPdf(const ReportSheet &sheet, QIODevice &device, const ReportProgress &progress)
{
    QPdfWriter writer(&device);
    usePrintLayout(writer);
    writer.setResolution(300);
    writer.setTitle(reportTitle(sheet.table.name));
    writer.setCreator(QStringLiteral("Stockbook"));
    return paintReport(sheet, writer, progress);
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
    if (writeReportPdf(sheet, file) <= 0)
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace stockbook::print

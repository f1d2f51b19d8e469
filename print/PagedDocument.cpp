// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace stockbook::print {

namespace {

// Document units: pixels at 96 dpi, whatever the screen (the command line
// has none) and whatever the device.
constexpr qreal LayoutDpi = 96.0;
constexpr qreal FooterHeight = 28.0; // in document units: a gap, a rule, a line of text
constexpr int FooterPixelSize = 11;

} // namespace

QString pageOf(int page, int pages)
{
    return QCoreApplication::translate("stockbook::print", "Page %1 of %2").arg(page).arg(pages);
}

void usePrintLayout(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

int paintPaged(QTextDocument &document, QPagedPaintDevice &device, const FooterFn &footer)
{
    // A fixed-resolution layout device, so fonts, images and table borders
    // measure the same on every machine.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = static_cast<int>(std::lround(LayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterX(dotsPerMeter);
    layoutDevice.setDotsPerMeterY(dotsPerMeter);
    document.documentLayout()->setPaintDevice(&layoutDevice);

    const qreal scaleX = device.logicalDpiX() / LayoutDpi;
    const qreal scaleY = device.logicalDpiY() / LayoutDpi;
    const QSizeF area(device.width() / scaleX, device.height() / scaleY);
    const QSizeF body(area.width(), area.height() - FooterHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        document.documentLayout()->setPaintDevice(nullptr);
        return 0;
    }
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(FooterPixelSize);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scaleX, scaleY);
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.scale(scaleX, scaleY);
        const PageFooter text = footer ? footer(page + 1, pages)
                                       : PageFooter{QString(), pageOf(page + 1, pages)};
        const qreal top = body.height() + 8.0;
        painter.setPen(QPen(Qt::gray, 0.5));
        painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        const QRectF line(0, top + 3.0, body.width(), FooterHeight - 11.0);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text.left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, text.right);
        painter.restore();
    }
    painter.end();
    document.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

} // namespace stockbook::print

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace stockbook::print {

namespace {

constexpr qreal FooterHeight = 28.0; // a gap, a rule, a line of text
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

PageGeometry pageGeometry(const QPagedPaintDevice &device)
{
    PageGeometry page;
    page.scaleX = device.logicalDpiX() / LayoutDpi;
    page.scaleY = device.logicalDpiY() / LayoutDpi;
    page.body = QSizeF(device.width() / page.scaleX, device.height() / page.scaleY - FooterHeight);
    return page;
}

LayoutDevice::LayoutDevice() : m_image(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = static_cast<int>(std::lround(LayoutDpi / 0.0254));
    m_image.setDotsPerMeterX(dotsPerMeter);
    m_image.setDotsPerMeterY(dotsPerMeter);
}

void LayoutDevice::attach(QTextDocument &document)
{
    document.documentLayout()->setPaintDevice(&m_image);
}

void LayoutDevice::detach(QTextDocument &document)
{
    document.documentLayout()->setPaintDevice(nullptr);
}

void paintFooter(QPainter &painter, const PageGeometry &page, const PageFooter &footer, const QFont &base)
{
    painter.save();
    QFont font = base;
    font.setPixelSize(FooterPixelSize);
    font.setBold(false);
    const qreal top = page.body.height() + 8.0;
    painter.setPen(QPen(Qt::gray, 0.5));
    painter.drawLine(QPointF(0, top), QPointF(page.body.width(), top));
    painter.setPen(Qt::black);
    painter.setFont(font);
    const QRectF line(0, top + 3.0, page.body.width(), FooterHeight - 11.0);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer.left);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, footer.right);
    painter.restore();
}

int paintPaged(QTextDocument &document, QPagedPaintDevice &device, const FooterFn &footer)
{
    LayoutDevice layoutDevice;
    layoutDevice.attach(document);
    const PageGeometry geometry = pageGeometry(device);
    document.setPageSize(geometry.body);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        layoutDevice.detach(document);
        return 0;
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(geometry.scaleX, geometry.scaleY);
        painter.save();
        const QRectF clip(0, page * geometry.body.height(), geometry.body.width(), geometry.body.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, geometry,
                    footer ? footer(page + 1, pages) : PageFooter{{}, pageOf(page + 1, pages)},
                    document.defaultFont());
        painter.restore();
    }
    painter.end();
    layoutDevice.detach(document);
    return pages;
}

} // namespace stockbook::print

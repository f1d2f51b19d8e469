// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QImage>
#include <QSizeF>
#include <QString>

#include <functional>

class QFont;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace stockbook::print {

// Pages are laid out in document units, pixels at 96 dpi whatever the screen
// (the command line has none) and whatever the device, then painted scaled
// to the device.
inline constexpr qreal LayoutDpi = 96.0;

// The footer of page `page` (1-based) of `pages`: left and right text.
struct PageFooter {
    QString left;
    QString right;
};
using FooterFn = std::function<PageFooter(int page, int pages)>;

// The printable area of a device in document units, less the footer line.
struct PageGeometry {
    qreal scaleX = 1; // device pixels per document unit
    qreal scaleY = 1;
    QSizeF body;
};
PageGeometry pageGeometry(const QPagedPaintDevice &device);

// A 96 dpi paint device for QTextDocument layouts, so fonts, images and
// borders measure the same on every machine.
class LayoutDevice {
public:
    LayoutDevice();
    void attach(QTextDocument &document);
    void detach(QTextDocument &document);

private:
    QImage m_image;
};

// The rule and the footer text under the body, on a painter already scaled
// to document units.
void paintFooter(QPainter &painter, const PageGeometry &page, const PageFooter &footer, const QFont &base);

// Lays the document out on the device's printable area less a footer line,
// then paints it page by page with the footer under each page. The device's
// page layout is used as it is (QPdfWriter: call usePrintLayout() first).
// Returns the number of pages, or 0 when no painter could be opened.
int paintPaged(QTextDocument &document, QPagedPaintDevice &device, const FooterFn &footer);

// A4 portrait with 15 mm margins, for PDFs written without a print dialog.
void usePrintLayout(QPagedPaintDevice &device);

// "Page 2 of 5".
QString pageOf(int page, int pages);

} // namespace stockbook::print

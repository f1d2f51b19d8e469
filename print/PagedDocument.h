// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace stockbook::print {

// The footer of page `page` (1-based) of `pages`: left and right text.
struct PageFooter {
    QString left;
    QString right;
};
using FooterFn = std::function<PageFooter(int page, int pages)>;

// Lays the document out at 96 dots per inch on the device's printable area
// less a footer line, then paints it page by page, scaled to the device, with
// the footer under each page. The device's page layout is used as it is
// (QPdfWriter: call usePrintLayout() first). Returns the number of pages, or
// 0 when no painter could be opened on the device.
int paintPaged(QTextDocument &document, QPagedPaintDevice &device, const FooterFn &footer);

// A4 portrait with 15 mm margins, for PDFs written without a print dialog.
void usePrintLayout(QPagedPaintDevice &device);

// "Page 2 of 5".
QString pageOf(int page, int pages);

} // namespace stockbook::print

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QObject>

namespace stockbook::ui {

// A page that File > Print can print. The main window asks the page shown
// (or, for a page of tabs, the tab shown) through qobject_cast; such a page
// also declares the signal printableChanged(), emitted when canPrint() may
// have changed (a selection, a new result), so the action follows it.
class Printable {
public:
    virtual ~Printable() = default;

    // Whether there is something to print now (a row selected, a result shown).
    virtual bool canPrint() const = 0;
    // Opens the print preview of it (window-modal; returns at once).
    virtual void printPreview() = 0;
};

} // namespace stockbook::ui

#define StockbookPrintable_iid "org.stockbook.ui.Printable"
Q_DECLARE_INTERFACE(stockbook::ui::Printable, StockbookPrintable_iid)

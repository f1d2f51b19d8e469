// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

namespace stockbook::ui {

// How invoices are numbered: one series per kind of document and year, read
// only. The format comes from core (InvoiceStore::formatNumber); core offers
// no call that reads a series' next number, so none is shown.
class NumberingTab : public QWidget {
    Q_OBJECT

public:
    explicit NumberingTab(QWidget *parent = nullptr);
};

} // namespace stockbook::ui

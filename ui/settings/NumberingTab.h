// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// How invoices are numbered: one series per kind of document and year, read
// only, with each series' first number this year and the number its next
// posted document gets (InvoiceService::numberSeries, settings.edit).
class NumberingTab : public QWidget {
    Q_OBJECT

public:
    explicit NumberingTab(CompanySession &company, QWidget *parent = nullptr);

    // Reads the series again (posting elsewhere moves the next numbers on).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    CompanySession &m_company;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stockbook::ui

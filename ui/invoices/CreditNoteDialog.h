// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// The quantities of a sale to credit, one row per line: line number,
// product, what may still be credited and the editable Credit column, with
// the running total of the credit note. OK makes the credit note
// (InvoiceService::creditNote, invoice.credit); a refusal is shown in the
// dialog, which stays open with what was typed. Opens wide enough for every
// column, the Credit column in view.
class CreditNoteDialog : public QDialog {
    Q_OBJECT

public:
    // `creditable`: per line of `sale`, in order, the quantity not yet credited.
    CreditNoteDialog(CompanySession &company, const Invoice &sale, const QList<qint64> &creditable,
                     QWidget *parent = nullptr);

    // The credit note made, once accepted.
    const Invoice &note() const { return m_note; }

public slots:
    bool makeCreditNote();

private:
    void updateTotal();
    void fitToColumns();

    CompanySession &m_company;
    Invoice m_sale;
    Invoice m_note;
    QTableWidget *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stockbook::ui

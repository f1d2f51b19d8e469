// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "common/Printable.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace stockbook {
class CompanySession;
class InvoiceListModel;
} // namespace stockbook

namespace stockbook::ui {

// Invoices of some types with filters (type, status, dates, partner,
// number), the sum of the filtered totals and the detail on Enter or a
// double-click. Column layout is remembered under settingsKey (none when
// empty). File > Print previews the selected invoice.
class InvoiceListPage : public QWidget, public Printable {
    Q_OBJECT
    Q_INTERFACES(stockbook::ui::Printable)

public:
    // types: "sale", "credit_note", "purchase"; the first decides whether
    // the partner filter lists customers or suppliers.
    InvoiceListPage(CompanySession &company, const QStringList &types, const QString &settingsKey,
                    QWidget *parent = nullptr);
    ~InvoiceListPage() override;

    InvoiceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The invoice of the selected row, 0 when none is selected.
    qint64 selectedInvoiceId() const;
    bool canPrint() const override;
    void printPreview() override;

    // The QSettings key of the column layout, for this version of the columns.
    static QString headerKey(const QString &settingsKey);

public slots:
    void refresh();
    void openDetail(int row);

signals:
    void printableChanged();

private:
    void applyFilter();
    void saveLayout();
    void updateSum();

    CompanySession &m_company;
    QStringList m_types;
    QString m_settingsKey;
    bool m_layoutChanged = false;
    InvoiceListModel *m_model = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_partner = nullptr;
    QLineEdit *m_number = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_sum = nullptr;
};

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// The filters of one report, each shown only when the report takes it
// (its entry in services/reports/ReportRegistry.h): date range, as-of day, warehouse, category,
// supplier, customer, product, period, ranking and row limit. The choices
// come from the services; the values are checked by ReportService, which
// names what is wrong. Widgets are named "<filter>Filter" (fromFilter,
// warehouseFilter, ...).
class ReportFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit ReportFilterBar(CompanySession &company, QWidget *parent = nullptr);

    void setReport(const QString &report);
    ReportFilters filters() const;

    // Test and tour hooks.
    void setDateRange(const QDate &from, const QDate &to);
    void setAsOf(const QDate &day);
    void setPeriod(const QString &period); // day, week or month

signals:
    void runRequested(); // Enter in the product field

private:
    void addFilter(const QString &name, QWidget *field);
    void loadChoices();

    CompanySession &m_company;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_warehouse = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_supplier = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_product = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_by = nullptr;
    QSpinBox *m_limit = nullptr;
};

} // namespace stockbook::ui

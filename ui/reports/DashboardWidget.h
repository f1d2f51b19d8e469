// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class ReportRunner;

// The manager's first page: today's and this month's sales, how many
// products are at or below their reorder level, the overdue receivables, and
// twelve months of sales as bars, all from the dashboard report
// (ReportService::dashboard), run on a worker thread each time the page is
// shown and by Refresh (F5). Figures are labels named "salesTodayValue",
// "salesMonthValue", "lowStockValue" and "overdueValue".
class DashboardWidget : public QWidget {
    Q_OBJECT

public:
    explicit DashboardWidget(CompanySession &company, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void refresh();
    bool isRunning() const;
    // The day the figures are for; invalid: today (tests fix it).
    void setAsOf(const QDate &day) { m_asOf = day; }
    const ReportTable &table() const { return m_table; }

signals:
    void refreshed();
    void refreshFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTable(const ReportTable &table);
    void showError(const QString &message);

    CompanySession &m_company;
    ReportRunner *m_runner = nullptr;
    QString m_currency;
    QDate m_asOf;
    ReportTable m_table;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_salesToday = nullptr;
    QLabel *m_salesMonth = nullptr;
    QLabel *m_lowStock = nullptr;
    QLabel *m_overdue = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace stockbook::ui

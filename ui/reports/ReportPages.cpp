// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportPages.h"

#include "mainwindow/MainWindow.h"
#include "reports/DashboardWidget.h"
#include "reports/ReportView.h"

namespace stockbook::ui {

QWidget *createDashboardPage(CompanySession &company, QWidget *parent)
{
    return new DashboardWidget(company, parent);
}

QWidget *createReportsPage(CompanySession &company, QWidget *parent)
{
    return new ReportView(company, parent);
}

void registerReportPages(MainWindow &window)
{
    window.setPageFactory(QStringLiteral("dashboard"), &createDashboardPage);
    window.setPageFactory(QStringLiteral("reports"), &createReportsPage);
}

} // namespace stockbook::ui

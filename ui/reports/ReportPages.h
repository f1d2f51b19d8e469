// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class MainWindow;

// The "dashboard" page (DashboardWidget) and the "reports" page (ReportView),
// both for sessions with report.view (shell/Pages.cpp).
QWidget *createDashboardPage(CompanySession &company, QWidget *parent);
QWidget *createReportsPage(CompanySession &company, QWidget *parent);
void registerReportPages(MainWindow &window);

} // namespace stockbook::ui

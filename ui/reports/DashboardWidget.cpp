// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/DashboardWidget.h"

#include "domain/NumberFormat.h"
#include "reports/ReportChart.h"
#include "reports/ReportRunner.h"
#include "reports/ReportWidgets.h"
#include "services/CompanySession.h"
#include "services/settings/SettingsService.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

DashboardWidget::DashboardWidget(CompanySession &company, QWidget *parent)
    : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("dashboard"));
    const auto settings = SettingsService(company).get();
    m_currency = settings.ok() ? settings->currency : QString();
    m_runner = new ReportRunner(company, this);
    connect(m_runner, &ReportRunner::finished, this, &DashboardWidget::showTable);
    connect(m_runner, &ReportRunner::failed, this, &DashboardWidget::showError);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setText(settings.ok() ? tr("Dashboard — %1").arg(settings->name) : tr("Dashboard"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading the figures"));
    m_busy->hide();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDashboardButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *tiles = new QGridLayout;
    layout->addLayout(tiles);
    auto tile = [&](const QString &caption, const char *name, int column) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QString::fromLatin1(name) + QStringLiteral("Tile"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *label = new QLabel(caption, frame);
        label->setObjectName(QString::fromLatin1(name) + QStringLiteral("Caption"));
        auto *value = new QLabel(QStringLiteral("—"), frame);
        value->setObjectName(QString::fromLatin1(name) + QStringLiteral("Value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *detail = new QLabel(frame);
        detail->setObjectName(QString::fromLatin1(name) + QStringLiteral("Detail"));
        box->addWidget(label);
        box->addWidget(value);
        box->addWidget(detail);
        value->setAccessibleName(caption);
        tiles->addWidget(frame, 0, column);
        return value;
    };
    m_salesToday = tile(tr("Sales today"), "salesToday", 0);
    m_salesMonth = tile(tr("Sales this month"), "salesMonth", 1);
    m_lowStock = tile(tr("Products at or below reorder level"), "lowStock", 2);
    m_overdue = tile(tr("Overdue receivables"), "overdue", 3);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("dashboardChart"));
    m_chart->setAccessibleName(tr("Sales of the last 12 months"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    nameScrollArea(m_chart, QStringLiteral("dashboardChart"));
    layout->addWidget(m_chart, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::refresh);
}

DashboardWidget::~DashboardWidget() = default;

bool DashboardWidget::isRunning() const
{
    return m_runner->isRunning();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isRunning())
        refresh();
}

void DashboardWidget::refresh()
{
    ReportFilters filters;
    filters.asOf = m_asOf;
    m_busy->show();
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading…"));
    m_runner->start(QStringLiteral("dashboard"), filters);
}

void DashboardWidget::showTable(const ReportTable &table)
{
    m_table = table;
    m_busy->hide();
    m_refresh->setEnabled(true);
    const QString money = m_currency.isEmpty() ? QStringLiteral("%1") : QStringLiteral("%1 ") + m_currency;
    auto detail = [this](QLabel *value) {
        return findChild<QLabel *>(
            value->objectName().replace(QStringLiteral("Value"), QStringLiteral("Detail")));
    };
    for (const QVariantList &row : table.rows) {
        const QString metric = row.value(0).toString();
        const qint64 amount = row.value(2).toLongLong();
        const qint64 count = row.value(3).toLongLong();
        if (metric == QLatin1String("sales_today")) {
            m_salesToday->setText(money.arg(NumberFormat().money(amount)));
            detail(m_salesToday)->setText(tr("%n invoice(s)", nullptr, int(count)));
        } else if (metric == QLatin1String("sales_this_month")) {
            m_salesMonth->setText(money.arg(NumberFormat().money(amount)));
            detail(m_salesMonth)->setText(tr("%n invoice(s)", nullptr, int(count)));
        } else if (metric == QLatin1String("low_stock")) {
            m_lowStock->setText(QLocale().toString(count));
            detail(m_lowStock)
                ->setText(count > 0 ? tr("See the Low stock report") : tr("Nothing to reorder"));
        } else if (metric == QLatin1String("overdue_receivables")) {
            m_overdue->setText(money.arg(NumberFormat().money(amount)));
            detail(m_overdue)->setText(tr("%n invoice(s) past due", nullptr, int(count)));
        }
    }
    QChart *old = m_chart->chart();
    QChart *chart = createMonthlySalesChart(table);
    m_chart->setChart(chart ? chart : new QChart);
    delete old;
    m_status->setText(tr("As of %1").arg(table.filters.value(QStringLiteral("as_of")).toString()));
    emit refreshed();
}

void DashboardWidget::showError(const QString &message)
{
    m_busy->hide();
    m_refresh->setEnabled(true);
    m_status->setText(message);
    emit refreshFailed(message);
}

} // namespace stockbook::ui

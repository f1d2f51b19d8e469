// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// The Reports page reads the report registry: its list, its filter bar and
// its chart, shown with stock-value-by-category (figures of StockValueShop.h).
#include "StockValueShop.h"
#include "UiDriver.h"
#include "Wait.h"

#include "reports/ReportView.h"
#include "services/reports/ReportRegistry.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace stockbook;
using namespace stockbook::test;
using stockbook::ui::ReportView;

namespace {

void runAndWait(ReportView &view)
{
    QSignalSpy finished(&view, &ReportView::reportFinished);
    QSignalSpy failed(&view, &ReportView::reportFailed);
    QTest::mouseClick(named<QPushButton>(view, "runReportButton"), Qt::LeftButton);
    REQUIRE_EVENTUALLY_WITHIN(!finished.isEmpty() || !failed.isEmpty(), 20000);
    INFO("error: " << (failed.isEmpty() ? std::string() : failed.first().first().toString().toStdString()));
    REQUIRE(finished.count() == 1);
}

} // namespace

TEST_CASE("The Reports page lists the registry's reports, but the dashboard, in its order")
{
    StockValueShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    const auto *combo = named<QComboBox>(view, "reportCombo");
    QStringList expected;
    for (const ReportDefinition &d : reportRegistry())
        if (d.name != QLatin1String("dashboard"))
            expected << d.name;
    QStringList listed;
    for (int i = 0; i < combo->count(); ++i)
        listed << combo->itemData(i).toString();
    CHECK(listed == expected);
    const int index = combo->findData(QStringLiteral("stock-value-by-category"));
    REQUIRE(index >= 0);
    CHECK(combo->itemText(index) == QStringLiteral("Stock value by category"));
}

TEST_CASE("stock-value-by-category on the Reports page: its filters, the table and a pie by category")
{
    StockValueShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportView view(*shop.tc.company);
    view.selectReport(QStringLiteral("stock-value-by-category"));
    // The registry's filters, warehouse and category; no dates.
    CHECK_FALSE(named<QWidget>(view, "warehouseFilter")->isHidden());
    CHECK_FALSE(named<QWidget>(view, "categoryFilter")->isHidden());
    CHECK(named<QWidget>(view, "fromFilter")->isHidden());
    CHECK(named<QWidget>(view, "periodFilter")->isHidden());

    runAndWait(view);
    const QAbstractItemModel *m = view.tableView()->model();
    REQUIRE(m->rowCount() == 6); // five groups and the totals row
    QStringList first;
    QStringList last;
    for (int c = 0; c < m->columnCount(); ++c) {
        first << m->index(0, c).data().toString();
        last << m->index(5, c).data().toString();
    }
    CHECK(first
          == QStringList{QStringLiteral("Paint"), QStringLiteral("BACK"), QStringLiteral("4"),
                         QStringLiteral("13.33")});
    CHECK(last
          == QStringList{QStringLiteral("Total"), QString(), QStringLiteral("17"), QStringLiteral("73.64")});

    // The pie sums each category over the warehouses: Paint 13.33; Tools
    // 22.00 + 34.35 = 56.35; no category 0.99 + 2.97 = 3.96.
    CHECK_FALSE(view.chartView()->isHidden());
    const QChart *chart = view.chartView()->chart();
    CHECK(chart->title() == QStringLiteral("Stock value by category"));
    REQUIRE(chart->series().size() == 1);
    const auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
    REQUIRE(pie);
    QStringList labels;
    for (const QPieSlice *slice : pie->slices())
        labels << slice->label();
    CHECK(labels
          == QStringList{QStringLiteral("(no category): 3.96"), QStringLiteral("Paint: 13.33"),
                         QStringLiteral("Tools: 56.35")});
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// The stock-value-by-category report (figures worked out in
// StockValueShop.h) and the report registry every report is listed in.
#include "StockValueShop.h"

#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString Name = QStringLiteral("stock-value-by-category");

QVariantList row(const char *category, const char *warehouse, qint64 quantity, qint64 value)
{
    return {QString::fromUtf8(category), QString::fromLatin1(warehouse), quantity, value};
}

void checkRows(const ReportTable &t, const QList<QVariantList> &expected)
{
    REQUIRE(t.rows.size() == expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        INFO("row " << r);
        CHECK(t.rows.at(r) == expected.at(r));
    }
}

} // namespace

TEST_CASE("stock-value-by-category: hand-computed values per category and warehouse")
{
    StockValueShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    auto t = ReportService(*shop.tc.company).run(Name, {});
    REQUIRE_OK(t);
    CHECK(t->name == Name);
    CHECK(t->columns
          == QStringList{QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                         QStringLiteral("value")});
    // Named categories by name, then the products without one; warehouses by code.
    checkRows(t.value(),
              {row("Paint", "BACK", 4000, 1333), row("Tools", "BACK", 4000, 2200),
               row("Tools", "MAIN", 5000, 3435), row("(no category)", "BACK", 1000, 99),
               row("(no category)", "MAIN", 3000, 297)});
    CHECK(t->totals == QVariantList{QStringLiteral("total"), QString(), qint64(17000), qint64(7364)});
    CHECK(reportCsv(t.value(), CsvDecimal::Dot)
          == QByteArray("\xEF\xBB\xBF"
                        "category,warehouse,quantity,value\r\n"
                        "Paint,BACK,4,13.33\r\nTools,BACK,4,22.00\r\nTools,MAIN,5,34.35\r\n"
                        "(no category),BACK,1,0.99\r\n(no category),MAIN,3,2.97\r\ntotal,,17,73.64\r\n"));
}

TEST_CASE("stock-value-by-category: warehouse and category filters, unknown names")
{
    StockValueShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportService reports(*shop.tc.company);
    ReportFilters main;
    main.warehouse = QStringLiteral("main"); // codes match without regard to case
    auto inMain = reports.run(Name, main);
    REQUIRE_OK(inMain);
    // Tools MAIN 5 pieces 34.35; no category MAIN 3 pieces 2.97: 8 units, 37.32.
    checkRows(inMain.value(), {row("Tools", "MAIN", 5000, 3435), row("(no category)", "MAIN", 3000, 297)});
    CHECK(inMain->totals == QVariantList{QStringLiteral("total"), QString(), qint64(8000), qint64(3732)});
    CHECK(inMain->filters.value(QStringLiteral("warehouse")).toString() == QStringLiteral("main"));

    ReportFilters paint;
    paint.category = QStringLiteral("Paint");
    auto onlyPaint = reports.run(Name, paint);
    REQUIRE_OK(onlyPaint);
    checkRows(onlyPaint.value(), {row("Paint", "BACK", 4000, 1333)});
    CHECK(onlyPaint->totals == QVariantList{QStringLiteral("total"), QString(), qint64(4000), qint64(1333)});

    ReportFilters nowhere;
    nowhere.warehouse = QStringLiteral("ATTIC");
    REQUIRE_ERROR(reports.run(Name, nowhere), ErrorCode::NotFound);
    ReportFilters nothing;
    nothing.category = QStringLiteral("Garden");
    REQUIRE_ERROR(reports.run(Name, nothing), ErrorCode::NotFound);
}

TEST_CASE("stock-value-by-category: a clerk is refused, a manager and an admin are not")
{
    StockValueShop shop;
    ReportService reports(*shop.tc.company);
    shop.tc.actAs(QStringLiteral("clerk"));
    REQUIRE_ERROR(reports.run(Name, {}), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(reports.checkAccess(Name), ErrorCode::PermissionDenied);
    shop.tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(reports.run(Name, {}));
    shop.tc.actAs(QStringLiteral("admin"));
    REQUIRE_OK(reports.run(Name, {}));
}

TEST_CASE("every report in the registry: unique name, title, known filters, the columns it produces")
{
    StockValueShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportService reports(*shop.tc.company);
    const QSet<QString> knownFilters{
        QStringLiteral("from"),      QStringLiteral("to"),       QStringLiteral("as_of"),
        QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("supplier"),
        QStringLiteral("customer"),  QStringLiteral("product"),  QStringLiteral("period"),
        QStringLiteral("by"),        QStringLiteral("limit")};
    QSet<QString> names;
    REQUIRE(reportRegistry().size() == ReportService::reportNames().size());
    for (const ReportDefinition &d : reportRegistry()) {
        INFO(d.name.toStdString());
        CHECK_FALSE(names.contains(d.name));
        names.insert(d.name);
        REQUIRE(d.run);
        REQUIRE(d.title);
        CHECK(reportTitle(d.name) == d.translatedTitle());
        CHECK(ReportService::filtersOf(d.name) == d.filters);
        for (const QString &f : d.filters)
            CHECK(knownFilters.contains(f));
        for (const QString &f : d.needsOneOf)
            CHECK(d.filters.contains(f));
        ReportFilters filters;
        if (d.needsOneOf.contains(QStringLiteral("warehouse")))
            filters.warehouse = QStringLiteral("MAIN");
        auto t = reports.run(d.name, filters);
        REQUIRE_OK(t);
        CHECK(t->name == d.name);
        CHECK(t->columns == d.columnNames());
        // The chart's columns are columns of the table.
        for (const QString &c : d.chart.values)
            CHECK(t->columns.contains(c));
        if (!d.chart.label.isEmpty())
            CHECK(t->columns.contains(d.chart.label));
        CHECK((d.chart.kind == ReportChartKind::None) == (d.chart.title == nullptr));
    }
    CHECK(findReport(QStringLiteral("profit")) == nullptr);
    REQUIRE(findReport(Name));
    CHECK(findReport(Name)->translatedTitle() == QStringLiteral("Stock value by category"));
    CHECK(findReport(Name)->filters == QStringList{QStringLiteral("warehouse"), QStringLiteral("category")});
    // The dashboard has its own page; every other report is on the Reports page.
    for (const ReportDefinition &d : reportRegistry())
        CHECK(d.onReportsPage == (d.name != QLatin1String("dashboard")));
}

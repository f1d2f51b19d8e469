// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportChart.h"

#include "domain/Money.h"
#include "services/reports/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

// Only for drawing: the exact figures stay integers in the table.
double major(const QVariant &minorUnits)
{
    return static_cast<double>(minorUnits.toLongLong()) / 100.0;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *amountAxis(double low, double high)
{
    auto *axis = new QValueAxis;
    const double top = high > 0 ? high * 1.1 : 10.0;
    axis->setRange(std::min(0.0, low), top);
    axis->applyNiceNumbers();
    // Whole units unless the steps are smaller than one.
    axis->setLabelFormat(axis->max() - axis->min() < 10.0 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    return axis;
}

// Vertical bars, one per label.
QChart *barChart(const QString &title, const QString &setName, const QStringList &labels,
                 const QList<double> &values)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(setName);
    for (double v : values)
        *set << v;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    QValueAxis *y = amountAxis(values.isEmpty() ? 0 : *low, values.isEmpty() ? 0 : *high);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

// A period key ("2026-03", "2026-03-02") as the first day it covers.
QDate periodStart(const QString &key)
{
    const QDate day = QDate::fromString(key, Qt::ISODate);
    return day.isValid() ? day : QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

QString monthLabel(const QString &key)
{
    const QDate d = periodStart(key);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yy")) : key;
}

QChart *overTime(const ReportTable &t, const QString &title)
{
    const int period = int(t.columns.indexOf(QStringLiteral("period")));
    const int gross = int(t.columns.indexOf(QStringLiteral("gross")));
    if (period < 0 || gross < 0)
        return nullptr;
    const bool months = t.filters.value(QStringLiteral("period")).toString() == QLatin1String("month");
    if (t.rows.size() <= 36) {
        QStringList labels;
        QList<double> values;
        for (const QVariantList &row : t.rows) {
            const QString key = row.value(period).toString();
            labels << (months ? monthLabel(key) : key);
            values << major(row.value(gross));
        }
        return barChart(title, reportColumnTitle(QStringLiteral("gross")), labels, values);
    }
    // Too many periods for readable bars: a line over a time axis.
    QChart *chart = newChart(title);
    auto *series = new QLineSeries;
    double low = 0;
    double high = 0;
    for (const QVariantList &row : t.rows) {
        const double v = major(row.value(gross));
        low = std::min(low, v);
        high = std::max(high, v);
        series->append(double(periodStart(row.value(period).toString()).startOfDay().toMSecsSinceEpoch()), v);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(months ? QStringLiteral("MMM yy") : QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(8);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = amountAxis(low, high);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *valuation(const ReportTable &t)
{
    const int category = int(t.columns.indexOf(QStringLiteral("category")));
    const int value = int(t.columns.indexOf(QStringLiteral("value")));
    if (category < 0 || value < 0 || t.rows.isEmpty())
        return nullptr;
    QMap<QString, qint64> byCategory; // summed over the warehouses
    for (const QVariantList &row : t.rows)
        byCategory[row.value(category).toString()] += row.value(value).toLongLong();
    const bool negative = std::any_of(byCategory.cbegin(), byCategory.cend(), [](qint64 v) { return v < 0; });
    const QString title = tr("Stock value by category");
    const QString none = tr("(no category)");
    if (negative) {
        QStringList labels;
        QList<double> values;
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            labels << (it.key().isEmpty() ? none : it.key());
            values << major(it.value());
        }
        return barChart(title, reportColumnTitle(QStringLiteral("value")), labels, values);
    }
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        QPieSlice *slice = series->append(
            QStringLiteral("%1: %2").arg(it.key().isEmpty() ? none : it.key(), formatMoney(it.value())),
            major(it.value()));
        slice->setLabelVisible(true);
    }
    chart->addSeries(series);
    return chart;
}

QChart *aging(const ReportTable &t)
{
    if (t.totals.isEmpty())
        return nullptr;
    QStringList labels;
    QList<double> values;
    for (const char *bucket : {"current", "days_1_30", "days_31_60", "days_61_90", "over_90"}) {
        const int c = int(t.columns.indexOf(QString::fromLatin1(bucket)));
        if (c < 0)
            return nullptr;
        labels << reportColumnTitle(t.columns.at(c));
        values << major(t.totals.value(c));
    }
    return barChart(tr("Receivables by days past due"), reportColumnTitle(QStringLiteral("total")), labels,
                    values);
}

QChart *topList(const ReportTable &t, bool customers)
{
    const bool byQuantity = t.filters.value(QStringLiteral("by")).toString() == QLatin1String("quantity");
    const int label = int(t.columns.indexOf(customers ? QStringLiteral("customer") : QStringLiteral("name")));
    const int value = int(
        t.columns.indexOf(byQuantity ? QStringLiteral("quantity") : QStringLiteral("revenue")));
    if (label < 0 || value < 0 || t.rows.isEmpty())
        return nullptr;
    QChart *chart = newChart(customers ? tr("Top customers") : tr("Top products"));
    auto *set = new QBarSet(reportColumnTitle(t.columns.at(value)));
    QStringList labels;
    double high = 0;
    // The first rank at the top: a horizontal bar series draws from the bottom.
    for (qsizetype i = t.rows.size() - 1; i >= 0; --i) {
        const QVariantList &row = t.rows.at(i);
        const double v = byQuantity ? static_cast<double>(row.value(value).toLongLong()) / 1000.0
                                    : major(row.value(value));
        *set << v;
        high = std::max(high, v);
        labels << row.value(label).toString().left(28);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = amountAxis(0, high);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace

QChart *createMonthlySalesChart(const ReportTable &dashboard)
{
    const int period = int(dashboard.columns.indexOf(QStringLiteral("period")));
    const int amount = int(dashboard.columns.indexOf(QStringLiteral("amount")));
    if (period < 0 || amount < 0)
        return nullptr;
    QStringList labels;
    QList<double> values;
    for (const QVariantList &row : dashboard.rows) {
        if (row.value(0).toString() != QLatin1String("sales_month"))
            continue;
        labels << monthLabel(row.value(period).toString());
        values << major(row.value(amount));
    }
    return barChart(tr("Sales, last 12 months (gross)"), tr("Gross sales"), labels, values);
}

QChart *createReportChart(const ReportTable &t)
{
    if (t.name == QLatin1String("sales"))
        return overTime(t, tr("Gross sales per period"));
    if (t.name == QLatin1String("purchases"))
        return overTime(t, tr("Gross purchases per period"));
    if (t.name == QLatin1String("valuation"))
        return valuation(t);
    if (t.name == QLatin1String("aging"))
        return aging(t);
    if (t.name == QLatin1String("top-products"))
        return topList(t, false);
    if (t.name == QLatin1String("top-customers"))
        return topList(t, true);
    if (t.name == QLatin1String("dashboard"))
        return createMonthlySalesChart(t);
    return nullptr;
}

} // namespace stockbook::ui

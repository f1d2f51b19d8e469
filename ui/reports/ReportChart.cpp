// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportChart.h"

#include "Tr.h"
#include "domain/NumberFormat.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/output/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
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
    // Axis figures as NumberFormat writes them ("1.234,5" in German).
    chart->setLocale(NumberFormat().locale());
    chart->setLocalizeNumbers(true);
    return chart;
}

// The figures axis: Qt's nice range and steps, each step labelled by
// NumberFormat ("5,000" in English, "5.000" in German, whole units unless the
// steps are smaller than one), as every other number a user reads.
QValueAxis *amountAxis(double low, double high)
{
    QValueAxis nice;
    const double top = high > 0 ? high * 1.1 : 10.0;
    nice.setRange(std::min(0.0, low), top);
    nice.applyNiceNumbers();
    const double from = nice.min();
    const double to = nice.max();
    const int ticks = std::max(2, nice.tickCount());
    const int decimals = to - from < 10.0 ? 2 : 0;
    const double scale = decimals == 2 ? 100.0 : 1.0;
    const NumberFormat numbers;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(from);
    for (int i = 0; i < ticks; ++i) {
        const double value = from + (to - from) * i / (ticks - 1);
        axis->append(numbers.money(qRound64(value * scale), decimals), value);
    }
    axis->setRange(from, to);
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

// "Jan" over "2026" on the first bar and on each January, then "Feb",
// "Mar", ...: the year on a line of its own (axis labels take rich text), so
// that a longer month name ("März", "Sept.") keeps its room under its bar
// instead of being cut to "März ...".
QString monthLabel(const QString &key, bool withYear)
{
    const QDate d = periodStart(key);
    if (!d.isValid())
        return key;
    return QLocale().toString(
        d, withYear || d.month() == 1 ? QStringLiteral("MMM<br>yyyy") : QStringLiteral("MMM"));
}

int columnOf(const ReportTable &t, const QString &name)
{
    return int(t.columns.indexOf(name));
}

QString chartTitle(const ReportChartSpec &spec)
{
    return spec.title ? Tr::tr(spec.title) : QString();
}

// The bars' name: the spec's, else the title of the column drawn.
QString seriesName(const ReportChartSpec &spec, const QString &column)
{
    return spec.seriesName ? Tr::tr(spec.seriesName) : reportColumnTitle(column);
}

// A cell drawn as a number: money in major units, quantities in units.
double drawn(const ReportTable &t, int column, const QVariant &value)
{
    if (reportCellKind(t, column) == ReportCellKind::Quantity)
        return static_cast<double>(value.toLongLong()) / 1000.0;
    return major(value);
}

QChart *overTime(const ReportTable &t, const ReportChartSpec &spec)
{
    const int period = columnOf(t, spec.label);
    const int gross = columnOf(t, spec.values.value(0));
    if (period < 0 || gross < 0)
        return nullptr;
    const QString title = chartTitle(spec);
    const bool months = t.filters.value(QStringLiteral("period")).toString() == QLatin1String("month");
    if (t.rows.size() <= 36) {
        QStringList labels;
        QList<double> values;
        for (const QVariantList &row : t.rows) {
            const QString key = row.value(period).toString();
            labels << (months ? monthLabel(key, labels.isEmpty()) : key);
            values << drawn(t, gross, row.value(gross));
        }
        return barChart(title, seriesName(spec, t.columns.at(gross)), labels, values);
    }
    // Too many periods for readable bars: a line over a time axis.
    QChart *chart = newChart(title);
    auto *series = new QLineSeries;
    double low = 0;
    double high = 0;
    for (const QVariantList &row : t.rows) {
        const double v = drawn(t, gross, row.value(gross));
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

QChart *shares(const ReportTable &t, const ReportChartSpec &spec)
{
    const int category = columnOf(t, spec.label);
    const int value = columnOf(t, spec.values.value(0));
    if (category < 0 || value < 0 || t.rows.isEmpty())
        return nullptr;
    QMap<QString, qint64> byCategory; // summed over the other columns (the warehouses)
    for (const QVariantList &row : t.rows)
        byCategory[row.value(category).toString()] += row.value(value).toLongLong();
    const bool negative = std::any_of(byCategory.cbegin(), byCategory.cend(), [](qint64 v) { return v < 0; });
    const QString title = chartTitle(spec);
    const QString none = tr("(no category)");
    const bool money = reportCellKind(t, value) == ReportCellKind::Money;
    if (negative) {
        QStringList labels;
        QList<double> values;
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            labels << (it.key().isEmpty() ? none : it.key());
            values << drawn(t, value, it.value());
        }
        return barChart(title, seriesName(spec, t.columns.at(value)), labels, values);
    }
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        QPieSlice *slice = series->append(
            QStringLiteral("%1: %2").arg(it.key().isEmpty() ? none : it.key(),
                                         money ? NumberFormat().money(it.value())
                                               : NumberFormat().quantity(it.value())),
            drawn(t, value, it.value()));
        slice->setLabelVisible(true);
    }
    chart->addSeries(series);
    return chart;
}

QChart *totals(const ReportTable &t, const ReportChartSpec &spec)
{
    if (t.totals.isEmpty())
        return nullptr;
    QStringList labels;
    QList<double> values;
    for (const QString &column : spec.values) {
        const int c = columnOf(t, column);
        if (c < 0)
            return nullptr;
        labels << reportColumnTitle(t.columns.at(c));
        values << drawn(t, c, t.totals.value(c));
    }
    return barChart(chartTitle(spec), seriesName(spec, spec.values.value(0)), labels, values);
}

// A ranked name as its bar's label: whole up to RankingLabelLength
// characters, a longer one with its middle left out (its start and end
// tell most names apart); a category axis takes each label once, so a
// name twice gets its place in brackets.
constexpr qsizetype RankingLabelLength = 40;

QString rankingLabel(const QString &name, const QStringList &taken)
{
    QString label = name.simplified();
    if (label.size() > RankingLabelLength) {
        const qsizetype head = RankingLabelLength * 2 / 3;
        const qsizetype tail = RankingLabelLength - head - 1;
        label = label.left(head).trimmed() + QStringLiteral("…") + label.right(tail).trimmed();
    }
    if (label.isEmpty())
        label = QStringLiteral("—");
    const QString base = label;
    for (int n = 2; taken.contains(label); ++n)
        label = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return label;
}

QChart *ranking(const ReportTable &t, const ReportChartSpec &spec)
{
    QString column = spec.values.value(0);
    if (!spec.valueFilter.isEmpty()) {
        const QString chosen = t.filters.value(spec.valueFilter).toString();
        if (spec.values.contains(chosen))
            column = chosen;
    }
    const int label = columnOf(t, spec.label);
    const int value = columnOf(t, column);
    if (label < 0 || value < 0 || t.rows.isEmpty())
        return nullptr;
    QChart *chart = newChart(chartTitle(spec));
    auto *set = new QBarSet(seriesName(spec, t.columns.at(value)));
    QStringList ranked; // in rank order: a name twice gets "(2)" on the lower rank
    for (qsizetype i = 0; i < t.rows.size(); ++i)
        ranked << rankingLabel(t.rows.cell(i, label).toString(), ranked);
    QStringList labels;
    double high = 0;
    // The first rank at the top: a horizontal bar series draws from the bottom.
    for (qsizetype i = t.rows.size() - 1; i >= 0; --i) {
        const double v = drawn(t, value, t.rows.cell(i, value));
        *set << v;
        high = std::max(high, v);
        labels << ranked.at(i);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    // The names are what a ranking is read for: the axis takes the room they
    // need instead of cutting them to "...".
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = amountAxis(0, high);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // The last figure is centred on the plot's right edge: room for its half.
    if (auto *figures = qobject_cast<QCategoryAxis *>(x); figures && figures->count() > 0) {
        const QFontMetrics metrics(figures->labelsFont());
        QMargins margins = chart->margins();
        margins.setRight(margins.right()
                         + metrics.horizontalAdvance(figures->categoriesLabels().constLast()) / 2);
        chart->setMargins(margins);
    }
    return chart;
}

QChart *months(const ReportTable &t, const ReportChartSpec &spec)
{
    const int period = columnOf(t, spec.label);
    const int amount = columnOf(t, spec.values.value(0));
    if (period < 0 || amount < 0)
        return nullptr;
    QStringList labels;
    QList<double> values;
    for (const QVariantList &row : t.rows) {
        if (row.value(0).toString() != spec.rowKind)
            continue;
        labels << monthLabel(row.value(period).toString(), labels.isEmpty());
        values << drawn(t, amount, row.value(amount));
    }
    return barChart(chartTitle(spec), seriesName(spec, t.columns.at(amount)), labels, values);
}

} // namespace

QChart *createMonthlySalesChart(const ReportTable &dashboard)
{
    const ReportDefinition *report = findReport(QStringLiteral("dashboard"));
    return report ? months(dashboard, report->chart) : nullptr;
}

QChart *createReportChart(const ReportTable &t)
{
    const ReportDefinition *report = findReport(t.name);
    if (!report)
        return nullptr;
    const ReportChartSpec &spec = report->chart;
    switch (spec.kind) {
    case ReportChartKind::None:
        return nullptr;
    case ReportChartKind::OverTime:
        return overTime(t, spec);
    case ReportChartKind::Shares:
        return shares(t, spec);
    case ReportChartKind::Totals:
        return totals(t, spec);
    case ReportChartKind::Ranking:
        return ranking(t, spec);
    case ReportChartKind::Months:
        return months(t, spec);
    }
    return nullptr;
}

} // namespace stockbook::ui

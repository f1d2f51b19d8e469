// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/reports/ReportRegistry.h"

#include "Tr.h"

namespace stockbook {

// Each report's definition, from its own file. A new report adds its file
// and two lines here: its declaration and its place in the list.
namespace reports {
ReportDefinition stockOnHandReport();
ReportDefinition lowStockReport();
ReportDefinition valuationReport();
ReportDefinition movementsReport();
ReportDefinition salesReport();
ReportDefinition purchasesReport();
ReportDefinition topProductsReport();
ReportDefinition topCustomersReport();
ReportDefinition agingReport();
ReportDefinition dashboardReport();
ReportDefinition stockValueByCategoryReport();
} // namespace reports

const QList<ReportDefinition> &reportRegistry()
{
    static const QList<ReportDefinition> all{
        reports::stockOnHandReport(),  reports::lowStockReport(),
        reports::valuationReport(),    reports::stockValueByCategoryReport(),
        reports::movementsReport(),    reports::salesReport(),
        reports::purchasesReport(),    reports::topProductsReport(),
        reports::topCustomersReport(), reports::agingReport(),
        reports::dashboardReport(),
    };
    return all;
}

const ReportDefinition *findReport(const QString &name)
{
    for (const ReportDefinition &d : reportRegistry()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QString ReportDefinition::translatedTitle() const
{
    return Tr::tr(title);
}

QStringList ReportDefinition::columnNames() const
{
    QStringList names;
    for (const ReportColumn &c : columns)
        names.append(c.name);
    return names;
}

} // namespace stockbook

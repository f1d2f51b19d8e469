// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/reports/ReportService.h"

#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"
#include "services/reports/output/ReportFormat.h"
#include "services/settings/SettingsService.h"
#include "storage/SafeFile.h"
#include "storage/Transaction.h"

#include <QJsonObject>

#include <QSaveFile>

namespace stockbook {

namespace {

Error unknownReport(const QString &report)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no report called %1; choose one of %2.")
                         .arg(report, ReportService::reportNames().join(QStringLiteral(", "))),
                     QStringLiteral("report"));
}

} // namespace

QStringList ReportService::reportNames()
{
    QStringList names;
    for (const ReportDefinition &d : reportRegistry())
        names.append(d.name);
    return names;
}

QStringList ReportService::filtersOf(const QString &report)
{
    const ReportDefinition *d = findReport(report);
    return d ? d->filters : QStringList();
}

Result<ReportTable> ReportService::run(const QString &report, const ReportFilters &filters)
{
    const ReportDefinition *d = findReport(report);
    if (!d)
        return unknownReport(report);
    return d->run(m_company, filters);
}

Result<void> ReportService::checkAccess(const QString &report)
{
    if (!findReport(report))
        return unknownReport(report);
    return reports::allow(m_company, report);
}

Result<void> ReportService::checkExport(const ReportTable &table)
{
    return authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                     QStringLiteral("report:") + table.name);
}

Result<void> ReportService::recordExport(const ReportTable &table, const QString &format,
                                         const QString &target)
{
    const QString what = QStringLiteral("report:") + table.name;
    if (auto ok = checkExport(table); !ok.ok())
        return ok.error();
    QJsonObject changes{{QStringLiteral("what"), what},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("rows"), qint64(table.rows.size())},
                        {QStringLiteral("filters"), QJsonObject::fromVariantMap(table.filters)}};
    if (!target.isEmpty())
        changes.insert(QStringLiteral("file"), target);
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto logged = AuditLog::append(
            db, auditEntry(m_company.session(), QStringLiteral("data.export"), what, 0, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> ReportService::exportFile(const ReportTable &table, const QString &format, const QString &path)
{
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("table"))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("A report is exported as csv, json or table, not %1.").arg(format),
                         QStringLiteral("format"));
    if (auto allowed = checkExport(table); !allowed.ok())
        return allowed;
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        auto settings = SettingsService(m_company).get();
        if (!settings.ok())
            return settings.error();
        bytes = reportCsv(table, settings->csvDecimal);
    } else if (format == QLatin1String("json")) {
        bytes = reportJson(table);
    } else {
        bytes = reportText(table);
    }
    QSaveFile file(path);
    if (auto opened = storage::openOutputFile(file, storage::Replace::Yes); !opened.ok())
        return opened;
    if (file.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    // The audit entry comes before the file appears (an uncommitted
    // QSaveFile leaves nothing behind).
    if (auto recorded = recordExport(table, format, path); !recorded.ok())
        return recorded;
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    return {};
}

Result<void> ReportService::exportCsv(const ReportTable &table, const QString &path)
{
    return exportFile(table, QStringLiteral("csv"), path);
}

Result<void> ReportService::exportJson(const ReportTable &table, const QString &path)
{
    return exportFile(table, QStringLiteral("json"), path);
}

Result<ReportTable> ReportService::stockOnHand(const ReportFilters &filters)
{
    return run(QStringLiteral("stock-on-hand"), filters);
}

Result<ReportTable> ReportService::lowStock(const ReportFilters &filters)
{
    return run(QStringLiteral("low-stock"), filters);
}

Result<ReportTable> ReportService::valuation(const ReportFilters &filters)
{
    return run(QStringLiteral("valuation"), filters);
}

Result<ReportTable> ReportService::movements(const ReportFilters &filters)
{
    return run(QStringLiteral("movements"), filters);
}

Result<ReportTable> ReportService::sales(const ReportFilters &filters)
{
    return run(QStringLiteral("sales"), filters);
}

Result<ReportTable> ReportService::purchases(const ReportFilters &filters)
{
    return run(QStringLiteral("purchases"), filters);
}

Result<ReportTable> ReportService::topProducts(const ReportFilters &filters)
{
    return run(QStringLiteral("top-products"), filters);
}

Result<ReportTable> ReportService::topCustomers(const ReportFilters &filters)
{
    return run(QStringLiteral("top-customers"), filters);
}

Result<ReportTable> ReportService::aging(const ReportFilters &filters)
{
    return run(QStringLiteral("aging"), filters);
}

Result<ReportTable> ReportService::dashboard(const ReportFilters &filters)
{
    return run(QStringLiteral("dashboard"), filters);
}

} // namespace stockbook

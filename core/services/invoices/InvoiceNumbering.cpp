// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The number series as the settings show them.
#include "services/invoices/InvoiceService.h"

#include "Tr.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"

namespace stockbook {

Result<QList<NumberSeries>> InvoiceService::numberSeries(int year)
{
    if (auto ok = authorize(m_company, Permission::SettingsEdit, QStringLiteral("invoice.numbering"),
                            QString::number(year));
        !ok.ok())
        return ok.error();
    // The range number_sequences accepts.
    if (year < 2000 || year > 9999)
        return fieldError(
            QStringLiteral("year"),
            Tr::tr("%1 is not a year of the number series: enter a year from 2000 to 9999.").arg(year));
    QList<NumberSeries> series;
    for (const InvoiceType type : {InvoiceType::Sale, InvoiceType::Purchase, InvoiceType::CreditNote}) {
        auto next = store().nextNumber(type, year);
        if (!next.ok())
            return next.error();
        series.append({type, year, InvoiceStore::formatNumber(type, year, 1),
                       InvoiceStore::formatNumber(type, year, next.value())});
    }
    return series;
}

} // namespace stockbook

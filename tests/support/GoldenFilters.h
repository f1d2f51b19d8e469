// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QStringList>

namespace stockbook::test {

// The filters of a golden case's command line (report NAME --option value
// ...), read as stockbook-cli reads them.
inline ReportFilters goldenFilters(const QStringList &arguments)
{
    ReportFilters f;
    for (qsizetype i = 2; i < arguments.size(); i += 2) {
        const QString option = arguments.at(i);
        const QString value = arguments.value(i + 1);
        INFO(option.toStdString() << " " << value.toStdString());
        if (option == QLatin1String("--from"))
            f.from = QDate::fromString(value, Qt::ISODate);
        else if (option == QLatin1String("--to"))
            f.to = QDate::fromString(value, Qt::ISODate);
        else if (option == QLatin1String("--as-of"))
            f.asOf = QDate::fromString(value, Qt::ISODate);
        else if (option == QLatin1String("--warehouse"))
            f.warehouse = value;
        else if (option == QLatin1String("--category"))
            f.category = value;
        else if (option == QLatin1String("--supplier"))
            f.supplier = value;
        else if (option == QLatin1String("--customer"))
            f.customer = value;
        else if (option == QLatin1String("--product"))
            f.product = value;
        else if (option == QLatin1String("--period"))
            f.period = value;
        else if (option == QLatin1String("--by"))
            f.by = value;
        else if (option == QLatin1String("--limit"))
            f.limit = value.toInt();
        else if (option != QLatin1String("--format") || value != QLatin1String("csv"))
            FAIL("a golden report case takes filters and --format csv, not " << option.toStdString());
    }
    return f;
}

} // namespace stockbook::test

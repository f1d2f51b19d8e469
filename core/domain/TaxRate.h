// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace stockbook {

struct TaxRate {
    qint64 id = 0;
    QString name;
    qint64 rateBp = 0;
    bool isDefault = false;
    bool active = true;
};

// A tax rate in basis points lies from 0 to 100000 (0 % to 1000 %), both
// included; the schema's CHECKs on tax_rates.rate_bp and
// invoice_items.tax_rate_bp hold the same range as a last line of defence.
inline constexpr qint64 MinTaxRateBp = 0;
inline constexpr qint64 MaxTaxRateBp = 100000;

bool isValidTaxRate(qint64 rateBp);
// Nothing when the rate is in range, else InvalidArgument with the one
// message for every caller and Error::field set to `field`.
Result<void> checkTaxRate(qint64 rateBp, const QString &field = QStringLiteral("rate"));
// That message, for screens that show it before calling a service.
QString taxRateRangeMessage();

} // namespace stockbook

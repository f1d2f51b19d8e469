// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Catalog.h"

#include "Tr.h"

namespace stockbook {

bool isValidTaxRate(qint64 rateBp)
{
    return rateBp >= MinTaxRateBp && rateBp <= MaxTaxRateBp;
}

QString taxRateRangeMessage()
{
    return Tr::tr("A tax rate is between 0 % and 100 %.");
}

Result<void> checkTaxRate(qint64 rateBp, const QString &field)
{
    if (!isValidTaxRate(rateBp))
        return makeError(ErrorCode::InvalidArgument, taxRateRangeMessage(), field);
    return {};
}

} // namespace stockbook

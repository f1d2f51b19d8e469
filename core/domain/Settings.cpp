// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Settings.h"

namespace stockbook {

std::optional<bool> parsePricesIncludeTax(const QString &stored)
{
    const QString text = stored.trimmed().toLower();
    if (text.isEmpty())
        return DefaultPricesIncludeTax;
    if (text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("0") || text == QLatin1String("false") || text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

bool pricesIncludeTaxSetting(const QString &stored)
{
    return parsePricesIncludeTax(stored).value_or(DefaultPricesIncludeTax);
}

QString pricesIncludeTaxText(bool include)
{
    return include ? QStringLiteral("1") : QStringLiteral("0");
}

QString pricesIncludeTaxKey()
{
    return QStringLiteral("invoice.prices_include_tax");
}

} // namespace stockbook

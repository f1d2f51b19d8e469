// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Currency.h"

#include "Tr.h"

#include <QLocale>
#include <QSet>

namespace stockbook {

namespace {

const QSet<QString> &knownCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> all;
        for (const QLocale &locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                all.insert(code);
        }
        return all;
    }();
    return codes;
}

bool threeCapitals(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

} // namespace

bool isKnownCurrencyCode(const QString &code)
{
    return threeCapitals(code) && knownCodes().contains(code);
}

Result<void> checkCurrencyCode(const QString &code, const QString &field)
{
    if (!threeCapitals(code))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Enter the currency as its three-letter ISO 4217 code in capitals, such as "
                                "EUR, GBP or USD."),
                         field);
    if (!knownCodes().contains(code))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 is not a known currency code. Enter the three-letter ISO 4217 code of "
                                "your currency, such as EUR, GBP or USD.")
                             .arg(code),
                         field);
    return {};
}

} // namespace stockbook

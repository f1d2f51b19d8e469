// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// The company's currency: a three-letter ISO 4217 code that Qt's locale data
// knows (the currency of some locale: EUR, GBP, USD, CHF, JPY, ...).

#include "Result.h"

#include <QString>

namespace stockbook {

// True when `code` (as written, so "eur" is not) is the ISO 4217 code of the
// currency of at least one locale Qt knows.
bool isKnownCurrencyCode(const QString &code);
// Nothing when `code` is known; else InvalidArgument with a message saying
// what is wrong (not three capitals, or no currency of that code) and what to
// enter, and Error::field set to `field`.
Result<void> checkCurrencyCode(const QString &code, const QString &field = QStringLiteral("currency"));

} // namespace stockbook

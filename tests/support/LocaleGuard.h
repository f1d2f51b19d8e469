// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QLocale>

namespace stockbook::test {

// The default locale (how NumberFormat writes and reads numbers) while it
// lives; the C locale the tests start with (TestMain.cpp) afterwards. Pair it
// with test::Language for the words.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;
};

inline QLocale germanLocale()
{
    return QLocale(QLocale::German, QLocale::Germany);
}

} // namespace stockbook::test

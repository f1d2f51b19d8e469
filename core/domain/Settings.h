// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

#include <optional>

namespace stockbook {

enum class CsvDecimal { Dot, Comma };

// Unset invoice.prices_include_tax: prices include tax (retail).
inline constexpr bool DefaultPricesIncludeTax = true;

// The company's settings as stored in the settings table (key -> text).
struct CompanySettings {
    QString name;                                    // company.name
    QString address;                                 // company.address (may span lines)
    QString taxId;                                   // company.tax_id
    QString currency = QStringLiteral("EUR");        // company.currency, ISO 4217
    bool hasLogo = false;                            // company.logo (PNG or JPEG, base64 in the row)
    bool pricesIncludeTax = DefaultPricesIncludeTax; // invoice.prices_include_tax, see below
    int idleLockMinutes = 15;                        // session.idle_lock_minutes, 1..30
    int lockoutThreshold = 10;                       // security.lockout_threshold, 3..20
    CsvDecimal csvDecimal = CsvDecimal::Dot;         // report.csv_decimal: dot | comma
    QString language;                                // ui.language: "" (the system's), en, de, fr
};

// invoice.prices_include_tax as stored in the settings table. The service
// writes "1" or "0"; older files, hand edits and imports may hold other
// spellings, so the stored text is read as follows, ignoring case and
// surrounding spaces:
//   "1", "true", "yes"  -> true  (prices include tax, retail)
//   "0", "false", "no"  -> false (prices exclude tax, trade)
//   "" (unset)          -> true, the schema's default
//   anything else       -> refused (std::nullopt)
// Every reader goes through pricesIncludeTaxSetting(), which takes the
// default for refused text as well, so all screens and services agree.
// (Before, one reader took "false" for true and another "true" for false.)
std::optional<bool> parsePricesIncludeTax(const QString &stored);
bool pricesIncludeTaxSetting(const QString &stored);
// The text written for a value: "1" or "0".
QString pricesIncludeTaxText(bool include);
// The settings key, "invoice.prices_include_tax".
QString pricesIncludeTaxKey();

} // namespace stockbook

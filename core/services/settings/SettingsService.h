// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Settings.h"

#include <QByteArray>
#include <QString>

namespace stockbook {

class CompanySession;

// Typed reads and writes of the company settings. Reads: any signed-in user
// (the session must be active and its password not temporary). Writes:
// permission settings.edit; each is one transaction with a "settings.update"
// audit entry holding the key and its old and new values (for the logo its
// size and SHA-256). A value out of range is an InvalidArgument naming the key.
class SettingsService {
public:
    static constexpr qsizetype MaxLogoBytes = 256 * 1024;

    // The keys of the settings table, declared here once. A refused value's
    // Error::field is its key, so a screen finds the input to mark by it.
    static inline const QString KeyCompanyName = QStringLiteral("company.name");
    static inline const QString KeyAddress = QStringLiteral("company.address");
    static inline const QString KeyTaxId = QStringLiteral("company.tax_id");
    static inline const QString KeyCurrency = QStringLiteral("company.currency");
    static inline const QString KeyLogo = QStringLiteral("company.logo");
    static inline const QString KeyPricesIncludeTax = pricesIncludeTaxKey();
    static inline const QString KeyIdleLockMinutes = QStringLiteral("session.idle_lock_minutes");
    static inline const QString KeyLockoutThreshold = QStringLiteral("security.lockout_threshold");
    static inline const QString KeyCsvDecimal = QStringLiteral("report.csv_decimal");
    static inline const QString KeyLanguage = QStringLiteral("ui.language");

    explicit SettingsService(CompanySession &company) : m_company(company) { }

    Result<CompanySettings> get();
    // company.currency alone (what get() reads into currency), for new invoices.
    Result<QString> currency();
    // invoice.prices_include_tax alone (what get() reads into
    // pricesIncludeTax), for the invoice entry screen.
    Result<bool> pricesIncludeTax();
    Result<QByteArray> logo(); // empty: none

    Result<void> setCompanyName(const QString &name);
    Result<void> setAddress(const QString &address);
    Result<void> setTaxId(const QString &taxId);
    Result<void> setCurrency(const QString &isoCode);
    Result<void> setLogo(const QByteArray &image); // empty removes it
    Result<void> setPricesIncludeTax(bool include);
    // Takes effect at once for the current session, and for every new one.
    Result<void> setIdleLockMinutes(int minutes);
    // Also copied into the sign-in state file beside the company (failures are
    // counted there, before the database can be opened); each sign-in copies
    // it again, so a lost or older state file picks it up.
    Result<void> setLockoutThreshold(int failures);
    Result<void> setCsvDecimal(CsvDecimal decimal);
    Result<void> setLanguage(const QString &language);

private:
    Result<void> signedIn();
    Result<void> write(const QString &key, const QString &value, const QString &oldForAudit = {},
                       const QString &newForAudit = {});

    CompanySession &m_company;
};

} // namespace stockbook

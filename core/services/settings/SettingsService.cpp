// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/settings/SettingsService.h"

#include "Tr.h"
#include "domain/Currency.h"
#include "security/LoginState.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/accounts/AccountStore.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

namespace stockbook {

namespace {

constexpr int MaxNameLength = 200;
constexpr int MaxAddressLength = 1000;
constexpr int MaxTaxIdLength = 50;

int intOr(const QString &text, int fallback, int low, int high)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= low && v <= high ? v : fallback;
}

QString logoSummary(const QByteArray &image)
{
    if (image.isEmpty())
        return QString();
    return QStringLiteral("%1 bytes, sha256 %2")
        .arg(image.size())
        .arg(QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
}

} // namespace

Result<void> SettingsService::signedIn()
{
    Session &session = m_company.session();
    if (!session.isValid() || !m_company.isOpen())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Nobody is signed in. Sign in and try again."));
    if (session.isIdleExpired())
        return makeError(ErrorCode::SessionExpired,
                         Tr::tr("The session was locked after %n minute(s) without activity. Sign in again.",
                                nullptr, session.idleLimitMinutes()));
    if (session.mustChangePassword())
        return makeError(
            ErrorCode::PasswordChangeRequired,
            Tr::tr("Your password is temporary. Choose a new password before doing anything else."));
    session.touch();
    return {};
}

Result<CompanySettings> SettingsService::get()
{
    if (auto ok = signedIn(); !ok.ok())
        return ok.error();
    AccountStore store(m_company.database());
    CompanySettings s;
    auto read = [&](const QString &key, QString *out) -> Result<void> {
        auto v = store.setting(key);
        if (!v.ok())
            return v.error();
        *out = v.value();
        return {};
    };
    QString logo;
    QString include;
    QString idle;
    QString lockout;
    QString csv;
    for (auto [key, out] :
         {std::pair{KeyCompanyName, &s.name}, std::pair{KeyAddress, &s.address},
          std::pair{KeyTaxId, &s.taxId}, std::pair{KeyLogo, &logo}, std::pair{KeyPricesIncludeTax, &include},
          std::pair{KeyIdleLockMinutes, &idle}, std::pair{KeyLockoutThreshold, &lockout},
          std::pair{KeyCsvDecimal, &csv}, std::pair{KeyLanguage, &s.language}}) {
        if (auto r = read(key, out); !r.ok())
            return r.error();
    }
    QString currency;
    if (auto r = read(KeyCurrency, &currency); !r.ok())
        return r.error();
    if (!currency.isEmpty())
        s.currency = currency;
    s.hasLogo = !logo.isEmpty();
    s.pricesIncludeTax = pricesIncludeTaxSetting(include);
    s.idleLockMinutes = intOr(idle, 15, 1, 30);
    s.lockoutThreshold = intOr(lockout, 10, 3, 20);
    s.csvDecimal = csv == QLatin1String("comma") ? CsvDecimal::Comma : CsvDecimal::Dot;
    return s;
}

Result<QString> SettingsService::currency()
{
    if (auto ok = signedIn(); !ok.ok())
        return ok.error();
    auto v = AccountStore(m_company.database()).setting(KeyCurrency);
    if (!v.ok())
        return v.error();
    return v.value().isEmpty() ? CompanySettings().currency : v.value();
}

Result<bool> SettingsService::pricesIncludeTax()
{
    if (auto ok = signedIn(); !ok.ok())
        return ok.error();
    auto v = AccountStore(m_company.database()).setting(KeyPricesIncludeTax);
    if (!v.ok())
        return v.error();
    return pricesIncludeTaxSetting(v.value());
}

Result<QByteArray> SettingsService::logo()
{
    if (auto ok = signedIn(); !ok.ok())
        return ok.error();
    auto v = AccountStore(m_company.database()).setting(KeyLogo);
    if (!v.ok())
        return v.error();
    return QByteArray::fromBase64(v.value().toLatin1());
}

Result<void> SettingsService::write(const QString &key, const QString &value, const QString &oldForAudit,
                                    const QString &newForAudit)
{
    if (auto ok = authorize(m_company, Permission::SettingsEdit, QStringLiteral("settings.edit"), key);
        !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    AccountStore store(db);
    auto old = store.setting(key);
    if (!old.ok())
        return old.error();
    if (auto set = store.setSetting(key, value.isNull() ? QStringLiteral("") : value, m_company.now());
        !set.ok())
        return set.error();
    const bool summarized = !oldForAudit.isNull() || !newForAudit.isNull();
    AuditRecord entry = auditEntry(
        m_company.session(), QStringLiteral("settings.update"), QStringLiteral("settings"), 0,
        QJsonObject{{QStringLiteral("key"), key},
                    {QStringLiteral("old"), summarized ? oldForAudit : old.value()},
                    {QStringLiteral("new"), summarized ? newForAudit : value}});
    entry.entityId = key;
    if (auto logged = AuditLog::append(db, entry); !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> SettingsService::setCompanyName(const QString &name)
{
    const QString v = name.trimmed();
    if (v.isEmpty() || v.size() > MaxNameLength)
        return fieldError(KeyCompanyName,
                          Tr::tr("Enter the company name (1 to %1 characters).").arg(MaxNameLength));
    return write(KeyCompanyName, v);
}

Result<void> SettingsService::setAddress(const QString &address)
{
    const QString v = address.trimmed();
    if (v.size() > MaxAddressLength)
        return fieldError(KeyAddress,
                          Tr::tr("The address is too long: at most %1 characters.").arg(MaxAddressLength));
    return write(KeyAddress, v);
}

Result<void> SettingsService::setTaxId(const QString &taxId)
{
    const QString v = taxId.trimmed();
    bool plain = v.size() <= MaxTaxIdLength;
    for (const QChar c : v)
        plain = plain && (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'.' || c == u'/');
    if (!plain)
        return fieldError(KeyTaxId,
                          Tr::tr("A tax number has at most %1 letters, digits, spaces, '-', '.' or '/'.")
                              .arg(MaxTaxIdLength));
    return write(KeyTaxId, v);
}

Result<void> SettingsService::setCurrency(const QString &isoCode)
{
    const QString v = isoCode.trimmed().toUpper();
    if (auto known = checkCurrencyCode(v, KeyCurrency); !known.ok())
        return known;
    return write(KeyCurrency, v);
}

Result<void> SettingsService::setLogo(const QByteArray &image)
{
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!image.isEmpty() && !png && !jpeg)
        return fieldError(KeyLogo, Tr::tr("The logo must be a PNG or JPEG image."));
    if (image.size() > MaxLogoBytes)
        return fieldError(
            KeyLogo,
            Tr::tr("The logo is too large: at most %1 KiB. Use a smaller image.").arg(MaxLogoBytes / 1024));
    auto old = AccountStore(m_company.database()).setting(KeyLogo);
    const QString oldSummary = old.ok() ? logoSummary(QByteArray::fromBase64(old.value().toLatin1()))
                                        : QString();
    return write(KeyLogo, QString::fromLatin1(image.toBase64()),
                 oldSummary.isNull() ? QStringLiteral("") : oldSummary,
                 image.isEmpty() ? QStringLiteral("") : logoSummary(image));
}

Result<void> SettingsService::setPricesIncludeTax(bool include)
{
    return write(KeyPricesIncludeTax, pricesIncludeTaxText(include));
}

Result<void> SettingsService::setIdleLockMinutes(int minutes)
{
    if (minutes < 1 || minutes > 30)
        return fieldError(KeyIdleLockMinutes, Tr::tr("The idle lock is 1 to 30 minutes."));
    if (auto ok = write(KeyIdleLockMinutes, QString::number(minutes)); !ok.ok())
        return ok;
    m_company.session().setIdleLimitMinutes(minutes);
    return {};
}

Result<void> SettingsService::setLockoutThreshold(int failures)
{
    if (failures < 3 || failures > 20)
        return fieldError(KeyLockoutThreshold, Tr::tr("An account locks after 3 to 20 failed sign-ins."));
    if (auto ok = write(KeyLockoutThreshold, QString::number(failures)); !ok.ok())
        return ok;
    // A server company has no sign-in state file: PostgreSQL checks the
    // password and Stockbook counts no failures there.
    if (m_company.isServer())
        return {};
    const QString statePath = security::LoginState::pathFor(m_company.database().path());
    return security::LoginState::update(
        statePath, m_company.now(), [failures](security::LoginState &s) { s.setLockoutThreshold(failures); });
}

Result<void> SettingsService::setCsvDecimal(CsvDecimal decimal)
{
    return write(KeyCsvDecimal,
                 decimal == CsvDecimal::Comma ? QStringLiteral("comma") : QStringLiteral("dot"));
}

Result<void> SettingsService::setLanguage(const QString &language)
{
    const QString v = language.trimmed();
    if (!v.isEmpty() && v != QLatin1String("en") && v != QLatin1String("de") && v != QLatin1String("fr"))
        return fieldError(KeyLanguage, Tr::tr("Choose the system's language, en, de or fr."));
    return write(KeyLanguage, v);
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/CompanyService.h"

#include "Tr.h"
#include "domain/Catalog.h"
#include "domain/Currency.h"
#include "security/LoginState.h"
#include "security/keys/KeyVault.h"
#include "services/ServiceSupport.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/settings/SettingsService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace stockbook {

using security::KeyVault;
using security::LoginState;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Appends records in one transaction of their own; failures to log are not
// the caller's answer (the sign-in result is), so they are only dropped.
void appendAll(storage::Database &db, const QList<AuditRecord> &records)
{
    storage::Transaction tx(db);
    if (!tx.begin().ok())
        return;
    for (const AuditRecord &record : records) {
        if (!AuditLog::append(db, record).ok())
            return;
    }
    (void)tx.commit();
}

} // namespace

Result<Session> CompanyService::authenticate(CompanySession &company, const QString &username,
                                             const SecretBytes &password, const Clock &clock)
{
    if (!company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("No company is open. Open the company file first."));
    if (isServerLocation(company.path()))
        return authenticateServer(company, username, password, clock);
    const QString path = company.path();
    auto vault = KeyVault::load(KeyVault::pathFor(path));
    if (!vault.ok())
        return vault.error();

    const QString name = slotName(username);
    const bool known = vault->hasSlotNamed(name);
    const QString statePath = LoginState::pathFor(path);
    const QDateTime now = clock();
    LoginState state = LoginState::current(statePath, now);
    if (const int wait = state.secondsToWait(name, known, now); wait > 0)
        return makeError(
            ErrorCode::Throttled,
            Tr::tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, wait),
            QString::number(wait));

    storage::Database &db = company.database();
    AccountStore store(db);
    // One failure more for the name, counted under the lock; the audit rows
    // go straight into the open database. A locked account's try ends here
    // too, whatever the password (`refusal` then says why, for the audit).
    auto countWrongTry = [&](const std::optional<AuditRecord> &refusal) -> Error {
        const QDateTime failedAt = clock();
        int failures = 0;
        (void)LoginState::update(statePath, failedAt, [&](LoginState &s) {
            failures = s.recordFailure(name, known, failedAt);
            state = s;
        });
        QList<AuditRecord> records;
        if (refusal)
            records << *refusal;
        else
            records << AuditRecord{std::nullopt,
                                   known ? username.trimmed() : QString(),
                                   QStringLiteral("login.failed"),
                                   QStringLiteral("users"),
                                   QString(),
                                   compact(QJsonObject{{QStringLiteral("consecutive_failures"), failures},
                                                       {QStringLiteral("known_name"), known},
                                                       {QStringLiteral("via"), QStringLiteral("unlock")}}),
                                   failedAt};
        if (known && failures == state.lockoutThreshold()) {
            records << AuditRecord{std::nullopt,
                                   username.trimmed(),
                                   QStringLiteral("account.lockout"),
                                   QStringLiteral("users"),
                                   QString(),
                                   compact(QJsonObject{{QStringLiteral("failures"), failures}}),
                                   failedAt};
        }
        appendAll(db, records);
        if (known && failures >= state.lockoutThreshold()) {
            storage::Transaction tx(db);
            if (tx.begin().ok() && store.applyLockout(name, failedAt, failedAt).ok())
                (void)tx.commit();
        }
        return KeyVault::wrongPasswordError();
    };

    auto unlocked = vault->unwrap(name, password);
    if (!unlocked.ok()) {
        if (unlocked.error().code == ErrorCode::WrongPassword)
            return countWrongTry(std::nullopt);
        if (unlocked.error().code == ErrorCode::AccountDeactivated) {
            // Proven, but the key file withdrew the user's key: audited like
            // the refusal of a deactivated account the database records.
            if (auto user = store.userByName(username.trimmed()); user.ok())
                appendAll(db,
                          {AuditRecord{user->id, user->username, QStringLiteral("login.refused.deactivated"),
                                       QStringLiteral("users"), QString::number(user->id), QString(), now}});
        }
        return unlocked.error();
    }
    if (unlocked->dek.size() != company.databaseKey().size() || !unlocked->dek.equals(company.databaseKey()))
        return makeError(
            ErrorCode::SlotMismatch,
            Tr::tr("This key slot does not open the company that is open. Ask an administrator to "
                   "reset the password."));

    const qint64 userId = unlocked->userId;
    auto user = store.user(userId);
    if (!user.ok())
        return user.error();
    auto refuse = [&](Error error, const QString &action) -> Result<Session> {
        appendAll(db,
                  {AuditRecord{userId, user->username, action, QStringLiteral("users"),
                               QString::number(userId), QString(), now}});
        return error;
    };
    if (auto refusal = signInRefusal(user.value(), vault->slotMatches(userId, user->keyslotHash), now)) {
        if (refusal->error.code == ErrorCode::AccountLocked)
            return countWrongTry(AuditRecord{
                userId, user->username, refusal->action, QStringLiteral("users"), QString::number(userId),
                compact(QJsonObject{{QStringLiteral("via"), QStringLiteral("unlock")}}), now});
        return refuse(refusal->error, refusal->action);
    }

    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    if (auto recorded = store.recordSuccessfulLogin(userId, now); !recorded.ok())
        return recorded.error();
    if (auto rewrapped = rewrapIfNeeded(db, vault.value(), unlocked.value(), name, password,
                                        KeyVault::pathFor(path), now);
        !rewrapped.ok())
        return rewrapped.error();
    if (auto logged = AuditLog::append(
            db,
            AuditRecord{userId, user->username, QStringLiteral("login.success"), QStringLiteral("users"),
                        QString::number(userId),
                        compact(QJsonObject{{QStringLiteral("via"), QStringLiteral("unlock")}}), now});
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    (void)LoginState::update(statePath, now, [&](LoginState &s) { s.clearFailures(name, true); });
    auto session = store.sessionFor(userId, clock);
    if (session.ok())
        useVaultKeys(company, vault.value(), unlocked.value());
    return session;
}

Result<void> CompanyService::setUpProfile(CompanySession &company, const QString &currency,
                                          int defaultTaxRateBp)
{
    if (auto allowed = authorize(company, Permission::SettingsEdit, QStringLiteral("company.setup"));
        !allowed.ok())
        return allowed;
    if (auto known = checkCurrencyCode(currency, QStringLiteral("currency")); !known.ok())
        return known;
    if (auto rate = checkTaxRate(defaultTaxRateBp, QStringLiteral("tax_rate")); !rate.ok())
        return rate;

    storage::Database &db = company.database();
    const QDateTime now = company.now();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    AccountStore store(db);
    if (auto set = store.setSetting(SettingsService::KeyCurrency, currency, now); !set.ok())
        return set;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE tax_rates SET rate_bp = ? WHERE is_default = 1"));
    q.addBindValue(defaultTaxRateBp);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (auto logged = AuditLog::append(
            db,
            auditEntry(company.session(), QStringLiteral("company.setup"), QStringLiteral("settings"), 0,
                       QJsonObject{{QStringLiteral("currency"), currency},
                                   {QStringLiteral("default_tax_rate_bp"), defaultTaxRateBp}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/AccountStore.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/CompanyService.h"
#include "services/settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stockbook {

namespace {

constexpr int LastAdminLockMinutes = 15;

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant nullableText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.trimmed());
}

// A null QString binds as NULL; NOT NULL text columns get an empty string instead.
QString nonNullText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("") : trimmed;
}

const QString UserColumns = QStringLiteral(
    "u.id, u.username, u.email, u.full_name, r.name, u.active, u.must_change_password, u.keyslot_hash, "
    "u.locked_until, u.failed_logins, u.last_login_at, u.created_at FROM users u JOIN roles r ON r.id = "
    "u.role_id");

// The users rows this connection may read: all of them on the file; on a
// server a login without the right to read users (a clerk) sees its own row.
QString userColumnsFor(const storage::Database &db)
{
    if (!storage::dialectOf(db).isPostgres())
        return UserColumns;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT has_table_privilege('users', 'SELECT')")) && q.next()
        && q.value(0).toBool())
        return UserColumns;
    QString columns = UserColumns;
    return columns.replace(QStringLiteral("FROM users u"), QStringLiteral("FROM stockbook_me() u"));
}

UserRow readUser(const QSqlQuery &q)
{
    UserRow row;
    row.id = q.value(0).toLongLong();
    row.username = q.value(1).toString();
    row.email = q.value(2).toString();
    row.fullName = q.value(3).toString();
    row.roleName = q.value(4).toString();
    row.active = q.value(5).toLongLong() != 0;
    row.mustChangePassword = q.value(6).toLongLong() != 0;
    row.keyslotHash = q.value(7).toByteArray();
    row.lockedUntil = fromIso(q.value(8));
    row.failedLogins = static_cast<int>(q.value(9).toLongLong());
    row.lastLoginAt = fromIso(q.value(10));
    row.createdAt = fromIso(q.value(11));
    return row;
}

} // namespace

Result<void> AccountStore::validateUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}$"));
    if (!pattern.match(username.trimmed()).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("A user name has 1 to 64 characters: letters, digits and . _ - @, starting with a "
                   "letter or digit."),
            QStringLiteral("username"));
    return {};
}

QDateTime AccountStore::indefiniteLock()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

Result<qint64> AccountStore::roleId(const QString &roleName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM roles WHERE ")
              + storage::dialectOf(m_db).equalsNocase(QStringLiteral("name")));
    q.addBindValue(roleName);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("There is no role %1. Choose admin, manager or clerk.").arg(roleName),
                         QStringLiteral("role"));
    return q.value(0).toLongLong();
}

Result<qint64> AccountStore::insertUser(const QString &username, const QString &roleName,
                                        const QString &email, const QString &fullName,
                                        bool mustChangePassword, const QDateTime &now)
{
    if (auto valid = validateUsername(username); !valid.ok())
        return valid.error();
    auto role = roleId(roleName);
    if (!role.ok())
        return role.error();
    const storage::Dialect sql = storage::dialectOf(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(sql.returningId(QStringLiteral(
        "INSERT INTO users (username, email, full_name, role_id, active, must_change_password, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)")));
    q.addBindValue(username.trimmed());
    q.addBindValue(nullableText(email));
    q.addBindValue(nonNullText(fullName));
    q.addBindValue(role.value());
    q.addBindValue(mustChangePassword ? 1 : 0);
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    if (!q.exec()) {
        Error e = storage::errorFromSql(q.lastError());
        if (e.code == ErrorCode::ConstraintUnique && e.field.contains(QLatin1String("username")))
            e.message = Tr::tr("The user name %1 is taken. Choose another one.").arg(username.trimmed());
        else if (e.code == ErrorCode::ConstraintUnique)
            e.message = Tr::tr("The e-mail address %1 belongs to another user.").arg(email.trimmed());
        else if (e.code == ErrorCode::ConstraintCheck && e.field.contains(QLatin1String("email")))
            e.message = Tr::tr("%1 is not an e-mail address.").arg(email.trimmed());
        return e;
    }
    return sql.insertedId(q);
}

Result<UserRow> AccountStore::user(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + userColumnsFor(m_db) + QStringLiteral(" WHERE u.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("There is no user with the id %1.").arg(id));
    return readUser(q);
}

Result<UserRow> AccountStore::userByName(const QString &username) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + userColumnsFor(m_db) + QStringLiteral(" WHERE ")
              + storage::dialectOf(m_db).equalsNocase(QStringLiteral("u.username")));
    q.addBindValue(username.trimmed());
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("There is no user named %1.").arg(username.trimmed()),
                         QStringLiteral("username"));
    return readUser(q);
}

Result<QList<UserRow>> AccountStore::users() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" ORDER BY u.username")))
        return storage::errorFromSql(q.lastError());
    QList<UserRow> rows;
    while (q.next())
        rows.append(readUser(q));
    return rows;
}

Result<void> AccountStore::updateUser(qint64 userId, const QString &assignments, const QVariantList &values,
                                      const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    // assignments is a program constant such as "active = ?", never user input.
    q.prepare(QStringLiteral("UPDATE users SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(iso(now));
    q.addBindValue(userId);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("There is no user with the id %1.").arg(userId));
    return {};
}

Result<void> AccountStore::setSlotHash(qint64 userId, const QByteArray &hash, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("keyslot_hash = ?"), {hash}, now);
}

Result<void> AccountStore::setMustChangePassword(qint64 userId, bool must, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("must_change_password = ?"), {must ? 1 : 0}, now);
}

Result<void> AccountStore::setRole(qint64 userId, qint64 role, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("role_id = ?"), {role}, now);
}

Result<void> AccountStore::setActive(qint64 userId, bool active, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("active = ?"), {active ? 1 : 0}, now);
}

Result<void> AccountStore::unlock(qint64 userId, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("locked_until = NULL, failed_logins = 0"), {}, now);
}

Result<void> AccountStore::recordSuccessfulLogin(qint64 userId, const QDateTime &now)
{
    return updateUser(userId, QStringLiteral("locked_until = NULL, failed_logins = 0, last_login_at = ?"),
                      {iso(now)}, now);
}

Result<int> AccountStore::otherActiveAdmins(qint64 exceptUserId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id "
                       "WHERE r.name = 'admin' AND u.active = 1 AND u.locked_until IS NULL AND u.id <> ?"));
    q.addBindValue(exceptUserId);
    if (!q.exec() || !q.next())
        return storage::errorFromSql(q.lastError());
    return static_cast<int>(q.value(0).toLongLong());
}

Result<QList<AccountStore::RecentFailures>> AccountStore::recentFailures() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // users.username compares without case (COLLATE NOCASE), as names are typed.
    q.prepare(QStringLiteral("SELECT u.username, count(a.seq), max(a.timestamp) FROM users u "
                             "JOIN audit_logs a ON a.action = 'login.failed' AND u.username = a.username "
                             "AND a.seq > coalesce((SELECT max(b.seq) FROM audit_logs b WHERE "
                             "(b.action = 'login.success' AND b.user_id = u.id) "
                             "OR (b.action = 'user.unlock' AND b.entity_id = CAST(u.id AS TEXT))), 0) "
                             "WHERE u.active = 1 GROUP BY u.id ORDER BY u.id"));
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    QList<RecentFailures> result;
    while (q.next())
        result.append(RecentFailures{q.value(0).toString(), static_cast<int>(q.value(1).toLongLong()),
                                     fromIso(q.value(2))});
    return result;
}

QDateTime AccountStore::lockoutUntil(bool lastAdmin, const QDateTime &lastFailure)
{
    return lastAdmin ? lastFailure.addSecs(LastAdminLockMinutes * 60) : indefiniteLock();
}

Result<void> AccountStore::applyLockout(const QString &username, const QDateTime &lastFailure,
                                        const QDateTime &now)
{
    auto row = userByName(username);
    if (!row.ok() || !row->active || row->lockedUntil.isValid())
        return {}; // unknown, deactivated or already locked: nothing to do
    auto others = otherActiveAdmins(row->id);
    if (!others.ok())
        return others.error();
    const bool lastAdmin = row->roleName == QLatin1String("admin") && others.value() == 0;
    const QDateTime until = lockoutUntil(lastAdmin, lastFailure);
    return updateUser(row->id, QStringLiteral("locked_until = ?, failed_logins = failed_logins + 10"),
                      {iso(until)}, now);
}

Result<QString> AccountStore::setting(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> AccountStore::setSetting(const QString &key, const QString &value, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(storage::dialectOf(m_db).insertOrReplace(
        QStringLiteral("settings"),
        {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")},
        {QStringLiteral("key")}));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(iso(now));
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    return {};
}

Result<UserRow> AccountStore::serverLogin() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString columns = UserColumns;
    columns.replace(QStringLiteral("FROM users u"), QStringLiteral("FROM stockbook_me() u"));
    if (!q.exec(QStringLiteral("SELECT ") + columns))
        return storage::errorFromSql(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::AccountDeactivated,
                         Tr::tr("This server login is not a user of the company. Ask an administrator to add "
                                "you in Stockbook."));
    return readUser(q);
}

Result<Session> AccountStore::sessionFor(qint64 userId, const Clock &clock) const
{
    // On a server a clerk reads no users row but their own.
    const bool server = storage::dialectOf(m_db).isPostgres();
    auto row = server ? serverLogin() : user(userId);
    if (!row.ok())
        return row.error();
    if (row->id != userId)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("There is no user with the id %1.").arg(userId));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.permission FROM role_permissions p JOIN %1 u ON u.role_id = p.role_id "
                             "WHERE u.id = ?")
                  .arg(server ? QStringLiteral("stockbook_me()") : QStringLiteral("users")));
    q.addBindValue(userId);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    QSet<Permission> permissions;
    while (q.next()) {
        if (const auto p = permissionFromName(q.value(0).toString()))
            permissions.insert(*p);
    }
    Session session(row->id, row->username, row->roleName, permissions, clock);
    session.setMustChangePassword(row->mustChangePassword);
    auto idle = setting(SettingsService::KeyIdleLockMinutes);
    if (idle.ok() && idle->toInt() > 0)
        session.setIdleLimitMinutes(idle->toInt());
    return session;
}

std::optional<SignInRefusal> signInRefusal(const UserRow &user, bool slotMatches, const QDateTime &now)
{
    // The lock first: sign-in and unlock answer it like a wrong password, so
    // no other refusal may tell a locked account's right password apart.
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        const bool timed = user.lockedUntil < AccountStore::indefiniteLock();
        return SignInRefusal{
            makeError(ErrorCode::AccountLocked,
                      timed
                          ? Tr::tr("The account %1 is locked after repeated failed sign-ins until %2. "
                                   "Wait, or open the company with the recovery key.")
                                .arg(user.username,
                                     QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat))
                          : Tr::tr("The account %1 is locked after repeated failed sign-ins. Ask an "
                                   "administrator to unlock it.")
                                .arg(user.username)),
            QStringLiteral("login.refused.locked")};
    }
    if (!slotMatches)
        return SignInRefusal{
            makeError(ErrorCode::SlotMismatch,
                      Tr::tr("The key slot of %1 is not the one this company recorded: the key file was "
                             "changed or an old copy was put back. Ask an administrator to reset your "
                             "password.")
                          .arg(user.username)),
            QStringLiteral("login.refused.slot_mismatch")};
    if (!user.active)
        return SignInRefusal{
            makeError(ErrorCode::AccountDeactivated,
                      Tr::tr("The account %1 is deactivated. Ask an administrator to reactivate it.")
                          .arg(user.username)),
            QStringLiteral("login.refused.deactivated")};
    return std::nullopt;
}

Result<void> noteLostStateFile(storage::Database &db, security::LoginState &state, int lockoutThreshold,
                               const QDateTime &now)
{
    using security::LoginState;
    if (state.fileStatus() == LoginState::FileStatus::Present && state.anchor())
        return {};
    auto head = AuditLog::head(db);
    if (!head.ok() || head->seq == 0)
        return {};
    const QString file = state.fileStatus() == LoginState::FileStatus::Missing ? QStringLiteral("missing")
        : state.fileStatus() == LoginState::FileStatus::Damaged                ? QStringLiteral("damaged")
                                                                : QStringLiteral("without_anchor");
    auto recent = AccountStore(db).recentFailures();
    if (!recent.ok())
        return recent.error();
    for (const AccountStore::RecentFailures &r : recent.value())
        state.seedFailures(CompanyService::slotName(r.username), std::min(r.failures, lockoutThreshold - 1),
                           std::min(r.last, now));
    const QJsonObject changes{{QStringLiteral("file"), file},
                              {QStringLiteral("counters_from_audit"), static_cast<int>(recent->size())}};
    auto logged = AuditLog::append(
        db,
        AuditRecord{std::nullopt, QStringLiteral(""), QStringLiteral("state.missing"),
                    QStringLiteral("users"), QString(),
                    QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), now});
    if (!logged.ok())
        return logged.error();
    return {};
}

} // namespace stockbook

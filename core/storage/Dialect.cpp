// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Dialect.h"

#include "storage/Database.h"

namespace stockbook::storage {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString Dialect::likeNocase() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString Dialect::nocase(const QString &expr) const
{
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

QString Dialect::equalsNocase(const QString &column) const
{
    return isPostgres() ? QStringLiteral("lower(%1) = lower(?)").arg(column)
                        : column + QStringLiteral(" = ? COLLATE NOCASE");
}

QString Dialect::prefixMatch(const QString &column) const
{
    return isPostgres() ? column + QStringLiteral(" LIKE ? ESCAPE '\\'") : column + QStringLiteral(" GLOB ?");
}

QString Dialect::prefixPattern(const QString &prefix) const
{
    QString pattern;
    pattern.reserve(prefix.size() + 4);
    for (const QChar c : prefix) {
        if (isPostgres()) {
            if (c == u'%' || c == u'_' || c == u'\\')
                pattern += u'\\';
            pattern += c;
        } else if (c == u'*' || c == u'?' || c == u'[') {
            // GLOB has no escape character: a class of one character is literal.
            pattern += u'[';
            pattern += c;
            pattern += u']';
        } else {
            pattern += c;
        }
    }
    pattern += isPostgres() ? u'%' : u'*';
    return pattern;
}

QString Dialect::mondayOf(const QString &dateColumn) const
{
    if (isPostgres())
        return QStringLiteral("to_char(date_trunc('week', CAST(%1 AS date)), 'YYYY-MM-DD')").arg(dateColumn);
    return QStringLiteral("date(%1, '-' || ((CAST(strftime('%w', %1) AS INTEGER) + 6) % 7) || ' days')")
        .arg(dateColumn);
}

QString Dialect::insertOrReplace(const QString &table, const QStringList &columns,
                                 const QStringList &key) const
{
    const QString values = placeholders(columns.size());
    if (!isPostgres())
        return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), values);
    QStringList updates;
    for (const QString &c : columns) {
        if (!key.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), values, key.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString Dialect::insertOrIgnore(const QString &table, const QStringList &columns,
                                const QStringList &key) const
{
    const QString values = placeholders(columns.size());
    if (!isPostgres())
        return QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), values);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns.join(QStringLiteral(", ")), values, key.join(QStringLiteral(", ")));
}

QString Dialect::returningId(const QString &insertSql) const
{
    return isPostgres() ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

QString Dialect::storageClass(const QString &column, ColumnClass kind) const
{
    if (!isPostgres())
        return QStringLiteral("typeof(%1)").arg(column);
    const char *name = kind == ColumnClass::Integer ? "integer" : kind == ColumnClass::Text ? "text" : "blob";
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 'null' ELSE '%2' END").arg(column, QLatin1String(name));
}

QString Dialect::bytewise(const QString &column) const
{
    return column + (isPostgres() ? QStringLiteral(" COLLATE \"C\"") : QStringLiteral(" COLLATE BINARY"));
}

QString Dialect::orderNullsLowest(const QString &expr, bool ascending) const
{
    if (!isPostgres())
        return expr + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return expr + (ascending ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST"));
}

QString Dialect::userNames() const
{
    return isPostgres() ? QStringLiteral("user_names") : QStringLiteral("users");
}

qint64 Dialect::insertedId(QSqlQuery &executed) const
{
    if (isPostgres())
        return executed.next() ? executed.value(0).toLongLong() : 0;
    return executed.lastInsertId().toLongLong();
}

qint64 Dialect::insertedId(Query &executed) const
{
    if (isPostgres())
        return executed.next() ? executed.value("id").toLongLong() : 0;
    return executed.lastInsertId().toLongLong();
}

Dialect dialectOf(const Database &db)
{
    return Dialect(db.engine());
}

Result<qint64> insertReturningId(const Database &db, const QString &insertSql, const QVariantList &values)
{
    const Dialect sql = dialectOf(db);
    auto q = db.query(sql.returningId(insertSql), values);
    if (!q.ok())
        return q.error();
    return sql.insertedId(*q);
}

} // namespace stockbook::storage

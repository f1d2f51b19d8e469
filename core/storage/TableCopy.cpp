// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/TableCopy.h"

#include "Tr.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace stockbook::storage {

namespace {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

Error failed(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Sql, Tr::tr("%1 failed: %2").arg(what, error.databaseText()), {},
                     error.text());
}

// The company tables a database holds: a table of either list alone means
// the two are not the same company schema.
Result<QStringList> tablesOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString sql = isServer(db)
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                         "AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                         "ESCAPE '\\'");
    if (!q.exec(sql))
        return failed(Tr::tr("Reading the list of tables"), q.lastError());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    tables.sort();
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// The column a table's rows are read in order of: its key.
QString orderOf(const QString &table)
{
    if (table == QLatin1String("audit_logs"))
        return QStringLiteral("seq");
    if (table == QLatin1String("role_permissions"))
        return QStringLiteral("role_id, permission");
    if (table == QLatin1String("stock_levels"))
        return QStringLiteral("product_id, warehouse_id");
    if (table == QLatin1String("settings"))
        return QStringLiteral("key");
    if (table == QLatin1String("number_sequences"))
        return QStringLiteral("series, year");
    return QStringLiteral("id");
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

const QStringList &TableCopy::companyTables()
{
    static const QStringList tables{QStringLiteral("roles"),           QStringLiteral("role_permissions"),
                                    QStringLiteral("users"),           QStringLiteral("categories"),
                                    QStringLiteral("suppliers"),       QStringLiteral("customers"),
                                    QStringLiteral("warehouses"),      QStringLiteral("tax_rates"),
                                    QStringLiteral("products"),        QStringLiteral("stock_levels"),
                                    QStringLiteral("invoices"),        QStringLiteral("invoice_items"),
                                    QStringLiteral("stock_movements"), QStringLiteral("payments"),
                                    QStringLiteral("settings"),        QStringLiteral("number_sequences"),
                                    QStringLiteral("audit_logs"),      QStringLiteral("audit_checkpoints")};
    return tables;
}

Result<qint64> TableCopy::copyAll(const QSqlDatabase &from, QSqlDatabase &to, const QStringList &leftOut,
                                  const Progress &progress)
{
    QStringList known = companyTables();
    known.sort();
    for (const QSqlDatabase *db : std::initializer_list<const QSqlDatabase *>{&from, &to}) {
        auto tables = tablesOf(*db);
        if (!tables.ok())
            return tables.error();
        if (tables.value() != known)
            return makeError(
                ErrorCode::InvalidState,
                Tr::tr("The two companies do not have the same tables (%1 against %2): both must "
                       "be at this program's schema version.")
                    .arg(tables->join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
    }
    QHash<QString, QStringList> columns;
    for (const QString &table : companyTables()) {
        QStringList source = columnsOf(from, table);
        QStringList target = columnsOf(to, table);
        QStringList sortedSource = source;
        QStringList sortedTarget = target;
        sortedSource.sort();
        sortedTarget.sort();
        if (sortedSource != sortedTarget || target.isEmpty())
            return makeError(
                ErrorCode::InvalidState,
                Tr::tr("The table %1 has other columns in the two companies (%2 against %3): both "
                       "must be at this program's schema version.")
                    .arg(table, source.join(QStringLiteral(", ")), target.join(QStringLiteral(", "))));
        columns.insert(table, target);
    }

    // What the destination's migrations seeded (roles, the default
    // warehouse, settings) gives way to the source's rows.
    QSqlQuery clear(to);
    for (auto it = companyTables().crbegin(); it != companyTables().crend(); ++it) {
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
            return failed(Tr::tr("Emptying %1").arg(*it), clear.lastError());
    }

    // Several rows an INSERT, below SQLite 3.15's 999 bound values.
    constexpr int MaxValues = 900;
    qint64 copied = 0;
    for (const QString &table : companyTables()) {
        if (leftOut.contains(table))
            continue;
        const QStringList &names = columns.value(table);
        QStringList selected;
        for (const QString &name : names)
            selected << (leftOut.contains(table + QLatin1Char('.') + name) ? QStringLiteral("NULL") : name);
        const qsizetype width = names.size();
        const int perInsert = std::max(1, static_cast<int>(MaxValues / width));
        const QString row = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(u", "));
        const qint64 total = progress ? rowCount(from, table) : 0; // a count only for someone who shows it

        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(selected.join(u", "), table, orderOf(table))))
            return failed(Tr::tr("Reading %1").arg(table), read.lastError());
        QSqlQuery full(to);
        bool fullPrepared = false;
        QVariantList values;
        int pending = 0;
        qint64 done = 0;
        auto flush = [&]() -> Result<void> {
            if (pending == 0)
                return {};
            QSqlQuery partial(to);
            QSqlQuery &insert = pending == perInsert ? full : partial;
            if (pending == perInsert && !fullPrepared) {
                if (!full.prepare(head + QStringList(perInsert, row).join(QLatin1Char(','))))
                    return failed(Tr::tr("Copying %1").arg(table), full.lastError());
                fullPrepared = true;
            } else if (pending != perInsert
                       && !partial.prepare(head + QStringList(pending, row).join(QLatin1Char(',')))) {
                return failed(Tr::tr("Copying %1").arg(table), partial.lastError());
            }
            for (qsizetype i = 0; i < values.size(); ++i)
                insert.bindValue(static_cast<int>(i), values.at(i));
            if (!insert.exec())
                return failed(Tr::tr("Copying %1").arg(table), insert.lastError());
            done += pending;
            copied += pending;
            values.clear();
            pending = 0;
            if (progress)
                progress(table, done, total);
            return {};
        };
        while (read.next()) {
            for (int i = 0; i < width; ++i)
                values << read.value(i);
            if (++pending == perInsert) {
                if (auto flushed = flush(); !flushed.ok())
                    return flushed.error();
            }
        }
        if (read.lastError().isValid())
            return failed(Tr::tr("Reading %1").arg(table), read.lastError());
        if (auto flushed = flush(); !flushed.ok())
            return flushed.error();
    }

    // A server hands out ids from sequences, which must now start past the
    // copied rows.
    if (isServer(to)) {
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                "'public' AND is_identity = 'YES'")))
            return failed(Tr::tr("Reading the id sequences"), q.lastError());
        QList<std::pair<QString, QString>> identities;
        while (q.next())
            identities.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &[table, column] : identities) {
            QSqlQuery set(to);
            if (!set.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                         "GREATEST((SELECT max(%2) FROM %1), 1), "
                                         "(SELECT max(%2) FROM %1) IS NOT NULL)")
                              .arg(table, column)))
                return failed(Tr::tr("Moving the id sequence of %1").arg(table), set.lastError());
        }
    }
    return copied;
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The two migration sets, schema/*.sql for the SQLite company file and
// schema/postgres/*.sql for a company on a PostgreSQL server, cannot drift:
// both catalogs are read into one neutral form (tables, columns, keys, named
// checks, indexes, triggers) and compared item for item, and a handful of
// rules are broken on both engines to see both refuse. Against a real
// PostgreSQL 15 started for the program (tests/support/PgCluster.h).
#include "PgCluster.h"
#include "TestSupport.h"

#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <thread>

using namespace stockbook;
using namespace stockbook::test;
using storage::Migration;
using storage::Migrator;

namespace {

// One cluster for the whole program (each costs about 1.5 s to start).
PgCluster &cluster()
{
    return PgCluster::shared();
}

// A new, empty database on the cluster, as a company database is made:
// bytewise text order and ASCII-only case folding, like SQLite's.
QSqlDatabase freshPostgres()
{
    static int counter = 0;
    const QString name = QStringLiteral("engines_%1").arg(++counter);
    {
        QSqlDatabase admin = cluster().superuserConnection();
        REQUIRE(admin.open());
        QSqlQuery q(admin);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                      "LC_COLLATE 'C' LC_CTYPE 'C'")
                           .arg(name)));
        admin.close();
    }
    QSqlDatabase db = cluster().superuserConnection(name);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

QSqlDatabase migratedPostgres(const QList<Migration> &migrations = Migrator::builtinPostgres())
{
    QSqlDatabase db = freshPostgres();
    auto applied = Migrator::applyPostgres(db, migrations);
    REQUIRE_OK(applied);
    REQUIRE(applied.value() == migrations.size());
    return db;
}

QList<QVariantList> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    const auto all = rows(db, sql);
    REQUIRE(all.size() == 1);
    return all.constFirst().value(0);
}

// ---------------------------------------------------------------------------
// The neutral form: one line per item, so a difference is a line on one side.

QString typeClass(const QString &declared)
{
    const QString t = declared.toLower();
    if (t.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("text")) || t.contains(QLatin1String("char")))
        return QStringLiteral("text");
    if (t.contains(QLatin1String("blob")) || t == QLatin1String("bytea"))
        return QStringLiteral("blob");
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("doub"))
        || t.contains(QLatin1String("floa")) || t.contains(QLatin1String("numeric")))
        return QStringLiteral("real");
    return QStringLiteral("other:") + t;
}

// An index key as written: lower case, no blanks, no quotes, no text casts.
QString normalizedExpression(QString e)
{
    e = e.toLower();
    e.remove(QRegularExpression(QStringLiteral("\\s+")));
    e.remove(QLatin1Char('"'));
    e.remove(QStringLiteral("::text"));
    return e;
}

QString normalizedDefault(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("none");
    QString d = value.toString().trimmed();
    d.remove(QRegularExpression(QStringLiteral("::(text|bigint|integer)$")));
    return d;
}

QString column(const QString &table, int position, const QString &name, const QString &type, bool notNull,
               const QString &defaultValue)
{
    return QStringLiteral("column %1.%2 #%3 %4%5 default %6")
        .arg(table, name)
        .arg(position)
        .arg(type, notNull ? QStringLiteral(" not null") : QString(), defaultValue);
}

// A partial index's condition in one spelling for both engines: PostgreSQL
// writes "x IN ('a', 'b')" as "x = ANY (ARRAY['a'::text, 'b'::text])".
QString normalizedPredicate(QString p)
{
    p = p.toLower();
    p.remove(QRegularExpression(QStringLiteral("::(text|bigint|integer)")));
    static const QRegularExpression any(QStringLiteral("(\\w+)\\s*=\\s*any\\s*\\(array\\[([^\\]]*)\\]\\)"));
    p.replace(any, QStringLiteral("\\1 in (\\2)"));
    p.remove(QRegularExpression(QStringLiteral("[\\s()]")));
    return p;
}

QString index(const QString &table, const QString &name, const QStringList &keys, bool unique,
              const QString &predicate)
{
    return QStringLiteral("index %1.%2 (%3)%4%5")
        .arg(table, name, keys.join(QLatin1Char(',')), unique ? QStringLiteral(" unique") : QString(),
             predicate.isEmpty() ? QString() : QStringLiteral(" where ") + normalizedPredicate(predicate));
}

// Splits "a, lower(b), c COLLATE NOCASE" at the commas outside parentheses.
QStringList topLevelItems(const QString &list)
{
    QStringList out;
    int depth = 0;
    QString current;
    for (const QChar c : list) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// The key list of "CREATE [UNIQUE] INDEX name ON table (keys) [WHERE ...]".
QStringList indexKeysFromSql(const QString &sql)
{
    const qsizetype open = sql.indexOf(QLatin1Char('('));
    int depth = 0;
    for (qsizetype i = open; i < sql.size(); ++i) {
        if (sql[i] == QLatin1Char('('))
            ++depth;
        else if (sql[i] == QLatin1Char(')') && --depth == 0)
            return topLevelItems(sql.mid(open + 1, i - open - 1));
    }
    return {};
}

struct Catalog {
    QSet<QString> tables;
    QSet<QString> items;
};

Catalog sqliteCatalog(const QSqlDatabase &db)
{
    Catalog c;
    for (const QVariantList &t :
         rows(db,
              QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite_%' ORDER BY name"))) {
        const QString table = t[0].toString();
        const QString sql = t[1].toString();
        const bool withoutRowid = sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
        c.tables << table;
        c.items << QStringLiteral("table ") + table;

        const auto info = rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QMap<int, QString> pk;
        int pkCount = 0;
        for (const QVariantList &col : info)
            pkCount += col[5].toInt() > 0 ? 1 : 0;
        for (const QVariantList &col : info) {
            const QString name = col[1].toString();
            const QString type = col[2].toString();
            const bool inPk = col[5].toInt() > 0;
            // A key column is NOT NULL in a WITHOUT ROWID table and as the
            // rowid alias (INTEGER PRIMARY KEY), whatever was declared.
            const bool rowidAlias = inPk && pkCount == 1
                && type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            const bool notNull = col[3].toInt() != 0 || (inPk && (withoutRowid || rowidAlias));
            c.items << column(table, col[0].toInt(), name, typeClass(type), notNull,
                              normalizedDefault(col[4]));
            if (inPk)
                pk.insert(col[5].toInt(), name);
        }
        c.items << QStringLiteral("primary key %1 (%2)").arg(table, pk.values().join(QLatin1Char(',')));

        // Foreign keys, grouped by id (one row per column).
        QMap<int, QVariantList> fks;
        QMap<int, QStringList> from, to;
        for (const QVariantList &fk : rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
            fks.insert(fk[0].toInt(), fk);
            from[fk[0].toInt()] << fk[3].toString();
            to[fk[0].toInt()] << fk[4].toString();
        }
        for (auto it = fks.cbegin(); it != fks.cend(); ++it) {
            c.items << QStringLiteral("foreign key %1 (%2) -> %3 (%4) on delete %5 on update %6")
                           .arg(table, from[it.key()].join(QLatin1Char(',')), it.value()[2].toString(),
                                to[it.key()].join(QLatin1Char(',')), it.value()[6].toString(),
                                it.value()[5].toString());
        }

        // Named CHECK constraints, from the table's text (ALTER TABLE ADD
        // COLUMN rewrites it, so added columns' checks are there too).
        static const QRegularExpression check(QStringLiteral("CONSTRAINT\\s+(\\w+)\\s+CHECK\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
        for (auto m = check.globalMatch(sql); m.hasNext();)
            c.items << QStringLiteral("check %1.%2").arg(table, m.next().captured(1));
        static const QRegularExpression uniqueName(
            QStringLiteral("CONSTRAINT\\s+(\\w+)\\s+UNIQUE\\s*\\(([^)]*)\\)"),
            QRegularExpression::CaseInsensitiveOption);
        QMap<QString, QString> uniqueNames; // "a,b" -> constraint name
        for (auto m = uniqueName.globalMatch(sql); m.hasNext();) {
            const auto match = m.next();
            QString cols = match.captured(2);
            cols.remove(QRegularExpression(QStringLiteral("\\s+")));
            uniqueNames.insert(cols, match.captured(1));
        }

        for (const QVariantList &idx : rows(db, QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
            const QString name = idx[1].toString();
            const bool unique = idx[2].toInt() != 0;
            const QString origin = idx[3].toString();
            const bool partial = idx[4].toInt() != 0;
            if (origin == QLatin1String("pk"))
                continue;
            const QString indexSql =
                scalar(
                    db,
                    QStringLiteral("SELECT ifnull(sql, '') FROM sqlite_master WHERE name = '%1'").arg(name))
                    .toString();
            const QStringList written = indexKeysFromSql(indexSql);
            QStringList keys, plain;
            int k = 0;
            for (const QVariantList &x : rows(db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(name))) {
                if (x[5].toInt() == 0)
                    continue; // the rowid or key columns a WITHOUT ROWID index appends
                const int cid = x[1].toInt();
                QString key;
                if (cid == -2) // an expression: as written in CREATE INDEX
                    key = normalizedExpression(written.value(k));
                else
                    key = x[2].toString();
                plain << key;
                if (cid >= 0 && x[4].toString().compare(QLatin1String("NOCASE"), Qt::CaseInsensitive) == 0)
                    key = QStringLiteral("lower(%1)").arg(key);
                keys << key;
                ++k;
            }
            if (origin == QLatin1String("u")) {
                const QString constraint = uniqueNames.value(plain.join(QLatin1Char(',')),
                                                             QStringLiteral("?"));
                c.items << QStringLiteral("unique constraint %1.%2 (%3)")
                               .arg(table, constraint, keys.join(QLatin1Char(',')));
            } else {
                const qsizetype where = indexSql.lastIndexOf(QLatin1String(" WHERE "), -1,
                                                             Qt::CaseInsensitive);
                const QString predicate = partial && where >= 0 ? indexSql.mid(where + 7) : QString();
                c.items << index(table, name, keys, unique,
                                 partial && predicate.isEmpty() ? QStringLiteral("?") : predicate);
            }
        }
    }
    for (const QVariantList &t :
         rows(db, QStringLiteral("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")))
        c.items << QStringLiteral("trigger %1.%2").arg(t[0].toString(), t[1].toString());
    return c;
}

QString pgAction(const QString &code)
{
    static const QMap<QString, QString> actions = {{QStringLiteral("a"), QStringLiteral("NO ACTION")},
                                                   {QStringLiteral("r"), QStringLiteral("RESTRICT")},
                                                   {QStringLiteral("c"), QStringLiteral("CASCADE")},
                                                   {QStringLiteral("n"), QStringLiteral("SET NULL")},
                                                   {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
    return actions.value(code, code);
}

// Only the tables given (the SQLite file's): anything else on the server
// (schema_migrations, the server mode's own objects) is not compared.
Catalog postgresCatalog(const QSqlDatabase &db, const QSet<QString> &tables)
{
    Catalog c;
    for (const QVariantList &t :
         rows(db,
              QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                             "n.oid = c.relnamespace WHERE n.nspname = 'public' "
                             "AND c.relkind IN ('r', 'p')"))) {
        const QString table = t[0].toString();
        c.tables << table;
        if (tables.contains(table))
            c.items << QStringLiteral("table ") + table;
    }
    const QString inScope = QStringLiteral(" AND n.nspname = 'public' AND t.relname = ANY ('{%1}'::text[]) ")
                                .arg(QStringList(tables.cbegin(), tables.cend()).join(QLatin1Char(',')));

    QMap<QString, int> position;
    for (const QVariantList &col :
         rows(db,
              QStringLiteral(
                  "SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                  "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
                  "JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                  "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                  "WHERE a.attnum > 0 AND NOT a.attisdropped AND t.relkind IN ('r', 'p')")
                  + inScope + QStringLiteral("ORDER BY t.relname, a.attnum"))) {
        const QString table = col[0].toString();
        c.items << column(table, position[table]++, col[1].toString(), typeClass(col[2].toString()),
                          col[3].toBool(), normalizedDefault(col[4]));
    }

    // Keys and checks. conkey/confkey in their order, as column names.
    const QString keyNames = QStringLiteral(
        "(SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM unnest(%1) WITH ORDINALITY k(n, i) "
        "JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.n)");
    for (const QVariantList &con :
         rows(db,
              QStringLiteral("SELECT c.contype, c.conname, t.relname, %1, f.relname, %2, c.confdeltype, "
                             "c.confupdtype FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                             "JOIN pg_namespace n ON n.oid = t.relnamespace "
                             "LEFT JOIN pg_class f ON f.oid = c.confrelid WHERE true")
                      .arg(keyNames.arg(QStringLiteral("c.conkey"), QStringLiteral("c.conrelid")),
                           keyNames.arg(QStringLiteral("c.confkey"), QStringLiteral("c.confrelid")))
                  + inScope)) {
        const QString type = con[0].toString();
        const QString name = con[1].toString();
        const QString table = con[2].toString();
        if (type == QLatin1String("p"))
            c.items << QStringLiteral("primary key %1 (%2)").arg(table, con[3].toString());
        else if (type == QLatin1String("f"))
            c.items << QStringLiteral("foreign key %1 (%2) -> %3 (%4) on delete %5 on update %6")
                           .arg(table, con[3].toString(), con[4].toString(), con[5].toString(),
                                pgAction(con[6].toString()), pgAction(con[7].toString()));
        else if (type == QLatin1String("c"))
            c.items << QStringLiteral("check %1.%2").arg(table, name);
        else if (type == QLatin1String("u"))
            c.items << QStringLiteral("unique constraint %1.%2 (%3)").arg(table, name, con[3].toString());
        else
            c.items << QStringLiteral("constraint %1.%2 of type %3").arg(table, name, type);
    }

    // Indexes that no primary key or unique constraint made. A unique index
    // named uq_* is the translation of a UNIQUE constraint over a NOCASE
    // column (schema/postgres/0001_initial.sql), so it counts as one.
    for (const QVariantList &idx :
         rows(db,
              QStringLiteral(
                  "SELECT t.relname, i.relname, x.indisunique, x.indpred IS NOT NULL, "
                  "coalesce(pg_get_expr(x.indpred, x.indrelid, true), ''), "
                  "(SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), '|' ORDER BY k) "
                  "FROM generate_series(1, x.indnkeyatts) k) "
                  "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                  "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                  "WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid "
                  "AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u'))")
                  + inScope)) {
        const QString table = idx[0].toString();
        const QString name = idx[1].toString();
        QStringList keys;
        for (const QString &key : idx[5].toString().split(QLatin1Char('|')))
            keys << normalizedExpression(key);
        if (idx[2].toBool() && !idx[3].toBool() && name.startsWith(QLatin1String("uq_")))
            c.items << QStringLiteral("unique constraint %1.%2 (%3)")
                           .arg(table, name, keys.join(QLatin1Char(',')));
        else
            c.items << index(table, name, keys, idx[2].toBool(), idx[4].toString());
    }

    for (const QVariantList &tr :
         rows(db,
              QStringLiteral(
                  "SELECT t.relname, g.tgname FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid "
                  "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE NOT g.tgisinternal")
                  + inScope))
        c.items << QStringLiteral("trigger %1.%2").arg(tr[0].toString(), tr[1].toString());
    return c;
}

// The triggers PostgreSQL has and SQLite cannot: TRUNCATE skips the row triggers.
const QSet<QString> PostgresOnlyTriggers = {
    QStringLiteral("trigger audit_logs.trg_audit_logs_no_truncate"),
    QStringLiteral("trigger stock_movements.trg_stock_movements_no_truncate"),
    QStringLiteral("trigger audit_checkpoints.trg_audit_checkpoints_no_truncate")};

// Every item on one side only, sorted, each line saying which side.
QStringList differences(const Catalog &sqlite, Catalog postgres)
{
    for (const QString &t : PostgresOnlyTriggers)
        postgres.items.remove(t);
    QStringList out;
    for (const QString &item : sqlite.items) {
        if (!postgres.items.contains(item))
            out << QStringLiteral("only in SQLite:     ") + item;
    }
    for (const QString &item : postgres.items) {
        if (!sqlite.items.contains(item))
            out << QStringLiteral("only in PostgreSQL: ") + item;
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.mid(20) < b.mid(20); });
    return out;
}

int countOf(const Catalog &c, const QString &prefix)
{
    int n = 0;
    for (const QString &item : c.items)
        n += item.startsWith(prefix) ? 1 : 0;
    return n;
}

// ---------------------------------------------------------------------------
// The same statement on both engines.

struct Engines {
    TempDatabase file;
    QSqlDatabase server = migratedPostgres();
    QSqlDatabase sqlite() const { return file.db->connection(); }
};

// Runs sql on both; each answer is the error text, empty when it was accepted.
std::pair<QString, QString> onBoth(const Engines &e, const QString &sql,
                                   std::initializer_list<QVariant> values = {})
{
    const QSqlError a = tryExec(e.sqlite(), sql, values);
    const QSqlError b = tryExec(e.server, sql, values);
    return {a.isValid() ? a.text() : QString(), b.isValid() ? b.text() : QString()};
}

void acceptedOnBoth(const Engines &e, const QString &sql, std::initializer_list<QVariant> values = {})
{
    const auto [sqlite, postgres] = onBoth(e, sql, values);
    INFO(sql.toStdString());
    INFO("SQLite: " << sqlite.toStdString());
    INFO("PostgreSQL: " << postgres.toStdString());
    CHECK(sqlite.isEmpty());
    CHECK(postgres.isEmpty());
}

// Both refuse, each naming the rule (the texts differ between the engines).
void refusedOnBoth(const Engines &e, const QString &sql, const QString &sqliteSays,
                   const QString &postgresSays, std::initializer_list<QVariant> values = {})
{
    const auto [sqlite, postgres] = onBoth(e, sql, values);
    INFO(sql.toStdString());
    INFO("SQLite: " << sqlite.toStdString());
    INFO("PostgreSQL: " << postgres.toStdString());
    CHECK(sqlite.contains(sqliteSays));
    CHECK(postgres.contains(postgresSays));
}

// A valid row of everything the refusals refer to, on both engines.
void insertFixture(const Engines &e)
{
    const QByteArray zeros(32, '\0');
    acceptedOnBoth(e,
                   QStringLiteral("INSERT INTO users (id, username, email, role_id, created_at, updated_at) "
                                  "VALUES (1, 'anna', 'anna@shop.example', 1, 'x', 'x')"));
    acceptedOnBoth(e,
                   QStringLiteral("INSERT INTO customers (id, name, created_at, updated_at) "
                                  "VALUES (1, 'Bob', 'x', 'x')"));
    acceptedOnBoth(e,
                   QStringLiteral("INSERT INTO products (id, sku, name, tax_rate_id, price, created_at, "
                                  "updated_at) VALUES (1, 'B-1', 'Bolt', 1, 100, 'x', 'x')"));
    acceptedOnBoth(
        e,
        QStringLiteral("INSERT INTO invoices (id, type, status, invoice_number, customer_id, "
                       "warehouse_id, issue_date, created_by, created_at, updated_at) "
                       "VALUES (1, 'sale', 'posted', 'INV-2026-000001', 1, 1, '2026-11-28', 1, 'x', 'x')"));
    acceptedOnBoth(
        e,
        QStringLiteral("INSERT INTO stock_movements (id, product_id, warehouse_id, type, quantity, "
                       "user_id, created_at) VALUES (1, 1, 1, 'receipt', 1000, 1, 'x')"));
    acceptedOnBoth(
        e,
        QStringLiteral("INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash, hash_version) "
                       "VALUES (1, 'x', 'a', ?, ?, 2)"),
        {zeros, zeros});
}

} // namespace

TEST_CASE("the PostgreSQL migrations have the numbers and names of the SQLite ones and are built in")
{
    const QList<Migration> sqlite = Migrator::builtin();
    const QList<Migration> postgres = Migrator::builtinPostgres();
    REQUIRE(postgres.size() == 8);
    REQUIRE(sqlite.size() == postgres.size());
    for (qsizetype i = 0; i < postgres.size(); ++i) {
        CHECK(postgres[i].version == sqlite[i].version);
        CHECK(postgres[i].name == sqlite[i].name);
    }
    auto fromDisk = Migrator::fromDirectory(QStringLiteral(STOCKBOOK_SOURCE_DIR "/schema/postgres"));
    REQUIRE_OK(fromDisk);
    REQUIRE(fromDisk.value().size() == postgres.size());
    for (qsizetype i = 0; i < postgres.size(); ++i)
        CHECK(fromDisk.value()[i].sql == postgres[i].sql);
    // The SQLite set does not pick up the PostgreSQL files beneath it.
    for (const Migration &m : sqlite)
        CHECK_FALSE(m.sql.contains("GENERATED BY DEFAULT AS IDENTITY"));
}

TEST_CASE("a SQLite company file and a PostgreSQL company database have the same catalog")
{
    TempDatabase file;
    QSqlDatabase server = migratedPostgres();
    const Catalog sqlite = sqliteCatalog(file.db->connection());
    const Catalog postgres = postgresCatalog(server, sqlite.tables);

    // Counted by hand in schema/*.sql: 17 tables in 0001 and audit_checkpoints
    // in 0008; 82 + 1 + 1 + 3 named checks; 25 REFERENCES; 8 UNIQUE
    // constraints; 45 + 1 + 1 + 2 + 1 indexes made less the 2 dropped; 7 triggers.
    CHECK(sqlite.tables.size() == 18);
    CHECK(countOf(sqlite, QStringLiteral("check ")) == 87);
    CHECK(countOf(sqlite, QStringLiteral("foreign key ")) == 25);
    CHECK(countOf(sqlite, QStringLiteral("unique constraint ")) == 8);
    CHECK(countOf(sqlite, QStringLiteral("index ")) == 48);
    CHECK(countOf(sqlite, QStringLiteral("trigger ")) == 7);
    CHECK_FALSE(sqlite.items.contains(QStringLiteral("unique constraint ?")));

    // The server has the SQLite tables and the version table, nothing else.
    QSet<QString> extra = postgres.tables - sqlite.tables;
    CHECK(extra == QSet<QString>{QStringLiteral("schema_migrations")});
    for (const QString &t : PostgresOnlyTriggers)
        CHECK(postgres.items.contains(t));

    const QStringList diff = differences(sqlite, postgres);
    INFO(diff.size() << " difference(s):\n" << diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("the comparison names every item that differs, not just the first")
{
    // A copy of the migrations with a ninth that drifts four ways.
    QList<Migration> drifted = Migrator::builtinPostgres();
    drifted.append(Migration{9, QStringLiteral("0009_drift.sql"),
                             "DROP INDEX ix_payments_paid_on;\n"
                             "ALTER TABLE payments DROP CONSTRAINT ck_payments_kind;\n"
                             "ALTER TABLE customers ALTER COLUMN phone DROP NOT NULL;\n"
                             "DROP TRIGGER trg_stock_movements_no_delete ON stock_movements;\n"});
    TempDatabase file;
    QSqlDatabase server = migratedPostgres(drifted);
    const Catalog sqlite = sqliteCatalog(file.db->connection());
    const QStringList diff = differences(sqlite, postgresCatalog(server, sqlite.tables));
    INFO(diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff
          == QStringList{
              QStringLiteral("only in SQLite:     check payments.ck_payments_kind"),
              QStringLiteral("only in PostgreSQL: column customers.phone #3 text default ''"),
              QStringLiteral("only in SQLite:     column customers.phone #3 text not null default ''"),
              QStringLiteral("only in SQLite:     index payments.ix_payments_paid_on (paid_on)"),
              QStringLiteral("only in SQLite:     trigger stock_movements.trg_stock_movements_no_delete"),
          });
}

TEST_CASE("both engines refuse the same bad rows")
{
    Engines e;
    insertFixture(e);

    SECTION("a negative quantity")
    {
        refusedOnBoth(e,
                      QStringLiteral("INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, "
                                     "unit_price) VALUES (1, 1, 1, -1000, 100)"),
                      QStringLiteral("CHECK constraint failed: ck_invoice_items_quantity"),
                      QStringLiteral("violates check constraint \"ck_invoice_items_quantity\""));
        refusedOnBoth(
            e,
            QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) "
                           "VALUES (1, 1, -1, 'x')"),
            QStringLiteral("CHECK constraint failed: ck_stock_levels_quantity"),
            QStringLiteral("violates check constraint \"ck_stock_levels_quantity\""));
    }
    SECTION("an unknown foreign key")
    {
        refusedOnBoth(
            e,
            QStringLiteral("INSERT INTO products (id, sku, name, tax_rate_id, category_id, created_at, "
                           "updated_at) VALUES (2, 'C-1', 'Cog', 1, 999, 'x', 'x')"),
            QStringLiteral("FOREIGN KEY constraint failed"),
            QStringLiteral("violates foreign key constraint \"products_category_id_fkey\""));
    }
    SECTION("a duplicate invoice number in the same series")
    {
        refusedOnBoth(
            e,
            QStringLiteral(
                "INSERT INTO invoices (id, type, status, invoice_number, customer_id, warehouse_id, "
                "issue_date, created_by, created_at, updated_at) VALUES (2, 'sale', 'posted', "
                "'INV-2026-000001', 1, 1, '2026-11-29', 1, 'x', 'x')"),
            QStringLiteral("UNIQUE constraint failed: invoices.invoice_number"),
            QStringLiteral("violates unique constraint \"uq_invoices_number\""));
    }
    SECTION("a SKU differing only in case, as SQLite's NOCASE column refuses it")
    {
        refusedOnBoth(
            e,
            QStringLiteral("INSERT INTO products (id, sku, name, tax_rate_id, created_at, updated_at) "
                           "VALUES (2, 'b-1', 'Bolt again', 1, 'x', 'x')"),
            QStringLiteral("UNIQUE constraint failed: products.sku"),
            QStringLiteral("violates unique constraint \"uq_products_sku\""));
    }
    SECTION("changing or removing audit rows and stock movements")
    {
        refusedOnBoth(e, QStringLiteral("UPDATE audit_logs SET action = 'b' WHERE seq = 1"),
                      QStringLiteral("audit_logs is append-only"),
                      QStringLiteral("audit_logs is append-only"));
        refusedOnBoth(e, QStringLiteral("DELETE FROM audit_logs"),
                      QStringLiteral("audit_logs is append-only"),
                      QStringLiteral("audit_logs is append-only"));
        refusedOnBoth(e, QStringLiteral("DELETE FROM stock_movements WHERE id = 1"),
                      QStringLiteral("stock_movements is append-only"),
                      QStringLiteral("stock_movements is append-only"));
        refusedOnBoth(e, QStringLiteral("UPDATE stock_movements SET quantity = 2000"),
                      QStringLiteral("stock_movements is append-only"),
                      QStringLiteral("stock_movements is append-only"));
        // PostgreSQL alone has TRUNCATE, which skips the row triggers.
        for (const char *table : {"stock_movements", "audit_logs"}) {
            QSqlQuery truncate(e.server); // not prepared: TRUNCATE cannot be
            CHECK_FALSE(truncate.exec(QStringLiteral("TRUNCATE %1").arg(QLatin1String(table))));
            CHECK(truncate.lastError().text().contains(
                QStringLiteral("%1 is append-only").arg(QLatin1String(table))));
        }
        CHECK(scalar(e.server, QStringLiteral("SELECT count(*) FROM stock_movements")).toInt() == 1);
        CHECK(scalar(e.server, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt() == 1);
    }
    SECTION("an audit row of an older hash version after a newer one")
    {
        const QByteArray zeros(32, '\0');
        refusedOnBoth(e,
                      QStringLiteral("INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash, "
                                     "hash_version) VALUES (2, 'x', 'a', ?, ?, 1)"),
                      QStringLiteral("audit_logs hash_version may not go back"),
                      QStringLiteral("audit_logs hash_version may not go back"), {zeros, zeros});
    }
}

TEST_CASE("a check means the same on both engines: permission names and e-mail addresses")
{
    Engines e;
    acceptedOnBoth(e, QStringLiteral("INSERT INTO roles (id, name) VALUES (9, 'tester')"));
    // Worked out by hand from GLOB '[a-z]*.[a-z]*' (a lower-case letter, anything,
    // a dot, a lower-case letter, anything) and LIKE '_%@_%'.
    const std::map<QString, bool> permissions = {
        {QStringLiteral("invoice.create"), true},
        {QStringLiteral("a.b"), true},
        {QStringLiteral("x.y.z"), true},
        {QStringLiteral("a..b"), true},
        {QStringLiteral("a.b9"), true},
        {QStringLiteral("Invoice.create"), false},
        {QStringLiteral("invoice"), false},
        {QStringLiteral("a."), false},
        {QStringLiteral(".a"), false},
        {QStringLiteral("a.B"), false},
        {QStringLiteral("9a.b"), false},
        {QStringLiteral(""), false},
    };
    for (const auto &[permission, valid] : permissions) {
        const auto [sqlite, postgres] = onBoth(
            e, QStringLiteral("INSERT INTO role_permissions (role_id, permission) VALUES (9, ?)"),
            {permission});
        INFO("permission '" << permission.toStdString() << "': SQLite " << sqlite.toStdString()
                            << "; PostgreSQL " << postgres.toStdString());
        CHECK(sqlite.isEmpty() == valid);
        CHECK(postgres.isEmpty() == valid);
    }
    const std::map<QString, bool> emails = {
        {QStringLiteral("a@b"), true},   {QStringLiteral("anna@shop.example"), true},
        {QStringLiteral("@b"), false},   {QStringLiteral("a@"), false},
        {QStringLiteral("anna"), false},
    };
    int id = 10;
    for (const auto &[email, valid] : emails) {
        const auto [sqlite, postgres] = onBoth(
            e,
            QStringLiteral("INSERT INTO customers (id, name, email, created_at, updated_at) "
                           "VALUES (?, 'C', ?, 'x', 'x')"),
            {++id, email});
        INFO("e-mail '" << email.toStdString() << "': SQLite " << sqlite.toStdString() << "; PostgreSQL "
                        << postgres.toStdString());
        CHECK(sqlite.isEmpty() == valid);
        CHECK(postgres.isEmpty() == valid);
    }
}

TEST_CASE("the seed rows are the same on both engines")
{
    Engines e;
    const QStringList queries = {
        QStringLiteral("SELECT id, name, description, is_system FROM roles ORDER BY id"),
        QStringLiteral("SELECT role_id, permission FROM role_permissions ORDER BY role_id, permission"),
        QStringLiteral("SELECT id, name, rate_bp, is_default, active FROM tax_rates ORDER BY id"),
        QStringLiteral("SELECT key, value, updated_at FROM settings ORDER BY key"),
        QStringLiteral("SELECT id, code, name, active, is_default FROM warehouses ORDER BY id"),
    };
    for (const QString &sql : queries) {
        const auto sqlite = rows(e.sqlite(), sql);
        const auto postgres = rows(e.server, sql);
        INFO(sql.toStdString());
        REQUIRE(sqlite.size() == postgres.size());
        for (qsizetype i = 0; i < sqlite.size(); ++i) {
            QStringList a, b;
            for (const QVariant &v : sqlite[i])
                a << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            for (const QVariant &v : postgres[i])
                b << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            CHECK(a.join(QLatin1Char('|')).toStdString() == b.join(QLatin1Char('|')).toStdString());
        }
    }
    // Counted by hand in 0001: 3 roles; 6 clerk + 17 manager + 23 admin permissions.
    CHECK(rows(e.server, queries[0]).size() == 3);
    CHECK(rows(e.server, queries[1]).size() == 46);
    CHECK(rows(e.server, queries[2]).size() == 3);
    CHECK(rows(e.server, queries[3]).size() == 5);
    CHECK(rows(e.server, queries[4]).size() == 1);
    // The warehouse's time is written as the app writes it.
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
              .match(scalar(e.server, QStringLiteral("SELECT created_at FROM warehouses")).toString())
              .hasMatch());
    // A role made without an id after the seeds gets the next one.
    CHECK(scalar(e.server, QStringLiteral("INSERT INTO roles (name) VALUES ('cashier') RETURNING id")).toInt()
          == 4);
}

TEST_CASE("applyPostgres applies nothing the second time and records each migration")
{
    QSqlDatabase db = freshPostgres();
    CHECK(Migrator::postgresVersion(db).value() == 0);
    auto first = Migrator::applyPostgres(db, Migrator::builtinPostgres());
    REQUIRE_OK(first);
    CHECK(first.value() == 8);
    auto second = Migrator::applyPostgres(db, Migrator::builtinPostgres());
    REQUIRE_OK(second);
    CHECK(second.value() == 0);
    CHECK(Migrator::postgresVersion(db).value() == 8);
    const auto recorded = rows(
        db, QStringLiteral("SELECT version, name FROM schema_migrations ORDER BY version"));
    REQUIRE(recorded.size() == 8);
    CHECK(recorded[0][0].toInt() == 1);
    CHECK(recorded[0][1].toString() == QStringLiteral("0001_initial.sql"));
    CHECK(recorded[7][0].toInt() == 8);
    CHECK(recorded[7][1].toString() == QStringLiteral("0008_audit_checkpoints.sql"));
}

TEST_CASE("a database of a newer schema is refused, and a failing migration leaves the version as it was")
{
    SECTION("version 9 is newer than this program's 8")
    {
        QSqlDatabase db = migratedPostgres();
        exec(db,
             QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9, '0009_future.sql')"));
        REQUIRE_ERROR(Migrator::applyPostgres(db, Migrator::builtinPostgres()), ErrorCode::NewerSchema);
        CHECK(Migrator::postgresVersion(db).value() == 9);
    }
    SECTION("a ninth migration that fails halfway")
    {
        QList<Migration> migrations = Migrator::builtinPostgres();
        migrations.append(Migration{9, QStringLiteral("0009_broken.sql"),
                                    "CREATE TABLE half_done (id BIGINT);\nSELECT 1 / 0;\n"});
        QSqlDatabase db = freshPostgres();
        auto applied = Migrator::applyPostgres(db, migrations);
        REQUIRE_ERROR(applied, ErrorCode::MigrationFailed);
        CHECK(applied.error().message.contains(QStringLiteral("0009_broken.sql")));
        CHECK(applied.error().message.contains(QStringLiteral("left at schema 8")));
        INFO(applied.error().message.toStdString());
        CHECK(applied.error().message.contains(QStringLiteral("division by zero")));
        CHECK(Migrator::postgresVersion(db).value() == 8);
        CHECK(scalar(db, QStringLiteral("SELECT to_regclass('half_done') IS NULL")).toBool());
    }
    SECTION("the first migration failing leaves an empty database at version 0")
    {
        QList<Migration> migrations = Migrator::builtinPostgres();
        migrations[0].sql += "\nSELECT no_such_function();\n";
        QSqlDatabase db = freshPostgres();
        REQUIRE_ERROR(Migrator::applyPostgres(db, migrations), ErrorCode::MigrationFailed);
        CHECK(Migrator::postgresVersion(db).value() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt()
              == 0);
    }
}

TEST_CASE("how long applying every migration takes on each engine")
{
    QElapsedTimer timer;
    QSqlDatabase db = freshPostgres();
    timer.start();
    REQUIRE_OK(Migrator::applyPostgres(db, Migrator::builtinPostgres()));
    const qint64 postgresMs = timer.elapsed();

    TempDatabase file(false);
    timer.restart();
    REQUIRE_OK(Migrator::apply(*file.db, Migrator::builtin()));
    const qint64 sqliteMs = timer.elapsed();
    WARN("applying the 8 migrations took " << postgresMs << " ms on PostgreSQL and " << sqliteMs
                                           << " ms on SQLite (informational, not checked)");
    CHECK(Migrator::postgresVersion(db).value() == 8);
}

TEST_CASE("a migration's statements are split at semicolons outside quotes, dollar quotes and comments")
{
    QList<Migration> migrations = Migrator::builtinPostgres();
    migrations.append(Migration{9, QStringLiteral("0009_tricky.sql"),
                                "-- a comment; with a semicolon and an apostrophe's\n"
                                "CREATE TABLE tricky (id BIGINT, note TEXT);\n"
                                "/* a block; /* nested; */ comment */\n"
                                "INSERT INTO tricky VALUES (1, 'a;b''c');\n"
                                "INSERT INTO tricky VALUES (2, E'd\\';e');\n"
                                "INSERT INTO \"tricky\" VALUES (3, $tag$f;$$g$tag$);\n"
                                "CREATE FUNCTION tricky_count() RETURNS bigint LANGUAGE plpgsql AS $$\n"
                                "BEGIN\n    RETURN (SELECT count(*) FROM tricky);\nEND\n$$;\n"
                                "-- the end; nothing after\n"});
    QSqlDatabase db = freshPostgres();
    auto applied = Migrator::applyPostgres(db, migrations);
    REQUIRE_OK(applied);
    CHECK(applied.value() == 9);
    const auto notes = rows(db, QStringLiteral("SELECT note FROM tricky ORDER BY id"));
    REQUIRE(notes.size() == 3);
    CHECK(notes[0][0].toString() == QStringLiteral("a;b'c"));
    CHECK(notes[1][0].toString() == QStringLiteral("d';e"));
    CHECK(notes[2][0].toString() == QStringLiteral("f;$$g"));
    CHECK(scalar(db, QStringLiteral("SELECT tricky_count()")).toInt() == 3);
}

TEST_CASE("two workstations applying the migrations at once apply each one once")
{
    QString name;
    {
        QSqlDatabase db = freshPostgres();
        name = db.databaseName();
        db.close();
    }
    // Each thread opens its own connection; Catch's checks wait for the main thread.
    std::array<std::optional<Result<int>>, 2> results;
    std::array<QString, 2> openErrors;
    auto work = [&](std::size_t slot) {
        QSqlDatabase db = cluster().superuserConnection(name);
        if (!db.open()) {
            openErrors[slot] = db.lastError().text();
            return;
        }
        results[slot] = Migrator::applyPostgres(db, Migrator::builtinPostgres());
        db.close();
    };
    std::thread first(work, 0);
    std::thread second(work, 1);
    first.join();
    second.join();
    int total = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        INFO("workstation " << i << ": " << openErrors[i].toStdString());
        REQUIRE(results[i].has_value());
        REQUIRE_OK(*results[i]);
        total += results[i]->value();
    }
    CHECK(total == 8);
    QSqlDatabase db = cluster().superuserConnection(name);
    REQUIRE(db.open());
    CHECK(Migrator::postgresVersion(db).value() == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt() == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM roles")).toInt() == 3);
}

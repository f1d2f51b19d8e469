// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Migrator.h"

#include "Tr.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace stockbook::storage {

namespace {

Result<QList<Migration>> readFolder(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the migration %1.").arg(name));
        migrations.append(Migration{match.captured(1).toInt(), name, file.readAll()});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version == migrations[i - 1].version)
            return makeError(ErrorCode::MigrationFailed,
                             Tr::tr("Two migrations share the number %1.").arg(migrations[i].version));
    }
    return migrations;
}

// An error of the PostgreSQL server, its SQLSTATE in the detail.
Error postgresError(const QSqlError &error, const QString &message)
{
    return makeError(ErrorCode::Sql, message, {},
                     QStringLiteral("%1 (SQLSTATE %2)").arg(error.text().trimmed(), error.nativeErrorCode()));
}

QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// Taken at the start of each migration's transaction, so two workstations
// never apply the same migration at once ("Stockboo" in ASCII).
constexpr qint64 MigrationLock = 0x53746f636b626f6f;

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Splits a PostgreSQL script into its statements at the semicolons outside
// quotes ('...', E'...', "..."), dollar quotes ($$...$$, $tag$...$tag$) and
// comments. Qt's QPSQL driver (6.4) does not report the failure of a later
// statement of a multi-statement query, so each runs alone. Statements of
// comments alone are left out.
QStringList postgresStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool meaningful = false;
    const qsizetype n = script.size();
    auto finish = [&]() {
        if (meaningful)
            out << current.trimmed();
        current.clear();
        meaningful = false;
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0;
            qsizetype j = i;
            while (j < n) {
                if (script[j] == QLatin1Char('/') && j + 1 < n && script[j + 1] == QLatin1Char('*')) {
                    ++depth;
                    j += 2;
                } else if (script[j] == QLatin1Char('*') && j + 1 < n && script[j + 1] == QLatin1Char('/')) {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == QLatin1Char(';')) {
            finish();
            ++i;
            continue;
        }
        if (!c.isSpace())
            meaningful = true;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'...' takes backslash escapes; '' and "" are a quote inside.
            const bool escapes = c == QLatin1Char('\'') && i > 0
                && (script[i - 1] == QLatin1Char('E') || script[i - 1] == QLatin1Char('e'))
                && (i < 2 || !isIdentifierChar(script[i - 2]));
            qsizetype j = i + 1;
            while (j < n) {
                if (escapes && script[j] == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = std::min(j + 1, n);
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$') && (i == 0 || !isIdentifierChar(script[i - 1]))) {
            static const QRegularExpression tag(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
            const auto match = tag.match(script, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                const QString delimiter = match.captured(0);
                const qsizetype end = script.indexOf(delimiter, i + delimiter.size());
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        current += c;
        ++i;
    }
    finish();
    return out;
}

} // namespace

QList<Migration> Migrator::builtin()
{
    auto migrations = readFolder(QStringLiteral(":/schema"));
    return migrations.ok() ? migrations.value() : QList<Migration>{};
}

Result<QList<Migration>> Migrator::fromDirectory(const QString &dir)
{
    return readFolder(dir);
}

Result<int> Migrator::apply(Database &db, const QList<Migration> &migrations)
{
    if (migrations.isEmpty())
        return makeError(ErrorCode::MigrationFailed, Tr::tr("No schema migrations are available."));
    const int current = db.schemaVersion();
    const int latest = migrations.constLast().version;
    if (current > latest) {
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("The company file has schema %1, newer than this program's %2. Update Stockbook to "
                   "open it.")
                .arg(current)
                .arg(latest));
    }
    int applied = 0;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (auto begun = db.begin(); !begun.ok())
            return begun.error();
        // user_version lives in the file header, which SQLite writes inside the
        // same transaction: a failure leaves both schema and version as they were.
        QByteArray script = m.sql;
        script += "\n;PRAGMA user_version = " + QByteArray::number(m.version) + ";";
        if (auto ran = db.executeScript(script); !ran.ok()) {
            (void)db.rollback();
            Error e = ran.error();
            e.code = ErrorCode::MigrationFailed;
            e.message =
                Tr::tr("Updating the company file to schema %1 (%2) failed; it was left at schema %3. %4")
                    .arg(m.version)
                    .arg(m.name)
                    .arg(db.schemaVersion())
                    .arg(ran.error().message);
            return e;
        }
        if (auto done = db.commit(); !done.ok()) {
            (void)db.rollback();
            return done.error();
        }
        ++applied;
    }
    return applied;
}

QList<Migration> Migrator::builtinPostgres()
{
    auto migrations = readFolder(QStringLiteral(":/schema/postgres"));
    return migrations.ok() ? migrations.value() : QList<Migration>{};
}

Result<int> Migrator::postgresVersion(QSqlDatabase &connection)
{
    if (!connection.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company database is not open."));
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")) || !q.next())
        return postgresError(q.lastError(),
                             Tr::tr("Reading the schema version of the company database failed: %1")
                                 .arg(serverText(q.lastError())));
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM public.schema_migrations"))
        || !q.next())
        return postgresError(q.lastError(),
                             Tr::tr("Reading the schema version of the company database failed: %1")
                                 .arg(serverText(q.lastError())));
    return q.value(0).toInt();
}

Result<int> Migrator::applyPostgres(QSqlDatabase &connection, const QList<Migration> &migrations)
{
    if (migrations.isEmpty())
        return makeError(ErrorCode::MigrationFailed, Tr::tr("No schema migrations are available."));
    auto version = postgresVersion(connection);
    if (!version.ok())
        return version.error();
    const int current = version.value();
    const int latest = migrations.constLast().version;
    if (current > latest) {
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("The company database has schema %1, newer than this program's %2. Update Stockbook to "
                   "use it.")
                .arg(current)
                .arg(latest));
    }
    int applied = 0;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (!connection.transaction())
            return postgresError(
                connection.lastError(),
                Tr::tr("The database reported an error: %1").arg(serverText(connection.lastError())));
        QSqlQuery q(connection);
        auto failed = [&](const QSqlError &error) -> Error {
            (void)connection.rollback();
            const auto now = postgresVersion(connection);
            Error e = postgresError(error, {});
            e.code = ErrorCode::MigrationFailed;
            e.message =
                Tr::tr("Updating the company database to schema %1 (%2) failed; it was left at schema %3. %4")
                    .arg(m.version)
                    .arg(m.name)
                    .arg(now.ok() ? QString::number(now.value()) : QStringLiteral("?"))
                    .arg(serverText(error));
            return e;
        };
        // The lock first, then the version again: another workstation may
        // have applied this migration while this one waited.
        const QStringList prologue = {
            QStringLiteral("SET LOCAL search_path = public, pg_temp"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock),
            QStringLiteral("SET LOCAL client_min_messages = warning"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
        };
        bool ok = true;
        for (const QString &statement : prologue) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            return failed(q.lastError());
        if (!q.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_migrations")) || !q.next())
            return failed(q.lastError());
        if (q.value(0).toInt() >= m.version) {
            (void)connection.rollback();
            continue;
        }
        for (const QString &statement : postgresStatements(QString::fromUtf8(m.sql))) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            return failed(q.lastError());
        if (!q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)")))
            return failed(q.lastError());
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        if (!q.exec())
            return failed(q.lastError());
        q.finish();
        if (!connection.commit())
            return failed(connection.lastError());
        ++applied;
    }
    return applied;
}

} // namespace stockbook::storage

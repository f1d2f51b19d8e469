// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Migrator.h"

#include "Tr.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

} // namespace stockbook::storage

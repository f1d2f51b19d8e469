// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <optional>

namespace stockbook::storage {

// One executed statement (Database::query) and the row it stands on, read by
// column name: the name a SELECT gives the column (its alias, or the column's
// own name without the table prefix; give every expression an alias).
//
//     auto q = db.query(u"SELECT id, name FROM warehouses WHERE code = ?"_s, {code});
//     if (!q.ok()) return q.error();
//     while (q->next()) use(q->get<qint64>("id"), q->text("name"));
//
// Names are resolved to positions through the statement's QSqlRecord once per
// query (the first read of each name), not per row. A name the statement does
// not return reads as a null QVariant (0, empty text), is logged once, and is
// kept in columnError(): a fault of the program, not of the data, which must
// not bring down a clerk's session.
//
// Reports that read millions of rows go through RowStream instead.
class Query {
public:
    explicit Query(QSqlQuery executed);

    bool next() { return m_query.next(); }

    // The value of the current row's column `name` (case-insensitive, as SQLite
    // names are). `name` is expected to be a string literal.
    QVariant value(const char *name) const;
    template <typename T>
    T get(const char *name) const
    {
        return value(name).template value<T>();
    }
    QString text(const char *name) const { return value(name).toString(); }
    bool isNull(const char *name) const { return value(name).isNull(); }
    bool hasColumn(const QString &name) const { return m_record.indexOf(name) >= 0; }

    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

    // The first name asked for that the statement does not return, as an
    // Error saying which name and which columns there are; empty otherwise.
    const std::optional<Error> &columnError() const { return m_columnError; }

    // The underlying statement, for code that still reads by position.
    QSqlQuery takeSqlQuery() && { return std::move(m_query); }

private:
    int resolve(const char *name) const;
    int lookUp(const QString &name) const;
    QVariant at(int index) const { return index >= 0 ? m_query.value(index) : QVariant(); }

    struct Resolved {
        const char *address; // of the literal asked for
        QByteArray name;     // its text, in case the address is reused
        int index;
    };

    QSqlQuery m_query;
    QSqlRecord m_record;
    mutable QList<Resolved> m_resolved; // names already looked up, in the order first asked
    mutable qsizetype m_nextGuess = 0;  // rows are read in the same order: where to look first
    mutable std::optional<Error> m_columnError;
};

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVariantList>

#include <memory>

class QSqlQuery;

struct sqlite3_stmt;

namespace stockbook::storage {

class Database;

// A read-only query whose rows are read straight from SQLite, for the few
// reports that walk a million rows: QSqlQuery makes a QVariant (and a string)
// of every value, which costs more than reading the row. Values are typed and
// texts are views that stay valid until the next call of next(). Not for
// writing; everything else goes through the Qt connection. It may be read
// on another thread than the connection's while that one waits for it: the
// connection is SQLite's serialized kind and takes no Qt call.
//
// On a server company (PostgreSQL) the rows come through a forward-only
// QSqlQuery: the same interface, without the file's shortcut.
class RowStream {
public:
    // Prepares and binds (integers and text) on the database's connection.
    static Result<RowStream> open(Database &db, const QString &sql, const QVariantList &values);

    RowStream(RowStream &&other) noexcept;
    RowStream &operator=(RowStream &&other) noexcept;
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;
    ~RowStream();

    // The next row; false at the end or on an error (interrupted, damaged
    // page), which error() then describes.
    bool next();
    Result<void> error() const;

    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // UTF-8

private:
    explicit RowStream(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) { }
    static Result<RowStream> openQuery(Database &db, const QString &sql, const QVariantList &values);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
    std::unique_ptr<QSqlQuery> m_query; // on a server
    mutable QList<QByteArray> m_texts;  // the current row's texts read so far (server)
};

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/RowStream.h"

#include "Tr.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/driver/CipherDriver.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <utility>

namespace stockbook::storage {

namespace {

Error sqliteError(sqlite3 *db, const QString &what, int code)
{
    return errorFromSql(makeSqlError(db, what, QSqlError::StatementError, code));
}

} // namespace

Result<RowStream> RowStream::openQuery(Database &db, const QString &sql, const QVariantList &values)
{
    RowStream stream(db, nullptr);
    stream.m_query = std::make_unique<QSqlQuery>(db.connection());
    QSqlQuery &q = *stream.m_query;
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFromSql(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFromSql(q.lastError());
    stream.m_texts.resize(q.record().count());
    return stream;
}

Result<RowStream> RowStream::open(Database &db, const QString &sql, const QVariantList &values)
{
    if (dialectOf(db).isPostgres())
        return openQuery(db, sql, values);
    sqlite3 *handle = db.nativeHandle();
    if (!handle)
        return makeError(ErrorCode::NotOpen, Tr::tr("The company file is not open."));
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr);
        rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(handle, QStringLiteral("Unable to prepare a query"),
                           sqlite3_extended_errcode(handle));
    }
    RowStream stream(db, stmt);
    if (!sqlite3_stmt_readonly(stmt))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A row stream only reads."));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, i + 1);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray bytes = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return sqliteError(handle, QStringLiteral("Unable to bind a value"), rc);
    }
    return stream;
}

RowStream::RowStream(RowStream &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_rc(other.m_rc),
      m_query(std::move(other.m_query)), m_texts(std::move(other.m_texts))
{ }

RowStream &RowStream::operator=(RowStream &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_rc = other.m_rc;
        m_query = std::move(other.m_query);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

RowStream::~RowStream()
{
    sqlite3_finalize(m_stmt);
}

bool RowStream::next()
{
    if (m_query) {
        for (QByteArray &t : m_texts)
            t.clear();
        return m_query->next();
    }
    if (!m_stmt || (m_rc != 0 && m_rc != SQLITE_ROW))
        return false;
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

Result<void> RowStream::error() const
{
    if (m_query) {
        if (m_query->lastError().isValid())
            return errorFromSql(m_query->lastError());
        return {};
    }
    if (m_rc == 0 || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    return sqliteError(m_db->nativeHandle(), QStringLiteral("Unable to read a row"), m_rc);
}

qint64 RowStream::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView RowStream::text(int column) const
{
    if (m_query) {
        if (column < 0 || column >= m_texts.size())
            return {};
        QByteArray &t = m_texts[column];
        if (t.isNull()) {
            const QVariant v = m_query->value(column);
            if (v.isNull())
                return {};
            t = v.toString().toUtf8();
        }
        return t;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

} // namespace stockbook::storage

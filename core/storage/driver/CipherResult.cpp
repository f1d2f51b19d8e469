// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/driver/CipherResult.h"

#include "storage/driver/CipherDriver.h"

#include <sqlcipher/sqlite3.h>

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <limits>

namespace stockbook::storage {

namespace {

QMetaType metaTypeOfColumn(sqlite3_stmt *stmt, int column, bool onRow)
{
    const char *decl = sqlite3_column_decltype(stmt, column);
    if (decl) {
        const QString t = QString::fromUtf8(decl).toUpper();
        if (t.contains(QLatin1String("INT")))
            return QMetaType::fromType<qlonglong>();
        if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
            || t.contains(QLatin1String("TEXT")))
            return QMetaType::fromType<QString>();
        if (t.contains(QLatin1String("BLOB")))
            return QMetaType::fromType<QByteArray>();
        if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
            || t.contains(QLatin1String("DOUB")))
            return QMetaType::fromType<double>();
    }
    // An expression has no declared type: take the storage class of the first row.
    if (onRow) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        case SQLITE_TEXT:
            return QMetaType::fromType<QString>();
        default:
            break;
        }
    }
    return QMetaType::fromType<QString>();
}

bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    // In Qt 6 a QVariant holding a null QString is not null itself.
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

} // namespace

CipherResult::CipherResult(const CipherDriver *driver) : QSqlResult(driver)
{
    driver->attach(this);
}

CipherResult::~CipherResult()
{
    if (const CipherDriver *d = cipherDriver())
        d->detach(this);
    releaseStatement();
}

const CipherDriver *CipherResult::cipherDriver() const
{
    return static_cast<const CipherDriver *>(driver());
}

QVariant CipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void CipherResult::releaseStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void CipherResult::finalize()
{
    releaseStatement();
    clearRows();
    setActive(false);
}

void CipherResult::clearRows()
{
    m_rows.clear();
    m_current.clear();
    m_currentIndex = -1;
    m_pendingRow = false;
    m_deferredError = QSqlError();
}

bool CipherResult::reset(const QString &query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool CipherResult::prepare(const QString &query)
{
    const CipherDriver *d = cipherDriver();
    if (!d || !d->isOpen() || !d->connection()) {
        setLastError(QSqlError(QStringLiteral("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    releaseStatement();
    clearRows();
    m_record.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v2(d->connection(), query.constData(),
                                        static_cast<int>(query.size() * sizeof(QChar)), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(makeSqlError(d->connection(), QStringLiteral("Unable to prepare the statement"),
                                  QSqlError::StatementError));
        releaseStatement();
        return false;
    }
    if (tail) {
        const QString rest = QString(static_cast<const QChar *>(tail)).trimmed();
        if (!rest.isEmpty() && rest != QLatin1String(";")) {
            setLastError(QSqlError(QStringLiteral("Unable to prepare the statement"),
                                   QStringLiteral("Only one statement at a time can be executed"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            releaseStatement();
            return false;
        }
    }
    return true;
}

bool CipherResult::bindValues()
{
    const QList<QVariant> values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"),
                               QStringLiteral("The statement has %1 parameters, %2 values were bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(v)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong u = v.toULongLong();
                if (u > static_cast<qulonglong>(std::numeric_limits<qlonglong>::max())) {
                    setLastError(QSqlError(QStringLiteral("Value out of range"),
                                           QStringLiteral("An unsigned value does not fit a 64-bit integer"),
                                           QSqlError::StatementError, QString::number(SQLITE_RANGE)));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(u));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), static_cast<int>(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QString text = v.toDateTime().toString(Qt::ISODateWithMs);
                rc = sqlite3_bind_text16(m_stmt, index, text.constData(),
                                         static_cast<int>(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_stmt, index, text.constData(),
                                         static_cast<int>(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(makeSqlError(cipherDriver()->connection(), QStringLiteral("Unable to bind a value"),
                                      QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

void CipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        const char *table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(name, metaTypeOfColumn(m_stmt, i, m_pendingRow),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool CipherResult::exec()
{
    const CipherDriver *d = cipherDriver();
    if (!m_stmt || !d || !d->connection()) {
        setLastError(QSqlError(QStringLiteral("No prepared statement"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_affected = -1;
    m_inserted = false;

    if (!bindValues())
        return false;

    // One step runs the statement: constraint errors surface here.
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        setLastError(makeSqlError(d->connection(), QStringLiteral("Unable to execute the statement"),
                                  QSqlError::StatementError));
        sqlite3_reset(m_stmt);
        return false;
    }
    const bool select = sqlite3_column_count(m_stmt) > 0;
    m_pendingRow = rc == SQLITE_ROW;
    if (select) {
        buildRecord();
    } else {
        m_affected = sqlite3_changes(d->connection());
        m_inserted = m_affected > 0;
        m_lastInsertId = sqlite3_last_insert_rowid(d->connection());
    }
    if (!m_pendingRow)
        sqlite3_reset(m_stmt); // release locks and the read snapshot at once

    setLastError(QSqlError());
    setSelect(select);
    setActive(true);
    return true;
}

CipherResult::Row CipherResult::readRow() const
{
    const int columns = sqlite3_column_count(m_stmt);
    Row row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            row.append(QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, i))));
            break;
        case SQLITE_FLOAT:
            row.append(QVariant(sqlite3_column_double(m_stmt, i)));
            break;
        case SQLITE_BLOB: {
            const void *blob = sqlite3_column_blob(m_stmt, i);
            const int size = sqlite3_column_bytes(m_stmt, i);
            row.append(QVariant(QByteArray(static_cast<const char *>(blob), size)));
            break;
        }
        case SQLITE_TEXT: {
            const void *text = sqlite3_column_text16(m_stmt, i);
            const int bytes = sqlite3_column_bytes16(m_stmt, i);
            row.append(
                QVariant(QString(static_cast<const QChar *>(text), bytes / static_cast<int>(sizeof(QChar)))));
            break;
        }
        default:
            row.append(QVariant(i < m_record.count() ? m_record.field(i).metaType() : QMetaType()));
            break;
        }
    }
    return row;
}

bool CipherResult::readNext(Row &row)
{
    if (!m_pendingRow) {
        if (m_deferredError.isValid()) {
            setLastError(m_deferredError);
            m_deferredError = QSqlError();
        }
        return false;
    }
    row = readRow();
    // Step one row ahead: when this was the last row the statement is reset at
    // once, so a query read to its last row never pins a read snapshot.
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_pendingRow = false;
    if (rc != SQLITE_DONE) {
        // A damaged page, a busy writer, ...: reported on the next fetch, in lastError().
        m_deferredError = makeSqlError(cipherDriver()->connection(), QStringLiteral("Unable to fetch a row"),
                                       QSqlError::StatementError);
    }
    sqlite3_reset(m_stmt);
    return true;
}

bool CipherResult::fetchForwardTo(int row)
{
    if (row < m_currentIndex)
        return false;
    while (m_currentIndex < row) {
        Row next;
        if (!readNext(next))
            return false;
        m_current = std::move(next);
        ++m_currentIndex;
    }
    setAt(row);
    return true;
}

bool CipherResult::fetch(int row)
{
    if (!isActive() || !isSelect() || row < 0)
        return false;
    if (isForwardOnly())
        return fetchForwardTo(row);
    while (m_rows.size() <= row) {
        Row next;
        if (!readNext(next))
            break;
        m_rows.append(std::move(next));
    }
    if (row >= m_rows.size())
        return false;
    setAt(row);
    return true;
}

bool CipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool CipherResult::fetchFirst()
{
    return fetch(0);
}

bool CipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        Row next;
        bool any = m_currentIndex >= 0;
        while (readNext(next)) {
            m_current = std::move(next);
            ++m_currentIndex;
            any = true;
        }
        if (!any)
            return false;
        setAt(m_currentIndex);
        return true;
    }
    Row next;
    while (readNext(next))
        m_rows.append(std::move(next));
    if (m_rows.isEmpty())
        return false;
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

QVariant CipherResult::data(int column)
{
    const Row *row = nullptr;
    if (isForwardOnly()) {
        if (at() == m_currentIndex && m_currentIndex >= 0)
            row = &m_current;
    } else if (at() >= 0 && at() < m_rows.size()) {
        row = &m_rows.at(at());
    }
    if (!row || column < 0 || column >= row->size())
        return {};
    return row->at(column);
}

bool CipherResult::isNull(int column)
{
    return data(column).isNull();
}

int CipherResult::size()
{
    return -1;
}

int CipherResult::numRowsAffected()
{
    return m_affected;
}

QVariant CipherResult::lastInsertId() const
{
    if (m_inserted)
        return QVariant(m_lastInsertId);
    return {};
}

QSqlRecord CipherResult::record() const
{
    if (!isActive() || !isSelect())
        return {};
    return m_record;
}

void CipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pendingRow = false;
}

} // namespace stockbook::storage

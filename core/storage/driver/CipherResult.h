// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace stockbook::storage {

class CipherDriver;

// One prepared statement of the QSQLCIPHER driver.
//
// Rows are read lazily, one sqlite3_step per row asked for. A random-access
// query keeps the rows read so far, so previous() and seek() work; a
// forward-only query keeps only the current row. Once the rows run out the
// statement is reset, which releases its read snapshot.
class CipherResult : public QSqlResult {
public:
    explicit CipherResult(const CipherDriver *driver);
    ~CipherResult() override;

    QVariant handle() const override;
    void finalize(); // called by the driver when the connection closes

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    using Row = QList<QVariant>;
    const CipherDriver *cipherDriver() const;
    void clearRows();
    bool bindValues();
    void buildRecord();
    Row readRow() const;
    bool readNext(Row &row); // false at the end or on error (then in lastError())
    bool fetchForwardTo(int row);
    void releaseStatement();

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<Row> m_rows; // random access: every row read so far
    Row m_current;     // forward only: the row at m_currentIndex
    int m_currentIndex = -1;
    bool m_pendingRow = false; // the statement stands on a row not read yet
    QSqlError m_deferredError; // a step error found while reading ahead
    int m_affected = -1;
    qlonglong m_lastInsertId = 0;
    bool m_inserted = false;
};

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/keys/SecretBytes.h"

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace stockbook::storage {

class CipherResult;

// The "QSQLCIPHER" Qt SQL driver: QSqlDriver over the SQLCipher C API.
//
// The key never travels as a QString: call setKey() before QSqlDatabase::open();
// open() applies it as a raw key (x'…'), sets cipher_page_size, proves it with a
// first read and wipes its copy. Without a key open() refuses, so nothing is
// ever written in plaintext. Connect options (';'-separated):
//   STOCKBOOK_CREATE          create the file if missing
//   STOCKBOOK_READONLY        open read-only
//   STOCKBOOK_BUSY_TIMEOUT=ms wait this long for another writer (default 5000)
// Errors carry SQLite's extended result code as nativeErrorCode().
class CipherDriver : public QSqlDriver {
public:
    static constexpr const char *Name = "QSQLCIPHER";
    static constexpr int DefaultBusyTimeoutMs = 5000;

    explicit CipherDriver(QObject *parent = nullptr);
    ~CipherDriver() override;

    // Registers the driver name with QSqlDatabase (idempotent).
    static void registerDriver();

    void setKey(const SecretBytes &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }

    // Runs SQL text that may hold several statements (a migration file).
    bool executeScript(const QByteArray &sql);

private:
    friend class CipherResult;
    void attach(CipherResult *result) const;
    void detach(CipherResult *result) const;
    bool execSimple(const char *sql, QSqlError::ErrorType type);
    void failOpen(const QString &text, int code);

    sqlite3 *m_db = nullptr;
    SecretBytes m_key;
    mutable QList<CipherResult *> m_results;
};

QSqlError makeSqlError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int code = -1);

} // namespace stockbook::storage

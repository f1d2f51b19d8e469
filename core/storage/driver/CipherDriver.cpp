// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/driver/CipherDriver.h"

#include "storage/driver/CipherResult.h"

#include <sqlcipher/sqlite3.h>

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace stockbook::storage {

namespace {

constexpr int RawKeyBytes = 32;
constexpr int RawKeyTextLength = 3 + 2 * RawKeyBytes; // x'<64 hex>'

QMetaType metaTypeForDecl(const QString &declType)
{
    const QString t = declType.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (t.contains(QLatin1String("BLOB")) || t.isEmpty())
        return QMetaType::fromType<QByteArray>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>(); // NUMERIC affinity: values come back by their storage class anyway
}

} // namespace

QSqlError makeSqlError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int code)
{
    const int native = code >= 0 ? code : (db ? sqlite3_extended_errcode(db) : SQLITE_ERROR);
    const QString dbText = db ? QString::fromUtf8(sqlite3_errmsg(db))
                              : QString::fromUtf8(sqlite3_errstr(native));
    return QSqlError(driverText, dbText, type, QString::number(native));
}

CipherDriver::CipherDriver(QObject *parent) : QSqlDriver(parent) { }

CipherDriver::~CipherDriver()
{
    close();
}

void CipherDriver::registerDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(Name)))
        QSqlDatabase::registerSqlDriver(QLatin1String(Name), new QSqlDriverCreator<CipherDriver>);
}

void CipherDriver::setKey(const SecretBytes &key)
{
    m_key = SecretBytes::copyOf(key.bytes());
}

bool CipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // With named placeholders on, Qt rewrites '?' to ':0', ':1' and a name used
    // twice would need two values for one SQLite parameter. Off, Qt rewrites
    // ':name' to '?' and passes one value per occurrence.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void CipherDriver::failOpen(const QString &text, int code)
{
    setLastError(makeSqlError(m_db, text, QSqlError::ConnectionError, code));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_key.clear();
    setOpenError(true);
}

bool CipherDriver::open(const QString &db, const QString &, const QString &, const QString &, int,
                        const QString &connectOptions)
{
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    int busyTimeout = DefaultBusyTimeoutMs;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("STOCKBOOK_CREATE"))
            create = true;
        else if (option == QLatin1String("STOCKBOOK_READONLY"))
            readOnly = true;
        else if (option.startsWith(QLatin1String("STOCKBOOK_BUSY_TIMEOUT=")))
            busyTimeout = std::max(0, option.mid(23).toInt());
    }

    if (m_key.size() != RawKeyBytes) {
        failOpen(QStringLiteral(
                     "No 256-bit key was set before opening; the driver never opens a file unencrypted."),
                 SQLITE_MISUSE);
        return false;
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(QStringLiteral("Cannot open the database file"), rc);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);

    // The key as the 67-character text x'<64 hex digits>', so SQLCipher uses it
    // as a raw key and not as a passphrase for its own PBKDF2.
    {
        SecretBytes text(RawKeyTextLength);
        static const char hex[] = "0123456789abcdef";
        text.data()[0] = 'x';
        text.data()[1] = '\'';
        for (int i = 0; i < RawKeyBytes; ++i) {
            text.data()[2 + 2 * i] = static_cast<std::uint8_t>(hex[m_key.data()[i] >> 4]);
            text.data()[3 + 2 * i] = static_cast<std::uint8_t>(hex[m_key.data()[i] & 0x0f]);
        }
        text.data()[RawKeyTextLength - 1] = '\'';
        rc = sqlite3_key_v2(m_db, "main", text.data(), RawKeyTextLength);
        m_key.clear();
        if (rc != SQLITE_OK) {
            failOpen(QStringLiteral("Cannot apply the key"), rc);
            return false;
        }
    }

    // Not stored in the (encrypted) header: needed on every open.
    rc = sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(QStringLiteral("Cannot set the page size"), -1);
        return false;
    }
    // A wrong key only shows at the first read.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(QStringLiteral("Cannot read the database with this key"), -1);
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeout);

    const char *setup = readOnly
        ? "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
        : "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
    rc = sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(QStringLiteral("Cannot configure the connection"), -1);
        return false;
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

void CipherDriver::close()
{
    m_key.clear();
    if (!m_db)
        return;
    for (CipherResult *result : std::as_const(m_results))
        result->finalize();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *CipherDriver::createResult() const
{
    return new CipherResult(this);
}

void CipherDriver::attach(CipherResult *result) const
{
    m_results.append(result);
}

void CipherDriver::detach(CipherResult *result) const
{
    m_results.removeOne(result);
}

bool CipherDriver::execSimple(const char *sql, QSqlError::ErrorType type)
{
    if (!m_db) {
        setLastError(QSqlError(QStringLiteral("The database is not open"), {}, type));
        return false;
    }
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(makeSqlError(m_db, QString::fromUtf8(sql), type));
        return false;
    }
    return true;
}

bool CipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a writer never fails half-way with SQLITE_BUSY.
    return execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}

bool CipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QSqlError::TransactionError);
}

bool CipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QSqlError::TransactionError);
}

bool CipherDriver::executeScript(const QByteArray &sql)
{
    if (!m_db) {
        setLastError(QSqlError(QStringLiteral("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        setLastError(QSqlError(QStringLiteral("Script failed"), text, QSqlError::StatementError,
                               QString::number(sqlite3_extended_errcode(m_db))));
        return false;
    }
    return true;
}

QStringList CipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' ORDER BY name")
                .arg(kinds.join(QLatin1Char(','))));
        while (q.next())
            result << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    return result;
}

namespace {

struct ColumnInfo {
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue;
    int pk = 0;
};

QList<ColumnInfo> tableInfo(const CipherDriver &driver, const QString &table)
{
    QList<ColumnInfo> columns;
    QSqlQuery q(driver.createResult());
    q.setForwardOnly(true);
    // PRAGMA arguments cannot be bound; the name is quoted as an identifier.
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)")
                    .arg(driver.escapeIdentifier(table, QSqlDriver::TableName))))
        return columns;
    while (q.next()) {
        ColumnInfo c;
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        c.notNull = q.value(3).toLongLong() != 0;
        c.defaultValue = q.value(4);
        c.pk = static_cast<int>(q.value(5).toLongLong());
        columns.append(c);
    }
    return columns;
}

QSqlField fieldFor(const ColumnInfo &c, const QString &table, bool singleIntegerPk)
{
    QSqlField field(c.name, metaTypeForDecl(c.type), table);
    const bool rowidAlias = singleIntegerPk && c.pk == 1
        && c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    field.setAutoValue(rowidAlias);
    field.setRequired(c.notNull && !rowidAlias ? QSqlField::Required : QSqlField::Optional);
    if (!c.defaultValue.isNull())
        field.setDefaultValue(c.defaultValue);
    return field;
}

QString unquoted(QString table, const CipherDriver &driver)
{
    if (driver.isIdentifierEscaped(table, QSqlDriver::TableName))
        table = driver.stripDelimiters(table, QSqlDriver::TableName);
    return table;
}

} // namespace

QSqlRecord CipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    const QString table = unquoted(tableName, *this);
    const QList<ColumnInfo> columns = tableInfo(*this, table);
    const int pkCount = static_cast<int>(
        std::count_if(columns.begin(), columns.end(), [](const ColumnInfo &c) { return c.pk > 0; }));
    for (const ColumnInfo &c : columns)
        rec.append(fieldFor(c, table, pkCount == 1));
    return rec;
}

QSqlIndex CipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = unquoted(tableName, *this);
    QSqlIndex index(table, QStringLiteral("primary"));
    if (!isOpen())
        return index;
    QList<ColumnInfo> columns = tableInfo(*this, table);
    columns.removeIf([](const ColumnInfo &c) { return c.pk == 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pk < b.pk; });
    for (const ColumnInfo &c : std::as_const(columns))
        index.append(fieldFor(c, table, columns.size() == 1));
    return index;
}

QString CipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString inner = identifier;
    if (inner.size() >= 2 && inner.startsWith(QLatin1Char('"')) && inner.endsWith(QLatin1Char('"')))
        return inner;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QVariant CipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "RawStorage.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <vector>

namespace stockbook::bench {

namespace {

class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    Statement &bind(int i, sqlite3_int64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, i, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindBlob(int i, const void *data, int size)
    {
        sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_TRANSIENT);
        return *this;
    }
    // Runs to completion; returns the first column of the first row (or 0).
    bool run(sqlite3_int64 *first = nullptr)
    {
        int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW && first)
            *first = sqlite3_column_int64(m_stmt, 0);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

RawRun runRawStorage(const QString &path, int invoices, int products)
{
    RawRun out;
    out.invoices = invoices;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        out.error = QStringLiteral("cannot create %1").arg(path);
        sqlite3_close(db);
        return out;
    }
    // A fixed benchmark key in the driver's raw-key form.
    const QByteArray key = "x'" + QByteArray(64, 'a') + "'";
    sqlite3_key_v2(db, "main", key.constData(), static_cast<int>(key.size()));
    exec(db, "PRAGMA cipher_page_size = 4096;");
    sqlite3_busy_timeout(db, 5000);
    exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");

    const QStringList files =
        QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(QStringLiteral(":/schema/") + name);
        if (!f.open(QIODevice::ReadOnly) || !exec(db, f.readAll().constData())) {
            out.error = QStringLiteral("schema %1: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_close(db);
            return out;
        }
    }
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    exec(db, "BEGIN");
    {
        Statement user(
            db,
            "INSERT INTO users (id, username, role_id, created_at, updated_at) VALUES (1, 'bench', 1, ?, ?)");
        user.bind(1, now).bind(2, now).run();
        Statement customer(
            db,
            "INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'Bench customer', ?, ?)");
        customer.bind(1, now).bind(2, now).run();
        Statement product(
            db,
            "INSERT INTO products (id, sku, name, tax_rate_id, price, cost, quantity, created_at, "
            "updated_at) VALUES (?, ?, ?, 1, 1999, 1000, 1000000000, ?, ?)");
        Statement level(
            db,
            "INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) VALUES (?, 1, "
            "1000000000, ?)");
        for (int p = 1; p <= products; ++p) {
            product.bind(1, p)
                .bind(2, "SKU-" + QByteArray::number(p))
                .bind(3, "Product " + QByteArray::number(p));
            product.bind(4, now).bind(5, now).run();
            level.bind(1, p).bind(2, now).run();
        }
    }
    if (!exec(db, "COMMIT")) {
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }

    Statement nextNumber(db, "SELECT next_value FROM number_sequences WHERE series = 'sale' AND year = 2026");
    Statement insertNumber(
        db, "INSERT OR IGNORE INTO number_sequences (series, year, next_value) VALUES ('sale', 2026, 1)");
    Statement bumpNumber(
        db, "UPDATE number_sequences SET next_value = next_value + 1 WHERE series = 'sale' AND year = 2026");
    Statement invoice(
        db,
        "INSERT INTO invoices (type, status, invoice_number, customer_id, warehouse_id, issue_date, "
        "due_date, prices_include_tax, subtotal, tax_amount, total_amount, created_by, posted_by, "
        "created_at, updated_at, posted_at) VALUES ('sale', 'posted', ?, 1, 1, '2026-11-29', "
        "'2026-12-13', 1, ?, ?, ?, 1, 1, ?, ?, ?)");
    Statement item(
        db,
        "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, unit_price, "
        "discount_bp, tax_rate_bp, line_net, line_tax, line_total, unit_cost) VALUES (?, ?, ?, ?, "
        "1000, 1999, 0, 2000, 1666, 333, 1999, 1000)");
    Statement levelOf(db, "SELECT quantity FROM stock_levels WHERE product_id = ? AND warehouse_id = 1");
    Statement movement(
        db,
        "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, "
        "invoice_id, reference, user_id, created_at) VALUES (?, 1, 'sale', 1000, 1000, ?, ?, 1, ?)");
    Statement levelUpdate(
        db,
        "UPDATE stock_levels SET quantity = quantity - 1000, updated_at = ? WHERE product_id = ? "
        "AND warehouse_id = 1");
    Statement productUpdate(db, "UPDATE products SET quantity = quantity - 1000 WHERE id = ?");
    Statement audit(
        db,
        "INSERT INTO audit_logs (timestamp, user_id, username, action, entity, entity_id, changes, "
        "prev_hash, row_hash) VALUES (?, 1, 'bench', 'invoice.post', 'invoices', ?, ?, ?, ?)");
    if (!invoice.valid() || !item.valid() || !movement.valid() || !audit.valid()) {
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }
    const std::array<unsigned char, 32> hash{};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < invoices; ++i) {
        if (!exec(db, "BEGIN IMMEDIATE")) {
            out.error = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        insertNumber.run();
        sqlite3_int64 number = 0;
        nextNumber.run(&number);
        bumpNumber.run();
        const QByteArray invoiceNumber = "S-2026-" + QByteArray::number(number).rightJustified(6, '0');
        invoice.bind(1, invoiceNumber).bind(2, 5 * 1666).bind(3, 5 * 333).bind(4, 5 * 1999);
        invoice.bind(5, now).bind(6, now).bind(7, now);
        bool ok = invoice.run();
        const sqlite3_int64 invoiceId = sqlite3_last_insert_rowid(db);
        for (int line = 0; line < 5 && ok; ++line) {
            const sqlite3_int64 productId = 1 + (i * 5 + line) % products;
            ok = item.bind(1, invoiceId)
                     .bind(2, line + 1)
                     .bind(3, productId)
                     .bind(4, "Product " + QByteArray::number(productId))
                     .run();
            sqlite3_int64 level = 0;
            ok = ok && levelOf.bind(1, productId).run(&level) && level >= 1000;
            ok = ok
                && movement.bind(1, productId).bind(2, invoiceId).bind(3, invoiceNumber).bind(4, now).run();
            ok = ok && levelUpdate.bind(1, now).bind(2, productId).run();
            ok = ok && productUpdate.bind(1, productId).run();
        }
        ok = ok
            && audit.bind(1, now)
                   .bind(2, QByteArray::number(invoiceId))
                   .bind(3,
                         "{\"lines\":5,\"number\":\"" + invoiceNumber
                             + "\",\"partner_id\":1,\"subtotal\":8330,\"tax\":1665,"
                               "\"total\":9995,\"type\":\"sale\"}")
                   .bindBlob(4, hash.data(), 32)
                   .bindBlob(5, hash.data(), 32)
                   .run();
        if (!ok || !exec(db, "COMMIT")) {
            out.error = QString::fromUtf8(sqlite3_errmsg(db));
            exec(db, "ROLLBACK");
            break;
        }
    }
    out.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return out;
}

} // namespace stockbook::bench

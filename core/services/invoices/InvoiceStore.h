// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A store: SQL for one table family, without permission checks. Only core's
// services use it; screens and the command line go through a service.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "InvoiceStore is private to core: use a service (see CONTRIBUTING.md)"
#endif

#include "Result.h"
#include "domain/Invoice.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

// The amount credited to the invoice aliased i: the totals of its credit
// notes that are not void. The one rule behind Invoice::creditedAmount (and so
// Invoice::balance()), wherever invoices are read: a literal, so statements
// run() keys by their text can hold it.
#define STOCKBOOK_SQL_CREDITED_OF_I                                                                          \
    "(SELECT COALESCE(SUM(cn.total_amount), 0) FROM invoices cn WHERE cn.credit_of_invoice_id = i.id "       \
    "AND cn.status <> 'void')"

// The SQL the invoice and payment services share. Statements are prepared
// once per connection and reused (posting runs the same few statements for
// every line), each keyed by its SQL text literal. Runs inside the caller's
// transaction where it writes.
class InvoiceStore {
public:
    explicit InvoiceStore(storage::Database &db);
    ~InvoiceStore();

    storage::Database &database() { return m_db; }
    bool servesConnection(const storage::Database &db) const;

    // Prepares (once), binds the values in order and runs; the query is read
    // to its end by the caller or reset by the next run.
    Result<QSqlQuery *> run(const char *sql, std::initializer_list<QVariant> values);
    // run() for a statement made at run time (its text is the key).
    Result<QSqlQuery *> runText(const QString &sql, const QVariantList &values);
    // run() for an INSERT: returns the new row's id (storage::Dialect::returningId).
    Result<qint64> insert(const char *sql, std::initializer_list<QVariant> values);
    // run() for statements that change rows; NotFound-free, returns rows affected.
    Result<int> write(const char *sql, std::initializer_list<QVariant> values);

    Result<Invoice> header(qint64 invoiceId);
    Result<QList<InvoiceLine>> lines(qint64 invoiceId);
    Result<Invoice> invoice(qint64 invoiceId); // header and lines

    // Company setting invoice.prices_include_tax, read by pricesIncludeTaxSetting().
    Result<bool> pricesIncludeTax();

    // The next number of the series for the year, taken inside the caller's
    // transaction, so a rollback gives it back: "S-2026-000123".
    Result<QString> takeNumber(InvoiceType type, int year);
    // The value takeNumber() would give next, without taking it (1 when the
    // series has no number in that year yet).
    Result<qint64> nextNumber(InvoiceType type, int year);
    static QString formatNumber(InvoiceType type, int year, qint64 value);

    // Sum of the totals of a sale's credit notes.
    Result<qint64> creditedAmount(qint64 saleId);
    // Sets paid_amount and the status that follows from it and the credits:
    // nothing paid -> posted, part -> partly_paid, balance settled -> paid.
    Result<InvoiceStatus> setPaid(qint64 invoiceId, qint64 paidAmount, const QString &now);

private:
    Result<QSqlQuery *> runAs(const char *key, const QString &sql, std::initializer_list<QVariant> values);

    storage::Database &m_db;
    QString m_connectionName;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_textStatements;
};

// A nullable integer for binding.
QVariant nullableId(const std::optional<qint64> &id);
QVariant nullableId(qint64 id); // 0 -> NULL
// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
QString textOrEmpty(const QString &text);

} // namespace stockbook

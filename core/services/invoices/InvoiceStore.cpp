// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/invoices/InvoiceStore.h"

#include "Tr.h"
#include "domain/Settings.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

namespace stockbook {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

std::optional<qint64> optionalOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString seriesPrefix(InvoiceType type)
{
    switch (type) {
    case InvoiceType::Sale:
        return QStringLiteral("S");
    case InvoiceType::Purchase:
        return QStringLiteral("P");
    case InvoiceType::CreditNote:
        return QStringLiteral("C");
    }
    return QStringLiteral("X");
}

} // namespace

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

InvoiceStore::InvoiceStore(storage::Database &db) : m_db(db), m_connectionName(db.connectionName()) { }

InvoiceStore::~InvoiceStore() = default;

bool InvoiceStore::servesConnection(const storage::Database &db) const
{
    return &db == &m_db && db.connectionName() == m_connectionName;
}

Result<QSqlQuery *> InvoiceStore::run(const char *sql, std::initializer_list<QVariant> values)
{
    return runAs(sql, QString::fromLatin1(sql), values);
}

namespace {

// Prepares sql into slot once, binds values in order and runs.
template <typename Values>
Result<QSqlQuery *> runIn(std::unique_ptr<QSqlQuery> &slot, const QSqlDatabase &connection,
                          const QString &sql, const Values &values)
{
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(connection);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return storage::errorFromSql(q->lastError());
        slot = std::move(q);
    }
    QSqlQuery *q = slot.get();
    int i = 0;
    for (const QVariant &v : values)
        q->bindValue(i++, v);
    if (!q->exec())
        return storage::errorFromSql(q->lastError());
    return q;
}

} // namespace

Result<QSqlQuery *> InvoiceStore::runAs(const char *key, const QString &sql,
                                        std::initializer_list<QVariant> values)
{
    return runIn(m_statements[key], m_db.connection(), sql, values);
}

Result<QSqlQuery *> InvoiceStore::runText(const QString &sql, const QVariantList &values)
{
    return runIn(m_textStatements[sql], m_db.connection(), sql, values);
}

Result<qint64> InvoiceStore::insert(const char *sql, std::initializer_list<QVariant> values)
{
    const storage::Dialect dialect = storage::dialectOf(m_db);
    auto q = runAs(sql, dialect.returningId(QString::fromLatin1(sql)), values);
    if (!q.ok())
        return q.error();
    return dialect.insertedId(*q.value());
}

Result<int> InvoiceStore::write(const char *sql, std::initializer_list<QVariant> values)
{
    auto q = run(sql, values);
    if (!q.ok())
        return q.error();
    return q.value()->numRowsAffected();
}

Result<Invoice> InvoiceStore::header(qint64 invoiceId)
{
    auto q = run(
        "SELECT i.id, i.type, i.status, i.invoice_number, COALESCE(i.customer_id, i.supplier_id), "
        "COALESCE(c.name, s.name, ''), i.warehouse_id, w.code, i.credit_of_invoice_id, i.issue_date, "
        "i.due_date, i.prices_include_tax, i.currency, i.subtotal, i.tax_amount, i.total_amount, "
        "i.paid_amount, i.supplier_reference, i.notes, i.void_reason, i.created_by, i.posted_by, "
        "i.voided_by, i.created_at, i.posted_at, i.voided_at, " STOCKBOOK_SQL_CREDITED_OF_I ", i.updated_at "
        "FROM invoices i JOIN warehouses w ON w.id = i.warehouse_id "
        "LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN suppliers s ON s.id = i.supplier_id "
        "WHERE i.id = ?",
        {invoiceId});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no invoice with the id %1.").arg(invoiceId),
                         QStringLiteral("invoice"));
    Invoice inv;
    inv.id = r.value(0).toLongLong();
    inv.type = invoiceTypeFromName(r.value(1).toString()).value_or(InvoiceType::Sale);
    inv.status = invoiceStatusFromName(r.value(2).toString()).value_or(InvoiceStatus::Draft);
    inv.number = r.value(3).toString();
    inv.partnerId = r.value(4).toLongLong();
    inv.partnerName = r.value(5).toString();
    inv.warehouseId = r.value(6).toLongLong();
    inv.warehouseCode = r.value(7).toString();
    inv.creditOfInvoiceId = optionalOf(r.value(8));
    inv.issueDate = dateOf(r.value(9));
    inv.dueDate = dateOf(r.value(10));
    inv.pricesIncludeTax = r.value(11).toLongLong() != 0;
    inv.currency = r.value(12).toString();
    inv.subtotal = r.value(13).toLongLong();
    inv.taxAmount = r.value(14).toLongLong();
    inv.totalAmount = r.value(15).toLongLong();
    inv.paidAmount = r.value(16).toLongLong();
    inv.supplierReference = r.value(17).toString();
    inv.notes = r.value(18).toString();
    inv.voidReason = r.value(19).toString();
    inv.createdBy = r.value(20).toLongLong();
    inv.postedBy = optionalOf(r.value(21));
    inv.voidedBy = optionalOf(r.value(22));
    inv.createdAt = timeOf(r.value(23));
    inv.postedAt = timeOf(r.value(24));
    inv.voidedAt = timeOf(r.value(25));
    inv.creditedAmount = r.value(26).toLongLong();
    inv.updatedAt = r.value(27).toString();
    while (r.next()) { }
    return inv;
}

Result<QList<InvoiceLine>> InvoiceStore::lines(qint64 invoiceId)
{
    auto q = run(
        "SELECT it.id, it.line_no, it.product_id, p.sku, p.name, p.unit, it.description, it.quantity, "
        "it.unit_price, it.discount_bp, it.tax_rate_bp, it.line_net, it.line_tax, it.line_total, "
        "it.unit_cost FROM invoice_items it JOIN products p ON p.id = it.product_id "
        "WHERE it.invoice_id = ? ORDER BY it.line_no",
        {invoiceId});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    QList<InvoiceLine> out;
    while (r.next()) {
        InvoiceLine l;
        l.id = r.value(0).toLongLong();
        l.lineNo = r.value(1).toInt();
        l.productId = r.value(2).toLongLong();
        l.sku = r.value(3).toString();
        l.productName = r.value(4).toString();
        l.unit = r.value(5).toString();
        l.description = r.value(6).toString();
        l.quantity = r.value(7).toLongLong();
        l.unitPrice = r.value(8).toLongLong();
        l.discountBp = r.value(9).toLongLong();
        l.taxRateBp = r.value(10).toLongLong();
        l.lineNet = r.value(11).toLongLong();
        l.lineTax = r.value(12).toLongLong();
        l.lineTotal = r.value(13).toLongLong();
        l.unitCost = r.value(14).toLongLong();
        out.append(l);
    }
    return out;
}

Result<Invoice> InvoiceStore::invoice(qint64 invoiceId)
{
    auto inv = header(invoiceId);
    if (!inv.ok())
        return inv;
    auto l = lines(invoiceId);
    if (!l.ok())
        return l.error();
    inv->lines = std::move(l).value();
    return inv;
}

Result<bool> InvoiceStore::pricesIncludeTax()
{
    auto q = run("SELECT value FROM settings WHERE key = 'invoice.prices_include_tax'", {});
    if (!q.ok())
        return q.error();
    bool include = DefaultPricesIncludeTax;
    if (q.value()->next())
        include = pricesIncludeTaxSetting(q.value()->value(0).toString());
    while (q.value()->next()) { }
    return include;
}

QString InvoiceStore::formatNumber(InvoiceType type, int year, qint64 value)
{
    return QStringLiteral("%1-%2-%3").arg(seriesPrefix(type)).arg(year).arg(value, 6, 10, QLatin1Char('0'));
}

Result<qint64> InvoiceStore::nextNumber(InvoiceType type, int year)
{
    auto q = run("SELECT next_value FROM number_sequences WHERE series = ? AND year = ?",
                 {invoiceTypeName(type), year});
    if (!q.ok())
        return q.error();
    qint64 value = 1;
    if (q.value()->next())
        value = q.value()->value(0).toLongLong();
    while (q.value()->next()) { }
    return value;
}

Result<QString> InvoiceStore::takeNumber(InvoiceType type, int year)
{
    const QString series = invoiceTypeName(type);
    if (storage::dialectOf(m_db).isPostgres()) {
        // Postings run side by side on a server: the update takes the number
        // and locks its series' row to the end of the transaction, so the
        // next posting of the series waits for this one to commit or roll
        // back, and numbers stay gapless. A series' first number of a year
        // is an insert; of two at once, the one that loses waits, then
        // takes the next number by the update.
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto taken = run(
                "UPDATE number_sequences SET next_value = next_value + 1 WHERE series = ? AND year = ? "
                "RETURNING next_value - 1",
                {series, year});
            if (!taken.ok())
                return taken.error();
            if (taken.value()->next()) {
                const qint64 value = taken.value()->value(0).toLongLong();
                while (taken.value()->next()) { }
                return formatNumber(type, year, value);
            }
            auto first = run("INSERT INTO number_sequences (series, year, next_value) VALUES (?, ?, 2) "
                             "ON CONFLICT (series, year) DO NOTHING RETURNING 1",
                             {series, year});
            if (!first.ok())
                return first.error();
            if (first.value()->next()) {
                while (first.value()->next()) { }
                return formatNumber(type, year, 1);
            }
        }
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The number series could not be read. Post the invoice again."));
    }
    auto q = run("SELECT next_value FROM number_sequences WHERE series = ? AND year = ?", {series, year});
    if (!q.ok())
        return q.error();
    qint64 value = 1;
    const bool exists = q.value()->next();
    if (exists) {
        value = q.value()->value(0).toLongLong();
        while (q.value()->next()) { }
        auto up = write(
            "UPDATE number_sequences SET next_value = next_value + 1 WHERE series = ? AND year = ?",
            {series, year});
        if (!up.ok())
            return up.error();
    } else {
        auto ins = write("INSERT INTO number_sequences (series, year, next_value) VALUES (?, ?, 2)",
                         {series, year});
        if (!ins.ok())
            return ins.error();
    }
    return formatNumber(type, year, value);
}

Result<qint64> InvoiceStore::creditedAmount(qint64 saleId)
{
    auto q = run("SELECT " STOCKBOOK_SQL_CREDITED_OF_I " FROM invoices i WHERE i.id = ?", {saleId});
    if (!q.ok())
        return q.error();
    qint64 sum = 0;
    if (q.value()->next())
        sum = q.value()->value(0).toLongLong();
    while (q.value()->next()) { }
    return sum;
}

Result<InvoiceStatus> InvoiceStore::setPaid(qint64 invoiceId, qint64 paidAmount, const QString &now)
{
    auto inv = header(invoiceId);
    if (!inv.ok())
        return inv.error();
    const InvoiceStatus status = statusAfterPayments(inv.value(), paidAmount);
    auto up = write("UPDATE invoices SET paid_amount = ?, status = ?, updated_at = ? WHERE id = ?",
                    {paidAmount, invoiceStatusName(status), now, invoiceId});
    if (!up.ok())
        return up.error();
    return status;
}

} // namespace stockbook

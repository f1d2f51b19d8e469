// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The export half of CsvService.
#include "services/csv/CsvService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace stockbook {

namespace {

Result<QSqlQuery> select(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec())
        return storage::errorFromSql(q.lastError());
    return q;
}

QString flag(const QVariant &v)
{
    return v.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    return {};
}

} // namespace

QStringList CsvService::invoiceHeader()
{
    return {QStringLiteral("invoice_number"), QStringLiteral("type"),
            QStringLiteral("status"),         QStringLiteral("issue_date"),
            QStringLiteral("due_date"),       QStringLiteral("partner"),
            QStringLiteral("partner_email"),  QStringLiteral("currency"),
            QStringLiteral("line_no"),        QStringLiteral("sku"),
            QStringLiteral("description"),    QStringLiteral("quantity"),
            QStringLiteral("unit_price"),     QStringLiteral("discount"),
            QStringLiteral("tax_rate"),       QStringLiteral("line_net"),
            QStringLiteral("line_tax"),       QStringLiteral("line_total")};
}

Result<void> CsvService::auditExport(const QString &what, int rows, const QString &path)
{
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    QJsonObject changes{{QStringLiteral("what"), what}, {QStringLiteral("rows"), rows}};
    if (!path.isEmpty())
        changes.insert(QStringLiteral("file"), path);
    if (auto logged = AuditLog::append(
            db, auditEntry(m_company.session(), QStringLiteral("data.export"), what, 0, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<QByteArray> CsvService::render(CsvEntity entity, int *rows)
{
    QByteArray out = csvLine(header(entity));
    int count = 0;
    if (entity == CsvEntity::Products) {
        auto q = select(
            m_company.database(),
            QStringLiteral("SELECT p.sku, p.barcode, p.name, c.name, s.email, p.unit, p.price, t.rate_bp, "
                           "p.reorder_level, p.active FROM products p "
                           "LEFT JOIN categories c ON c.id = p.category_id "
                           "LEFT JOIN suppliers s ON s.id = p.supplier_id "
                           "JOIN tax_rates t ON t.id = p.tax_rate_id ORDER BY p.id"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            out += csvLine({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                            formatMoney(q->value(6).toLongLong()), formatPercent(q->value(7).toLongLong()),
                            formatQuantity(q->value(8).toLongLong()), flag(q->value(9))});
            ++count;
        }
    } else {
        // The table name is one of two fixed words.
        const QString table = entity == CsvEntity::Customers ? QStringLiteral("customers")
                                                             : QStringLiteral("suppliers");
        auto q = select(
            m_company.database(),
            QStringLiteral("SELECT name, email, phone, address, tax_id, payment_terms_days, notes, active "
                           "FROM ")
                + table + QStringLiteral(" ORDER BY id"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            out += csvLine({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                            q->value(6).toString(), flag(q->value(7))});
            ++count;
        }
    }
    if (rows)
        *rows = count;
    return out;
}

Result<QByteArray> CsvService::exportData(CsvEntity entity, int *rows)
{
    if (auto ok = authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                            entityName(entity));
        !ok.ok())
        return ok.error();
    int count = 0;
    auto data = render(entity, &count);
    if (!data.ok())
        return data.error();
    if (auto audited = auditExport(entityName(entity), count, {}); !audited.ok())
        return audited.error();
    if (rows)
        *rows = count;
    return data;
}

Result<int> CsvService::exportFile(CsvEntity entity, const QString &path)
{
    if (auto ok = authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                            entityName(entity));
        !ok.ok())
        return ok.error();
    int rows = 0;
    auto data = render(entity, &rows);
    if (!data.ok())
        return data.error();
    if (auto written = writeFile(path, data.value()); !written.ok())
        return written.error();
    if (auto audited = auditExport(entityName(entity), rows, path); !audited.ok())
        return audited.error();
    return rows;
}

Result<QByteArray> CsvService::renderInvoices(int *rows)
{
    auto q = select(
        m_company.database(),
        QStringLiteral("SELECT i.invoice_number, i.type, i.status, i.issue_date, i.due_date, "
                       "coalesce(c.name, s.name), coalesce(c.email, s.email), i.currency, "
                       "l.line_no, p.sku, l.description, l.quantity, l.unit_price, l.discount_bp, "
                       "l.tax_rate_bp, l.line_net, l.line_tax, l.line_total "
                       "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id "
                       "LEFT JOIN suppliers s ON s.id = i.supplier_id "
                       "LEFT JOIN invoice_items l ON l.invoice_id = i.id "
                       "LEFT JOIN products p ON p.id = l.product_id "
                       "ORDER BY i.issue_date, i.id, l.line_no"));
    if (!q.ok())
        return q.error();
    QByteArray out = csvLine(invoiceHeader());
    int count = 0;
    while (q->next()) {
        QStringList f{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                      q->value(6).toString(), q->value(7).toString()};
        if (q->value(8).isNull()) {
            for (int i = 0; i < 10; ++i)
                f.append(QString());
        } else {
            f << q->value(8).toString() << q->value(9).toString() << q->value(10).toString()
              << formatQuantity(q->value(11).toLongLong()) << formatMoney(q->value(12).toLongLong())
              << formatPercent(q->value(13).toLongLong()) << formatPercent(q->value(14).toLongLong())
              << formatMoney(q->value(15).toLongLong()) << formatMoney(q->value(16).toLongLong())
              << formatMoney(q->value(17).toLongLong());
        }
        out += csvLine(f);
        ++count;
    }
    if (rows)
        *rows = count;
    return out;
}

Result<QByteArray> CsvService::exportInvoicesData(int *rows)
{
    if (auto ok = authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                            QStringLiteral("invoice"));
        !ok.ok())
        return ok.error();
    int count = 0;
    auto data = renderInvoices(&count);
    if (!data.ok())
        return data.error();
    if (auto audited = auditExport(QStringLiteral("invoice"), count, {}); !audited.ok())
        return audited.error();
    if (rows)
        *rows = count;
    return data;
}

Result<int> CsvService::exportInvoicesFile(const QString &path)
{
    if (auto ok = authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                            QStringLiteral("invoice"));
        !ok.ok())
        return ok.error();
    int rows = 0;
    auto data = renderInvoices(&rows);
    if (!data.ok())
        return data.error();
    if (auto written = writeFile(path, data.value()); !written.ok())
        return written.error();
    if (auto audited = auditExport(QStringLiteral("invoice"), rows, path); !audited.ok())
        return audited.error();
    return rows;
}

} // namespace stockbook

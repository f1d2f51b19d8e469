// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The export half of CsvService.
#include "services/csv/CsvService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SafeFile.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace stockbook {

namespace {

QString flag(const QVariant &v)
{
    return v.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!storage::openOutputFile(file, storage::Replace::Yes).ok() || file.write(bytes) != bytes.size()
        || !file.commit())
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
        auto q = m_company.database().query(QStringLiteral(
            "SELECT p.sku, p.barcode, p.name, c.name AS category_name, s.email AS supplier_email, "
            "p.unit, p.price, t.rate_bp, p.reorder_level, p.active FROM products p "
            "LEFT JOIN categories c ON c.id = p.category_id "
            "LEFT JOIN suppliers s ON s.id = p.supplier_id "
            "JOIN tax_rates t ON t.id = p.tax_rate_id ORDER BY p.id"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            out += csvLine({csvSafeText(q->text("sku")), csvSafeText(q->text("barcode")),
                            csvSafeText(q->text("name")), csvSafeText(q->text("category_name")),
                            csvSafeText(q->text("supplier_email")), csvSafeText(q->text("unit")),
                            formatMoney(q->get<qint64>("price")), formatPercent(q->get<qint64>("rate_bp")),
                            formatQuantity(q->get<qint64>("reorder_level")), flag(q->value("active"))});
            ++count;
        }
    } else {
        // The table name is one of two fixed words.
        const QString table = entity == CsvEntity::Customers ? QStringLiteral("customers")
                                                             : QStringLiteral("suppliers");
        auto q = m_company.database().query(
            QStringLiteral("SELECT name, email, phone, address, tax_id, payment_terms_days, notes, active "
                           "FROM ")
            + table + QStringLiteral(" ORDER BY id"));
        if (!q.ok())
            return q.error();
        while (q->next()) {
            out += csvLine({csvSafeText(q->text("name")), csvSafeText(q->text("email")),
                            csvSafeText(q->text("phone")), csvSafeText(q->text("address")),
                            csvSafeText(q->text("tax_id")), q->text("payment_terms_days"),
                            csvSafeText(q->text("notes")), flag(q->value("active"))});
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
    auto q = m_company.database().query(QStringLiteral(
        "SELECT i.invoice_number, i.type, i.status, i.issue_date, i.due_date, "
        "coalesce(c.name, s.name) AS partner_name, coalesce(c.email, s.email) AS partner_email, "
        "i.currency, l.line_no, p.sku, l.description, l.quantity, l.unit_price, l.discount_bp, "
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
        QStringList f{csvSafeText(q->text("invoice_number")), csvSafeText(q->text("type")),
                      csvSafeText(q->text("status")),         csvSafeText(q->text("issue_date")),
                      csvSafeText(q->text("due_date")),       csvSafeText(q->text("partner_name")),
                      csvSafeText(q->text("partner_email")),  csvSafeText(q->text("currency"))};
        if (q->isNull("line_no")) {
            for (int i = 0; i < 10; ++i)
                f.append(QString());
        } else {
            f << q->text("line_no") << csvSafeText(q->text("sku")) << csvSafeText(q->text("description"))
              << formatQuantity(q->get<qint64>("quantity")) << formatMoney(q->get<qint64>("unit_price"))
              << formatPercent(q->get<qint64>("discount_bp")) << formatPercent(q->get<qint64>("tax_rate_bp"))
              << formatMoney(q->get<qint64>("line_net")) << formatMoney(q->get<qint64>("line_tax"))
              << formatMoney(q->get<qint64>("line_total"));
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

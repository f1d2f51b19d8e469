// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/csv/CsvFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stockbook {

class CompanySession;

enum class CsvEntity { Products, Customers, Suppliers };

struct CsvImportReport {
    int rows = 0;     // data rows read (the header not counted)
    int imported = 0; // rows written: all of them, or 0
    bool dryRun = false;
    QList<CsvProblem> problems; // sorted by line; any problem means nothing was written
};

// CSV import and export of products, customers and suppliers, and export of
// invoices with their lines. Files are UTF-8 with a header row; the columns:
//
//   products:  sku,barcode,name,category,supplier_email,unit,price,tax_rate,reorder_level,active
//   customers, suppliers: name,email,phone,address,tax_id,payment_terms_days,notes,active
//   invoices:  invoice_number,type,status,issue_date,due_date,partner,partner_email,currency,
//              line_no,sku,description,quantity,unit_price,discount,tax_rate,line_net,line_tax,line_total
//
// Amounts are written like 12.50, quantities like 1.5, rates like 20 or 7.5
// (percent); active is 1 or 0 (also true/false, yes/no). An empty tax_rate is
// the default rate, an empty unit "piece"; a category that does not exist yet
// is created; supplier_email names an existing active supplier.
//
// Import checks every row first with the services' own rules (and for
// duplicates inside the file and against the database); any problem is
// reported as "line N: reason" and nothing is written. Otherwise all rows are
// written in one transaction with one "<entity>.import" audit entry plus one
// "<entity>.create" entry per row. Import needs the entity's edit permission,
// export data.export (and is audited as "data.export").
class CsvService {
public:
    explicit CsvService(CompanySession &company) : m_company(company) { }

    static QStringList header(CsvEntity entity);
    static QStringList invoiceHeader();
    static QString entityName(CsvEntity entity); // "product", "customer", "supplier"

    // A problem list in the report is not an Error: the call succeeded in
    // checking the file. Errors are for what stops the check itself (no
    // permission, file over the size limit, unreadable file, database error).
    Result<CsvImportReport> importData(CsvEntity entity, const QByteArray &data, bool dryRun = false);
    Result<CsvImportReport> importFile(CsvEntity entity, const QString &path, bool dryRun = false);

    // Each export is audited as "data.export". The file variants return the
    // number of data rows and write the file atomically.
    Result<QByteArray> exportData(CsvEntity entity, int *rows = nullptr);
    Result<int> exportFile(CsvEntity entity, const QString &path);
    Result<QByteArray> exportInvoicesData(int *rows = nullptr);
    Result<int> exportInvoicesFile(const QString &path);

private:
    Result<void> authorizeImport(CsvEntity entity);
    Result<QByteArray> render(CsvEntity entity, int *rows);
    Result<QByteArray> renderInvoices(int *rows);
    Result<void> auditExport(const QString &what, int rows, const QString &path);

    CompanySession &m_company;
};

} // namespace stockbook

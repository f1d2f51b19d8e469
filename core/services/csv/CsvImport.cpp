// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The import half of CsvService: check every row, then write all or none.
#include "services/csv/CsvService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/catalog/CatalogService.h"
#include "services/partners/PartnerService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace stockbook {

namespace {

std::optional<bool> parseFlag(const QString &given)
{
    const QString t = given.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// A row's fields by column name, in whatever order the header gives them.
struct Row {
    const CsvRecord *record = nullptr;
    const QHash<QString, qsizetype> *columns = nullptr;
    QString operator[](const QString &name) const { return record->fields.value(columns->value(name)); }
};

struct PendingProduct {
    int line = 0;
    ProductInput input;
    QString newCategory; // a category to create first, by name
};

struct PendingPartner {
    int line = 0;
    PartnerInput input;
};

class Importer {
public:
    Importer(storage::Database &db, CsvImportReport &report) : m_db(db), m_report(report) { }

    void problem(int line, const Error &error)
    {
        m_report.problems.append({line, error.message, error.field});
    }
    void problem(int line, const QString &field, const QString &message)
    {
        m_report.problems.append({line, message, field});
    }

    Result<std::optional<PendingProduct>> product(const Row &row, int line);
    Result<std::optional<PendingPartner>> partner(PartnerKind kind, const Row &row, int line);

private:
    Result<std::optional<qint64>> taxRateFor(const QString &text, int line, bool *bad);

    storage::Database &m_db;
    CsvImportReport &m_report;
    QHash<QString, int> m_skus; // lower-case SKU -> first line
    QHash<QString, int> m_barcodes;
    QHash<QString, int> m_emails; // lower-case e-mail -> first line
};

Result<std::optional<qint64>> Importer::taxRateFor(const QString &text, int line, bool *bad)
{
    if (text.trimmed().isEmpty())
        return std::optional<qint64>{};
    const auto bp = parsePercent(text);
    if (!bp) {
        problem(
            line, QStringLiteral("tax_rate"),
            Tr::tr("The tax rate \"%1\" is not a percentage; write it like 20 or 7.5.").arg(text.trimmed()));
        *bad = true;
        return std::optional<qint64>{};
    }
    auto q = m_db.query(QStringLiteral("SELECT id FROM tax_rates WHERE rate_bp = ? AND active = 1 "
                                       "ORDER BY is_default DESC, id LIMIT 1"),
                        {*bp});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        problem(line, QStringLiteral("tax_rate"),
                Tr::tr("No active tax rate of %1 % exists; create it first.").arg(formatPercent(*bp)));
        *bad = true;
        return std::optional<qint64>{};
    }
    return std::optional<qint64>{q->get<qint64>("id")};
}

Result<std::optional<PendingProduct>> Importer::product(const Row &row, int line)
{
    PendingProduct p;
    p.line = line;
    p.input.sku = row[QStringLiteral("sku")];
    p.input.barcode = row[QStringLiteral("barcode")];
    p.input.name = row[QStringLiteral("name")];
    p.input.unit = row[QStringLiteral("unit")];
    bool bad = false;

    const QString priceText = row[QStringLiteral("price")].trimmed();
    const auto price = parseMoney(priceText);
    if (!price) {
        problem(line, QStringLiteral("price"),
                Tr::tr("The price \"%1\" is not an amount; write it like 12.50.").arg(priceText));
        bad = true;
    } else {
        p.input.price = *price;
    }
    const QString reorderText = row[QStringLiteral("reorder_level")].trimmed();
    if (!reorderText.isEmpty()) {
        const auto reorder = parseQuantity(reorderText);
        if (!reorder) {
            problem(line, QStringLiteral("reorder_level"),
                    Tr::tr("The reorder level \"%1\" is not a quantity; write it like 5 or 1.5.")
                        .arg(reorderText));
            bad = true;
        } else {
            p.input.reorderLevel = *reorder;
        }
    }
    const auto active = parseFlag(row[QStringLiteral("active")]);
    if (!active) {
        problem(line, QStringLiteral("active"), Tr::tr("Active is 1 or 0."));
        bad = true;
    } else {
        p.input.active = *active;
    }
    if (bad)
        return std::optional<PendingProduct>{};
    if (auto valid = CatalogService::validateProduct(p.input); !valid.ok()) {
        problem(line, valid.error());
        return std::optional<PendingProduct>{};
    }
    auto rate = taxRateFor(row[QStringLiteral("tax_rate")], line, &bad);
    if (!rate.ok())
        return rate.error();
    if (bad)
        return std::optional<PendingProduct>{};
    p.input.taxRateId = rate.value();
    if (!p.input.taxRateId) {
        auto fallback = CatalogService::defaultTaxRateOf(m_db);
        if (!fallback.ok())
            return fallback.error();
        p.input.taxRateId = fallback->id;
    }

    const QString category = row[QStringLiteral("category")].trimmed();
    if (category.size() > 100) {
        problem(line, QStringLiteral("category"), Tr::tr("The category name is longer than 100 characters."));
        return std::optional<PendingProduct>{};
    }
    if (!category.isEmpty()) {
        auto id = CatalogService::categoryIdByName(m_db, category);
        if (!id.ok())
            return id.error();
        if (id.value())
            p.input.categoryId = id.value();
        else
            p.newCategory = category;
    }
    const QString supplierEmail = row[QStringLiteral("supplier_email")].trimmed();
    if (!supplierEmail.isEmpty()) {
        auto q = m_db.query(
            QStringLiteral("SELECT id FROM suppliers WHERE lower(email) = lower(?) AND active = 1"),
            {supplierEmail});
        if (!q.ok())
            return q.error();
        if (!q->next()) {
            problem(line, QStringLiteral("supplier_email"),
                    Tr::tr("No active supplier has the e-mail address %1.").arg(supplierEmail));
            return std::optional<PendingProduct>{};
        }
        p.input.supplierId = q->get<qint64>("id");
    }

    const QString skuKey = p.input.sku.toLower();
    if (m_skus.contains(skuKey)) {
        problem(line, QStringLiteral("sku"),
                Tr::tr("The SKU %1 appears already on line %2 of this file.")
                    .arg(p.input.sku, QString::number(m_skus.value(skuKey))));
        return std::optional<PendingProduct>{};
    }
    m_skus.insert(skuKey, line);
    if (!p.input.barcode.isEmpty()) {
        if (m_barcodes.contains(p.input.barcode)) {
            problem(line, QStringLiteral("barcode"),
                    Tr::tr("The barcode %1 appears already on line %2 of this file.")
                        .arg(p.input.barcode, QString::number(m_barcodes.value(p.input.barcode))));
            return std::optional<PendingProduct>{};
        }
        m_barcodes.insert(p.input.barcode, line);
    }
    if (auto refs = CatalogService::checkProductReferences(m_db, p.input); !refs.ok()) {
        if (refs.error().code != ErrorCode::InvalidArgument)
            return refs.error();
        problem(line, refs.error());
        return std::optional<PendingProduct>{};
    }
    return std::optional<PendingProduct>{p};
}

Result<std::optional<PendingPartner>> Importer::partner(PartnerKind kind, const Row &row, int line)
{
    PendingPartner p;
    p.line = line;
    p.input.name = row[QStringLiteral("name")];
    p.input.email = row[QStringLiteral("email")];
    p.input.phone = row[QStringLiteral("phone")];
    p.input.address = row[QStringLiteral("address")];
    p.input.taxId = row[QStringLiteral("tax_id")];
    p.input.notes = row[QStringLiteral("notes")];
    const QString terms = row[QStringLiteral("payment_terms_days")].trimmed();
    p.input.paymentTermsDays = kind == PartnerKind::Customer ? 14 : 30;
    if (!terms.isEmpty()) {
        bool ok = false;
        const int days = terms.toInt(&ok);
        if (!ok) {
            problem(line, QStringLiteral("payment_terms_days"),
                    Tr::tr("The payment terms \"%1\" are not a whole number of days.").arg(terms));
            return std::optional<PendingPartner>{};
        }
        p.input.paymentTermsDays = days;
    }
    const auto active = parseFlag(row[QStringLiteral("active")]);
    if (!active) {
        problem(line, QStringLiteral("active"), Tr::tr("Active is 1 or 0."));
        return std::optional<PendingPartner>{};
    }
    p.input.active = *active;
    if (auto valid = PartnerService::validate(p.input); !valid.ok()) {
        problem(line, valid.error());
        return std::optional<PendingPartner>{};
    }
    if (!p.input.email.isEmpty()) {
        const QString key = p.input.email.toLower();
        if (m_emails.contains(key)) {
            problem(line, QStringLiteral("email"),
                    Tr::tr("The e-mail address %1 appears already on line %2 of this file.")
                        .arg(p.input.email, QString::number(m_emails.value(key))));
            return std::optional<PendingPartner>{};
        }
        m_emails.insert(key, line);
    }
    if (auto free = PartnerService::checkEmailFree(m_db, kind, p.input.email); !free.ok()) {
        if (free.error().code != ErrorCode::InvalidArgument)
            return free.error();
        problem(line, free.error());
        return std::optional<PendingPartner>{};
    }
    return std::optional<PendingPartner>{p};
}

PartnerKind partnerKind(CsvEntity entity)
{
    return entity == CsvEntity::Customers ? PartnerKind::Customer : PartnerKind::Supplier;
}

} // namespace

QStringList CsvService::header(CsvEntity entity)
{
    if (entity == CsvEntity::Products)
        return {QStringLiteral("sku"),      QStringLiteral("barcode"),        QStringLiteral("name"),
                QStringLiteral("category"), QStringLiteral("supplier_email"), QStringLiteral("unit"),
                QStringLiteral("price"),    QStringLiteral("tax_rate"),       QStringLiteral("reorder_level"),
                QStringLiteral("active")};
    return {QStringLiteral("name"),    QStringLiteral("email"),  QStringLiteral("phone"),
            QStringLiteral("address"), QStringLiteral("tax_id"), QStringLiteral("payment_terms_days"),
            QStringLiteral("notes"),   QStringLiteral("active")};
}

QString CsvService::entityName(CsvEntity entity)
{
    switch (entity) {
    case CsvEntity::Products:
        return QStringLiteral("product");
    case CsvEntity::Customers:
        return QStringLiteral("customer");
    case CsvEntity::Suppliers:
        break;
    }
    return QStringLiteral("supplier");
}

Result<void> CsvService::authorizeImport(CsvEntity entity)
{
    const Permission permission = entity == CsvEntity::Products ? Permission::CatalogEdit
        : entity == CsvEntity::Customers                        ? Permission::CustomerEdit
                                                                : Permission::SupplierEdit;
    return authorize(m_company, permission, entityName(entity) + QStringLiteral(".import"));
}

Result<CsvImportReport> CsvService::importFile(CsvEntity entity, const QString &path, bool dryRun)
{
    if (auto ok = authorizeImport(entity); !ok.ok())
        return ok.error();
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::FileNotFound, Tr::tr("The file %1 does not exist.").arg(path),
                         QStringLiteral("file"));
    if (info.size() > CsvMaxFileBytes)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The file is larger than %1 MB; split it into smaller files.")
                             .arg(CsvMaxFileBytes / (1024 * 1024)),
                         QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    return importData(entity, file.read(CsvMaxFileBytes + 1), dryRun);
}

Result<CsvImportReport> CsvService::importData(CsvEntity entity, const QByteArray &data, bool dryRun)
{
    if (auto ok = authorizeImport(entity); !ok.ok())
        return ok.error();
    auto parsed = parseCsv(data);
    if (!parsed.ok())
        return parsed.error();
    CsvImportReport report;
    report.dryRun = dryRun;
    report.problems = parsed->problems;
    const QList<CsvRecord> &records = parsed->records;
    const QStringList expected = header(entity);

    const auto finish = [&report]() {
        std::stable_sort(report.problems.begin(), report.problems.end(),
                         [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
        return report;
    };
    if (records.isEmpty() || records.constFirst().line != 1) {
        report.problems.append(
            {1, Tr::tr("The first line must be the header: %1").arg(expected.join(u',')), {}});
        return finish();
    }
    QHash<QString, qsizetype> columns;
    const QStringList given = records.constFirst().fields;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString name = given.at(i).trimmed().toLower();
        if (!expected.contains(name) || columns.contains(name)) {
            report.problems.append(
                {1,
                 Tr::tr("The header column \"%1\" is unknown or repeated; the header is: %2")
                     .arg(given.at(i).trimmed(), expected.join(u',')),
                 {}});
            return finish();
        }
        columns.insert(name, i);
    }
    if (columns.size() != expected.size()) {
        report.problems.append(
            {1, Tr::tr("The header lacks columns; it is: %1").arg(expected.join(u',')), {}});
        return finish();
    }

    storage::Database &db = m_company.database();
    Importer importer(db, report);
    QList<PendingProduct> products;
    QList<PendingPartner> partners;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        ++report.rows;
        if (record.fields.size() != expected.size()) {
            importer.problem(
                record.line, QString(),
                Tr::tr("Expected %1 fields, found %2.").arg(expected.size()).arg(record.fields.size()));
            continue;
        }
        const Row row{&record, &columns};
        if (entity == CsvEntity::Products) {
            auto p = importer.product(row, record.line);
            if (!p.ok())
                return p.error();
            if (p.value())
                products.append(*p.value());
        } else {
            auto p = importer.partner(partnerKind(entity), row, record.line);
            if (!p.ok())
                return p.error();
            if (p.value())
                partners.append(*p.value());
        }
    }
    if (!report.problems.isEmpty() || dryRun)
        return finish();

    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    const QString now = isoNow(m_company);
    const Session &session = m_company.session();
    QHash<QString, qint64> newCategories; // lower-case name -> id
    for (PendingProduct &p : products) {
        if (!p.newCategory.isEmpty()) {
            const QString key = p.newCategory.toLower();
            if (!newCategories.contains(key)) {
                auto id = CatalogService::insertCategory(db, p.newCategory, {}, now);
                if (!id.ok())
                    return id.error();
                if (auto logged = AuditLog::append(
                        db,
                        auditEntry(session, QStringLiteral("category.create"), QStringLiteral("categories"),
                                   id.value(),
                                   QJsonObject{{QStringLiteral("name"), p.newCategory},
                                               {QStringLiteral("source"), QStringLiteral("import")}}));
                    !logged.ok())
                    return logged.error();
                newCategories.insert(key, id.value());
            }
            p.input.categoryId = newCategories.value(key);
        }
        auto id = CatalogService::insertProduct(db, p.input, now);
        if (!id.ok())
            return id.error();
        if (auto logged = AuditLog::append(
                db,
                auditEntry(session, QStringLiteral("product.create"), QStringLiteral("products"), id.value(),
                           QJsonObject{{QStringLiteral("sku"), p.input.sku},
                                       {QStringLiteral("price"), p.input.price},
                                       {QStringLiteral("source"), QStringLiteral("import")},
                                       {QStringLiteral("line"), p.line}}));
            !logged.ok())
            return logged.error();
    }
    if (entity != CsvEntity::Products) {
        const PartnerKind kind = partnerKind(entity);
        for (const PendingPartner &p : partners) {
            auto id = PartnerService::insert(db, kind, p.input, now);
            if (!id.ok())
                return id.error();
            if (auto logged = AuditLog::append(
                    db,
                    auditEntry(session, PartnerService::entityName(kind) + QStringLiteral(".create"),
                               PartnerService::table(kind), id.value(),
                               QJsonObject{{QStringLiteral("name"), p.input.name},
                                           {QStringLiteral("source"), QStringLiteral("import")},
                                           {QStringLiteral("line"), p.line}}));
                !logged.ok())
                return logged.error();
        }
    }
    report.imported = report.rows;
    if (auto logged = AuditLog::append(db,
                                       auditEntry(session, entityName(entity) + QStringLiteral(".import"), {},
                                                  0, QJsonObject{{QStringLiteral("rows"), report.imported}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return finish();
}

} // namespace stockbook

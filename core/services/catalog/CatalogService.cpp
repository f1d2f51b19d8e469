// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/catalog/CatalogService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace stockbook {

namespace {

constexpr qint64 MaxPrice = 99'999'999'999; // 999,999,999.99 in minor units

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Result<std::optional<qint64>> firstId(storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.query(sql, values);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->get<qint64>("id")};
}

const QString ProductColumns = QStringLiteral(
    "SELECT p.id, p.sku, p.barcode, p.name, p.category_id, c.name AS category_name, p.supplier_id, "
    "s.name AS supplier_name, p.tax_rate_id, t.rate_bp, "
    "p.unit, p.price, p.cost, p.reorder_level, p.quantity, p.active, p.updated_at FROM products p "
    "LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN suppliers s ON s.id = p.supplier_id "
    "JOIN tax_rates t ON t.id = p.tax_rate_id ");

Product productFrom(const storage::Query &q)
{
    Product p;
    p.id = q.get<qint64>("id");
    p.sku = q.text("sku");
    p.barcode = q.text("barcode");
    p.name = q.text("name");
    if (!q.isNull("category_id"))
        p.categoryId = q.get<qint64>("category_id");
    p.categoryName = q.text("category_name");
    if (!q.isNull("supplier_id"))
        p.supplierId = q.get<qint64>("supplier_id");
    p.supplierName = q.text("supplier_name");
    p.taxRateId = q.get<qint64>("tax_rate_id");
    p.taxRateBp = q.get<qint64>("rate_bp");
    p.unit = q.text("unit");
    p.price = q.get<qint64>("price");
    p.cost = q.get<qint64>("cost");
    p.reorderLevel = q.get<qint64>("reorder_level");
    p.quantity = q.get<qint64>("quantity");
    p.active = q.get<int>("active") != 0;
    p.updatedAt = q.text("updated_at");
    return p;
}

QJsonObject productJson(const ProductInput &p)
{
    return QJsonObject{{QStringLiteral("sku"), p.sku},
                       {QStringLiteral("barcode"), p.barcode},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("unit"), p.unit},
                       {QStringLiteral("price"), p.price},
                       {QStringLiteral("tax_rate_id"), p.taxRateId.value_or(0)},
                       {QStringLiteral("reorder_level"), p.reorderLevel},
                       {QStringLiteral("active"), p.active}};
}

void addChange(QJsonObject &changes, const QString &key, const QJsonValue &oldValue,
               const QJsonValue &newValue)
{
    if (oldValue != newValue)
        changes.insert(key,
                       QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}});
}

Result<void> validateName(QString &name, const QString &field, const QString &what, int maxLength)
{
    name = name.trimmed();
    if (name.isEmpty())
        return fieldError(field, Tr::tr("The %1 is empty; enter one.").arg(what));
    if (name.size() > maxLength)
        return fieldError(
            field, Tr::tr("The %1 is longer than %2 characters; shorten it.").arg(what).arg(maxLength));
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return fieldError(field, Tr::tr("The %1 holds a control character; remove it.").arg(what));
    }
    return {};
}

} // namespace

QStringList CatalogService::units()
{
    return {QStringLiteral("piece"), QStringLiteral("kg"), QStringLiteral("litre"), QStringLiteral("metre")};
}

Result<void> CatalogService::validateProduct(ProductInput &input)
{
    input.sku = input.sku.trimmed();
    if (input.sku.isEmpty())
        return fieldError(QStringLiteral("sku"), Tr::tr("The SKU is empty; enter one."));
    if (input.sku.size() > 64)
        return fieldError(QStringLiteral("sku"), Tr::tr("The SKU is longer than 64 characters; shorten it."));
    static const QRegularExpression skuShape(QStringLiteral("^[\\p{L}\\p{N}._/#+-]+$"));
    if (!skuShape.match(input.sku).hasMatch())
        return fieldError(
            QStringLiteral("sku"),
            Tr::tr("The SKU %1 may hold only letters, digits and . _ / # + -; no spaces.").arg(input.sku));
    input.barcode = input.barcode.trimmed();
    static const QRegularExpression barcodeShape(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!input.barcode.isEmpty() && !barcodeShape.match(input.barcode).hasMatch())
        return fieldError(
            QStringLiteral("barcode"),
            Tr::tr("The barcode %1 may hold only letters and digits, at most 64.").arg(input.barcode));
    if (auto ok = validateName(input.name, QStringLiteral("name"), Tr::tr("product name"), 200); !ok.ok())
        return ok;
    input.unit = input.unit.trimmed().toLower();
    if (input.unit.isEmpty())
        input.unit = QStringLiteral("piece");
    if (!units().contains(input.unit))
        return fieldError(QStringLiteral("unit"),
                          Tr::tr("The unit %1 is unknown; use piece, kg, litre or metre.").arg(input.unit));
    if (input.price < 0)
        return fieldError(QStringLiteral("price"), Tr::tr("The price is negative; enter 0 or more."));
    if (input.price > MaxPrice)
        return fieldError(QStringLiteral("price"),
                          Tr::tr("The price is more than %1.").arg(formatMoney(MaxPrice)));
    if (input.reorderLevel < 0)
        return fieldError(QStringLiteral("reorder_level"),
                          Tr::tr("The reorder level is negative; enter 0 or more."));
    return {};
}

Result<void> CatalogService::checkProductReferences(storage::Database &db, const ProductInput &input,
                                                    qint64 excludeId)
{
    auto sku = firstId(db,
                       QStringLiteral("SELECT id FROM products WHERE ")
                           + storage::dialectOf(db).equalsNocase(QStringLiteral("sku"))
                           + QStringLiteral(" AND id <> ?"),
                       {input.sku, excludeId});
    if (!sku.ok())
        return sku.error();
    if (sku.value())
        return fieldError(
            QStringLiteral("sku"),
            Tr::tr("The SKU %1 is already used by another product; choose another.").arg(input.sku));
    if (!input.barcode.isEmpty()) {
        auto code = firstId(db, QStringLiteral("SELECT id FROM products WHERE barcode = ? AND id <> ?"),
                            {input.barcode, excludeId});
        if (!code.ok())
            return code.error();
        if (code.value())
            return fieldError(
                QStringLiteral("barcode"),
                Tr::tr("The barcode %1 is already used by another product.").arg(input.barcode));
    }
    if (input.categoryId) {
        auto c = firstId(db, QStringLiteral("SELECT id FROM categories WHERE id = ?"), {*input.categoryId});
        if (!c.ok())
            return c.error();
        if (!c.value())
            return fieldError(QStringLiteral("category"),
                              Tr::tr("The category does not exist; pick one from the list."));
    }
    if (input.supplierId) {
        // A product may keep the supplier it has even after that supplier was deactivated.
        auto s = firstId(db,
                         QStringLiteral("SELECT id FROM suppliers WHERE id = ? AND (active = 1 OR id IN "
                                        "(SELECT supplier_id FROM products WHERE id = ?))"),
                         {*input.supplierId, excludeId});
        if (!s.ok())
            return s.error();
        if (!s.value())
            return fieldError(QStringLiteral("supplier"),
                              Tr::tr("The supplier does not exist or is inactive; pick an active one."));
    }
    if (input.taxRateId) {
        auto t = firstId(db,
                         QStringLiteral("SELECT id FROM tax_rates WHERE id = ? AND (active = 1 OR id IN "
                                        "(SELECT tax_rate_id FROM products WHERE id = ?))"),
                         {*input.taxRateId, excludeId});
        if (!t.ok())
            return t.error();
        if (!t.value())
            return fieldError(QStringLiteral("tax_rate"),
                              Tr::tr("The tax rate does not exist or is inactive; pick an active one."));
    }
    return {};
}

Result<qint64> CatalogService::insertProduct(storage::Database &db, const ProductInput &p, const QString &now)
{
    auto q = db.query(
        storage::dialectOf(db).returningId(QStringLiteral(
            "INSERT INTO products (sku, barcode, name, category_id, supplier_id, tax_rate_id, unit, "
            "price, reorder_level, active, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        {p.sku, nullIfEmpty(p.barcode), p.name, optionalId(p.categoryId), optionalId(p.supplierId),
         optionalId(p.taxRateId), p.unit, p.price, p.reorderLevel, p.active ? 1 : 0, now, now});
    if (!q.ok()) {
        // The checks before the write normally catch these; the constraints are the last word.
        if (q.error().code == ErrorCode::ConstraintUnique && q.error().field.contains(QLatin1String("sku")))
            return fieldError(
                QStringLiteral("sku"),
                Tr::tr("The SKU %1 is already used by another product; choose another.").arg(p.sku));
        if (q.error().code == ErrorCode::ConstraintUnique
            && q.error().field.contains(QLatin1String("barcode")))
            return fieldError(QStringLiteral("barcode"),
                              Tr::tr("The barcode %1 is already used by another product.").arg(p.barcode));
        return q.error();
    }
    return storage::dialectOf(db).insertedId(*q);
}

Result<qint64> CatalogService::insertCategory(storage::Database &db, const QString &name,
                                              std::optional<qint64> parentId, const QString &now)
{
    auto q = db.query(storage::dialectOf(db).returningId(QStringLiteral(
                          "INSERT INTO categories (name, parent_id, created_at) VALUES (?, ?, ?)")),
                      {name, optionalId(parentId), now});
    if (!q.ok()) {
        if (q.error().code == ErrorCode::ConstraintUnique)
            return fieldError(QStringLiteral("name"), Tr::tr("The category %1 exists already.").arg(name));
        return q.error();
    }
    return storage::dialectOf(db).insertedId(*q);
}

Result<std::optional<qint64>> CatalogService::categoryIdByName(storage::Database &db, const QString &name)
{
    return firstId(db,
                   QStringLiteral("SELECT id FROM categories WHERE ")
                       + storage::dialectOf(db).equalsNocase(QStringLiteral("name")),
                   {name.trimmed()});
}

Result<TaxRate> CatalogService::defaultTaxRateOf(storage::Database &db)
{
    auto q = db.query(
        QStringLiteral("SELECT id, name, rate_bp, is_default, active FROM tax_rates WHERE is_default = 1"));
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No default tax rate is set; choose one."),
                         QStringLiteral("tax_rate"));
    return TaxRate{q->get<qint64>("id"), q->text("name"), q->get<qint64>("rate_bp"), true,
                   q->get<int>("active") != 0};
}

Result<qint64> CatalogService::createProduct(const ProductInput &given)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("product.create"), given.sku);
        !ok.ok())
        return ok.error();
    ProductInput input = given;
    if (auto valid = validateProduct(input); !valid.ok())
        return valid.error();
    storage::Database &db = m_company.database();
    if (!input.taxRateId) {
        auto rate = defaultTaxRateOf(db);
        if (!rate.ok())
            return rate.error();
        input.taxRateId = rate->id;
    }
    if (auto refs = checkProductReferences(db, input); !refs.ok())
        return refs.error();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto id = insertProduct(db, input, isoNow(m_company));
    if (!id.ok())
        return id.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("product.create"),
                                                  QStringLiteral("products"), id.value(),
                                                  productJson(input)));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id.value();
}

Result<void> CatalogService::updateProduct(qint64 id, const ProductInput &given)
{
    if (auto ok = authorize(m_company, Permission::CatalogEdit, QStringLiteral("product.update"),
                            QString::number(id));
        !ok.ok())
        return ok;
    ProductInput input = given;
    if (auto valid = validateProduct(input); !valid.ok())
        return valid;
    storage::Database &db = m_company.database();
    // Read inside the transaction: what it is compared with stays the newest.
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    auto old = productWhere(QStringLiteral("p.id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    if (auto same = checkUnchanged(old->updatedAt, input.expectedUpdatedAt,
                                   Tr::tr("Product %1").arg(old->sku));
        !same.ok())
        return same;
    if (!input.taxRateId)
        input.taxRateId = old->taxRateId;
    if (auto refs = checkProductReferences(db, input, id); !refs.ok())
        return refs;
    QJsonObject changes;
    addChange(changes, QStringLiteral("sku"), old->sku, input.sku);
    addChange(changes, QStringLiteral("barcode"), old->barcode, input.barcode);
    addChange(changes, QStringLiteral("name"), old->name, input.name);
    addChange(changes, QStringLiteral("category_id"), old->categoryId.value_or(0),
              input.categoryId.value_or(0));
    addChange(changes, QStringLiteral("supplier_id"), old->supplierId.value_or(0),
              input.supplierId.value_or(0));
    addChange(changes, QStringLiteral("tax_rate_id"), old->taxRateId, *input.taxRateId);
    addChange(changes, QStringLiteral("unit"), old->unit, input.unit);
    addChange(changes, QStringLiteral("price"), old->price, input.price);
    addChange(changes, QStringLiteral("reorder_level"), old->reorderLevel, input.reorderLevel);
    addChange(changes, QStringLiteral("active"), old->active, input.active);
    if (changes.isEmpty())
        return {};
    auto q = db.query(
        QStringLiteral(
            "UPDATE products SET sku = ?, barcode = ?, name = ?, category_id = ?, supplier_id = ?, "
            "tax_rate_id = ?, unit = ?, price = ?, reorder_level = ?, active = ?, updated_at = ? "
            "WHERE id = ?"),
        {input.sku, nullIfEmpty(input.barcode), input.name, optionalId(input.categoryId),
         optionalId(input.supplierId), optionalId(input.taxRateId), input.unit, input.price,
         input.reorderLevel, input.active ? 1 : 0, nextVersion(m_company, old->updatedAt), id});
    if (!q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), QStringLiteral("product.update"),
                                                  QStringLiteral("products"), id, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> CatalogService::setProductActive(qint64 id, bool active)
{
    const QString action = active ? QStringLiteral("product.reactivate")
                                  : QStringLiteral("product.deactivate");
    if (auto ok = authorize(m_company, Permission::CatalogEdit, action, QString::number(id)); !ok.ok())
        return ok;
    auto old = productWhere(QStringLiteral("p.id"), id, QString::number(id));
    if (!old.ok())
        return old.error();
    if (old->active == active)
        return {};
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto q = db.query(QStringLiteral("UPDATE products SET active = ?, updated_at = ? WHERE id = ?"),
                          {active ? 1 : 0, isoNow(m_company), id});
        !q.ok())
        return q.error();
    if (auto logged = AuditLog::append(db,
                                       auditEntry(m_company.session(), action, QStringLiteral("products"), id,
                                                  QJsonObject{{QStringLiteral("sku"), old->sku}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<Product> CatalogService::productWhere(const QString &column, const QVariant &value,
                                             const QString &what)
{
    // column is one of three fixed names chosen by this class, never input.
    // The SKU compares without case (COLLATE NOCASE on the file).
    const QString condition = column == QLatin1String("p.sku") ? m_company.dialect().equalsNocase(column)
                                                               : column + QStringLiteral(" = ?");
    auto q = m_company.database().query(ProductColumns + QStringLiteral("WHERE ") + condition, {value});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No product %1 was found.").arg(what),
                         QStringLiteral("product"));
    return productFrom(q.value());
}

Result<Product> CatalogService::product(qint64 id)
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("product.view"),
                            QString::number(id));
        !ok.ok())
        return ok.error();
    return productWhere(QStringLiteral("p.id"), id, QString::number(id));
}

Result<Product> CatalogService::productBySku(const QString &sku)
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("product.view"), sku);
        !ok.ok())
        return ok.error();
    return productWhere(QStringLiteral("p.sku"), sku.trimmed(), sku.trimmed());
}

Result<Product> CatalogService::productByBarcode(const QString &barcode)
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("product.view"), barcode);
        !ok.ok())
        return ok.error();
    return productWhere(QStringLiteral("p.barcode"), barcode.trimmed(), barcode.trimmed());
}

Result<QList<Product>> CatalogService::products(const ProductFilter &filter)
{
    if (auto ok = authorize(m_company, Permission::ProductView, QStringLiteral("product.list")); !ok.ok())
        return ok.error();
    QString pattern = filter.search.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = QStringLiteral("%") + pattern + QStringLiteral("%");
    const storage::Dialect sql = m_company.dialect();
    auto q = m_company.database().query(
        ProductColumns
            + QStringLiteral("WHERE (? = 1 OR p.active = 1) AND (p.sku %1 ? ESCAPE '\\' OR p.name %1 ? "
                             "ESCAPE '\\' OR coalesce(p.barcode, '') %1 ? ESCAPE '\\') "
                             "ORDER BY %2, p.id LIMIT ? OFFSET ?")
                  .arg(sql.likeNocase(), sql.nocase(QStringLiteral("p.name"))),
        {filter.includeInactive ? 1 : 0, pattern, pattern, pattern, filter.limit, filter.offset});
    if (!q.ok())
        return q.error();
    QList<Product> rows;
    while (q->next())
        rows.append(productFrom(q.value()));
    return rows;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Catalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace stockbook {

class CompanySession;

namespace storage {
class Database;
}

// Products, categories and tax rates. Writes need catalog.edit, reads
// product.view. The cost is not edited here: purchases keep it through the
// stock ledger. Validation errors are InvalidArgument with Error::field set to
// the field (sku, barcode, name, unit, price, reorder_level, tax_rate,
// category, supplier, rate, is_default).
class CatalogService {
public:
    explicit CatalogService(CompanySession &company) : m_company(company) { }

    Result<qint64> createProduct(const ProductInput &input);
    // Replaces every editable field; a price change is audited with the old
    // and the new price in "product.update".
    Result<void> updateProduct(qint64 id, const ProductInput &input);
    Result<void> setProductActive(qint64 id, bool active);
    Result<void> deactivateProduct(qint64 id) { return setProductActive(id, false); }

    Result<Product> product(qint64 id);
    Result<Product> productBySku(const QString &sku);
    Result<Product> productByBarcode(const QString &barcode);
    Result<QList<Product>> products(const ProductFilter &filter = {});

    Result<qint64> createCategory(const QString &name, std::optional<qint64> parentId = {});
    Result<void> renameCategory(qint64 id, const QString &name);
    Result<QList<Category>> categories();

    // rateBp in basis points (2000 = 20 %), 0 to 10000.
    Result<qint64> createTaxRate(const QString &name, qint64 rateBp, bool makeDefault = false);
    Result<void> updateTaxRate(qint64 id, const QString &name, qint64 rateBp);
    // Exactly one default: the old default is cleared in the same transaction.
    Result<void> setDefaultTaxRate(qint64 id);
    // The default rate cannot be deactivated; pick another default first.
    Result<void> deactivateTaxRate(qint64 id);
    Result<QList<TaxRate>> taxRates(bool includeInactive = false);
    Result<TaxRate> defaultTaxRate();

    // Rules without the database, shared with the CSV import: the input is
    // normalised (trimmed) in place.
    static Result<void> validateProduct(ProductInput &input);
    // Rules against the database (duplicate SKU or barcode, existing
    // category, supplier and tax rate); excludeId skips the product itself.
    static Result<void> checkProductReferences(storage::Database &db, const ProductInput &input,
                                               qint64 excludeId = 0);
    // Inserts inside the caller's transaction, without authorization or
    // audit: callers do both. taxRateId must be set.
    static Result<qint64> insertProduct(storage::Database &db, const ProductInput &input, const QString &now);
    static Result<qint64> insertCategory(storage::Database &db, const QString &name,
                                         std::optional<qint64> parentId, const QString &now);
    static Result<std::optional<qint64>> categoryIdByName(storage::Database &db, const QString &name);
    static Result<TaxRate> defaultTaxRateOf(storage::Database &db);
    static QStringList units();

private:
    Result<Product> productWhere(const QString &column, const QVariant &value, const QString &what);
    Result<TaxRate> taxRate(qint64 id);

    CompanySession &m_company;
};

} // namespace stockbook

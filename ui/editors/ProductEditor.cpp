// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/ProductEditor.h"
#include "common/LocaleFormat.h"

#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"
#include "services/partners/PartnerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace stockbook::ui {

namespace {

QString unitText(const QString &unit)
{
    if (unit == QLatin1String("piece"))
        return ProductEditor::tr("pieces");
    if (unit == QLatin1String("kg"))
        return ProductEditor::tr("kg");
    if (unit == QLatin1String("litre"))
        return ProductEditor::tr("litres");
    if (unit == QLatin1String("metre"))
        return ProductEditor::tr("metres");
    return unit;
}

std::optional<qint64> selectedId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

QLineEdit *makeLine(const QString &objectName, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    return line;
}

QComboBox *makeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

} // namespace

ProductEditor::ProductEditor(CompanySession &company, qint64 productId, QWidget *parent)
    : EditorDialog(parent), m_company(company), m_productId(productId)
{
    setObjectName(QStringLiteral("productEditor"));
    buildForm();
    finishLayout();
    fillChoices();

    const bool mayEdit = m_company.session().has(Permission::CatalogEdit);
    if (m_productId == 0) {
        setWindowTitle(tr("New product"));
        setRowVisible(m_costValue, false);
        setRowVisible(m_onHandValue, false);
    } else {
        setWindowTitle(mayEdit ? tr("Edit product") : tr("Product"));
        load();
    }
    if (!mayEdit)
        setReadOnly(true);
    updateUnitSuffix();
}

void ProductEditor::buildForm()
{
    m_sku = makeLine(QStringLiteral("productSku"), this);
    m_sku->setMaxLength(64);
    addRow(tr("&SKU:"), m_sku, QStringLiteral("sku"));

    m_barcode = makeLine(QStringLiteral("productBarcode"), this);
    m_barcode->setPlaceholderText(tr("Optional"));
    addRow(tr("&Barcode:"), m_barcode, QStringLiteral("barcode"));

    m_name = makeLine(QStringLiteral("productName"), this);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_category = makeCombo(QStringLiteral("productCategory"), this);
    addRow(tr("&Category:"), m_category, QStringLiteral("category"));

    m_supplier = makeCombo(QStringLiteral("productSupplier"), this);
    addRow(tr("Default su&pplier:"), m_supplier, QStringLiteral("supplier"));

    m_unit = makeCombo(QStringLiteral("productUnit"), this);
    const QStringList units = CatalogService::units();
    for (const QString &unit : units)
        m_unit->addItem(unitText(unit), unit);
    addRow(tr("&Unit:"), m_unit, QStringLiteral("unit"));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProductEditor::updateUnitSuffix);

    m_price = makeLine(QStringLiteral("productPrice"), this);
    m_price->setPlaceholderText(tr("e.g. %1").arg(NumberFormat().moneyExample()));
    m_price->setText(NumberFormat().money(0));
    m_priceCurrency = new QLabel(m_currency, this);
    m_priceCurrency->setObjectName(QStringLiteral("productPriceCurrency"));
    addRow(tr("Sale p&rice:"), m_price, QStringLiteral("price"), m_priceCurrency);

    m_taxRate = makeCombo(QStringLiteral("productTaxRate"), this);
    addRow(tr("&Tax rate:"), m_taxRate, QStringLiteral("tax_rate"));

    m_reorderLevel = makeLine(QStringLiteral("productReorderLevel"), this);
    m_reorderLevel->setText(QStringLiteral("0"));
    m_reorderUnit = new QLabel(this);
    m_reorderUnit->setObjectName(QStringLiteral("productReorderUnit"));
    addRow(tr("Re&order level:"), m_reorderLevel, QStringLiteral("reorder_level"), m_reorderUnit);

    m_active = new QCheckBox(tr("&Active: offered for sale and purchase"), this);
    m_active->setObjectName(QStringLiteral("productActive"));
    m_active->setChecked(true);
    addRow(tr("Status:"), m_active, QStringLiteral("active"));

    m_costValue = new QLabel(this);
    m_costValue->setObjectName(QStringLiteral("productCost"));
    m_costValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("Average cost:"), m_costValue, QStringLiteral("cost"));

    m_onHandValue = new QLabel(this);
    m_onHandValue->setObjectName(QStringLiteral("productOnHand"));
    m_onHandValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("On hand:"), m_onHandValue, QStringLiteral("quantity"));
}

void ProductEditor::fillChoices()
{
    CatalogService catalog(m_company);
    m_category->addItem(tr("No category"));
    if (auto categories = catalog.categories(); categories.ok()) {
        for (const Category &category : std::as_const(categories.value()))
            m_category->addItem(category.name, category.id);
    } else {
        showError(categories.error());
    }

    m_supplier->addItem(tr("No default supplier"));
    if (auto suppliers = PartnerService(m_company).list(PartnerKind::Supplier); suppliers.ok()) {
        for (const Partner &supplier : std::as_const(suppliers.value()))
            m_supplier->addItem(supplier.name, supplier.id);
    } else {
        showError(suppliers.error());
    }

    if (auto rates = catalog.taxRates(); rates.ok()) {
        for (const TaxRate &rate : std::as_const(rates.value())) {
            m_taxRate->addItem(tr("%1 (%2 %)").arg(rate.name, NumberFormat().percent(rate.rateBp)), rate.id);
            if (rate.isDefault)
                m_taxRate->setCurrentIndex(m_taxRate->count() - 1);
        }
    } else {
        showError(rates.error());
    }
}

void ProductEditor::selectData(QComboBox *combo, qint64 id, const QString &missingText)
{
    int index = combo->findData(id);
    if (index < 0) {
        // Deactivated after it was chosen: the product keeps it, so show it.
        combo->addItem(missingText, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void ProductEditor::load()
{
    auto product = CatalogService(m_company).product(m_productId);
    if (!product.ok()) {
        showError(product.error());
        setReadOnly(true);
        return;
    }
    const Product &p = product.value();
    m_version = p.updatedAt;
    m_sku->setText(p.sku);
    m_barcode->setText(p.barcode);
    m_name->setText(p.name);
    if (p.categoryId)
        selectData(m_category, *p.categoryId, p.categoryName);
    if (p.supplierId)
        selectData(m_supplier, *p.supplierId, tr("%1 (inactive)").arg(p.supplierName));
    selectData(m_taxRate, p.taxRateId, tr("%1 % (inactive)").arg(NumberFormat().percent(p.taxRateBp)));
    const int unitIndex = m_unit->findData(p.unit);
    if (unitIndex >= 0)
        m_unit->setCurrentIndex(unitIndex);
    const NumberFormat numbers;
    m_price->setText(numbers.money(p.price));
    m_reorderLevel->setText(numbers.quantity(p.reorderLevel));
    m_active->setChecked(p.active);
    m_cost = p.cost;
    m_quantity = p.quantity;
    updateUnitSuffix();
}

void ProductEditor::setCurrency(const QString &code)
{
    m_currency = code;
    updateUnitSuffix();
}

void ProductEditor::updateUnitSuffix()
{
    const QString unit = unitText(m_unit->currentData().toString());
    m_reorderUnit->setText(unit);
    m_priceCurrency->setText(m_currency);
    m_costValue->setText(tr("%1 %2").arg(displayMoney(m_cost), m_currency));
    m_onHandValue->setText(tr("%1 %2").arg(NumberFormat().quantity(m_quantity), unit));
}

Result<qint64> ProductEditor::submit()
{
    ProductInput input;
    input.sku = m_sku->text();
    input.barcode = m_barcode->text();
    input.name = m_name->text();
    input.categoryId = selectedId(m_category);
    input.supplierId = selectedId(m_supplier);
    input.taxRateId = selectedId(m_taxRate);
    input.unit = m_unit->currentData().toString();
    input.active = m_active->isChecked();

    // Typed as the user's language writes numbers: 12,50 in German.
    const NumberFormat numbers;
    const auto price = numbers.parseMoney(m_price->text().trimmed());
    if (!price)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The price is not a number; enter it like %1, with at most two decimals.")
                             .arg(numbers.moneyExample()),
                         QStringLiteral("price"));
    input.price = *price;

    const QString reorderText = m_reorderLevel->text().trimmed();
    const auto reorder = reorderText.isEmpty() ? std::optional<qint64>(0)
                                               : numbers.parseQuantity(reorderText);
    if (!reorder)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The reorder level is not a number; enter it like 5 or %1.").arg(numbers.quantityExample()),
            QStringLiteral("reorder_level"));
    input.reorderLevel = *reorder;

    input.expectedUpdatedAt = m_version; // refused when saved elsewhere meanwhile
    CatalogService catalog(m_company);
    if (m_productId == 0)
        return catalog.createProduct(input);
    if (auto updated = catalog.updateProduct(m_productId, input); !updated.ok())
        return updated.error();
    return m_productId;
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "editors/EditorDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Creates (productId 0) or edits a product through CatalogService. Roles
// without catalog.edit get the same form read-only, for looking a product
// up. Cost and quantity on hand are shown, never edited: purchases keep them.
// A product that cannot be loaded leaves the form read-only with the reason
// shown above the buttons.
class ProductEditor : public EditorDialog {
    Q_OBJECT

public:
    ProductEditor(CompanySession &company, qint64 productId = 0, QWidget *parent = nullptr);

    // The company's currency code shown beside the prices ("EUR" unless set).
    void setCurrency(const QString &code);
    qint64 productId() const { return m_productId; }

protected:
    Result<qint64> submit() override;

private:
    void buildForm();
    void fillChoices();
    void load();
    void updateUnitSuffix();
    void selectData(QComboBox *combo, qint64 id, const QString &missingText);

    CompanySession &m_company;
    qint64 m_productId = 0;
    QString m_version; // the product's updated_at as loaded
    qint64 m_cost = 0;
    qint64 m_quantity = 0;
    QString m_currency = QStringLiteral("EUR");

    QLineEdit *m_sku = nullptr;
    QLineEdit *m_barcode = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_supplier = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_price = nullptr;
    QLabel *m_priceCurrency = nullptr;
    QComboBox *m_taxRate = nullptr;
    QLineEdit *m_reorderLevel = nullptr;
    QLabel *m_reorderUnit = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_costValue = nullptr;
    QLabel *m_onHandValue = nullptr;
};

} // namespace stockbook::ui

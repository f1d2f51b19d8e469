// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/TaxRateEditor.h"

#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

namespace stockbook::ui {

TaxRateEditor::TaxRateEditor(CompanySession &company, qint64 taxRateId, QWidget *parent)
    : EditorDialog(parent), m_company(company), m_taxRateId(taxRateId)
{
    setObjectName(QStringLiteral("taxRateEditor"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("taxRateName"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("taxRatePercent"));
    m_rate->setPlaceholderText(tr("e.g. 20 or %1").arg(NumberFormat().percent(750)));
    m_percentSign = new QLabel(tr("%"), this);
    m_percentSign->setObjectName(QStringLiteral("taxRatePercentSign"));
    addRow(tr("&Rate:"), m_rate, QStringLiteral("rate"), m_percentSign);

    m_default = new QCheckBox(tr("&Used for new products without a rate"), this);
    m_default->setObjectName(QStringLiteral("taxRateDefault"));
    addRow(tr("Default:"), m_default, QStringLiteral("is_default"));
    finishLayout();

    const bool mayEdit = m_company.session().has(Permission::CatalogEdit);
    setWindowTitle(m_taxRateId == 0 ? tr("New tax rate") : mayEdit ? tr("Edit tax rate") : tr("Tax rate"));
    if (m_taxRateId != 0) {
        auto rates = CatalogService(m_company).taxRates(true);
        if (!rates.ok()) {
            showError(rates.error());
            setReadOnly(true);
            return;
        }
        bool found = false;
        for (const TaxRate &rate : std::as_const(rates.value())) {
            if (rate.id != m_taxRateId)
                continue;
            found = true;
            m_name->setText(rate.name);
            m_rate->setText(NumberFormat().percent(rate.rateBp));
            m_default->setChecked(rate.isDefault);
            m_wasDefault = rate.isDefault;
        }
        if (!found) {
            showError(makeError(ErrorCode::NotFound, tr("No tax rate %1 was found.").arg(m_taxRateId)));
            setReadOnly(true);
            return;
        }
    }
    setReadOnly(!mayEdit);
    if (m_wasDefault) {
        m_default->setEnabled(false);
        m_default->setToolTip(tr("To change the default, open another rate and make it the default."));
    }
}

Result<qint64> TaxRateEditor::submit()
{
    // Typed as the user's language writes numbers: 7,5 in German.
    const NumberFormat numbers;
    const auto rate = numbers.parsePercent(m_rate->text().trimmed());
    if (!rate)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The rate is not a number; enter it in percent like 20 or %1.").arg(numbers.percent(750)),
            QStringLiteral("rate"));
    CatalogService catalog(m_company);
    const bool makeDefault = m_default->isChecked();
    if (m_taxRateId == 0)
        return catalog.createTaxRate(m_name->text(), *rate, makeDefault);
    if (auto updated = catalog.updateTaxRate(m_taxRateId, m_name->text(), *rate); !updated.ok())
        return updated.error();
    if (makeDefault && !m_wasDefault) {
        if (auto made = catalog.setDefaultTaxRate(m_taxRateId); !made.ok())
            return made.error();
        m_wasDefault = true;
    }
    return m_taxRateId;
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/PartnerEditor.h"

#include "services/CompanySession.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace stockbook::ui {

namespace {

QLineEdit *makeLine(const QString &objectName, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    return line;
}

} // namespace

PartnerEditor::PartnerEditor(CompanySession &company, PartnerKind kind, qint64 partnerId, QWidget *parent)
    : EditorDialog(parent), m_company(company), m_kind(kind), m_partnerId(partnerId)
{
    setObjectName(QStringLiteral("partnerEditor"));
    buildForm();
    finishLayout();

    const bool customer = m_kind == PartnerKind::Customer;
    const bool mayEdit = m_company.session().has(customer ? Permission::CustomerEdit
                                                          : Permission::SupplierEdit);
    if (m_partnerId == 0)
        setWindowTitle(customer ? tr("New customer") : tr("New supplier"));
    else if (mayEdit)
        setWindowTitle(customer ? tr("Edit customer") : tr("Edit supplier"));
    else
        setWindowTitle(customer ? tr("Customer") : tr("Supplier"));
    if (m_partnerId != 0)
        load();
    if (!mayEdit)
        setReadOnly(true);
}

void PartnerEditor::buildForm()
{
    m_name = makeLine(QStringLiteral("partnerName"), this);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_email = makeLine(QStringLiteral("partnerEmail"), this);
    m_email->setPlaceholderText(tr("Optional"));
    addRow(tr("&E-mail:"), m_email, QStringLiteral("email"));

    m_phone = makeLine(QStringLiteral("partnerPhone"), this);
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"));

    m_address = makeTextArea(QStringLiteral("partnerAddress"), 3);
    addRow(tr("&Address:"), m_address, QStringLiteral("address"));

    m_taxId = makeLine(QStringLiteral("partnerTaxId"), this);
    addRow(tr("&Tax ID:"), m_taxId, QStringLiteral("tax_id"));

    m_paymentTerms = new QSpinBox(this);
    m_paymentTerms->setObjectName(QStringLiteral("partnerPaymentTerms"));
    m_paymentTerms->setRange(0, 365);
    m_paymentTerms->setValue(PartnerInput{}.paymentTermsDays);
    m_paymentTerms->setSuffix(tr(" days"));
    addRow(tr("Pa&yment terms:"), m_paymentTerms, QStringLiteral("payment_terms_days"));

    m_notes = makeTextArea(QStringLiteral("partnerNotes"), 3);
    addRow(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    m_active = new QCheckBox(tr("A&ctive: can be chosen on new invoices"), this);
    m_active->setObjectName(QStringLiteral("partnerActive"));
    m_active->setChecked(true);
    addRow(tr("Status:"), m_active, QStringLiteral("active"));
}

void PartnerEditor::load()
{
    auto partner = PartnerService(m_company).get(m_kind, m_partnerId);
    if (!partner.ok()) {
        showError(partner.error());
        setReadOnly(true);
        return;
    }
    const Partner &p = partner.value();
    m_version = p.updatedAt;
    m_name->setText(p.name);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_address->setPlainText(p.address);
    m_taxId->setText(p.taxId);
    m_paymentTerms->setValue(p.paymentTermsDays);
    m_notes->setPlainText(p.notes);
    m_active->setChecked(p.active);
}

Result<qint64> PartnerEditor::submit()
{
    PartnerInput input;
    input.name = m_name->text();
    input.email = m_email->text();
    input.phone = m_phone->text();
    input.address = m_address->toPlainText();
    input.taxId = m_taxId->text();
    input.paymentTermsDays = m_paymentTerms->value();
    input.notes = m_notes->toPlainText();
    input.active = m_active->isChecked();
    input.expectedUpdatedAt = m_version; // refused when saved elsewhere meanwhile

    PartnerService partners(m_company);
    if (m_partnerId == 0)
        return partners.create(m_kind, input);
    if (auto updated = partners.update(m_kind, m_partnerId, input); !updated.ok())
        return updated.error();
    return m_partnerId;
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "editors/EditorDialog.h"
#include "services/partners/PartnerService.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Creates (partnerId 0) or edits a customer or a supplier through
// PartnerService. Read-only for roles without customer.edit (customers) or
// supplier.edit (suppliers).
class PartnerEditor : public EditorDialog {
    Q_OBJECT

public:
    PartnerEditor(CompanySession &company, PartnerKind kind, qint64 partnerId = 0, QWidget *parent = nullptr);

    PartnerKind kind() const { return m_kind; }
    qint64 partnerId() const { return m_partnerId; }

protected:
    Result<qint64> submit() override;

private:
    void buildForm();
    void load();

    CompanySession &m_company;
    PartnerKind m_kind;
    qint64 m_partnerId = 0;
    QString m_version; // the partner's updated_at as loaded

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QSpinBox *m_paymentTerms = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace stockbook::ui

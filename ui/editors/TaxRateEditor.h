// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "editors/EditorDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Creates (taxRateId 0) or edits a tax rate: name, rate in percent and
// whether it is the default. There is always exactly one default, so the
// current default's check box cannot be cleared: another rate is made the
// default instead. Read-only for roles without catalog.edit.
class TaxRateEditor : public EditorDialog {
    Q_OBJECT

public:
    TaxRateEditor(CompanySession &company, qint64 taxRateId = 0, QWidget *parent = nullptr);

    qint64 taxRateId() const { return m_taxRateId; }

protected:
    Result<qint64> submit() override;

private:
    CompanySession &m_company;
    qint64 m_taxRateId = 0;
    bool m_wasDefault = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_rate = nullptr;
    QLabel *m_percentSign = nullptr;
    QCheckBox *m_default = nullptr;
};

} // namespace stockbook::ui

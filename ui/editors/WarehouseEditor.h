// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "editors/EditorDialog.h"

class QCheckBox;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Creates (warehouseId 0) or edits a warehouse: code, name and whether it is
// active. Read-only for roles without warehouse.edit. The default warehouse
// cannot be deactivated, so its check box is disabled.
class WarehouseEditor : public EditorDialog {
    Q_OBJECT

public:
    WarehouseEditor(CompanySession &company, qint64 warehouseId = 0, QWidget *parent = nullptr);

    qint64 warehouseId() const { return m_warehouseId; }

protected:
    Result<qint64> submit() override;

private:
    CompanySession &m_company;
    qint64 m_warehouseId = 0;
    bool m_wasActive = true;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace stockbook::ui

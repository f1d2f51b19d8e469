// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/WarehouseEditor.h"

#include "services/CompanySession.h"
#include "services/stock/WarehouseService.h"

#include <QCheckBox>
#include <QLineEdit>

namespace stockbook::ui {

WarehouseEditor::WarehouseEditor(CompanySession &company, qint64 warehouseId, QWidget *parent)
    : EditorDialog(parent), m_company(company), m_warehouseId(warehouseId)
{
    setObjectName(QStringLiteral("warehouseEditor"));

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("warehouseCode"));
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("e.g. SHOP-2"));
    addRow(tr("&Code:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("warehouseName"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_active = new QCheckBox(tr("&Active: stock can be moved in and out"), this);
    m_active->setObjectName(QStringLiteral("warehouseActive"));
    m_active->setChecked(true);
    addRow(tr("Status:"), m_active, QStringLiteral("active"));
    finishLayout();

    const bool mayEdit = m_company.session().has(Permission::WarehouseEdit);
    setWindowTitle(m_warehouseId == 0 ? tr("New warehouse")
                       : mayEdit      ? tr("Edit warehouse")
                                      : tr("Warehouse"));
    if (m_warehouseId != 0) {
        auto warehouse = WarehouseService(m_company).byId(m_warehouseId);
        if (!warehouse.ok()) {
            showError(warehouse.error());
            setReadOnly(true);
            return;
        }
        m_code->setText(warehouse->code);
        m_name->setText(warehouse->name);
        m_active->setChecked(warehouse->active);
        m_wasActive = warehouse->active;
        if (warehouse->isDefault) {
            m_active->setEnabled(false);
            m_active->setToolTip(tr("The default warehouse is always active."));
        }
    }
    setReadOnly(!mayEdit);
    if (mayEdit && m_warehouseId != 0 && !m_active->toolTip().isEmpty())
        m_active->setEnabled(false);
}

Result<qint64> WarehouseEditor::submit()
{
    WarehouseService warehouses(m_company);
    const bool active = m_active->isChecked();
    if (m_warehouseId == 0) {
        auto created = warehouses.create(m_code->text(), m_name->text());
        if (!created.ok())
            return created.error();
        // The dialog now edits the new warehouse, so a refused deactivation
        // does not create it a second time on the next Save.
        m_warehouseId = created.value();
    } else if (auto updated = warehouses.update(m_warehouseId, m_code->text(), m_name->text());
               !updated.ok()) {
        return updated.error();
    }
    if (active != m_wasActive) {
        auto changed = active ? warehouses.reactivate(m_warehouseId) : warehouses.deactivate(m_warehouseId);
        if (!changed.ok()) {
            Error error = changed.error();
            if (error.field.isEmpty())
                error.field = QStringLiteral("active");
            return error;
        }
        m_wasActive = active;
    }
    return m_warehouseId;
}

} // namespace stockbook::ui

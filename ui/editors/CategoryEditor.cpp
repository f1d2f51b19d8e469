// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/CategoryEditor.h"

#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"

#include <QComboBox>
#include <QLineEdit>

namespace stockbook::ui {

CategoryEditor::CategoryEditor(CompanySession &company, qint64 categoryId, QWidget *parent)
    : EditorDialog(parent), m_company(company), m_categoryId(categoryId)
{
    setObjectName(QStringLiteral("categoryEditor"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("categoryName"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("categoryParent"));
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(16);
    addRow(tr("&Parent:"), m_parent, QStringLiteral("parent"));
    finishLayout();

    const bool mayEdit = m_company.session().has(Permission::CatalogEdit);
    setWindowTitle(m_categoryId == 0 ? tr("New category") : mayEdit ? tr("Edit category") : tr("Category"));

    m_parent->addItem(tr("None (top level)"));
    auto categories = CatalogService(m_company).categories();
    if (!categories.ok()) {
        showError(categories.error());
        setReadOnly(true);
        return;
    }
    std::optional<qint64> parentId;
    bool found = m_categoryId == 0;
    for (const Category &category : std::as_const(categories.value())) {
        if (category.id == m_categoryId) {
            m_name->setText(category.name);
            parentId = category.parentId;
            found = true;
        } else {
            m_parent->addItem(category.name, category.id);
        }
    }
    if (!found) {
        showError(makeError(ErrorCode::NotFound, tr("No category %1 was found.").arg(m_categoryId)));
        setReadOnly(true);
        return;
    }
    if (parentId)
        m_parent->setCurrentIndex(qMax(0, m_parent->findData(*parentId)));
    setReadOnly(!mayEdit);
    // A category is renamed, not moved: the parent is chosen once.
    if (m_categoryId != 0)
        m_parent->setEnabled(false);
}

Result<qint64> CategoryEditor::submit()
{
    CatalogService catalog(m_company);
    if (m_categoryId == 0) {
        const QVariant parentData = m_parent->currentData();
        std::optional<qint64> parentId;
        if (parentData.isValid())
            parentId = parentData.toLongLong();
        return catalog.createCategory(m_name->text(), parentId);
    }
    if (auto renamed = catalog.renameCategory(m_categoryId, m_name->text()); !renamed.ok())
        return renamed.error();
    return m_categoryId;
}

} // namespace stockbook::ui

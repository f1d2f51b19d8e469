// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "editors/EditorDialog.h"

class QComboBox;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Creates (categoryId 0) or renames a product category. The parent is chosen
// when the category is created and shown afterwards. Read-only for roles
// without catalog.edit.
class CategoryEditor : public EditorDialog {
    Q_OBJECT

public:
    CategoryEditor(CompanySession &company, qint64 categoryId = 0, QWidget *parent = nullptr);

    qint64 categoryId() const { return m_categoryId; }

protected:
    Result<qint64> submit() override;

private:
    CompanySession &m_company;
    qint64 m_categoryId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_parent = nullptr;
};

} // namespace stockbook::ui

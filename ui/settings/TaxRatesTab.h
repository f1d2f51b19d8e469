// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class TaxRateEditor;

// The tax rates (CatalogService), inactive ones included, with New and Edit
// opening the catalog's tax rate editor.
class TaxRatesTab : public QWidget {
    Q_OBJECT

public:
    TaxRatesTab(CompanySession &company, QWidget *parent = nullptr);

    void reload();
    bool selectRate(qint64 id);
    qint64 selectedRate() const; // 0: none
    // Open the editor (window-modal, returns at once); the list reloads on save.
    TaxRateEditor *addRate();
    TaxRateEditor *editRate();

private:
    TaxRateEditor *openEditor(qint64 id);
    void updateButtons();

    CompanySession &m_company;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stockbook::ui

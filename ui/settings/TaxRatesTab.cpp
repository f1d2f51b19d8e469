// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/TaxRatesTab.h"

#include "domain/NumberFormat.h"
#include "editors/TaxRateEditor.h"
#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"
#include "settings/SettingsSupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {
enum Column { NameColumn, RateColumn, DefaultColumn, StatusColumn, ColumnCount };
}

TaxRatesTab::TaxRatesTab(CompanySession &company, QWidget *parent) : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("settingsTaxesTab"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Products use these rates; the default is given to new products without one. "
           "A rate used on posted invoices keeps its old value there when it is changed."),
        this);
    intro->setObjectName(QStringLiteral("settingsTaxesIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("settingsTaxRatesTable"));
    m_table->setAccessibleName(tr("Tax rates"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Rate"), tr("Default"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_add = makeButton(tr("&New tax rate…"), QStringLiteral("settingsTaxRateAdd"), this);
    m_edit = makeButton(tr("E&dit…"), QStringLiteral("settingsTaxRateEdit"), this);
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_status = makeStatusLine(this, QStringLiteral("settingsTaxesStatus"));
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaxRatesTab::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editRate(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addRate(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRate(); });
    reload();
}

void TaxRatesTab::reload()
{
    const qint64 selected = selectedRate();
    m_table->setRowCount(0);
    auto rates = CatalogService(m_company).taxRates(true);
    if (!rates.ok()) {
        showStatus(m_status, rates.error().message, true);
        updateButtons();
        return;
    }
    for (const TaxRate &rate : std::as_const(rates.value())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(rate.name);
        name->setData(Qt::UserRole, rate.id);
        m_table->setItem(row, NameColumn, name);
        auto *percent = new QTableWidgetItem(tr("%1 %").arg(NumberFormat().percent(rate.rateBp)));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RateColumn, percent);
        m_table->setItem(row, DefaultColumn,
                         new QTableWidgetItem(rate.isDefault ? tr("Default") : QString()));
        m_table->setItem(row, StatusColumn,
                         new QTableWidgetItem(rate.active ? tr("Active") : tr("Inactive")));
    }
    if (selected != 0)
        selectRate(selected);
    updateButtons();
}

bool TaxRatesTab::selectRate(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 TaxRatesTab::selectedRate() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toLongLong();
}

TaxRateEditor *TaxRatesTab::addRate()
{
    return openEditor(0);
}

TaxRateEditor *TaxRatesTab::editRate()
{
    const qint64 id = selectedRate();
    return id == 0 ? nullptr : openEditor(id);
}

TaxRateEditor *TaxRatesTab::openEditor(qint64 id)
{
    auto *editor = new TaxRateEditor(m_company, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TaxRateEditor::saved, this, [this](qint64 savedId) {
        reload();
        selectRate(savedId);
        showStatus(m_status, tr("Tax rate saved."), false);
    });
    editor->open();
    return editor;
}

void TaxRatesTab::updateButtons()
{
    m_edit->setEnabled(selectedRate() != 0);
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/NumberingTab.h"

#include "common/FieldError.h"
#include "services/invoices/InvoiceService.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

NumberingTab::NumberingTab(CompanySession &company, QWidget *parent) : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("settingsNumberingTab"));
    auto *layout = new QVBoxLayout(this);
    const int year = QDate::currentDate().year();

    auto *intro = new QLabel(
        tr("Each kind of document has its own series of numbers per year. A number is given "
           "when the document is posted, without gaps, and the series starts again at 1 in "
           "each new year (the year of the issue date). Drafts have no number; a voided "
           "invoice keeps its number. The numbers cannot be changed."),
        this);
    intro->setObjectName(QStringLiteral("settingsNumberingIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(3, 3, this);
    m_table->setObjectName(QStringLiteral("settingsNumberingTable"));
    m_table->setAccessibleName(tr("Number series"));
    m_table->setHorizontalHeaderLabels({tr("Series"), tr("First number in %1").arg(year), tr("Next number")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QString names[] = {tr("Sales invoices"), tr("Purchase invoices"), tr("Credit notes")};
    for (int row = 0; row < 3; ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(names[row]));
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->setItem(row, 2, new QTableWidgetItem);
    }
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);

    m_error = makeErrorLabel(this, QStringLiteral("settingsNumberingError"));
    layout->addWidget(m_error);

    layout->addStretch(1);
    reload();
}

void NumberingTab::reload()
{
    // Sale, purchase and credit note, in the order of the rows.
    auto series = InvoiceService(m_company).numberSeries(QDate::currentDate().year());
    for (int row = 0; row < 3; ++row) {
        const bool known = series.ok() && row < series->size();
        m_table->item(row, 1)->setText(known ? series->at(row).first : QString());
        m_table->item(row, 2)->setText(known ? series->at(row).next : QString());
    }
    m_table->resizeColumnsToContents();
    showError(m_error, series.ok() ? QString() : series.error().message);
}

void NumberingTab::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace stockbook::ui

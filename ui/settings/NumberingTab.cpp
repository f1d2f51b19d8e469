// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/NumberingTab.h"

#include "services/invoices/InvoiceStore.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

NumberingTab::NumberingTab(QWidget *parent) : QWidget(parent)
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

    auto *table = new QTableWidget(3, 2, this);
    table->setObjectName(QStringLiteral("settingsNumberingTable"));
    table->setAccessibleName(tr("Number series"));
    table->setHorizontalHeaderLabels({tr("Series"), tr("First number in %1").arg(year)});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<InvoiceType, QString> series[] = {{InvoiceType::Sale, tr("Sales invoices")},
                                                      {InvoiceType::Purchase, tr("Purchase invoices")},
                                                      {InvoiceType::CreditNote, tr("Credit notes")}};
    int row = 0;
    for (const auto &[type, name] : series) {
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(InvoiceStore::formatNumber(type, year, 1)));
        ++row;
    }
    table->resizeColumnsToContents();
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(table);

    layout->addStretch(1);
}

} // namespace stockbook::ui

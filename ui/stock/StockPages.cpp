// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StockPages.h"

#include "lists/ListPage.h"
#include "mainwindow/MainWindow.h"
#include "models/StockModels.h"
#include "services/CompanySession.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

template <typename Dialog, typename Signal>
Dialog *openDialog(CompanySession &company, QWidget *parent, Signal done, std::function<void()> changed)
{
    auto *dialog = new Dialog(company, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (changed)
        QObject::connect(dialog, done, parent, [changed] { changed(); });
    dialog->open();
    return dialog;
}

} // namespace

TransferDialog *openTransferDialog(CompanySession &company, QWidget *parent, std::function<void()> changed)
{
    return openDialog<TransferDialog>(company, parent, &TransferDialog::transferred, std::move(changed));
}

StocktakeDialog *openStocktakeDialog(CompanySession &company, QWidget *parent, std::function<void()> changed)
{
    return openDialog<StocktakeDialog>(company, parent, &StocktakeDialog::adjusted, std::move(changed));
}

QList<QPushButton *> stockTaskButtons(CompanySession &company, QWidget *parent, const QString &prefix,
                                      std::function<void()> changed)
{
    QList<QPushButton *> buttons;
    if (company.session().has(Permission::StockTransfer)) {
        auto *transfer = new QPushButton(tr("&Transfer stock…"), parent);
        transfer->setObjectName(prefix + QStringLiteral("TransferButton"));
        QObject::connect(transfer, &QPushButton::clicked, parent,
                         [&company, parent, changed] { openTransferDialog(company, parent, changed); });
        buttons << transfer;
    }
    if (company.session().has(Permission::StockAdjust)) {
        auto *stocktake = new QPushButton(tr("Stoc&ktake…"), parent);
        stocktake->setObjectName(prefix + QStringLiteral("StocktakeButton"));
        QObject::connect(stocktake, &QPushButton::clicked, parent,
                         [&company, parent, changed] { openStocktakeDialog(company, parent, changed); });
        buttons << stocktake;
    }
    return buttons;
}

QWidget *createStockTasksPage(CompanySession &company, QWidget *parent)
{
    auto *movements = new StockMovementModel(company);
    StockMovementFilter filter;
    filter.types = {QStringLiteral("transfer_out"), QStringLiteral("transfer_in"),
                    QStringLiteral("adjustment_in"), QStringLiteral("adjustment_out")};
    movements->setFilter(filter);
    auto *page = new ListPage(QStringLiteral("stockTasks"), movements, parent);
    page->view()->setAccessibleName(tr("Transfers and adjustments"));
    // Short columns as wide as their contents (a time, a SKU, a user name read
    // whole), measured over the rows in sight; the stocktake's reason last,
    // taking the room that is left.
    QHeaderView *header = page->view()->horizontalHeader();
    header->setResizeContentsPrecision(0);
    for (int column : {StockMovementModel::Time, StockMovementModel::Type, StockMovementModel::Sku,
                       StockMovementModel::Warehouse, StockMovementModel::Quantity, StockMovementModel::User})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->moveSection(header->visualIndex(StockMovementModel::Reason), StockMovementModel::ColumnCount - 1);
    header->setStretchLastSection(true);
    auto *title = new QLabel(tr("Transfers and stocktake adjustments:"), page);
    title->setObjectName(QStringLiteral("stockTasksTitle"));
    title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    page->addWidget(title);
    for (QPushButton *button :
         stockTaskButtons(company, page, QStringLiteral("stockTasks"), [page] { page->refresh(); }))
        page->addWidget(button);
    return page;
}

void registerStockPages(MainWindow &window)
{
    window.setPageFactory(QStringLiteral("stockTasks"), &createStockTasksPage);
}

} // namespace stockbook::ui

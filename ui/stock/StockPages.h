// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class MainWindow;
class StocktakeDialog;
class TransferDialog;

// Open the dialog window-modally over parent (deleted when closed); changed
// runs after stock has moved. Core checks the permission again on OK.
TransferDialog *openTransferDialog(CompanySession &company, QWidget *parent,
                                   std::function<void()> changed = {});
StocktakeDialog *openStocktakeDialog(CompanySession &company, QWidget *parent,
                                     std::function<void()> changed = {});

// "Transfer stock…" and "Stocktake…" buttons for the roles with
// stock.transfer and stock.adjust (none for others), named
// "<prefix>TransferButton" and "<prefix>StocktakeButton".
QList<QPushButton *> stockTaskButtons(CompanySession &company, QWidget *parent, const QString &prefix,
                                      std::function<void()> changed);

// The Stock tasks page: the two dialogs and the transfers and adjustments
// made so far, newest first.
QWidget *createStockTasksPage(CompanySession &company, QWidget *parent);
void registerStockPages(MainWindow &window);

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// What the transfer and stocktake dialogs share; only ui/stock uses it.
#pragma once

#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;
class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class StockLinesModel;

namespace stockdialog {

void showMessage(QLabel *label, const QString &text);
// A field with its message label beneath, as one widget for a form row.
QWidget *withMessage(QWidget *field, QLabel *message, QWidget *parent);
// A label for the field, as its buddy, named "<field's objectName>Label".
QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent);

// The active warehouses ("CODE · Name", id as data), the default selected.
QComboBox *warehouseCombo(CompanySession &company, const QString &objectName, QWidget *parent);

// The lines table: rows selected whole, the quantity edited by typing.
QTableView *linesView(StockLinesModel *model, const QString &objectName, const QString &accessibleName,
                      QWidget *parent);
// Moves to the row's quantity and opens its editor with the text selected.
void editQuantity(QTableView *view, int row);

// "lines[3].quantity" -> {3, "quantity"}.
struct LineField {
    int index = -1;
    QString part;
};
std::optional<LineField> lineField(const QString &field);

// The level of a product in a warehouse through the stock service; unset
// when it cannot be read.
std::optional<qint64> stockLevel(CompanySession &company, qint64 productId, qint64 warehouseId);

} // namespace stockdialog

} // namespace stockbook::ui

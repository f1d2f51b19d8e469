// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StockDialogSupport.h"

#include "services/stock/StockService.h"
#include "services/stock/WarehouseService.h"
#include "stock/StockLinesModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace stockbook::ui::stockdialog {

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QWidget *withMessage(QWidget *field, QLabel *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(field->objectName() + QStringLiteral("Box"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(field->objectName() + QStringLiteral("Label"));
    label->setBuddy(field);
    return label;
}

QComboBox *warehouseCombo(CompanySession &company, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    if (auto warehouses = WarehouseService(company).list(); warehouses.ok()) {
        for (const Warehouse &w : warehouses.value()) {
            combo->addItem(
                QCoreApplication::translate("stockbook::ui::StockDialogs", "%1 · %2").arg(w.code, w.name),
                w.id);
            if (w.isDefault)
                combo->setCurrentIndex(combo->count() - 1);
        }
    }
    return combo;
}

QTableView *linesView(StockLinesModel *model, const QString &objectName, const QString &accessibleName,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                          | QAbstractItemView::EditKeyPressed);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(StockLinesModel::Product, QHeaderView::Stretch);
    const QFontMetrics fm(view->font());
    for (int c = StockLinesModel::Level; c < model->columnCount(); ++c)
        view->setColumnWidth(c, fm.horizontalAdvance(QLatin1Char('0')) * 14);
    return view;
}

void editQuantity(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, StockLinesModel::Quantity);
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->edit(index);
    if (auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index)))
        editor->selectAll();
}

std::optional<LineField> lineField(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    return LineField{match.captured(1).toInt(), match.captured(2)};
}

std::optional<qint64> stockLevel(CompanySession &company, qint64 productId, qint64 warehouseId)
{
    if (productId <= 0 || warehouseId <= 0)
        return std::nullopt;
    auto level = StockService(company).level(ProductKey(productId), WarehouseKey(warehouseId));
    return level.ok() ? std::optional<qint64>(level.value()) : std::nullopt;
}

} // namespace stockbook::ui::stockdialog

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StocktakeDialog.h"

#include "common/FieldError.h"
#include "common/LineMessage.h"
#include "common/ProductField.h"
#include "domain/Money.h"
#include "stock/StockDialogSupport.h"
#include "stock/StockLinesModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace stockbook::ui {

using namespace stockdialog;

StocktakeDialog::StocktakeDialog(CompanySession &company, QWidget *parent)
    : QDialog(parent), m_company(company)
{
    setObjectName(QStringLiteral("stocktakeDialog"));
    setWindowTitle(tr("Stocktake"));
    m_lines = new StockLinesModel(StockLinesModel::Kind::Stocktake, this);
    m_lines->setObjectName(QStringLiteral("stocktakeLinesModel"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_warehouse = warehouseCombo(company, QStringLiteral("stocktakeWarehouseCombo"), this);
    m_warehouseError = makeErrorLabel(this, QStringLiteral("stocktakeWarehouseError"));
    form->addRow(buddyLabel(tr("&Warehouse:"), m_warehouse, this),
                 withMessage(m_warehouse, m_warehouseError, this));

    m_product = new ProductField(company, this);
    m_product->setObjectName(QStringLiteral("stocktakeProductEdit"));
    m_product->setPlaceholderText(tr("Scan or type a SKU, barcode or part of a name, then Enter"));
    m_productError = makeErrorLabel(this, QStringLiteral("stocktakeProductError"));
    form->addRow(buddyLabel(tr("&Product:"), m_product, this), withMessage(m_product, m_productError, this));

    m_table = linesView(m_lines, QStringLiteral("stocktakeLinesTable"), tr("Products and counts"), this);
    auto *countsLabel = new QLabel(
        tr("&Counts: type what is on the shelf. Leave Counted empty for a product you did not "
           "count; it keeps its level."),
        this);
    countsLabel->setObjectName(QStringLiteral("stocktakeLinesTableLabel"));
    countsLabel->setWordWrap(true);
    countsLabel->setBuddy(m_table);
    layout->addWidget(countsLabel);
    layout->addWidget(m_table, 1);
    m_lineError = makeErrorLabel(this, QStringLiteral("stocktakeLineError"));
    layout->addWidget(m_lineError);

    auto *details = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("stocktakeReasonEdit"));
    m_reason->setPlaceholderText(tr("For example: annual count, breakage, theft"));
    m_reasonError = makeErrorLabel(this, QStringLiteral("stocktakeReasonError"));
    details->addRow(buddyLabel(tr("&Reason:"), m_reason, this), withMessage(m_reason, m_reasonError, this));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("stocktakeReferenceEdit"));
    details->addRow(buddyLabel(tr("R&eference:"), m_reference, this), m_reference);
    layout->addLayout(details);
    m_formError = makeErrorLabel(this, QStringLiteral("stocktakeFormError"));
    layout->addWidget(m_formError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("stocktakeButtons"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("stocktakeOkButton"));
    m_okButton->setText(tr("P&ost adjustments (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("stocktakeCancelButton"));
    layout->addWidget(buttons);

    auto *submitAction = new QAction(tr("Post adjustments"), this);
    submitAction->setObjectName(QStringLiteral("stocktakeSubmitAction"));
    submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(submitAction);

    connect(buttons, &QDialogButtonBox::accepted, this, &StocktakeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(submitAction, &QAction::triggered, this, &StocktakeDialog::submit);
    connect(m_product, &ProductField::productEntered, this,
            [this](const QString &text) { addProduct(text); });
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &StocktakeDialog::reloadLevels);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::SubmitModelCache)
                    m_product->setFocus(Qt::ShortcutFocusReason);
            });

    setTabOrder(m_warehouse, m_product);
    setTabOrder(m_product, m_table);
    setTabOrder(m_table, m_reason);
    setTabOrder(m_reason, m_reference);
    reloadLevels();
    m_product->setFocus();
    resize(760, 600);
}

StocktakeDialog::~StocktakeDialog() = default;

void StocktakeDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes a count or finds a product; only Ctrl+Enter or the
    // button posts.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool StocktakeDialog::setWarehouse(qint64 warehouseId)
{
    const int index = m_warehouse->findData(warehouseId);
    if (index < 0)
        return false;
    m_warehouse->setCurrentIndex(index);
    return true;
}

// The warehouse's products and levels. Counts already typed stay with their
// products, so changing the warehouse by mistake loses nothing.
void StocktakeDialog::reloadLevels()
{
    const qint64 warehouseId = m_warehouse->currentData().toLongLong();
    QHash<qint64, StockLinesModel::Line> typed;
    QList<qint64> typedOrder;
    for (const StockLinesModel::Line &line : m_lines->lines()) {
        if (!line.quantity.isEmpty()) {
            typed.insert(line.productId, line);
            typedOrder.append(line.productId);
        }
    }
    QList<StockLinesModel::Line> lines;
    showMessage(m_warehouseError, {});
    if (warehouseId > 0) {
        auto levels = StockService(m_company).levels(WarehouseKey(warehouseId));
        if (!levels.ok()) {
            showMessage(m_warehouseError, levels.error().message);
        } else {
            for (const StockLevelRow &row : levels.value()) {
                StockLinesModel::Line line;
                line.productId = row.productId;
                line.sku = row.sku;
                line.name = row.name;
                line.unit = row.unit;
                line.level = row.quantity;
                line.quantity = typed.take(row.productId).quantity;
                lines.append(line);
            }
        }
    }
    for (const qint64 productId : typedOrder) {
        if (!typed.contains(productId))
            continue;
        StockLinesModel::Line line = typed.take(productId);
        line.level = stockLevel(m_company, productId, warehouseId);
        line.error.clear();
        lines.append(line);
    }
    m_lines->setLines(lines);
}

bool StocktakeDialog::addProduct(const QString &text)
{
    auto product = m_product->lookUp(text);
    if (!product.ok()) {
        showMessage(m_productError, product.error().message);
        return false;
    }
    showMessage(m_productError, {});
    m_product->clear();
    int row = m_lines->rowOf(product->id);
    if (row < 0) {
        StockLinesModel::Line line;
        line.productId = product->id;
        line.sku = product->sku;
        line.name = product->name;
        line.unit = product->unit;
        line.level = stockLevel(m_company, product->id, m_warehouse->currentData().toLongLong());
        row = m_lines->addLine(line);
    }
    editQuantity(m_table, row);
    return true;
}

void StocktakeDialog::clearErrors()
{
    m_lines->clearErrors();
    for (QLabel *label : {m_warehouseError, m_productError, m_lineError, m_reasonError, m_formError})
        showMessage(label, {});
}

// rows: the table row of each line sent to the service, by its index.
void StocktakeDialog::showError(const Error &error, const QList<int> &rows)
{
    if (const auto line = lineField(error.field); line && line->index < rows.size()) {
        const int row = rows.at(line->index);
        // The service's "Line 2: …" counts the lines it was sent, not the
        // rows here: the product's SKU names the line instead.
        const QString message = withoutLineNumber(error.message, line->index + 1);
        m_lines->setLineError(row, message);
        showMessage(m_lineError, tr("%1: %2").arg(m_lines->line(row).sku, message));
        m_table->setCurrentIndex(m_lines->index(row, StockLinesModel::Quantity));
        m_table->scrollTo(m_table->currentIndex());
        m_table->setFocus();
        return;
    }
    if (error.field == QLatin1String("reason")) {
        showMessage(m_reasonError, error.message);
        m_reason->setFocus();
    } else if (error.field == QLatin1String("warehouse")) {
        showMessage(m_warehouseError, error.message);
        m_warehouse->setFocus();
    } else if (error.field == QLatin1String("lines")) {
        showMessage(m_lineError, error.message);
        m_product->setFocus();
    } else {
        showMessage(m_formError, error.message);
    }
}

bool StocktakeDialog::submit()
{
    if (QWidget *focus = focusWidget(); focus && m_table->isAncestorOf(focus))
        m_table->setFocus(Qt::OtherFocusReason); // commits the count being edited
    clearErrors();
    StocktakeRequest request;
    request.warehouse = WarehouseKey(m_warehouse->currentData().toLongLong());
    request.reason = m_reason->text();
    request.reference = m_reference->text().trimmed();
    QList<int> rows;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const StockLinesModel::Line &line = m_lines->line(row);
        if (line.quantity.trimmed().isEmpty())
            continue; // not counted
        const auto counted = m_lines->quantity(row);
        if (const QString problem = m_lines->inputError(row); !problem.isEmpty() || !counted) {
            m_lines->setLineError(row, problem);
            showMessage(m_lineError, tr("%1: %2").arg(line.sku, m_lines->line(row).error));
            m_table->setCurrentIndex(m_lines->index(row, StockLinesModel::Quantity));
            m_table->setFocus();
            return false;
        }
        request.lines.append(CountLine{ProductKey(line.productId), *counted});
        rows.append(row);
    }
    auto done = StockService(m_company).stocktake(request);
    if (!done.ok()) {
        showError(done.error(), rows);
        return false;
    }
    m_result = done.value();
    // Said after the dialog closes, so who counted sees what was booked.
    const auto changed = std::count_if(m_result.cbegin(), m_result.cend(),
                                       [](const StocktakeLine &line) { return line.difference != 0; });
    auto *message = new QMessageBox(QMessageBox::Information, tr("Stocktake posted"),
                                    tr("Stocktake of %1 posted: %n product(s) counted, %2 adjusted.", nullptr,
                                       static_cast<int>(m_result.size()))
                                        .arg(m_warehouse->currentText(), QString::number(changed)),
                                    QMessageBox::Ok, parentWidget());
    message->setObjectName(QStringLiteral("stocktakeDoneMessage"));
    message->setAttribute(Qt::WA_DeleteOnClose);
    emit adjusted();
    accept();
    message->open();
    return true;
}

} // namespace stockbook::ui

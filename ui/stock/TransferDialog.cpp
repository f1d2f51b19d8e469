// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/TransferDialog.h"

#include "common/FieldError.h"
#include "common/LineMessage.h"
#include "common/ProductField.h"
#include "domain/Money.h"
#include "services/stock/StockService.h"
#include "stock/StockDialogSupport.h"
#include "stock/StockLinesModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stockbook::ui {

using namespace stockdialog;

TransferDialog::TransferDialog(CompanySession &company, QWidget *parent) : QDialog(parent), m_company(company)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer stock"));
    m_lines = new StockLinesModel(StockLinesModel::Kind::Transfer, this);
    m_lines->setObjectName(QStringLiteral("transferLinesModel"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_from = warehouseCombo(company, QStringLiteral("transferFromCombo"), this);
    m_fromError = makeErrorLabel(this, QStringLiteral("transferFromError"));
    m_to = warehouseCombo(company, QStringLiteral("transferToCombo"), this);
    // The destination starts at the first warehouse that is not the source.
    for (int i = 0; i < m_to->count(); ++i) {
        if (m_to->itemData(i) != m_from->currentData()) {
            m_to->setCurrentIndex(i);
            break;
        }
    }
    m_toError = makeErrorLabel(this, QStringLiteral("transferToError"));
    form->addRow(buddyLabel(tr("&From warehouse:"), m_from, this), withMessage(m_from, m_fromError, this));
    form->addRow(buddyLabel(tr("T&o warehouse:"), m_to, this), withMessage(m_to, m_toError, this));

    m_product = new ProductField(company, this);
    m_product->setObjectName(QStringLiteral("transferProductEdit"));
    m_product->setPlaceholderText(tr("Scan or type a SKU, barcode or part of a name, then Enter"));
    m_productError = makeErrorLabel(this, QStringLiteral("transferProductError"));
    form->addRow(buddyLabel(tr("&Product:"), m_product, this), withMessage(m_product, m_productError, this));

    m_table = linesView(m_lines, QStringLiteral("transferLinesTable"), tr("Lines to transfer"), this);
    auto *linesLabel = buddyLabel(tr("&Lines:"), m_table, this);
    layout->addWidget(linesLabel);
    layout->addWidget(m_table, 1);
    m_lineError = makeErrorLabel(this, QStringLiteral("transferLineError"));
    layout->addWidget(m_lineError);
    m_removeButton = new QPushButton(tr("Remo&ve line"), this);
    m_removeButton->setObjectName(QStringLiteral("transferRemoveLineButton"));
    m_removeButton->setAutoDefault(false);
    layout->addWidget(m_removeButton, 0, Qt::AlignLeft);

    auto *details = new QFormLayout;
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("transferReferenceEdit"));
    details->addRow(buddyLabel(tr("R&eference:"), m_reference, this), m_reference);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("transferNoteEdit"));
    details->addRow(buddyLabel(tr("&Note:"), m_note, this), m_note);
    layout->addLayout(details);
    m_formError = makeErrorLabel(this, QStringLiteral("transferFormError"));
    layout->addWidget(m_formError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("transferButtons"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("transferOkButton"));
    m_okButton->setText(tr("&Transfer (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("transferCancelButton"));
    layout->addWidget(buttons);

    auto *submitAction = new QAction(tr("Transfer"), this);
    submitAction->setObjectName(QStringLiteral("transferSubmitAction"));
    submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(submitAction);

    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(submitAction, &QAction::triggered, this, &TransferDialog::submit);
    connect(m_product, &ProductField::productEntered, this,
            [this](const QString &text) { addProduct(text); });
    connect(m_from, &QComboBox::currentIndexChanged, this, &TransferDialog::refreshAvailability);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            m_lines->removeRow(current.row());
    });
    // Enter in a quantity commits it and goes back for the next product.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::SubmitModelCache)
                    m_product->setFocus(Qt::ShortcutFocusReason);
            });

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_product);
    setTabOrder(m_product, m_table);
    setTabOrder(m_table, m_removeButton);
    setTabOrder(m_removeButton, m_reference);
    setTabOrder(m_reference, m_note);
    m_product->setFocus();
    resize(720, 520);
}

TransferDialog::~TransferDialog() = default;

void TransferDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes a quantity or adds a product; only Ctrl+Enter or the
    // button transfers, so a stray Enter never moves stock.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool TransferDialog::addProduct(const QString &text)
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
        line.level = stockLevel(m_company, product->id, m_from->currentData().toLongLong());
        line.quantity = QStringLiteral("1");
        row = m_lines->addLine(line);
    }
    editQuantity(m_table, row);
    return true;
}

void TransferDialog::refreshAvailability()
{
    const qint64 from = m_from->currentData().toLongLong();
    for (int row = 0; row < m_lines->rowCount(); ++row)
        m_lines->setLevel(row, stockLevel(m_company, m_lines->line(row).productId, from));
}

void TransferDialog::clearErrors()
{
    m_lines->clearErrors();
    for (QLabel *label : {m_fromError, m_toError, m_productError, m_lineError, m_formError})
        showMessage(label, {});
}

void TransferDialog::showError(const Error &error)
{
    if (const auto line = lineField(error.field); line && line->index < m_lines->rowCount()) {
        // The service may name the line already ("Line 2: …"): said once.
        const QString message = withoutLineNumber(error.message, line->index + 1);
        m_lines->setLineError(line->index, message);
        showMessage(m_lineError, tr("Line %1: %2").arg(line->index + 1).arg(message));
        const int column = line->part == QLatin1String("product") ? StockLinesModel::Product
                                                                  : StockLinesModel::Quantity;
        m_table->setCurrentIndex(m_lines->index(line->index, column));
        m_table->scrollTo(m_table->currentIndex());
        m_table->setFocus();
        return;
    }
    if (error.field == QLatin1String("from")) {
        showMessage(m_fromError, error.message);
        m_from->setFocus();
    } else if (error.field == QLatin1String("to")) {
        showMessage(m_toError, error.message);
        m_to->setFocus();
    } else if (error.field == QLatin1String("lines")) {
        showMessage(m_lineError, error.message);
        m_product->setFocus();
    } else {
        showMessage(m_formError, error.message);
    }
}

bool TransferDialog::submit()
{
    if (QWidget *focus = focusWidget(); focus && m_table->isAncestorOf(focus))
        m_table->setFocus(Qt::OtherFocusReason); // commits the quantity being edited
    clearErrors();
    TransferRequest request;
    request.from = WarehouseKey(m_from->currentData().toLongLong());
    request.to = WarehouseKey(m_to->currentData().toLongLong());
    request.reference = m_reference->text().trimmed();
    request.note = m_note->text().trimmed();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (const QString problem = m_lines->inputError(row); !problem.isEmpty()) {
            showError(Error{
                ErrorCode::InvalidArgument, problem, QStringLiteral("lines[%1].quantity").arg(row), {}});
            return false;
        }
        request.lines.append(TransferLine{ProductKey(m_lines->line(row).productId), *m_lines->quantity(row)});
    }
    auto done = StockService(m_company).transfer(request);
    if (!done.ok()) {
        showError(done.error());
        return false;
    }
    m_transferId = done.value();
    // Said after the dialog closes, so who moved stock sees that it moved.
    auto *message = new QMessageBox(
        QMessageBox::Information, tr("Stock transferred"),
        tr("Transferred %n product(s) from %1 to %2.", nullptr, static_cast<int>(request.lines.size()))
            .arg(m_from->currentText(), m_to->currentText()),
        QMessageBox::Ok, parentWidget());
    message->setObjectName(QStringLiteral("transferDoneMessage"));
    message->setAttribute(Qt::WA_DeleteOnClose);
    emit transferred(m_transferId);
    accept();
    message->open();
    return true;
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/CreditNoteDialog.h"
#include "common/FieldError.h"
#include "common/LocaleFormat.h"

#include "domain/Money.h"
#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

enum Column { LineColumn, ProductColumn, CreditableColumn, CreditColumn, ColumnCount };

} // namespace

CreditNoteDialog::CreditNoteDialog(CompanySession &company, const Invoice &sale,
                                   const QList<qint64> &creditable, QWidget *parent)
    : QDialog(parent), m_company(company), m_sale(sale)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit note for %1").arg(sale.number));
    const NumberFormat numbers;
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Quantities to &credit (up to what is not yet credited):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_lines = new QTableWidget(static_cast<int>(sale.lines.size()), ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("creditLines"));
    m_lines->setAccessibleName(tr("Quantities to credit"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Creditable"), tr("Credit")});
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    label->setBuddy(m_lines);
    for (int r = 0; r < sale.lines.size(); ++r) {
        const InvoiceLine &l = sale.lines.at(r);
        const qint64 max = r < creditable.size() ? creditable.at(r) : 0;
        const QString product = l.sku.isEmpty() ? l.productName : tr("%1 · %2").arg(l.sku, l.productName);
        const QStringList texts{QString::number(l.lineNo), product, numbers.quantity(max)};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c != ProductColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(r, c, item);
        }
        m_lines->item(r, ProductColumn)->setToolTip(l.description.isEmpty() ? l.productName : l.description);
        auto *credit = new QTableWidgetItem(numbers.quantity(0));
        credit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        credit->setToolTip(tr("At most %1").arg(numbers.quantity(max)));
        if (max <= 0)
            credit->setFlags(credit->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(r, CreditColumn, credit);
    }
    layout->addWidget(m_lines, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("creditTotal"));
    m_total->setAlignment(Qt::AlignRight);
    layout->addWidget(m_total);
    m_error = makeErrorLabel(this, QStringLiteral("creditError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("creditButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("creditOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make credit note"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("creditCancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::makeCreditNote);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == CreditColumn)
            updateTotal();
    });
    updateTotal();
    fitToColumns();
    if (m_lines->rowCount() > 0)
        m_lines->setCurrentCell(0, CreditColumn);
    m_lines->setFocus();
}

void CreditNoteDialog::fitToColumns()
{
    QHeaderView *header = m_lines->horizontalHeader();
    header->setStretchLastSection(false);
    m_lines->resizeColumnsToContents();
    // Room to type a quantity such as 1.234,5 however narrow the header.
    const int typed = m_lines->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16;
    m_lines->setColumnWidth(CreditColumn, qMax(m_lines->columnWidth(CreditColumn), typed));
    m_lines->setColumnWidth(CreditableColumn,
                            qMax(m_lines->columnWidth(CreditableColumn), typed - typed / 4));
    // The header of the current column is drawn bold: room for that too.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    int columns = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        const int title = headerMetrics.horizontalAdvance(m_lines->horizontalHeaderItem(c)->text()) + 16;
        m_lines->setColumnWidth(c, qMax(m_lines->columnWidth(c), title));
        columns += m_lines->columnWidth(c);
    }
    // The product takes what is left, so the numbers stay in view on a narrow
    // screen and a long name is elided (its description is in the tooltip).
    header->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(qMin(header->minimumSectionSize(), 40));

    const QMargins margins = layout()->contentsMargins();
    const int wanted = columns + 2 * m_lines->frameWidth() + m_lines->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right();
    int available = 1000;
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())
        available = qMin(available, screen->availableGeometry().width() - 40);
    const int width = qBound(qMin(560, available), wanted, available);
    const int rows = qMin(m_lines->rowCount(), 12);
    const int tableHeight = header->sizeHint().height()
        + rows * m_lines->verticalHeader()->defaultSectionSize() + 2 * m_lines->frameWidth()
        + m_lines->horizontalScrollBar()->sizeHint().height();
    const int height = sizeHint().height() - m_lines->sizeHint().height() + tableHeight;
    resize(width, qMax(height, 260));
}

void CreditNoteDialog::updateTotal()
{
    const NumberFormat numbers;
    qint64 total = 0;
    bool readable = true;
    for (int r = 0; r < m_lines->rowCount() && r < m_sale.lines.size(); ++r) {
        const auto quantity = numbers.parseQuantity(m_lines->item(r, CreditColumn)->text().trimmed());
        if (!quantity || *quantity < 0) {
            readable = false;
            continue;
        }
        const InvoiceLine &l = m_sale.lines.at(r);
        total +=
            computeLine(*quantity, l.unitPrice, l.discountBp, l.taxRateBp, m_sale.pricesIncludeTax).total;
    }
    m_total->setText(readable ? tr("Credit note total: %1 %2").arg(displayMoney(total), m_sale.currency)
                              : tr("Credit note total: enter every quantity as a number"));
}

bool CreditNoteDialog::makeCreditNote()
{
    const NumberFormat numbers;
    QList<CreditLineInput> lines;
    for (int r = 0; r < m_lines->rowCount() && r < m_sale.lines.size(); ++r) {
        const auto quantity = numbers.parseQuantity(m_lines->item(r, CreditColumn)->text().trimmed());
        if (!quantity || *quantity < 0) {
            showError(m_error,
                      tr("Line %1: enter a quantity such as %2, or 0 to leave the line out.")
                          .arg(m_sale.lines.at(r).lineNo)
                          .arg(numbers.quantityExample()));
            m_lines->setCurrentCell(r, CreditColumn);
            m_lines->setFocus();
            return false;
        }
        if (*quantity > 0)
            lines.append(CreditLineInput{m_sale.lines.at(r).lineNo, *quantity});
    }
    auto note = InvoiceService(m_company).creditNote(m_sale.id, lines);
    if (!note.ok()) {
        showError(m_error, note.error().message);
        return false;
    }
    m_note = note.value();
    showError(m_error, {});
    accept();
    return true;
}

} // namespace stockbook::ui

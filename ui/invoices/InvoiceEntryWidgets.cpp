// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// The widgets of InvoiceEntry and their keyboard shortcuts.
#include "invoices/InvoiceEntry.h"

#include "common/ComboSizing.h"
#include "common/FieldError.h"
#include "common/ProductField.h"
#include "invoices/InvoiceDocument.h"
#include "invoices/InvoiceLinesModel.h"
#include "services/stock/WarehouseService.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stockbook::ui {

void InvoiceEntry::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_postedBanner = new QFrame(this);
    m_postedBanner->setObjectName(QStringLiteral("postedBanner"));
    m_postedBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_postedBanner);
    m_postedLabel = new QLabel(m_postedBanner);
    m_postedLabel->setObjectName(QStringLiteral("postedLabel"));
    m_postedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *print = new QPushButton(tr("Pr&int…"), m_postedBanner);
    print->setObjectName(QStringLiteral("printButton"));
    auto *pdf = new QPushButton(tr("Save &as PDF…"), m_postedBanner);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    auto *again = new QPushButton(tr("New in&voice"), m_postedBanner);
    again->setObjectName(QStringLiteral("newInvoiceButton"));
    bannerLayout->addWidget(m_postedLabel, 1);
    bannerLayout->addWidget(print);
    bannerLayout->addWidget(pdf);
    bannerLayout->addWidget(again);
    layout->addWidget(m_postedBanner);
    connect(print, &QPushButton::clicked, this, [this] { printInvoice(m_company, m_posted, this); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { saveInvoicePdfInteractive(m_company, m_posted, this); });
    connect(again, &QPushButton::clicked, this, &InvoiceEntry::newInvoice);

    auto *header = new QHBoxLayout;
    auto *form = new QFormLayout;
    auto *form2 = new QFormLayout;
    header->addLayout(form, 3);
    header->addLayout(form2, 2);
    layout->addLayout(header);

    m_partner = new QLineEdit(this);
    m_partner->setObjectName(QStringLiteral("partnerEdit"));
    m_partner->setPlaceholderText(tr("Part of a name, e-mail or phone"));
    m_partnerModel = new QStandardItemModel(this);
    auto *partnerCompleter = new QCompleter(m_partnerModel, this);
    partnerCompleter->setObjectName(QStringLiteral("partnerCompleter"));
    partnerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    partnerCompleter->setFilterMode(Qt::MatchContains);
    m_partner->setCompleter(partnerCompleter);
    auto *partnerLabel = new QLabel(m_type == InvoiceType::Purchase ? tr("S&upplier:") : tr("C&ustomer:"),
                                    this);
    partnerLabel->setBuddy(m_partner);
    auto *partnerBox = new QVBoxLayout;
    partnerBox->addWidget(m_partner);
    m_partnerError = makeErrorLabel(this, QStringLiteral("partnerError"));
    partnerBox->addWidget(m_partnerError);
    form->addRow(partnerLabel, partnerBox);
    connect(m_partner, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_partnerId = 0;
        m_partnerError->clear();
        m_partnerError->hide(); // what it said was about the old text
        refreshPartners(text);
    });
    connect(partnerCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const auto found = m_partnerModel->findItems(text);
                if (!found.isEmpty())
                    m_partnerId = found.first()->data(Qt::UserRole).toLongLong();
            });

    m_sku = new ProductField(m_company, this);
    m_sku->setObjectName(QStringLiteral("skuEdit"));
    m_sku->setPlaceholderText(tr("Scan or type a SKU, barcode or part of a name, then Enter"));
    connect(m_sku, &ProductField::productEntered, this, [this](const QString &text) { addProduct(text); });
    auto *skuLabel = new QLabel(tr("&Product:"), this);
    skuLabel->setBuddy(m_sku);
    auto *skuBox = new QVBoxLayout;
    skuBox->addWidget(m_sku);
    m_skuError = makeErrorLabel(this, QStringLiteral("skuError"));
    skuBox->addWidget(m_skuError);
    form->addRow(skuLabel, skuBox);
    connect(m_sku, &QLineEdit::textEdited, this, [this] {
        m_skuError->clear();
        m_skuError->hide();
    });

    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("warehouseCombo"));
    limitToContents(m_warehouse, 16);
    if (auto warehouses = WarehouseService(m_company).list(); warehouses.ok()) {
        for (const Warehouse &w : warehouses.value()) {
            m_warehouse->addItem(tr("%1 · %2").arg(w.code, w.name), w.id);
            if (w.isDefault)
                m_warehouse->setCurrentIndex(m_warehouse->count() - 1);
        }
    }
    auto *warehouseLabel = new QLabel(tr("&Warehouse:"), this);
    warehouseLabel->setBuddy(m_warehouse);
    form2->addRow(warehouseLabel, m_warehouse);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] { refreshAvailability(); });

    m_issueDate = new QDateEdit(this);
    m_issueDate->setObjectName(QStringLiteral("issueDateEdit"));
    m_issueDate->setCalendarPopup(true);
    m_issueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *dateLabel = new QLabel(tr("Issue &date:"), this);
    dateLabel->setBuddy(m_issueDate);
    form2->addRow(dateLabel, m_issueDate);

    if (m_type == InvoiceType::Purchase) {
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(QStringLiteral("supplierReferenceEdit"));
        auto *refLabel = new QLabel(tr("Supplier's nu&mber:"), this);
        refLabel->setBuddy(m_reference);
        form2->addRow(refLabel, m_reference);
    }

    m_drafts = new QComboBox(this);
    m_drafts->setObjectName(QStringLiteral("draftsCombo"));
    limitToContents(m_drafts, 16);
    auto *draftsLabel = new QLabel(tr("D&rafts:"), this);
    draftsLabel->setBuddy(m_drafts);
    form2->addRow(draftsLabel, m_drafts);
    connect(m_drafts, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_drafts->itemData(index).toLongLong();
        if (id > 0)
            resumeDraft(id);
    });

    m_formError = makeErrorLabel(this, QStringLiteral("formError"));
    layout->addWidget(m_formError);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setAccessibleName(tr("Invoice lines"));
    m_table->setModel(m_lines);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Product, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Description, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    for (int c = InvoiceLinesModel::Quantity; c < InvoiceLinesModel::ColumnCount; ++c)
        m_table->setColumnWidth(
            c, fm.horizontalAdvance(QLatin1Char('0')) * (c == InvoiceLinesModel::Available ? 13 : 11));
    layout->addWidget(m_table, 1);
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                const QModelIndex current = m_table->currentIndex();
                if (hint != QAbstractItemDelegate::SubmitModelCache)
                    return;
                // Enter on a refused value keeps the clerk on its cell, the message beneath.
                if (m_lines->isRefused(current.row(), current.column()))
                    m_table->setFocus(Qt::OtherFocusReason);
                else if (current.column() == InvoiceLinesModel::Quantity)
                    m_sku->setFocus(Qt::ShortcutFocusReason);
            });

    m_stockWarning = new QLabel(this);
    m_stockWarning->setObjectName(QStringLiteral("stockWarning"));
    m_stockWarning->setWordWrap(true);
    m_stockWarning->hide();
    layout->addWidget(m_stockWarning);
    m_lineError = makeErrorLabel(this, QStringLiteral("lineError"));
    layout->addWidget(m_lineError);

    auto *bottom = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Rem&ove line"), this);
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    bottom->addWidget(m_removeButton);
    bottom->addStretch(1);
    auto *totals = new QFormLayout;
    m_net = new QLabel(this);
    m_net->setObjectName(QStringLiteral("netTotal"));
    m_tax = new QLabel(this);
    m_tax->setObjectName(QStringLiteral("taxTotal"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("grandTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    for (QLabel *l : {m_net, m_tax, m_total})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addRow(tr("Net:"), m_net);
    totals->addRow(tr("Tax:"), m_tax);
    totals->addRow(tr("Total:"), m_total);
    bottom->addLayout(totals);
    layout->addLayout(bottom);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveButton = new QPushButton(tr("Save draft (Ctrl+S)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_postButton = new QPushButton(tr("Post (Ctrl+Enter)"), this);
    m_postButton->setObjectName(QStringLiteral("postButton"));
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_postButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &InvoiceEntry::saveDraft);
    connect(m_postButton, &QPushButton::clicked, this, &InvoiceEntry::postInvoice);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_lines->removeRow(current.row());
    });
    connect(m_lines, &InvoiceLinesModel::totalsChanged, this, &InvoiceEntry::updateTotals);
    connect(m_lines, &InvoiceLinesModel::errorsChanged, this, &InvoiceEntry::showLineErrors);

    setTabOrder(m_partner, m_sku);
    setTabOrder(m_sku, m_warehouse);
    setTabOrder(m_warehouse, m_issueDate);
    QWidget *last = m_issueDate;
    if (m_reference) {
        setTabOrder(last, m_reference);
        last = m_reference;
    }
    setTabOrder(last, m_drafts);
    setTabOrder(m_drafts, m_table);
    setTabOrder(m_table, m_removeButton);
    setTabOrder(m_removeButton, m_saveButton);
    setTabOrder(m_saveButton, m_postButton);
}

void InvoiceEntry::buildShortcuts()
{
    auto add = [this](const char *name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    add("postAction", tr("Post"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { postInvoice(); });
    add("saveDraftAction", tr("Save draft"), {QKeySequence(Qt::CTRL | Qt::Key_S)}, [this] { saveDraft(); });
    add("newInvoiceAction", tr("New invoice"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
        [this] { newInvoice(); });
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceEntry.h"

#include "invoices/InvoiceDocument.h"
#include "invoices/InvoiceLinesModel.h"
#include "services/AccountStore.h"
#include "services/CatalogService.h"
#include "services/CompanyService.h"
#include "services/InvoiceService.h"
#include "services/PartnerService.h"
#include "services/StockLedger.h"
#include "services/WarehouseService.h"

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

namespace {

const QString productSeparator = QStringLiteral(" · ");

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

PartnerKind partnerKind(InvoiceType type)
{
    return type == InvoiceType::Purchase ? PartnerKind::Supplier : PartnerKind::Customer;
}

} // namespace

InvoiceEntry::InvoiceEntry(CompanySession &company, InvoiceType type, QWidget *parent)
    : QWidget(parent), m_company(company), m_type(type)
{
    setObjectName(type == InvoiceType::Purchase ? QStringLiteral("purchaseEntry")
                                                : QStringLiteral("saleEntry"));
    // Read once: whether the typed prices already include the tax.
    const auto setting =
        AccountStore(company.database()).setting(QStringLiteral("invoice.prices_include_tax"));
    if (setting.ok())
        m_pricesIncludeTax = setting.value() != QLatin1String("0")
            && setting.value() != QLatin1String("false");
    m_lines = new InvoiceLinesModel(this);
    m_lines->setPricesIncludeTax(m_pricesIncludeTax);
    m_lines->setCheckStock(type == InvoiceType::Sale);
    buildUi();
    buildShortcuts();
    refreshProductCompleter();
    reloadDrafts();
    newInvoice();
}

InvoiceEntry::~InvoiceEntry() = default;

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
    auto *print = new QPushButton(tr("&Print…"), m_postedBanner);
    print->setObjectName(QStringLiteral("printButton"));
    auto *pdf = new QPushButton(tr("Save as P&DF…"), m_postedBanner);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    auto *again = new QPushButton(tr("&New invoice"), m_postedBanner);
    again->setObjectName(QStringLiteral("newInvoiceButton"));
    bannerLayout->addWidget(m_postedLabel, 1);
    bannerLayout->addWidget(print);
    bannerLayout->addWidget(pdf);
    bannerLayout->addWidget(again);
    layout->addWidget(m_postedBanner);
    connect(print, &QPushButton::clicked, this,
            [this] { printInvoice(m_posted, companyName(m_company), this); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { saveInvoicePdfInteractive(m_posted, companyName(m_company), this); });
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
    auto *partnerLabel = new QLabel(m_type == InvoiceType::Purchase ? tr("&Supplier:") : tr("C&ustomer:"),
                                    this);
    partnerLabel->setBuddy(m_partner);
    auto *partnerBox = new QVBoxLayout;
    partnerBox->addWidget(m_partner);
    m_partnerError = errorLabel(QStringLiteral("partnerError"), this);
    partnerBox->addWidget(m_partnerError);
    form->addRow(partnerLabel, partnerBox);
    connect(m_partner, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_partnerId = 0;
        refreshPartners(text);
    });
    connect(partnerCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const auto found = m_partnerModel->findItems(text);
                if (!found.isEmpty())
                    m_partnerId = found.first()->data(Qt::UserRole).toLongLong();
            });

    m_sku = new QLineEdit(this);
    m_sku->setObjectName(QStringLiteral("skuEdit"));
    m_sku->setPlaceholderText(tr("Scan or type a SKU, barcode or part of a name, then Enter"));
    m_productModel = new QStandardItemModel(this);
    auto *productCompleter = new QCompleter(m_productModel, this);
    productCompleter->setObjectName(QStringLiteral("productCompleter"));
    productCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    productCompleter->setFilterMode(Qt::MatchContains);
    m_sku->setCompleter(productCompleter);
    auto *skuLabel = new QLabel(tr("&Product:"), this);
    skuLabel->setBuddy(m_sku);
    auto *skuBox = new QVBoxLayout;
    skuBox->addWidget(m_sku);
    m_skuError = errorLabel(QStringLiteral("skuError"), this);
    skuBox->addWidget(m_skuError);
    form->addRow(skuLabel, skuBox);
    // A scanner types the code and presses Enter: that Enter adds the line
    // even while the completer's list is open (a highlighted entry wins).
    m_sku->installEventFilter(this);
    productCompleter->popup()->installEventFilter(this);

    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("warehouseCombo"));
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
        auto *refLabel = new QLabel(tr("Supplier's &number:"), this);
        refLabel->setBuddy(m_reference);
        form2->addRow(refLabel, m_reference);
    }

    m_drafts = new QComboBox(this);
    m_drafts->setObjectName(QStringLiteral("draftsCombo"));
    auto *draftsLabel = new QLabel(tr("D&rafts:"), this);
    draftsLabel->setBuddy(m_drafts);
    form2->addRow(draftsLabel, m_drafts);
    connect(m_drafts, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_drafts->itemData(index).toLongLong();
        if (id > 0)
            resumeDraft(id);
    });

    m_formError = errorLabel(QStringLiteral("formError"), this);
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
                if (hint == QAbstractItemDelegate::SubmitModelCache
                    && m_table->currentIndex().column() == InvoiceLinesModel::Quantity)
                    m_sku->setFocus(Qt::ShortcutFocusReason);
            });

    m_stockWarning = new QLabel(this);
    m_stockWarning->setObjectName(QStringLiteral("stockWarning"));
    m_stockWarning->setWordWrap(true);
    m_stockWarning->hide();
    layout->addWidget(m_stockWarning);
    m_lineError = errorLabel(QStringLiteral("lineError"), this);
    layout->addWidget(m_lineError);

    auto *bottom = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Remove &line"), this);
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

bool InvoiceEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    QAbstractItemView *popup = m_sku->completer()->popup();
    if (watched == m_sku || watched == popup) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            QString text = m_sku->text();
            if (popup->isVisible() && popup->currentIndex().isValid())
                text = popup->currentIndex().data().toString();
            popup->hide();
            if (!text.trimmed().isEmpty())
                addProduct(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceEntry::refreshPartners(const QString &search)
{
    m_partnerModel->clear();
    auto partners = PartnerService(m_company).list(partnerKind(m_type), search.trimmed(), false, 20);
    if (!partners.ok())
        return;
    for (const Partner &p : partners.value()) {
        QString text = p.name;
        if (!p.email.isEmpty())
            text += QStringLiteral(" <%1>").arg(p.email);
        if (!p.phone.isEmpty())
            text += QStringLiteral(" %1").arg(p.phone);
        auto *item = new QStandardItem(text);
        item->setData(p.id, Qt::UserRole);
        m_partnerModel->appendRow(item);
    }
}

void InvoiceEntry::refreshProductCompleter()
{
    m_productModel->clear();
    auto products = CatalogService(m_company).products();
    if (!products.ok())
        return;
    for (const Product &p : products.value())
        m_productModel->appendRow(new QStandardItem(p.name + productSeparator + p.sku));
}

std::optional<qint64> InvoiceEntry::stockLevel(qint64 productId, qint64 warehouseId)
{
    if (m_type != InvoiceType::Sale || warehouseId <= 0)
        return std::nullopt;
    auto level =
        StockLedger(m_company.database(), m_company.session().userId()).level(productId, warehouseId);
    return level.ok() ? std::optional<qint64>(level.value()) : std::nullopt;
}

bool InvoiceEntry::addProduct(const QString &typed)
{
    QString text = typed.trimmed();
    if (const int at = text.lastIndexOf(productSeparator); at >= 0)
        text = text.mid(at + productSeparator.size());
    CatalogService catalog(m_company);
    auto product = catalog.productBySku(text);
    if (!product.ok())
        product = catalog.productByBarcode(text);
    if (!product.ok()) {
        ProductFilter filter;
        filter.search = text;
        filter.limit = 2;
        auto found = catalog.products(filter);
        if (found.ok() && found.value().size() == 1)
            product = found.value().first();
    }
    if (!product.ok()) {
        showMessage(
            m_skuError,
            product.error().code == ErrorCode::NotFound
                ? tr("No product has the SKU or barcode \"%1\". Check it or type part of the name.").arg(text)
                : product.error().message);
        return false;
    }
    showMessage(m_skuError, {});
    const Product &p = product.value();
    InvoiceLinesModel::Line line;
    line.productId = p.id;
    line.sku = p.sku;
    line.name = p.name;
    line.unit = p.unit;
    line.description = p.name;
    line.quantity = QStringLiteral("1");
    line.unitPrice = formatMoney(m_type == InvoiceType::Purchase ? p.cost : p.price);
    line.discount = QStringLiteral("0");
    line.tax = formatPercent(p.taxRateBp);
    line.available = stockLevel(p.id, m_warehouse->currentData().toLongLong());
    const int row = m_lines->addLine(line);
    m_sku->clear();
    focusQuantity(row);
    return true;
}

void InvoiceEntry::focusQuantity(int row)
{
    const QModelIndex index = m_lines->index(row, InvoiceLinesModel::Quantity);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
    if (auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(index)))
        editor->selectAll();
}

bool InvoiceEntry::selectPartner(qint64 partnerId)
{
    auto partner = PartnerService(m_company).get(partnerKind(m_type), partnerId);
    if (!partner.ok())
        return false;
    m_partnerId = partnerId;
    m_partner->setText(partner->name);
    return true;
}

void InvoiceEntry::refreshAvailability()
{
    const qint64 warehouseId = m_warehouse->currentData().toLongLong();
    for (int row = 0; row < m_lines->rowCount(); ++row)
        m_lines->setAvailable(row, stockLevel(m_lines->line(row).productId, warehouseId));
}

void InvoiceEntry::updateTotals()
{
    const LineAmounts t = m_lines->totals();
    m_net->setText(formatMoney(t.net));
    m_tax->setText(formatMoney(t.tax));
    m_total->setText(formatMoney(t.total));
    const int over = m_lines->linesOverStock();
    if (over > 0) {
        const QString icon = QStringLiteral("⚠ ");
        m_stockWarning->setText(
            icon
            + (over == 1
                   ? tr("1 line asks for more than the stock in this warehouse (see In stock).")
                   : tr("%1 lines ask for more than the stock in this warehouse (see In stock).").arg(over)));
    }
    m_stockWarning->setVisible(over > 0);
}

bool InvoiceEntry::collect(InvoiceDraft &draft)
{
    draft.type = m_type;
    if (m_partnerId == 0 && !m_partner->text().trimmed().isEmpty()) {
        QString search = m_partner->text().trimmed();
        search = search.section(QStringLiteral(" <"), 0, 0);
        auto found = PartnerService(m_company).list(partnerKind(m_type), search, false, 2);
        if (found.ok() && found.value().size() == 1)
            m_partnerId = found.value().first().id;
    }
    draft.partnerId = m_partnerId;
    draft.warehouseId = m_warehouse->currentData().toLongLong();
    draft.issueDate = m_issueDate->date();
    if (m_reference)
        draft.supplierReference = m_reference->text().trimmed();
    if (const auto bad = m_lines->toInputs(draft.lines)) {
        m_lines->setLineError(bad->row, bad->message);
        showMessage(m_lineError, tr("Line %1: %2").arg(bad->row + 1).arg(bad->message));
        m_table->setCurrentIndex(m_lines->index(bad->row, bad->column));
        return false;
    }
    return true;
}

void InvoiceEntry::clearErrors()
{
    m_lines->clearErrors();
    for (QLabel *l : {m_partnerError, m_lineError, m_formError, m_skuError})
        showMessage(l, {});
}

void InvoiceEntry::showError(const Error &error)
{
    static const QRegularExpression lineField(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = lineField.match(error.field);
    if (match.hasMatch() && match.captured(1).toInt() < m_lines->rowCount()) {
        const int row = match.captured(1).toInt();
        m_lines->setLineError(row, error.message);
        showMessage(m_lineError, tr("Line %1: %2").arg(row + 1).arg(error.message));
        int column = InvoiceLinesModel::Quantity;
        const QString part = match.captured(2);
        if (part == QLatin1String("unit_price"))
            column = InvoiceLinesModel::UnitPrice;
        else if (part == QLatin1String("discount"))
            column = InvoiceLinesModel::Discount;
        else if (part == QLatin1String("tax_rate"))
            column = InvoiceLinesModel::Tax;
        else if (part == QLatin1String("product"))
            column = InvoiceLinesModel::Product;
        m_table->setCurrentIndex(m_lines->index(row, column));
        m_table->scrollTo(m_table->currentIndex());
        return;
    }
    if (error.field == QLatin1String("partner")) {
        showMessage(m_partnerError, error.message);
        m_partner->setFocus();
        return;
    }
    showMessage(m_formError, error.message);
}

bool InvoiceEntry::saveDraft()
{
    if (m_postedBanner->isVisible())
        return false;
    clearErrors();
    InvoiceDraft draft;
    if (!collect(draft))
        return false;
    InvoiceService service(m_company);
    auto saved = m_draftId ? service.updateDraft(*m_draftId, draft) : service.createDraft(draft);
    if (!saved.ok()) {
        showError(saved.error());
        return false;
    }
    m_draftId = saved->id;
    reloadDrafts();
    showMessage(m_formError, {});
    m_postedLabel->clear();
    return true;
}

bool InvoiceEntry::postInvoice()
{
    if (m_postedBanner->isVisible())
        return false;
    if (QWidget *focus = focusWidget(); focus && m_table->isAncestorOf(focus))
        m_table->setFocus(Qt::OtherFocusReason); // commits the cell being edited
    clearErrors();
    InvoiceDraft draft;
    if (!collect(draft))
        return false;
    if (const int over = m_lines->linesOverStock(); over > 0) {
        QMessageBox question(
            QMessageBox::Warning, tr("Not enough stock"),
            over == 1 ? tr("1 line asks for more than the warehouse holds. Post anyway?")
                      : tr("%1 lines ask for more than the warehouse holds. Post anyway?").arg(over),
            QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(QStringLiteral("overStockQuestion"));
        question.setDefaultButton(QMessageBox::No);
        if (question.exec() != QMessageBox::Yes)
            return false;
    }
    InvoiceService service(m_company);
    Result<Invoice> posted = Error{};
    if (m_draftId) {
        auto updated = service.updateDraft(*m_draftId, draft);
        posted = updated.ok() ? service.post(*m_draftId) : Result<Invoice>(updated.error());
    } else {
        posted = service.createAndPost(draft);
    }
    if (!posted.ok()) {
        showError(posted.error());
        return false;
    }
    m_posted = posted.value();
    m_draftId.reset();
    reloadDrafts();
    m_postedLabel->setText(tr("Posted %1 · total %2 %3")
                               .arg(m_posted.number, formatMoney(m_posted.totalAmount), m_posted.currency));
    setPostedState(true);
    emit invoicePosted(m_posted.id);
    return true;
}

void InvoiceEntry::setPostedState(bool posted)
{
    m_postedBanner->setVisible(posted);
    for (QWidget *w : std::initializer_list<QWidget *>{m_partner, m_sku, m_warehouse, m_issueDate, m_drafts,
                                                       m_table, m_removeButton, m_saveButton, m_postButton})
        w->setEnabled(!posted);
    if (m_reference)
        m_reference->setEnabled(!posted);
    if (posted)
        m_postedBanner->findChild<QPushButton *>(QStringLiteral("newInvoiceButton"))->setFocus();
}

void InvoiceEntry::newInvoice()
{
    clearErrors();
    m_draftId.reset();
    m_partnerId = 0;
    m_partner->clear();
    m_sku->clear();
    if (m_reference)
        m_reference->clear();
    m_issueDate->setDate(QDate::currentDate());
    m_lines->clear();
    m_drafts->setCurrentIndex(0);
    setPostedState(false);
    m_partner->setFocus();
}

void InvoiceEntry::reloadDrafts()
{
    m_drafts->clear();
    m_drafts->addItem(tr("Resume a draft…"), qint64(0));
    InvoiceFilter filter;
    filter.type = m_type;
    filter.status = InvoiceStatus::Draft;
    auto drafts = InvoiceService(m_company).list(filter);
    if (!drafts.ok())
        return;
    for (const InvoiceSummary &s : drafts.value()) {
        m_drafts->addItem(
            tr("Draft %1 · %2 · %3 · %4")
                .arg(s.id)
                .arg(s.partnerName, s.issueDate.toString(Qt::ISODate), formatMoney(s.totalAmount)),
            s.id);
        if (m_draftId && *m_draftId == s.id)
            m_drafts->setCurrentIndex(m_drafts->count() - 1);
    }
}

bool InvoiceEntry::resumeDraft(qint64 invoiceId)
{
    auto invoice = InvoiceService(m_company).get(invoiceId);
    if (!invoice.ok()) {
        showMessage(m_formError, invoice.error().message);
        return false;
    }
    newInvoice();
    const Invoice &inv = invoice.value();
    m_draftId = inv.id;
    m_partnerId = inv.partnerId;
    m_partner->setText(inv.partnerName);
    if (const int i = m_warehouse->findData(inv.warehouseId); i >= 0)
        m_warehouse->setCurrentIndex(i);
    m_issueDate->setDate(inv.issueDate.isValid() ? inv.issueDate : QDate::currentDate());
    if (m_reference)
        m_reference->setText(inv.supplierReference);
    QList<InvoiceLinesModel::Line> lines;
    for (const InvoiceLine &l : inv.lines) {
        InvoiceLinesModel::Line line;
        line.productId = l.productId;
        line.sku = l.sku;
        line.name = l.productName;
        line.unit = l.unit;
        line.description = l.description.isEmpty() ? l.productName : l.description;
        line.quantity = formatQuantity(l.quantity);
        line.unitPrice = formatMoney(l.unitPrice);
        line.discount = formatPercent(l.discountBp);
        line.tax = formatPercent(l.taxRateBp);
        lines.append(line);
    }
    m_lines->setLines(lines);
    refreshAvailability();
    reloadDrafts();
    m_sku->setFocus();
    return true;
}

} // namespace stockbook::ui

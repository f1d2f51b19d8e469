// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceEntry.h"

#include "common/LineMessage.h"
#include "common/ProductField.h"
#include "domain/NumberFormat.h"
#include "domain/Settings.h"
#include "invoices/InvoiceDocument.h"
#include "invoices/InvoiceLinesModel.h"
#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/settings/SettingsService.h"
#include "services/stock/StockService.h"
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
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

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
    if (const auto include = SettingsService(company).pricesIncludeTax(); include.ok())
        m_pricesIncludeTax = include.value();
    m_lines = new InvoiceLinesModel(this);
    m_lines->setPricesIncludeTax(m_pricesIncludeTax);
    m_lines->setCheckStock(type == InvoiceType::Sale);
    buildUi();
    buildShortcuts();
    reloadDrafts();
    newInvoice();
}

InvoiceEntry::~InvoiceEntry() = default;

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

std::optional<qint64> InvoiceEntry::stockLevel(qint64 productId, qint64 warehouseId)
{
    // A role without stock.view sees no levels (and is not refused at every line).
    if (m_type != InvoiceType::Sale || warehouseId <= 0 || !m_company.session().has(Permission::StockView))
        return std::nullopt;
    auto level = StockService(m_company).level(productId, warehouseId);
    return level.ok() ? std::optional<qint64>(level.value()) : std::nullopt;
}

bool InvoiceEntry::addProduct(const QString &typed)
{
    auto product = m_sku->lookUp(typed);
    if (!product.ok()) {
        showMessage(m_skuError, product.error().message);
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
    const NumberFormat numbers;
    line.quantity = numbers.quantity(QuantityScale);
    line.unitPrice = numbers.money(m_type == InvoiceType::Purchase ? p.cost : p.price);
    line.discount = numbers.percent(0);
    line.tax = numbers.percent(p.taxRateBp);
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
    const NumberFormat numbers;
    m_net->setText(numbers.money(t.net));
    m_tax->setText(numbers.money(t.tax));
    m_total->setText(numbers.money(t.total));
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
    draft.expectedUpdatedAt = m_draftId ? m_draftVersion : QString();
    draft.warehouseId = m_warehouse->currentData().toLongLong();
    draft.issueDate = m_issueDate->date();
    if (m_reference)
        draft.supplierReference = m_reference->text().trimmed();
    if (const auto bad = m_lines->toInputs(draft.lines)) {
        // A refusal is on screen already; a figure that never passed setData gets its message now.
        if (!m_lines->isRefused(bad->row, bad->column))
            m_lines->setLineError(bad->row, bad->message);
        m_table->setCurrentIndex(m_lines->index(bad->row, bad->column));
        m_table->scrollTo(m_table->currentIndex());
        m_table->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void InvoiceEntry::clearErrors()
{
    m_lines->clearErrors(); // the refusals of typed values stay until they are fixed
    for (QLabel *l : {m_partnerError, m_formError, m_skuError})
        showMessage(l, {});
}

void InvoiceEntry::showLineErrors()
{
    showMessage(m_lineError, m_lines->errorMessages());
}

void InvoiceEntry::showError(const Error &error)
{
    static const QRegularExpression lineField(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = lineField.match(error.field);
    if (match.hasMatch() && match.captured(1).toInt() < m_lines->rowCount()) {
        const int row = match.captured(1).toInt();
        // The service names the line itself ("Line 4: …", "Ligne 4 : …"); the
        // lines model adds it once, so it is taken off here.
        m_lines->setLineError(row, withoutLineNumber(error.message, row + 1));
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
    if (error.code == ErrorCode::ConnectionLost) {
        // Nothing typed is lost: the invoice stays here until the connection
        // is back (signing in again), then saving again goes through.
        showMessage(m_formError,
                    error.message + QLatin1Char(' ')
                        + tr("Sign in again in the window that opens, then save again; the invoice stays "
                             "here as typed."));
        emit connectionLost();
        return;
    }
    if (error.code == ErrorCode::Conflict)
        reloadDrafts(); // the drafts list shows the other workstation's save
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
    m_draftVersion = saved->updatedAt;
    reloadDrafts();
    showMessage(m_formError, {});
    m_postedLabel->clear();
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(
            tr("Draft %1 saved. Resume it later from the drafts list.").arg(saved->id), 10000);
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
        if (updated.ok())
            m_draftVersion = updated->updatedAt; // saved, even when the posting fails
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
    m_postedLabel->setText(
        tr("Posted %1 · total %2 %3")
            .arg(m_posted.number, NumberFormat().money(m_posted.totalAmount), m_posted.currency));
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
    m_draftVersion.clear();
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
                .arg(s.partnerName, s.issueDate.toString(Qt::ISODate), NumberFormat().money(s.totalAmount)),
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
    m_draftVersion = inv.updatedAt;
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
        const NumberFormat numbers;
        line.quantity = numbers.quantity(l.quantity);
        line.unitPrice = numbers.money(l.unitPrice);
        line.discount = numbers.percent(l.discountBp);
        line.tax = numbers.percent(l.taxRateBp);
        lines.append(line);
    }
    m_lines->setLines(lines);
    refreshAvailability();
    reloadDrafts();
    m_sku->setFocus();
    return true;
}

} // namespace stockbook::ui

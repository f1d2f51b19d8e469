// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceListPage.h"

#include "common/ComboSizing.h"
#include "common/FlowLayout.h"
#include "domain/NumberFormat.h"
#include "invoices/InvoiceDetailDialog.h"
#include "invoices/InvoiceDocument.h"
#include "models/InvoiceListModel.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

const QDate openDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(openDate);
    edit->setSpecialValueText(QCoreApplication::translate("InvoiceListPage", "Any"));
    edit->setDate(openDate);
    return edit;
}

// Enter on a row opens it, like a double-click.
class EnterFilter : public QObject {
public:
    EnterFilter(QTableView *view, InvoiceListPage *page) : QObject(view), m_view(view), m_page(page) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
                m_page->openDetail(m_view->currentIndex().row());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    InvoiceListPage *m_page;
};

} // namespace

InvoiceListPage::InvoiceListPage(CompanySession &company, const QStringList &types,
                                 const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_company(company), m_types(types), m_settingsKey(settingsKey)
{
    setObjectName(QStringLiteral("invoiceListPage"));
    auto *layout = new QVBoxLayout(this);
    // The filters wrap onto a second row when the window (or a translation)
    // is too narrow for one; each label stays with its field.
    auto *filterBar = new QWidget(this);
    filterBar->setObjectName(QStringLiteral("invoiceFilterBar"));
    auto *filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filterBar);
    auto addFilter = [&](const QString &text, QWidget *field) {
        auto *pair = new QWidget(filterBar);
        pair->setObjectName(field->objectName() + QStringLiteral("Box"));
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, pair);
        label->setObjectName(field->objectName() + QStringLiteral("Label"));
        label->setBuddy(field);
        field->setParent(pair);
        pairLayout->addWidget(label);
        pairLayout->addWidget(field);
        filters->addWidget(pair);
    };

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("numberFilter"));
    m_number->setPlaceholderText(tr("Starts with"));
    m_number->setClearButtonEnabled(true);
    addFilter(tr("N&umber:"), m_number);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    if (types.size() > 1)
        m_type->addItem(tr("All"), QString());
    for (const QString &t : types)
        m_type->addItem(invoiceTypeLabel(t), t);
    addFilter(tr("T&ype:"), m_type);
    m_type->setEnabled(types.size() > 1);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), QString());
    for (const char *s : {"draft", "posted", "partly_paid", "paid", "void"})
        m_status->addItem(invoiceStatusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    addFilter(tr("St&atus:"), m_status);

    m_from = dateEdit(QStringLiteral("fromFilter"), this);
    addFilter(tr("Fro&m:"), m_from);
    m_to = dateEdit(QStringLiteral("toFilter"), this);
    addFilter(tr("&To:"), m_to);

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partnerFilter"));
    m_partner->addItem(tr("Any"), qint64(0));
    const bool purchases = !types.isEmpty() && types.first() == QLatin1String("purchase");
    if (auto partners = PartnerService(company).list(purchases ? PartnerKind::Supplier
                                                               : PartnerKind::Customer);
        partners.ok()) {
        for (const Partner &p : partners.value())
            m_partner->addItem(p.name, p.id);
    }
    limitToContents(m_partner, 12);
    addFilter(purchases ? tr("Su&pplier:") : tr("Cust&omer:"), m_partner);

    m_model = new InvoiceListModel(company, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoiceTable"));
    m_view->setAccessibleName(tr("Invoices"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->installEventFilter(new EnterFilter(m_view, this));
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openDetail(index.row()); });

    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("filteredTotal"));
    m_sum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_sum);

    const QByteArray state = m_settingsKey.isEmpty()
        ? QByteArray()
        : QSettings().value(headerKey(m_settingsKey)).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        const QFontMetrics fm(font());
        const int digit = fm.horizontalAdvance(QLatin1Char('0'));
        for (int c = 0; c < InvoiceListModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, digit * 10);
        m_view->setColumnWidth(InvoiceListModel::Number, digit * 15);
        m_view->setColumnWidth(InvoiceListModel::Type, digit * 11);
        m_view->setColumnWidth(InvoiceListModel::Status, digit * 11);
        m_view->setColumnWidth(InvoiceListModel::Partner, digit * 22);
        m_view->setColumnWidth(InvoiceListModel::Currency, digit * 8);
        m_view->sortByColumn(InvoiceListModel::IssueDate, Qt::DescendingOrder);
    }

    // Only a layout the user changed is remembered.
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] { m_layoutChanged = true; });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_layoutChanged = true; });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_layoutChanged = true; });
    // The selection goes with a reset without a selectionChanged.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoiceListPage::printableChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceListPage::printableChanged);
    connect(m_number, &QLineEdit::textChanged, this, &InvoiceListPage::applyFilter);
    for (QComboBox *c : {m_type, m_status, m_partner})
        connect(c, &QComboBox::currentIndexChanged, this, &InvoiceListPage::applyFilter);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &InvoiceListPage::applyFilter);
    applyFilter();
}

InvoiceListPage::~InvoiceListPage()
{
    saveLayout();
}

// "/header" held the layout of the columns before Currency was added; a
// state restored over other columns puts widths and order on the wrong ones,
// so each set of columns has its own key.
QString InvoiceListPage::headerKey(const QString &settingsKey)
{
    return settingsKey + QStringLiteral("/header2");
}

void InvoiceListPage::saveLayout()
{
    if (m_settingsKey.isEmpty() || !m_layoutChanged)
        return;
    QSettings settings;
    settings.setValue(headerKey(m_settingsKey), m_view->horizontalHeader()->saveState());
    settings.remove(m_settingsKey + QStringLiteral("/header"));
}

qint64 InvoiceListPage::selectedInvoiceId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->invoiceIdAt(rows.constFirst().row());
}

bool InvoiceListPage::canPrint() const
{
    return selectedInvoiceId() > 0;
}

void InvoiceListPage::printPreview()
{
    const qint64 id = selectedInvoiceId();
    if (id <= 0)
        return;
    auto invoice = InvoiceService(m_company).get(id);
    if (!invoice.ok()) {
        QMessageBox::warning(this, tr("Print"), invoice.error().message);
        return;
    }
    previewInvoice(m_company, invoice.value(), this);
}

void InvoiceListPage::applyFilter()
{
    InvoiceListFilter filter;
    const QString type = m_type->currentData().toString();
    filter.types = type.isEmpty() ? m_types : QStringList{type};
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    if (m_from->date() != openDate)
        filter.from = m_from->date();
    if (m_to->date() != openDate)
        filter.to = m_to->date();
    const qint64 partner = m_partner->currentData().toLongLong();
    if (!m_types.isEmpty() && m_types.first() == QLatin1String("purchase"))
        filter.supplierId = partner;
    else
        filter.customerId = partner;
    filter.numberPrefix = m_number->text().trimmed();
    m_model->setFilter(filter);
    updateSum();
}

void InvoiceListPage::refresh()
{
    m_model->refresh();
    updateSum();
}

void InvoiceListPage::updateSum()
{
    // Drafts and void invoices are listed but owe nothing: the total counts
    // the posted ones only, and says so.
    const int count = m_model->rowCount();
    const NumberFormat numbers;
    const QString total = numbers.money(m_model->filteredTotal());
    const qint64 posted = m_model->filteredPostedCount();
    const QString invoices = count == 1 ? tr("1 invoice") : tr("%1 invoices").arg(count);
    const QString postedTotal = posted == 1 ? tr("1 posted, total %1").arg(total)
                                            : tr("%1 posted, total %2").arg(posted).arg(total);
    m_sum->setText(invoices + QStringLiteral(" · ") + postedTotal);
}

void InvoiceListPage::openDetail(int row)
{
    const qint64 id = m_model->invoiceIdAt(row);
    if (id <= 0)
        return;
    InvoiceDetailDialog dialog(m_company, id, this);
    QSettings settings;
    const QString key = QStringLiteral("invoiceDetail/geometry");
    dialog.restoreGeometry(settings.value(key).toByteArray());
    dialog.exec();
    settings.setValue(key, dialog.saveGeometry());
    if (dialog.changed())
        refresh();
}

} // namespace stockbook::ui

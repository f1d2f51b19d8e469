// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceListPage.h"

#include "domain/Money.h"
#include "invoices/InvoiceDetailDialog.h"
#include "models/InvoiceListModel.h"
#include "services/CompanyService.h"
#include "services/PartnerService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    auto *filters = new QHBoxLayout;
    layout->addLayout(filters);
    auto addFilter = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
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
    addFilter(tr("&Status:"), m_status);

    m_from = dateEdit(QStringLiteral("fromFilter"), this);
    addFilter(tr("&From:"), m_from);
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
    m_partner->setMinimumContentsLength(12);
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilter(purchases ? tr("Su&pplier:") : tr("Cust&omer:"), m_partner);
    filters->addStretch(1);

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
        : QSettings().value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        const QFontMetrics fm(font());
        const int digit = fm.horizontalAdvance(QLatin1Char('0'));
        for (int c = 0; c < InvoiceListModel::ColumnCount; ++c)
            m_view->setColumnWidth(c, digit * 10);
        m_view->setColumnWidth(InvoiceListModel::Number, digit * 15);
        m_view->setColumnWidth(InvoiceListModel::Type, digit * 11);
        m_view->setColumnWidth(InvoiceListModel::Status, digit * 11);
        m_view->setColumnWidth(InvoiceListModel::Partner, digit * 22);
        m_view->sortByColumn(InvoiceListModel::IssueDate, Qt::DescendingOrder);
    }

    // Only a layout the user changed is remembered.
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] { m_layoutChanged = true; });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_layoutChanged = true; });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_layoutChanged = true; });
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

void InvoiceListPage::saveLayout()
{
    if (m_settingsKey.isEmpty() || !m_layoutChanged)
        return;
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
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
    const int count = m_model->rowCount();
    const QString total = formatMoney(m_model->filteredTotal());
    m_sum->setText(count == 1 ? tr("1 invoice · total %1").arg(total)
                              : tr("%1 invoices · total %2").arg(count).arg(total));
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

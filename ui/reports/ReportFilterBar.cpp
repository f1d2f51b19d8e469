// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportFilterBar.h"

#include "common/ComboSizing.h"
#include "services/catalog/CatalogService.h"
#include "services/partners/PartnerService.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/output/ReportFormat.h"
#include "services/stock/WarehouseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace stockbook::ui {

namespace {

QDateEdit *dateEdit(const QDate &value, QWidget *parent)
{
    auto *edit = new QDateEdit(value, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// The text of a combo's current choice as a filter value ("" for "all").
QString choice(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace

ReportFilterBar::ReportFilterBar(CompanySession &company, QWidget *parent)
    : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("reportFilterBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const QDate today = QDate::currentDate();
    m_from = dateEdit(QDate(today.year(), 1, 1), this);
    m_to = dateEdit(today, this);
    m_asOf = dateEdit(today, this);
    m_warehouse = new QComboBox(this);
    m_category = new QComboBox(this);
    m_supplier = new QComboBox(this);
    m_customer = new QComboBox(this);
    for (QComboBox *combo : {m_warehouse, m_category, m_supplier, m_customer})
        limitToContents(combo, 18);
    m_product = new QLineEdit(this);
    m_product->setPlaceholderText(tr("SKU"));
    connect(m_product, &QLineEdit::returnPressed, this, &ReportFilterBar::runRequested);
    m_period = new QComboBox(this);
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_period->addItem(tr("Week"), QStringLiteral("week"));
    m_period->addItem(tr("Day"), QStringLiteral("day"));
    m_by = new QComboBox(this);
    m_by->addItem(tr("Revenue"), QStringLiteral("revenue"));
    m_by->addItem(tr("Quantity"), QStringLiteral("quantity"));
    m_limit = new QSpinBox(this);
    m_limit->setRange(1, 1000);
    m_limit->setValue(10);

    addFilter(QStringLiteral("from"), m_from);
    addFilter(QStringLiteral("to"), m_to);
    addFilter(QStringLiteral("as_of"), m_asOf);
    addFilter(QStringLiteral("period"), m_period);
    addFilter(QStringLiteral("warehouse"), m_warehouse);
    addFilter(QStringLiteral("category"), m_category);
    addFilter(QStringLiteral("supplier"), m_supplier);
    addFilter(QStringLiteral("customer"), m_customer);
    addFilter(QStringLiteral("product"), m_product);
    addFilter(QStringLiteral("by"), m_by);
    addFilter(QStringLiteral("limit"), m_limit);
    loadChoices();
}

void ReportFilterBar::addFilter(const QString &name, QWidget *field)
{
    QString objectName = name;
    if (name == QLatin1String("as_of"))
        objectName = QStringLiteral("asOf");
    field->setObjectName(objectName + QStringLiteral("Filter"));
    auto *label = new QLabel(reportFilterTitle(name) + QLatin1Char(':'), this);
    label->setObjectName(objectName + QStringLiteral("FilterLabel"));
    label->setBuddy(field);
    field->setAccessibleName(reportFilterTitle(name));
    // setReport() lays out the ones a report takes.
    label->hide();
    field->hide();
    m_fields.insert(name, field);
    m_labels.insert(name, label);
}

void ReportFilterBar::loadChoices()
{
    // Failures leave only "all", and ReportService still checks what is typed.
    m_warehouse->addItem(tr("All warehouses"), QString());
    if (auto list = WarehouseService(m_company).list(); list.ok())
        for (const Warehouse &w : list.value())
            m_warehouse->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.code);
    m_category->addItem(tr("All categories"), QString());
    if (auto list = CatalogService(m_company).categories(); list.ok())
        for (const Category &c : list.value())
            m_category->addItem(c.name, c.name);
    // The reports take partners by e-mail, so only those with one are offered.
    m_supplier->addItem(tr("All suppliers"), QString());
    if (auto list = PartnerService(m_company).list(PartnerKind::Supplier, {}, false, 1000); list.ok())
        for (const Partner &p : list.value())
            if (!p.email.isEmpty())
                m_supplier->addItem(QStringLiteral("%1 <%2>").arg(p.name, p.email), p.email);
    m_customer->addItem(tr("All customers"), QString());
    if (auto list = PartnerService(m_company).list(PartnerKind::Customer, {}, false, 1000); list.ok())
        for (const Partner &p : list.value())
            if (!p.email.isEmpty())
                m_customer->addItem(QStringLiteral("%1 <%2>").arg(p.name, p.email), p.email);
}

void ReportFilterBar::setReport(const QString &report)
{
    const ReportDefinition *definition = findReport(report);
    const QStringList wanted = definition ? definition->filters : QStringList();
    auto *grid = static_cast<QGridLayout *>(layout());
    // The report's filters left to right, in the order its registry entry
    // gives.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        grid->removeWidget(it.value());
        grid->removeWidget(m_labels.value(it.key()));
        it.value()->hide();
        m_labels.value(it.key())->hide();
    }
    int column = 0;
    for (const QString &name : wanted) {
        QWidget *field = m_fields.value(name);
        if (!field)
            continue;
        grid->addWidget(m_labels.value(name), 0, column++);
        grid->addWidget(field, 0, column++);
        m_labels.value(name)->show();
        field->show();
    }
    for (int c = 0; c < grid->columnCount(); ++c)
        grid->setColumnStretch(c, 0);
    grid->setColumnStretch(column, 1);
}

ReportFilters ReportFilterBar::filters() const
{
    ReportFilters f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.asOf = m_asOf->date();
    f.warehouse = choice(m_warehouse);
    f.category = choice(m_category);
    f.supplier = choice(m_supplier);
    f.customer = choice(m_customer);
    f.product = m_product->text().trimmed();
    f.period = choice(m_period);
    f.by = choice(m_by);
    f.limit = m_limit->value();
    return f;
}

void ReportFilterBar::setDateRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportFilterBar::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void ReportFilterBar::setPeriod(const QString &period)
{
    const int index = m_period->findData(period);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

} // namespace stockbook::ui

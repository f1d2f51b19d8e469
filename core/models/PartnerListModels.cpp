// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/PartnerListModels.h"

#include "Tr.h"

namespace stockbook {

namespace {

enum Field { Id, NameField, EmailField, PhoneField, TaxIdField, TermsField, ActiveField };

const char *const Headers[] = {
    QT_TRANSLATE_NOOP("Stockbook", "Name"),
    QT_TRANSLATE_NOOP("Stockbook", "E-mail"),
    QT_TRANSLATE_NOOP("Stockbook", "Phone"),
    QT_TRANSLATE_NOOP("Stockbook", "Tax ID"),
    QT_TRANSLATE_NOOP("Stockbook", "Payment terms (days)"),
    QT_TRANSLATE_NOOP("Stockbook", "Active"),
};
static_assert(std::size(Headers) == PartnerListModel::ColumnCount);

} // namespace

PartnerListModel::PartnerListModel(CompanySession &company, Table table, QList<Permission> anyOf,
                                   QString action, QObject *parent)
    : PagedSqlModel(company, std::move(anyOf), std::move(action), Name, Qt::AscendingOrder, parent),
      m_table(table)
{ }

void PartnerListModel::setFilter(const PartnerListFilter &filter)
{
    m_filter = filter;
    reload();
}

QString PartnerListModel::header(int column) const
{
    return Tr::tr(Headers[column]);
}

PagedSqlModel::Query PartnerListModel::query() const
{
    Query q;
    q.fields = QStringLiteral("t.id, t.name, t.email, t.phone, t.tax_id, t.payment_terms_days, t.active");
    q.from = m_table == Table::Customers ? QStringLiteral("customers t") : QStringLiteral("suppliers t");
    q.countFrom = q.from;
    q.keys = {QStringLiteral("t.id")};
    addSearch(q, {QStringLiteral("t.name"), QStringLiteral("t.email"), QStringLiteral("t.phone")},
              m_filter.search);
    if (m_filter.active) {
        q.conditions << QStringLiteral("t.active = ?");
        q.values << (*m_filter.active ? 1 : 0);
    }
    return q;
}

PagedSqlModel::SortKey PartnerListModel::sortKey(int column) const
{
    switch (column) {
    case Email:
        return {dialect().nocase(QStringLiteral("t.email")), false};
    case Phone:
        return {QStringLiteral("t.phone")};
    case TaxId:
        return {QStringLiteral("t.tax_id")};
    case PaymentTerms:
        return {QStringLiteral("t.payment_terms_days")};
    case Active:
        return {QStringLiteral("t.active")};
    case Name:
    default:
        return {dialect().nocase(QStringLiteral("t.name"))};
    }
}

QVariant PartnerListModel::cell(const QVariantList &fields, int column, int role) const
{
    switch (column) {
    case Name:
        return textCell(fields.at(NameField), role);
    case Email:
        return textCell(fields.at(EmailField), role);
    case Phone:
        return textCell(fields.at(PhoneField), role);
    case TaxId:
        return textCell(fields.at(TaxIdField), role);
    case PaymentTerms:
        return integerCell(fields.at(TermsField), role);
    case Active:
        return flagCell(fields.at(ActiveField), role);
    default:
        return {};
    }
}

CustomerListModel::CustomerListModel(CompanySession &company, QObject *parent)
    : PartnerListModel(company, Table::Customers, {Permission::CustomerEdit, Permission::InvoiceCreate},
                       QStringLiteral("customer.list"), parent)
{
    reload();
}

SupplierListModel::SupplierListModel(CompanySession &company, QObject *parent)
    : PartnerListModel(company, Table::Suppliers, {Permission::InvoiceCreate},
                       QStringLiteral("supplier.list"), parent)
{
    reload();
}

} // namespace stockbook

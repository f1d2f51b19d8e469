// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/InvoiceListModel.h"

#include "Tr.h"
#include "domain/Invoice.h"
#include "services/invoices/InvoiceStore.h"

namespace stockbook {

namespace {

// The statuses of a posted invoice: what the list's total counts.
const QString PostedStatuses = QStringLiteral("('posted', 'partly_paid', 'paid')");

enum Field {
    Id,
    NumberField,
    TypeField,
    StatusField,
    IssueField,
    DueField,
    PartnerField,
    PartnerIdField,
    TotalField,
    PaidField,
    CurrencyField,
    CreditedField
};

// What the invoice still owes, by the rule of Invoice::balance(): total less
// paid less credited (negative once a paid sale is credited, until refunded).
qint64 balanceOf(const QVariantList &fields)
{
    Invoice inv;
    inv.totalAmount = fields.at(TotalField).toLongLong();
    inv.paidAmount = fields.at(PaidField).toLongLong();
    inv.creditedAmount = fields.at(CreditedField).toLongLong();
    return inv.balance();
}

const char *const Headers[] = {
    QT_TRANSLATE_NOOP("Stockbook", "Number"),   QT_TRANSLATE_NOOP("Stockbook", "Type"),
    QT_TRANSLATE_NOOP("Stockbook", "Status"),   QT_TRANSLATE_NOOP("Stockbook", "Date"),
    QT_TRANSLATE_NOOP("Stockbook", "Due"),      QT_TRANSLATE_NOOP("Stockbook", "Customer / supplier"),
    QT_TRANSLATE_NOOP("Stockbook", "Currency"), QT_TRANSLATE_NOOP("Stockbook", "Total"),
    QT_TRANSLATE_NOOP("Stockbook", "Paid"),     QT_TRANSLATE_NOOP("Stockbook", "Balance"),
};
static_assert(std::size(Headers) == InvoiceListModel::ColumnCount);

QString inList(const QString &column, qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool hasLikeWildcard(const QString &text)
{
    return text.contains(QLatin1Char('%')) || text.contains(QLatin1Char('_'))
        || text.contains(QLatin1Char('\\'));
}

} // namespace

QString invoiceTypeLabel(const QString &type)
{
    if (type == QLatin1String("sale"))
        return Tr::tr("Sale");
    if (type == QLatin1String("purchase"))
        return Tr::tr("Purchase");
    if (type == QLatin1String("credit_note"))
        return Tr::tr("Credit note");
    return type;
}

QString invoiceStatusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return Tr::tr("Draft");
    if (status == QLatin1String("posted"))
        return Tr::tr("Posted");
    if (status == QLatin1String("partly_paid"))
        return Tr::tr("Partly paid");
    if (status == QLatin1String("paid"))
        return Tr::tr("Paid");
    if (status == QLatin1String("void"))
        return Tr::tr("Void");
    return status;
}

InvoiceListModel::InvoiceListModel(CompanySession &company, QObject *parent)
    : PagedSqlModel(company, {Permission::InvoiceCreate}, QStringLiteral("invoice.list"), IssueDate,
                    Qt::DescendingOrder, parent)
{
    reload();
}

void InvoiceListModel::setFilter(const InvoiceListFilter &filter)
{
    m_filter = filter;
    reload();
}

QString InvoiceListModel::typeAt(int row) const
{
    return fieldAt(row, TypeField).toString();
}

QString InvoiceListModel::statusAt(int row) const
{
    return fieldAt(row, StatusField).toString();
}

qint64 InvoiceListModel::filteredTotal() const
{
    if (!m_total) {
        if (rowCount() == 0)
            return 0;
        auto sum = aggregate(
            QStringLiteral("COALESCE(SUM(CASE WHEN i.status IN %1 THEN i.total_amount END), 0)")
                .arg(PostedStatuses));
        if (!sum.ok())
            return 0;
        m_total = sum.value().toLongLong();
    }
    return *m_total;
}

qint64 InvoiceListModel::filteredPostedCount() const
{
    if (!m_postedCount) {
        if (rowCount() == 0)
            return 0;
        auto count = aggregate(QStringLiteral("COALESCE(SUM(CASE WHEN i.status IN %1 THEN 1 ELSE 0 END), 0)")
                                   .arg(PostedStatuses));
        if (!count.ok())
            return 0;
        m_postedCount = count.value().toLongLong();
    }
    return *m_postedCount;
}

QString InvoiceListModel::header(int column) const
{
    return Tr::tr(Headers[column]);
}

PagedSqlModel::Query InvoiceListModel::query() const
{
    Query q;
    q.fields = QStringLiteral("i.id, i.invoice_number, i.type, i.status, i.issue_date, i.due_date, "
                              "COALESCE(c.name, s.name), COALESCE(i.customer_id, i.supplier_id), "
                              "i.total_amount, i.paid_amount, i.currency, " STOCKBOOK_SQL_CREDITED_OF_I);
    q.from = QStringLiteral("invoices i LEFT JOIN customers c ON c.id = i.customer_id "
                            "LEFT JOIN suppliers s ON s.id = i.supplier_id");
    q.countFrom = QStringLiteral("invoices i");
    q.keys = {QStringLiteral("i.id")};
    if (!m_filter.types.isEmpty()) {
        q.conditions << inList(QStringLiteral("i.type"), m_filter.types.size());
        for (const QString &t : m_filter.types)
            q.values << t;
    }
    if (!m_filter.statuses.isEmpty()) {
        q.conditions << inList(QStringLiteral("i.status"), m_filter.statuses.size());
        for (const QString &s : m_filter.statuses)
            q.values << s;
    }
    if (m_filter.from.isValid()) {
        q.conditions << QStringLiteral("i.issue_date >= ?");
        q.values << m_filter.from.toString(Qt::ISODate);
    }
    if (m_filter.to.isValid()) {
        q.conditions << QStringLiteral("i.issue_date <= ?");
        q.values << m_filter.to.toString(Qt::ISODate);
    }
    if (m_filter.customerId > 0) {
        q.conditions << QStringLiteral("i.customer_id = ?");
        q.values << m_filter.customerId;
    }
    if (m_filter.supplierId > 0) {
        q.conditions << QStringLiteral("i.supplier_id = ?");
        q.values << m_filter.supplierId;
    }
    if (const QString prefix = m_filter.numberPrefix.trimmed(); !prefix.isEmpty()) {
        // Without an ESCAPE clause SQLite turns a prefix LIKE into a range over
        // ix_invoices_number_nocase; the rare prefix holding % or _ is escaped
        // and scans instead. PostgreSQL's ILIKE ignores case too.
        const QString like = dialect().likeNocase();
        if (hasLikeWildcard(prefix)) {
            QString escaped = containsPattern(prefix).mid(1);
            q.conditions << QStringLiteral("i.invoice_number %1 ? ESCAPE '\\'").arg(like);
            q.values << escaped;
        } else {
            q.conditions << QStringLiteral("i.invoice_number %1 ?").arg(like);
            q.values << prefix + QLatin1Char('%');
        }
    }
    return q;
}

PagedSqlModel::SortKey InvoiceListModel::sortKey(int column) const
{
    switch (column) {
    case Number:
        return {QStringLiteral("i.invoice_number"), false};
    case Type:
        return {QStringLiteral("i.type")};
    case Status:
        return {QStringLiteral("i.status")};
    case DueDate:
        return {QStringLiteral("i.due_date"), false};
    case Partner:
        return {dialect().nocase(QStringLiteral("COALESCE(c.name, s.name, '')")), true, true};
    case Currency:
        return {QStringLiteral("i.currency")};
    case Total:
        return {QStringLiteral("i.total_amount")};
    case Paid:
        return {QStringLiteral("i.paid_amount")};
    case Balance: // a void invoice owes nothing and shows no balance; as Invoice::balance()
        return {QStringLiteral("CASE WHEN i.status = 'void' THEN NULL "
                               "ELSE i.total_amount - i.paid_amount - " STOCKBOOK_SQL_CREDITED_OF_I " END"),
                false};
    case IssueDate:
    default:
        return {QStringLiteral("i.issue_date")};
    }
}

QVariant InvoiceListModel::cell(const QVariantList &fields, int column, int role) const
{
    if (role == PartnerIdRole)
        return fields.at(PartnerIdField).toLongLong();
    if (role == TypeRole)
        return fields.at(TypeField).toString();
    if (role == StatusRole)
        return fields.at(StatusField).toString();
    switch (column) {
    case Number:
        return textCell(fields.at(NumberField), role);
    case Type:
        return labelCell(fields.at(TypeField), invoiceTypeLabel(fields.at(TypeField).toString()), role);
    case Status:
        return labelCell(fields.at(StatusField), invoiceStatusLabel(fields.at(StatusField).toString()), role);
    case IssueDate:
        return textCell(fields.at(IssueField), role);
    case DueDate:
        return textCell(fields.at(DueField), role);
    case Partner:
        return textCell(fields.at(PartnerField), role);
    case Currency:
        return textCell(fields.at(CurrencyField), role);
    case Total:
        return moneyCell(fields.at(TotalField), role);
    case Paid:
        return moneyCell(fields.at(PaidField), role);
    case Balance:
        // A void invoice owes nothing: no amount, a dash.
        if (fields.at(StatusField).toString() == QLatin1String("void")) {
            if (role == Qt::DisplayRole)
                return QStringLiteral("—");
            if (role == Qt::TextAlignmentRole)
                return moneyCell(0, role);
            return {};
        }
        return moneyCell(balanceOf(fields), role);
    default:
        return {};
    }
}

} // namespace stockbook

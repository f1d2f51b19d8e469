// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/invoices/InvoiceService.h"

#include "Clock.h"
#include "Tr.h"
#include "domain/Catalog.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"
#include "services/settings/SettingsService.h"
#include "services/stock/StockLedger.h"
#include "storage/Dialect.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace stockbook {

namespace {

// Bounds that keep quantity * price within 64 bits.
constexpr qint64 MaxQuantity = 100'000'000'000; // 100 million units
constexpr qint64 MaxUnitPrice = 10'000'000'000; // 100 million in major units

QString lineField(qsizetype index, const char *name)
{
    return QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(name));
}

QString partnerWord(InvoiceType type)
{
    return type == InvoiceType::Purchase ? Tr::tr("supplier") : Tr::tr("customer");
}

// A stock error of line index names that line's quantity.
Error onLine(Error e, qsizetype index)
{
    if (e.code == ErrorCode::InsufficientStock || e.field == QLatin1String("quantity"))
        e.field = lineField(index, "quantity");
    return e;
}

// How a posting takes its number and moves its lines' stock. On the file a
// posting is alone: it takes its number first and moves each line's stock
// as the line is written (numberFirst(), line()). On a server postings run
// side by side (Database::WriteLock::Posting): each line's stock is only
// checked as the line is written, and the number is taken and the
// movements appended in one statement at the end (numberLast(), finish();
// StockLedger::applyAll), so the part postings take in turn, from the
// number series' row lock to the commit, is short.
class LinePosting {
public:
    LinePosting(InvoiceStore &store, StockLedger &ledger, InvoiceType type, int year)
        : m_store(store), m_ledger(ledger), m_type(type), m_year(year),
          m_server(storage::dialectOf(store.database()).isPostgres())
    { }

    bool numbered() const { return !m_number.isEmpty(); }
    const QString &number() const { return m_number; }

    Result<void> numberFirst() { return m_server ? Result<void>() : take(); }
    Result<void> numberLast() { return m_server ? take() : Result<void>(); }

    Result<void> line(StockMovement m, qsizetype index)
    {
        if (m_server) {
            if (auto available = m_ledger.checkAvailable(m); !available.ok())
                return onLine(available.error(), index);
            m_movements.append(m);
            return {};
        }
        m.reference = m_number;
        if (auto moved = m_ledger.apply(m); !moved.ok())
            return onLine(moved.error(), index);
        return {};
    }

    Result<void> finish()
    {
        for (StockMovement &m : m_movements)
            m.reference = m_number;
        return m_ledger.applyAll(m_movements);
    }

private:
    Result<void> take()
    {
        auto taken = m_store.takeNumber(m_type, m_year);
        if (!taken.ok())
            return taken.error();
        m_number = taken.value();
        return {};
    }

    InvoiceStore &m_store;
    StockLedger &m_ledger;
    InvoiceType m_type;
    int m_year;
    bool m_server;
    QString m_number;
    QList<StockMovement> m_movements;
};

} // namespace

InvoiceService::InvoiceService(CompanySession &company) : m_company(company) { }

InvoiceService::~InvoiceService() = default;

InvoiceStore &InvoiceService::store()
{
    if (!m_store || !m_store->servesConnection(m_company.database()))
        m_store = std::make_unique<InvoiceStore>(m_company.database());
    return *m_store;
}

Result<void> InvoiceService::authorizeRead(const QString &action, const QString &target)
{
    const Permission p = m_company.session().has(Permission::ReportView) ? Permission::ReportView
                                                                         : Permission::InvoiceCreate;
    return authorize(m_company, p, action, target);
}

namespace {

struct PreparedRow {
    const InvoiceLineInput *in = nullptr;
    QString description;
    qint64 price = 0;
    qint64 taxRate = 0;
    qint64 cost = 0; // the product's moving average cost when checked
    LineAmounts amounts;
};

struct PreparedDraft {
    QDate issue;
    bool pricesIncludeTax = true;
    qint64 termsDays = 0;
    QList<PreparedRow> rows;
    qint64 subtotal = 0, tax = 0, total = 0;
};

// Checks a draft against the partner, warehouse and products and works out
// its amounts; inside the caller's transaction.
Result<PreparedDraft> prepareDraft(InvoiceStore &s, const InvoiceDraft &draft)
{
    if (draft.type == InvoiceType::CreditNote)
        return fieldError(QStringLiteral("type"),
                          Tr::tr("A credit note is made from a posted sale, not entered as a draft."));
    const bool sale = draft.type == InvoiceType::Sale;
    PreparedDraft out;
    {
        auto q = sale
            ? s.run("SELECT active, payment_terms_days FROM customers WHERE id = ?", {draft.partnerId})
            : s.run("SELECT active, payment_terms_days FROM suppliers WHERE id = ?", {draft.partnerId});
        if (!q.ok())
            return q.error();
        if (!q.value()->next())
            return fieldError(QStringLiteral("partner"),
                              Tr::tr("Choose the %1 of the invoice.").arg(partnerWord(draft.type)));
        const bool active = q.value()->value(0).toLongLong() != 0;
        out.termsDays = q.value()->value(1).toLongLong();
        q.value()->finish();
        if (!active)
            return fieldError(
                QStringLiteral("partner"),
                Tr::tr("This %1 is inactive. Reactivate it or choose another.").arg(partnerWord(draft.type)));
    }
    {
        auto q = s.run("SELECT active FROM warehouses WHERE id = ?", {draft.warehouseId});
        if (!q.ok())
            return q.error();
        if (!q.value()->next())
            return fieldError(QStringLiteral("warehouse"), Tr::tr("Choose the warehouse of the invoice."));
        const bool active = q.value()->value(0).toLongLong() != 0;
        q.value()->finish();
        if (!active)
            return fieldError(QStringLiteral("warehouse"),
                              Tr::tr("This warehouse is inactive. Choose another."));
    }
    out.issue = draft.issueDate.isValid() ? draft.issueDate : localToday();
    if (out.issue.year() < 2000 || out.issue.year() > 9999)
        return fieldError(QStringLiteral("issue_date"),
                          Tr::tr("The issue date must lie between 2000 and 9999."));
    if (draft.lines.isEmpty())
        return fieldError(QStringLiteral("lines"), Tr::tr("An invoice needs at least one line."));
    auto includeTax = s.pricesIncludeTax();
    if (!includeTax.ok())
        return includeTax.error();
    out.pricesIncludeTax = includeTax.value();

    out.rows.reserve(draft.lines.size());
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const InvoiceLineInput &l = draft.lines.at(i);
        const qsizetype n = i + 1;
        auto q = s.run("SELECT p.active, p.price, p.cost, t.rate_bp, p.name FROM products p "
                       "JOIN tax_rates t ON t.id = p.tax_rate_id WHERE p.id = ?",
                       {l.productId});
        if (!q.ok())
            return q.error();
        if (!q.value()->next())
            return fieldError(lineField(i, "product"), Tr::tr("Line %1: choose a product.").arg(n));
        QSqlQuery &p = *q.value();
        const bool active = p.value(0).toLongLong() != 0;
        const qint64 cost = p.value(2).toLongLong();
        const qint64 defaultPrice = sale ? p.value(1).toLongLong() : cost;
        const qint64 defaultRate = p.value(3).toLongLong();
        const QString name = p.value(4).toString();
        p.finish();
        if (!active)
            return fieldError(lineField(i, "product"),
                              Tr::tr("Line %1: %2 is inactive and cannot be invoiced.").arg(n).arg(name));
        if (l.quantity <= 0 || l.quantity > MaxQuantity)
            return fieldError(lineField(i, "quantity"),
                              Tr::tr("Line %1: enter a quantity above zero.").arg(n));
        const qint64 price = l.unitPrice.value_or(defaultPrice);
        if (price < 0 || price > MaxUnitPrice)
            return fieldError(lineField(i, "unit_price"),
                              Tr::tr("Line %1: the unit price cannot be negative.").arg(n));
        if (l.discountBp < 0 || l.discountBp > BasisPoints)
            return fieldError(lineField(i, "discount"),
                              Tr::tr("Line %1: the discount must lie between 0 and 100 %.").arg(n));
        const qint64 rate = l.taxRateBp.value_or(defaultRate);
        if (!isValidTaxRate(rate))
            return fieldError(lineField(i, "tax_rate"),
                              Tr::tr("Line %1: %2").arg(n).arg(taxRateRangeMessage()));
        const LineAmounts a = computeLine(l.quantity, price, l.discountBp, rate, out.pricesIncludeTax);
        out.subtotal += a.net;
        out.tax += a.tax;
        out.total += a.total;
        out.rows.append(
            {&l, l.description.trimmed().isEmpty() ? name : l.description.trimmed(), price, rate, cost, a});
    }
    return out;
}

} // namespace

Result<qint64> InvoiceService::saveDraft(std::optional<qint64> existingId, const InvoiceDraft &draft,
                                         const QString &previousUpdatedAt)
{
    InvoiceStore &s = store();
    auto prepared = prepareDraft(s, draft);
    if (!prepared.ok())
        return prepared.error();
    const bool sale = draft.type == InvoiceType::Sale;
    const QDate issue = prepared->issue;
    const qint64 subtotal = prepared->subtotal, tax = prepared->tax, total = prepared->total;
    const bool includeTax = prepared->pricesIncludeTax;
    const QList<PreparedRow> &rows = prepared->rows;
    // A draft is in the company's currency of the day; posting sets it again.
    auto currency = SettingsService(m_company).currency();
    if (!currency.ok())
        return currency.error();

    const QString now = nextVersion(m_company, previousUpdatedAt);
    const QVariant customer = sale ? QVariant(draft.partnerId) : nullableId(qint64(0));
    const QVariant supplier = sale ? nullableId(qint64(0)) : QVariant(draft.partnerId);
    qint64 id = 0;
    if (existingId) {
        id = *existingId;
        auto up = s.write(
            "UPDATE invoices SET type = ?, customer_id = ?, supplier_id = ?, warehouse_id = ?, "
            "issue_date = ?, prices_include_tax = ?, currency = ?, subtotal = ?, tax_amount = ?, "
            "total_amount = ?, supplier_reference = ?, notes = ?, updated_at = ? "
            "WHERE id = ? AND status = 'draft'",
            {invoiceTypeName(draft.type), customer, supplier, draft.warehouseId, issue.toString(Qt::ISODate),
             includeTax ? 1 : 0, currency.value(), subtotal, tax, total,
             textOrEmpty(draft.supplierReference.trimmed()), textOrEmpty(draft.notes), now, id});
        if (!up.ok())
            return up.error();
        auto del = s.write("DELETE FROM invoice_items WHERE invoice_id = ?", {id});
        if (!del.ok())
            return del.error();
    } else {
        auto ins = s.insert(
            "INSERT INTO invoices (type, status, customer_id, supplier_id, warehouse_id, issue_date, "
            "prices_include_tax, currency, subtotal, tax_amount, total_amount, supplier_reference, "
            "notes, created_by, created_at, updated_at) "
            "VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {invoiceTypeName(draft.type), customer, supplier, draft.warehouseId, issue.toString(Qt::ISODate),
             includeTax ? 1 : 0, currency.value(), subtotal, tax, total,
             textOrEmpty(draft.supplierReference.trimmed()), textOrEmpty(draft.notes),
             m_company.session().userId(), now, now});
        if (!ins.ok())
            return ins.error();
        id = ins.value();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PreparedRow &r = rows.at(i);
        auto ins = s.write(
            "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, "
            "unit_price, discount_bp, tax_rate_bp, line_net, line_tax, line_total, unit_cost) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            {id, i + 1, r.in->productId, textOrEmpty(r.description), r.in->quantity, r.price,
             r.in->discountBp, r.taxRate, r.amounts.net, r.amounts.tax, r.amounts.total});
        if (!ins.ok())
            return ins.error();
    }
    return id;
}

Result<Invoice> InvoiceService::createDraft(const InvoiceDraft &draft)
{
    if (auto ok = authorize(m_company, Permission::InvoiceCreate, QStringLiteral("invoice.create")); !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto id = saveDraft(std::nullopt, draft);
    if (!id.ok())
        return id.error();
    auto inv = store().invoice(id.value());
    if (!inv.ok())
        return inv;
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("invoice.create"), QStringLiteral("invoices"),
                       id.value(),
                       QJsonObject{{QStringLiteral("type"), invoiceTypeName(inv->type)},
                                   {QStringLiteral("partner_id"), inv->partnerId},
                                   {QStringLiteral("lines"), inv->lines.size()},
                                   {QStringLiteral("total"), inv->totalAmount}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inv;
}

Result<Invoice> InvoiceService::ownDraft(qint64 invoiceId, const QString &action)
{
    auto inv = store().header(invoiceId);
    if (!inv.ok())
        return inv;
    if (inv->status != InvoiceStatus::Draft)
        return makeError(
            ErrorCode::InvalidState,
            Tr::tr("Invoice %1 is posted and can no longer be changed. Void it or issue a credit note "
                   "instead.")
                .arg(inv->number),
            QStringLiteral("status"));
    if (inv->createdBy != m_company.session().userId())
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only the author of a draft may %1 it.").arg(action),
                         QStringLiteral("created_by"));
    return inv;
}

Result<Invoice> InvoiceService::updateDraft(qint64 invoiceId, const InvoiceDraft &draft)
{
    if (auto ok = authorize(m_company, Permission::InvoiceCreate, QStringLiteral("invoice.update"),
                            QString::number(invoiceId));
        !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto own = ownDraft(invoiceId, Tr::tr("change"));
    if (!own.ok())
        return own;
    if (auto same = checkUnchanged(own->updatedAt, draft.expectedUpdatedAt,
                                   Tr::tr("Draft %1").arg(invoiceId));
        !same.ok())
        return same.error();
    if (auto id = saveDraft(invoiceId, draft, own->updatedAt); !id.ok())
        return id.error();
    auto inv = store().invoice(invoiceId);
    if (!inv.ok())
        return inv;
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("invoice.update"),
                                                  QStringLiteral("invoices"), invoiceId,
                                                  QJsonObject{{QStringLiteral("lines"), inv->lines.size()},
                                                              {QStringLiteral("total"), inv->totalAmount}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inv;
}

Result<void> InvoiceService::deleteDraft(qint64 invoiceId)
{
    if (auto ok = authorize(m_company, Permission::InvoiceCreate, QStringLiteral("invoice.delete"),
                            QString::number(invoiceId));
        !ok.ok())
        return ok;
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    auto own = ownDraft(invoiceId, Tr::tr("delete"));
    if (!own.ok())
        return own.error();
    InvoiceStore &s = store();
    if (auto del = s.write("DELETE FROM invoice_items WHERE invoice_id = ?", {invoiceId}); !del.ok())
        return del.error();
    if (auto del = s.write("DELETE FROM invoices WHERE id = ? AND status = 'draft'", {invoiceId}); !del.ok())
        return del.error();
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("invoice.delete"),
                                                  QStringLiteral("invoices"), invoiceId,
                                                  QJsonObject{{QStringLiteral("total"), own->totalAmount}}));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<Invoice> InvoiceService::post(qint64 invoiceId)
{
    if (auto ok = authorize(m_company, Permission::InvoicePost, QStringLiteral("invoice.post"),
                            QString::number(invoiceId));
        !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database(), true);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto inv = postLocked(invoiceId);
    if (!inv.ok())
        return inv;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inv;
}

// Both ways of posting write in the same order: first what is the invoice's
// own (the draft and its lines) and the stock checks, then its number, the
// posting itself, the ledger and the audit row. On a server postings run
// side by side (a posting's transaction) and lock the number series, the
// products and levels they move and the audit chain's head from the number
// on, so they overlap up to there.
Result<Invoice> InvoiceService::createAndPost(const InvoiceDraft &draft)
{
    if (auto ok = authorize(m_company, Permission::InvoiceCreate, QStringLiteral("invoice.create")); !ok.ok())
        return ok.error();
    if (auto ok = authorize(m_company, Permission::InvoicePost, QStringLiteral("invoice.post")); !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database(), true);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    // Written once and posted: the same rows and amounts as saving the draft
    // and posting it, with one audit entry.
    InvoiceStore &s = store();
    auto prepared = prepareDraft(s, draft);
    if (!prepared.ok())
        return prepared.error();
    const PreparedDraft &d = prepared.value();
    const bool sale = draft.type == InvoiceType::Sale;
    auto currency = SettingsService(m_company).currency();
    if (!currency.ok())
        return currency.error();

    const qint64 userId = m_company.session().userId();
    const QDateTime nowTime = m_company.now();
    const QString now = isoTimestamp(nowTime);
    const QDate due = d.issue.addDays(d.termsDays);
    StockLedger ledger(s, userId, nowTime);
    LinePosting posting(s, ledger, draft.type, d.issue.year());
    if (auto first = posting.numberFirst(); !first.ok())
        return first.error();
    // Numbered first (the file): written posted. Numbered last (a server):
    // written as a draft, posted below.
    const bool numbered = posting.numbered();
    auto ins = s.insert(
        "INSERT INTO invoices (type, status, invoice_number, customer_id, supplier_id, warehouse_id, "
        "issue_date, due_date, prices_include_tax, currency, subtotal, tax_amount, total_amount, "
        "supplier_reference, notes, created_by, posted_by, created_at, updated_at, posted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {invoiceTypeName(draft.type),
         numbered ? QStringLiteral("posted") : QStringLiteral("draft"),
         numbered ? QVariant(posting.number()) : QVariant(QMetaType(QMetaType::QString)),
         sale ? QVariant(draft.partnerId) : nullableId(qint64(0)),
         sale ? nullableId(qint64(0)) : QVariant(draft.partnerId),
         draft.warehouseId,
         d.issue.toString(Qt::ISODate),
         due.toString(Qt::ISODate),
         d.pricesIncludeTax ? 1 : 0,
         currency.value(),
         d.subtotal,
         d.tax,
         d.total,
         textOrEmpty(draft.supplierReference.trimmed()),
         textOrEmpty(draft.notes),
         userId,
         numbered ? QVariant(userId) : nullableId(qint64(0)),
         now,
         now,
         numbered ? QVariant(now) : QVariant(QMetaType(QMetaType::QString))});
    if (!ins.ok())
        return ins.error();
    const qint64 id = ins.value();

    for (qsizetype i = 0; i < d.rows.size(); ++i) {
        const PreparedRow &r = d.rows.at(i);
        const qint64 unitCost = sale
            ? r.cost
            : roundedDiv(static_cast<WideInt>(r.amounts.net) * QuantityScale, r.in->quantity);
        auto item = s.write(
            "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, "
            "unit_price, discount_bp, tax_rate_bp, line_net, line_tax, line_total, unit_cost) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {id, i + 1, r.in->productId, textOrEmpty(r.description), r.in->quantity, r.price,
             r.in->discountBp, r.taxRate, r.amounts.net, r.amounts.tax, r.amounts.total, unitCost});
        if (!item.ok())
            return item.error();
        StockMovement m;
        m.productId = r.in->productId;
        m.warehouseId = draft.warehouseId;
        m.type = sale ? MovementType::Sale : MovementType::Receipt;
        m.quantity = r.in->quantity;
        m.unitCost = unitCost;
        m.invoiceId = id;
        m.reason = textOrEmpty({});
        if (auto moved = posting.line(m, i); !moved.ok())
            return moved.error();
    }
    if (!numbered) {
        if (auto last = posting.numberLast(); !last.ok())
            return last.error();
        auto posted = s.write("UPDATE invoices SET status = 'posted', invoice_number = ?, posted_by = ?, "
                              "posted_at = ? WHERE id = ? AND status = 'draft'",
                              {posting.number(), userId, now, id});
        if (!posted.ok())
            return posted.error();
        if (auto moved = posting.finish(); !moved.ok())
            return moved.error();
    }
    const QString number = posting.number();
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("invoice.post"), QStringLiteral("invoices"), id,
                       QJsonObject{{QStringLiteral("type"), invoiceTypeName(draft.type)},
                                   {QStringLiteral("partner_id"), draft.partnerId},
                                   {QStringLiteral("lines"), draft.lines.size()},
                                   {QStringLiteral("number"), number},
                                   {QStringLiteral("subtotal"), d.subtotal},
                                   {QStringLiteral("tax"), d.tax},
                                   {QStringLiteral("total"), d.total}}));
        !logged.ok())
        return logged.error();
    auto inv = s.invoice(id);
    if (!inv.ok())
        return inv;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return inv;
}

Result<Invoice> InvoiceService::postLocked(qint64 invoiceId)
{
    InvoiceStore &s = store();
    if (storage::dialectOf(m_company.database()).isPostgres()) {
        // Postings run side by side on a server: of two workstations posting
        // the same draft, the second waits here and then finds it posted.
        auto locked = s.run("SELECT status FROM invoices WHERE id = ? FOR UPDATE", {invoiceId});
        if (!locked.ok())
            return locked.error();
        locked.value()->finish();
    }
    auto loaded = s.invoice(invoiceId);
    if (!loaded.ok())
        return loaded;
    Invoice &inv = loaded.value();
    if (inv.status != InvoiceStatus::Draft)
        return makeError(ErrorCode::InvalidState, Tr::tr("Invoice %1 is already posted.").arg(inv.number),
                         QStringLiteral("status"));
    if (inv.lines.isEmpty())
        return fieldError(QStringLiteral("lines"), Tr::tr("An invoice needs at least one line."));
    const bool sale = inv.type == InvoiceType::Sale;

    qint64 terms = 0;
    {
        auto q = sale
            ? s.run("SELECT payment_terms_days, active FROM customers WHERE id = ?", {inv.partnerId})
            : s.run("SELECT payment_terms_days, active FROM suppliers WHERE id = ?", {inv.partnerId});
        if (!q.ok())
            return q.error();
        if (!q.value()->next())
            return fieldError(QStringLiteral("partner"),
                              Tr::tr("The %1 of this draft no longer exists.").arg(partnerWord(inv.type)));
        terms = q.value()->value(0).toLongLong();
        const bool active = q.value()->value(1).toLongLong() != 0;
        while (q.value()->next()) { }
        if (!active)
            return fieldError(QStringLiteral("partner"),
                              Tr::tr("%1 is inactive. Reactivate it before posting.").arg(inv.partnerName));
    }
    auto includeTax = s.pricesIncludeTax();
    if (!includeTax.ok())
        return includeTax.error();
    auto currency = SettingsService(m_company).currency();
    if (!currency.ok())
        return currency.error();

    const qint64 userId = m_company.session().userId();
    const QDateTime nowTime = m_company.now();
    const QString now = isoTimestamp(nowTime);
    StockLedger ledger(s, userId, nowTime);
    LinePosting posting(s, ledger, inv.type, inv.issueDate.year());
    if (auto first = posting.numberFirst(); !first.ok())
        return first.error();
    qint64 subtotal = 0, tax = 0, total = 0;
    for (qsizetype i = 0; i < inv.lines.size(); ++i) {
        InvoiceLine &l = inv.lines[i];
        const LineAmounts a = computeLine(l.quantity, l.unitPrice, l.discountBp, l.taxRateBp,
                                          includeTax.value());
        l.lineNet = a.net;
        l.lineTax = a.tax;
        l.lineTotal = a.total;
        subtotal += a.net;
        tax += a.tax;
        total += a.total;
        if (sale) {
            auto q = s.run("SELECT cost FROM products WHERE id = ?", {l.productId});
            if (!q.ok())
                return q.error();
            l.unitCost = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
            while (q.value()->next()) { }
        } else {
            l.unitCost = roundedDiv(static_cast<WideInt>(a.net) * QuantityScale, l.quantity);
        }
        auto up = s.write(
            "UPDATE invoice_items SET line_net = ?, line_tax = ?, line_total = ?, unit_cost = ? "
            "WHERE id = ?",
            {a.net, a.tax, a.total, l.unitCost, l.id});
        if (!up.ok())
            return up.error();
        StockMovement m;
        m.productId = l.productId;
        m.warehouseId = inv.warehouseId;
        m.type = sale ? MovementType::Sale : MovementType::Receipt;
        m.quantity = l.quantity;
        m.unitCost = l.unitCost;
        m.invoiceId = inv.id;
        m.reason = textOrEmpty({});
        if (auto moved = posting.line(m, i); !moved.ok())
            return moved.error();
    }
    if (auto last = posting.numberLast(); !last.ok())
        return last.error();
    const QString number = posting.number();
    const QDate due = inv.issueDate.addDays(terms);
    auto up = s.write(
        "UPDATE invoices SET status = 'posted', invoice_number = ?, prices_include_tax = ?, "
        "currency = ?, subtotal = ?, tax_amount = ?, total_amount = ?, due_date = ?, posted_by = ?, "
        "posted_at = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
        {number, includeTax.value() ? 1 : 0, currency.value(), subtotal, tax, total,
         due.toString(Qt::ISODate), userId, now, now, inv.id});
    if (!up.ok())
        return up.error();
    if (auto moved = posting.finish(); !moved.ok())
        return moved.error();
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("invoice.post"),
                                                  QStringLiteral("invoices"), inv.id,
                                                  QJsonObject{{QStringLiteral("number"), number},
                                                              {QStringLiteral("subtotal"), subtotal},
                                                              {QStringLiteral("tax"), tax},
                                                              {QStringLiteral("total"), total}}));
        !logged.ok())
        return logged.error();
    inv.status = InvoiceStatus::Posted;
    inv.number = number;
    inv.pricesIncludeTax = includeTax.value();
    inv.currency = currency.value();
    inv.subtotal = subtotal;
    inv.taxAmount = tax;
    inv.totalAmount = total;
    inv.dueDate = due;
    inv.postedBy = userId;
    inv.postedAt = nowTime;
    return loaded;
}

} // namespace stockbook

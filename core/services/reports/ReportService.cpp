// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/reports/ReportService.h"

#include "domain/StockMovement.h"
#include "domain/Warehouse.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/reports/ReportFormat.h"
#include "services/reports/ReportSupport.h"
#include "services/settings/SettingsService.h"
#include "storage/RowStream.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSqlQuery>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace stockbook {

using reports::idOf;
using reports::isoDate;
using reports::select;

namespace {

const QString WarehouseSql = QStringLiteral("SELECT id FROM warehouses WHERE code = ? COLLATE NOCASE");
const QString CategorySql = QStringLiteral("SELECT id FROM categories WHERE name = ? COLLATE NOCASE");
const QString SupplierSql = QStringLiteral("SELECT id FROM suppliers WHERE lower(email) = lower(?)");
const QString ProductSql = QStringLiteral("SELECT id FROM products WHERE sku = ? COLLATE NOCASE");

// Inbound movement types as an SQL condition on the column m.type.
const QString InboundSql = QStringLiteral("m.type IN (%1)").arg(inboundMovementTypesSql());

// The keys of a column's names (SKUs, warehouse codes) by id, for a loop
// over a million rows: a vector indexed by id, as ids are dense, and a hash
// for an id far beyond the others.
class KeysById {
public:
    KeysById(ReportRows &rows, int column, QSqlQuery &names) : m_none(rows.keep(column, QString()))
    {
        while (names.next()) {
            const qint64 id = names.value(0).toLongLong();
            const ReportTextKey key = rows.keep(column, names.value(1).toString());
            if (id < 0 || id >= DenseLimit) {
                m_sparse.insert(id, key);
                continue;
            }
            if (size_t(id) >= m_dense.size())
                m_dense.resize(size_t(id) + 1, m_none);
            m_dense[size_t(id)] = key;
        }
    }
    ReportTextKey key(qint64 id) const
    {
        if (id >= 0 && size_t(id) < m_dense.size())
            return m_dense[size_t(id)];
        return m_sparse.value(id, m_none);
    }

private:
    static constexpr qint64 DenseLimit = qint64(1) << 20;
    ReportTextKey m_none;
    std::vector<ReportTextKey> m_dense;
    QHash<qint64, ReportTextKey> m_sparse;
};

// The movements of a period as read, in batches handed from the thread that
// reads them to the one that keeps them as report rows: a year of a large
// shop's warehouse is a million rows, and reading them (SQLite, decryption)
// costs about as much as keeping them, so the two run side by side. The day,
// type and reference mostly repeat the previous row's; a batch carries a
// text only where it changes.
struct MovementBatch {
    struct Row {
        qint64 product;
        qint64 warehouse;
        qint64 in;
        qint64 out;
        quint8 changed; // bit 0 day, 1 type, 2 reference: the next text of texts
    };
    std::vector<Row> rows;
    std::vector<QString> texts;
};

class MovementQueue {
public:
    static constexpr size_t BatchRows = 16384;

    // Reads every row of the stream on its own thread (the connection is
    // SQLite's serialized kind and nothing else uses it meanwhile).
    explicit MovementQueue(storage::RowStream &stream) : m_reader([this, &stream] { read(stream); }) { }
    MovementQueue(const MovementQueue &) = delete;
    MovementQueue &operator=(const MovementQueue &) = delete;
    ~MovementQueue()
    {
        // Drained, so the reader is not waiting for room; it ends by itself.
        while (next()) { }
    }

    // The next batch, or nothing once the reader has read the last row.
    std::optional<MovementBatch> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
        if (m_batches.empty())
            return std::nullopt;
        MovementBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    static constexpr size_t MaxWaiting = 4; // batches read ahead, at most

    void read(storage::RowStream &r)
    {
        QByteArray last[3];
        bool lastNull[3] = {};
        bool first = true;
        MovementBatch batch;
        batch.rows.reserve(BatchRows);
        while (r.next()) {
            const QByteArrayView texts[3] = {r.text(0).first(std::min<qsizetype>(10, r.text(0).size())),
                                             r.text(1), r.text(2)};
            quint8 changed = 0;
            for (int c = 0; c < 3; ++c) {
                const QByteArrayView now = texts[c];
                if (!first && now.isNull() == lastNull[c] && QByteArrayView(last[c]) == now)
                    continue;
                lastNull[c] = now.isNull();
                last[c].resize(now.size());
                if (!now.isEmpty())
                    std::memcpy(last[c].data(), now.data(), size_t(now.size()));
                batch.texts.push_back(now.isNull() ? QString() : QString::fromUtf8(now));
                changed |= quint8(1 << c);
            }
            first = false;
            batch.rows.push_back({r.integer(3), r.integer(4), r.integer(5), r.integer(6), changed});
            if (batch.rows.size() == BatchRows) {
                hand(std::move(batch));
                batch = MovementBatch();
                batch.rows.reserve(BatchRows);
            }
        }
        if (!batch.rows.empty())
            hand(std::move(batch));
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    void hand(MovementBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < MaxWaiting; });
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<MovementBatch> m_batches;
    bool m_done = false;
    std::jthread m_reader; // last: started once the rest is built, joined first
};

} // namespace

QStringList ReportService::reportNames()
{
    return {QStringLiteral("stock-on-hand"), QStringLiteral("low-stock"),     QStringLiteral("valuation"),
            QStringLiteral("movements"),     QStringLiteral("sales"),         QStringLiteral("purchases"),
            QStringLiteral("top-products"),  QStringLiteral("top-customers"), QStringLiteral("aging"),
            QStringLiteral("dashboard")};
}

QStringList ReportService::filtersOf(const QString &report)
{
    if (report == QLatin1String("stock-on-hand"))
        return {QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("supplier")};
    if (report == QLatin1String("low-stock"))
        return {QStringLiteral("category"), QStringLiteral("supplier")};
    if (report == QLatin1String("valuation"))
        return {QStringLiteral("warehouse"), QStringLiteral("category")};
    if (report == QLatin1String("movements"))
        return {QStringLiteral("product"), QStringLiteral("warehouse"), QStringLiteral("from"),
                QStringLiteral("to")};
    if (report == QLatin1String("sales") || report == QLatin1String("purchases"))
        return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("period")};
    if (report == QLatin1String("top-products") || report == QLatin1String("top-customers"))
        return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("limit")};
    if (report == QLatin1String("aging"))
        return {QStringLiteral("as_of"), QStringLiteral("customer")};
    if (report == QLatin1String("dashboard"))
        return {QStringLiteral("as_of")};
    return {};
}

Result<ReportTable> ReportService::run(const QString &report, const ReportFilters &filters)
{
    if (report == QLatin1String("stock-on-hand"))
        return stockOnHand(filters);
    if (report == QLatin1String("low-stock"))
        return lowStock(filters);
    if (report == QLatin1String("valuation"))
        return valuation(filters);
    if (report == QLatin1String("movements"))
        return movements(filters);
    if (report == QLatin1String("sales"))
        return sales(filters);
    if (report == QLatin1String("purchases"))
        return purchases(filters);
    if (report == QLatin1String("top-products"))
        return topProducts(filters);
    if (report == QLatin1String("top-customers"))
        return topCustomers(filters);
    if (report == QLatin1String("aging"))
        return aging(filters);
    if (report == QLatin1String("dashboard"))
        return dashboard(filters);
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no report called %1; choose one of %2.")
                         .arg(report, reportNames().join(QStringLiteral(", "))),
                     QStringLiteral("report"));
}

Result<void> ReportService::checkAccess(const QString &report)
{
    if (!reportNames().contains(report))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no report called %1; choose one of %2.")
                             .arg(report, reportNames().join(QStringLiteral(", "))),
                         QStringLiteral("report"));
    return allow(report);
}

Result<void> ReportService::allow(const QString &report)
{
    return authorize(m_company, Permission::ReportView, QStringLiteral("report.view"), report);
}

Result<void> ReportService::checkExport(const ReportTable &table)
{
    return authorize(m_company, Permission::DataExport, QStringLiteral("data.export"),
                     QStringLiteral("report:") + table.name);
}

Result<void> ReportService::recordExport(const ReportTable &table, const QString &format,
                                         const QString &target)
{
    const QString what = QStringLiteral("report:") + table.name;
    if (auto ok = checkExport(table); !ok.ok())
        return ok.error();
    QJsonObject changes{{QStringLiteral("what"), what},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("rows"), qint64(table.rows.size())},
                        {QStringLiteral("filters"), QJsonObject::fromVariantMap(table.filters)}};
    if (!target.isEmpty())
        changes.insert(QStringLiteral("file"), target);
    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun;
    if (auto logged = AuditLog::append(
            db, auditEntry(m_company.session(), QStringLiteral("data.export"), what, 0, changes));
        !logged.ok())
        return logged.error();
    return tx.commit();
}

Result<void> ReportService::exportFile(const ReportTable &table, const QString &format, const QString &path)
{
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("table"))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("A report is exported as csv, json or table, not %1.").arg(format),
                         QStringLiteral("format"));
    if (auto allowed = checkExport(table); !allowed.ok())
        return allowed;
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        auto settings = SettingsService(m_company).get();
        if (!settings.ok())
            return settings.error();
        bytes = reportCsv(table, settings->csvDecimal);
    } else if (format == QLatin1String("json")) {
        bytes = reportJson(table);
    } else {
        bytes = reportText(table);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    // The audit entry comes before the file appears (an uncommitted
    // QSaveFile leaves nothing behind).
    if (auto recorded = recordExport(table, format, path); !recorded.ok())
        return recorded;
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    return {};
}

Result<void> ReportService::exportCsv(const ReportTable &table, const QString &path)
{
    return exportFile(table, QStringLiteral("csv"), path);
}

Result<void> ReportService::exportJson(const ReportTable &table, const QString &path)
{
    return exportFile(table, QStringLiteral("json"), path);
}

Result<ReportTable> ReportService::stockOnHand(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("stock-on-hand")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    auto wh = idOf(db, WarehouseSql, f.warehouse, QStringLiteral("warehouse"),
                   noSuchWarehouse(QStringLiteral("%1")).message);
    auto cat = idOf(db, CategorySql, f.category, QStringLiteral("category"),
                    Tr::tr("There is no category %1."));
    auto sup = idOf(db, SupplierSql, f.supplier, QStringLiteral("supplier"),
                    Tr::tr("There is no supplier with the e-mail %1."));
    for (const auto *r : {&wh, &cat, &sup})
        if (!r->ok())
            return r->error();
    auto q = select(db,
                    QStringLiteral("SELECT w.code, p.sku, p.name, COALESCE(c.name, ''), sl.quantity, p.unit "
                                   "FROM stock_levels sl JOIN products p ON p.id = sl.product_id "
                                   "JOIN warehouses w ON w.id = sl.warehouse_id "
                                   "LEFT JOIN categories c ON c.id = p.category_id "
                                   "WHERE sl.quantity <> 0 AND (? = 0 OR sl.warehouse_id = ?) "
                                   "AND (? = 0 OR p.category_id = ?) AND (? = 0 OR p.supplier_id = ?) "
                                   "ORDER BY w.code, p.sku"),
                    {wh.value(), wh.value(), cat.value(), cat.value(), sup.value(), sup.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("stock-on-hand");
    t.columns = {QStringLiteral("kind"),     QStringLiteral("sku"),       QStringLiteral("name"),
                 QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                 QStringLiteral("unit")};
    t.quantityColumns = {5};
    t.filters = {{QStringLiteral("warehouse"), f.warehouse},
                 {QStringLiteral("category"), f.category},
                 {QStringLiteral("supplier"), f.supplier}};
    QString current;
    qint64 subtotal = 0;
    qint64 total = 0;
    bool any = false;
    auto closeGroup = [&]() {
        if (any)
            t.rows.append(
                {QStringLiteral("subtotal"), QString(), QString(), QString(), current, subtotal, QString()});
    };
    QSqlQuery &r = q.value();
    while (r.next()) {
        const QString code = r.value(0).toString();
        if (!any || code != current) {
            closeGroup();
            current = code;
            subtotal = 0;
            any = true;
        }
        const qint64 qty = r.value(4).toLongLong();
        subtotal += qty;
        total += qty;
        t.rows.append({QStringLiteral("item"), r.value(1).toString(), r.value(2).toString(),
                       r.value(3).toString(), code, qty, r.value(5).toString()});
    }
    closeGroup();
    t.totals = {QStringLiteral("total"), QString(), QString(), QString(), QString(), total, QString()};
    return t;
}

Result<ReportTable> ReportService::lowStock(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("low-stock")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    auto cat = idOf(db, CategorySql, f.category, QStringLiteral("category"),
                    Tr::tr("There is no category %1."));
    auto sup = idOf(db, SupplierSql, f.supplier, QStringLiteral("supplier"),
                    Tr::tr("There is no supplier with the e-mail %1."));
    for (const auto *r : {&cat, &sup})
        if (!r->ok())
            return r->error();
    auto q = select(
        db,
        QStringLiteral("SELECT p.sku, p.name, p.unit, p.quantity, p.reorder_level, "
                       "COALESCE(s.name, ''), COALESCE(s.email, '') FROM products p "
                       "LEFT JOIN suppliers s ON s.id = p.supplier_id "
                       "WHERE p.active = 1 AND p.reorder_level > 0 AND p.quantity <= p.reorder_level "
                       "AND (? = 0 OR p.category_id = ?) AND (? = 0 OR p.supplier_id = ?) "
                       "ORDER BY p.sku"),
        {cat.value(), cat.value(), sup.value(), sup.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("low-stock");
    t.columns = {QStringLiteral("sku"),      QStringLiteral("name"),          QStringLiteral("unit"),
                 QStringLiteral("quantity"), QStringLiteral("reorder_level"), QStringLiteral("to_order"),
                 QStringLiteral("supplier"), QStringLiteral("supplier_email")};
    t.quantityColumns = {3, 4, 5};
    t.filters = {{QStringLiteral("category"), f.category}, {QStringLiteral("supplier"), f.supplier}};
    QSqlQuery &r = q.value();
    while (r.next()) {
        const qint64 qty = r.value(3).toLongLong();
        const qint64 level = r.value(4).toLongLong();
        t.rows.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), qty, level,
                       level - qty + 1000, r.value(5).toString(), r.value(6).toString()});
    }
    return t;
}

Result<ReportTable> ReportService::valuation(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("valuation")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
    auto wh = idOf(db, WarehouseSql, f.warehouse, QStringLiteral("warehouse"),
                   noSuchWarehouse(QStringLiteral("%1")).message);
    auto cat = idOf(db, CategorySql, f.category, QStringLiteral("category"),
                    Tr::tr("There is no category %1."));
    for (const auto *r : {&wh, &cat})
        if (!r->ok())
            return r->error();
    // Both factors are >= 0, so (x + 500) / 1000 rounds half up.
    auto q = select(
        db,
        QStringLiteral("SELECT w.code, COALESCE(c.name, ''), SUM(sl.quantity), "
                       "SUM((sl.quantity * p.cost + 500) / 1000) "
                       "FROM stock_levels sl JOIN products p ON p.id = sl.product_id "
                       "JOIN warehouses w ON w.id = sl.warehouse_id "
                       "LEFT JOIN categories c ON c.id = p.category_id "
                       "WHERE sl.quantity <> 0 AND (? = 0 OR sl.warehouse_id = ?) "
                       "AND (? = 0 OR p.category_id = ?) "
                       "GROUP BY w.code, COALESCE(c.name, '') ORDER BY w.code, COALESCE(c.name, '')"),
        {wh.value(), wh.value(), cat.value(), cat.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("valuation");
    t.columns = {QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("quantity"),
                 QStringLiteral("value")};
    t.quantityColumns = {2};
    t.moneyColumns = {3};
    t.filters = {{QStringLiteral("warehouse"), f.warehouse}, {QStringLiteral("category"), f.category}};
    qint64 qty = 0;
    qint64 value = 0;
    QSqlQuery &r = q.value();
    while (r.next()) {
        qty += r.value(2).toLongLong();
        value += r.value(3).toLongLong();
        t.rows.append(
            {r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong()});
    }
    t.totals = {QStringLiteral("total"), QString(), qty, value};
    return t;
}

Result<ReportTable> ReportService::movements(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("movements")); !ok.ok())
        return ok.error();
    if (f.product.trimmed().isEmpty() && f.warehouse.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The movements report needs a product, a warehouse or both; name one."),
                         QStringLiteral("product"));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period starts after it ends; swap the dates."), QStringLiteral("from"));
    storage::Database &db = m_company.database();
    auto wh = idOf(db, WarehouseSql, f.warehouse, QStringLiteral("warehouse"),
                   noSuchWarehouse(QStringLiteral("%1")).message);
    auto prod = idOf(db, ProductSql, f.product, QStringLiteral("product"), Tr::tr("There is no product %1."));
    for (const auto *r : {&wh, &prod})
        if (!r->ok())
            return r->error();
    // Timestamps are ISO text; a bare date sorts before every time of that day.
    // Without a start date the period is the whole history: the bound must
    // still be text, as NULL would compare false with every timestamp.
    const QString from = f.from.isValid() ? isoDate(f.from) : QStringLiteral("0000");
    const QString toExclusive = f.to.isValid() ? isoDate(f.to.addDays(1)) : QStringLiteral("9999");
    // One fixed condition per combination, so each can use its index.
    QString where;
    QVariantList keys;
    if (prod.value() != 0 && wh.value() != 0) {
        where = QStringLiteral("m.product_id = ? AND m.warehouse_id = ?");
        keys = {prod.value(), wh.value()};
    } else if (prod.value() != 0) {
        where = QStringLiteral("m.product_id = ?");
        keys = {prod.value()};
    } else {
        where = QStringLiteral("m.warehouse_id = ?");
        keys = {wh.value()};
    }
    auto open = select(
        db,
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN %1 THEN m.quantity ELSE -m.quantity END), 0) "
                       "FROM stock_movements m WHERE %2 AND m.created_at < ?")
            .arg(InboundSql, where),
        keys + QVariantList{from});
    if (!open.ok())
        return open.error();
    qint64 balance = open.value().next() ? open.value().value(0).toLongLong() : 0;
    // The SKU and warehouse code come from two small lookups instead of a
    // join: joined, SQLite leaves the (warehouse, time) index and sorts a
    // year of movements itself (7 s instead of 0.5 s for a million).
    auto skus = prod.value() != 0
        ? select(db, QStringLiteral("SELECT id, sku FROM products WHERE id = ?"), {prod.value()})
        : select(db, QStringLiteral("SELECT id, sku FROM products"), {});
    auto codes = select(db, QStringLiteral("SELECT id, code FROM warehouses"), {});
    for (auto *r : {&skus, &codes})
        if (!r->ok())
            return r->error();
    auto q = storage::RowStream::open(
        db,
        QStringLiteral("SELECT m.created_at, m.type, m.reference, m.product_id, m.warehouse_id, "
                       "CASE WHEN %1 THEN m.quantity ELSE 0 END, CASE WHEN %1 THEN 0 ELSE m.quantity END "
                       "FROM stock_movements m "
                       "WHERE %2 AND m.created_at >= ? AND m.created_at < ? ORDER BY m.created_at, m.id")
            .arg(InboundSql, where),
        keys + QVariantList{from, toExclusive});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("movements");
    t.columns = {QStringLiteral("kind"),      QStringLiteral("date"), QStringLiteral("type"),
                 QStringLiteral("reference"), QStringLiteral("sku"),  QStringLiteral("warehouse"),
                 QStringLiteral("in"),        QStringLiteral("out"),  QStringLiteral("balance")};
    t.quantityColumns = {6, 7, 8};
    t.filters = {{QStringLiteral("product"), f.product},
                 {QStringLiteral("warehouse"), f.warehouse},
                 {QStringLiteral("from"), isoDate(f.from)},
                 {QStringLiteral("to"), isoDate(f.to)}};
    t.rows.append({QStringLiteral("opening"), isoDate(f.from), QString(), QString(), f.product, f.warehouse,
                   QVariant(), QVariant(), balance});
    // A year of a warehouse is a million rows, read without a QVariant per
    // value on one thread while this one keeps them. Each text is kept once
    // in its column and rows append its key: the SKU and warehouse code are
    // keyed by id before the first row, the day, type and reference where
    // they change.
    const KeysById skuKeys(t.rows, 4, skus.value());
    const KeysById codeKeys(t.rows, 5, codes.value());
    const ReportTextKey movement = t.rows.keep(0, QStringLiteral("movement"));
    ReportTextKey texts[3];
    qint64 in = 0;
    qint64 out = 0;
    storage::RowStream &r = q.value();
    {
        MovementQueue queue(r);
        while (std::optional<MovementBatch> batch = queue.next()) {
            size_t text = 0;
            for (const MovementBatch::Row &row : batch->rows) {
                for (int c = 0; c < 3; ++c)
                    if (row.changed & (1 << c))
                        texts[c] = t.rows.keep(c + 1, batch->texts[text++]);
                in += row.in;
                out += row.out;
                balance += row.in - row.out;
                t.rows.appendRow({movement, texts[0], texts[1], texts[2], skuKeys.key(row.product),
                                  codeKeys.key(row.warehouse), row.in, row.out, balance});
            }
        }
    }
    if (auto failed = r.error(); !failed.ok())
        return failed.error();
    t.rows.append({QStringLiteral("closing"), isoDate(f.to), QString(), QString(), f.product, f.warehouse, in,
                   out, balance});
    return t;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// movements: the ledger of a product, a warehouse or both over a period,
// with the opening balance, a running balance and the closing line.
#include "domain/Stock.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"
#include "storage/Dialect.h"
#include "storage/RowStream.h"

#include <QHash>
#include <QSqlQuery>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace stockbook::reports {

namespace {

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

// Reads the stream's rows into batches, each text only where it changes from
// the previous row's.
class MovementReader {
public:
    static constexpr size_t BatchRows = 16384;

    explicit MovementReader(storage::RowStream &stream) : m_stream(stream) { }

    // The next batch of at most BatchRows rows; empty once every row is read.
    MovementBatch read()
    {
        storage::RowStream &r = m_stream;
        MovementBatch batch;
        batch.rows.reserve(BatchRows);
        while (batch.rows.size() < BatchRows && r.next()) {
            const QByteArrayView texts[3] = {r.text(0).first(std::min<qsizetype>(10, r.text(0).size())),
                                             r.text(1), r.text(2)};
            quint8 changed = 0;
            for (int c = 0; c < 3; ++c) {
                const QByteArrayView now = texts[c];
                if (!m_first && now.isNull() == m_lastNull[c] && QByteArrayView(m_last[c]) == now)
                    continue;
                m_lastNull[c] = now.isNull();
                m_last[c].resize(now.size());
                if (!now.isEmpty())
                    std::memcpy(m_last[c].data(), now.data(), size_t(now.size()));
                batch.texts.push_back(now.isNull() ? QString() : QString::fromUtf8(now));
                changed |= quint8(1 << c);
            }
            m_first = false;
            batch.rows.push_back({r.integer(3), r.integer(4), r.integer(5), r.integer(6), changed});
        }
        return batch;
    }

private:
    storage::RowStream &m_stream;
    QByteArray m_last[3];
    bool m_lastNull[3] = {};
    bool m_first = true;
};

// The batches of a stream, read on a thread of their own while the caller
// keeps the previous ones (the file: the connection is SQLite's serialized
// kind and nothing else uses it meanwhile), or on the caller's thread, one
// batch per call (a server: a Qt connection is used from its own thread
// only, and QPSQL reads a forward-only query's rows as they are asked for).
class MovementQueue {
public:
    MovementQueue(storage::RowStream &stream, bool ownThread) : m_source(stream)
    {
        if (ownThread)
            m_reader = std::jthread([this] { read(); });
    }
    MovementQueue(const MovementQueue &) = delete;
    MovementQueue &operator=(const MovementQueue &) = delete;
    ~MovementQueue()
    {
        // Drained, so the reader is not waiting for room; it ends by itself.
        if (m_reader.joinable())
            while (next()) { }
    }

    // The next batch, or nothing once the last row has been read.
    std::optional<MovementBatch> next()
    {
        if (!m_reader.joinable()) {
            MovementBatch batch = m_source.read();
            if (batch.rows.empty())
                return std::nullopt;
            return batch;
        }
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

    void read()
    {
        for (MovementBatch batch = m_source.read(); !batch.rows.empty(); batch = m_source.read())
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

    MovementReader m_source;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<MovementBatch> m_batches;
    bool m_done = false;
    std::jthread m_reader; // last: started once the rest is built, joined first
};

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("movements")); !ok.ok())
        return ok.error();
    if (f.product.trimmed().isEmpty() && f.warehouse.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The movements report needs a product, a warehouse or both; name one."),
                         QStringLiteral("product"));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period starts after it ends; swap the dates."), QStringLiteral("from"));
    storage::Database &db = company.database();
    auto wh = warehouseIdOf(db, f.warehouse);
    auto prod = idOf(db, productSql(db), f.product, QStringLiteral("product"),
                     Tr::tr("There is no product %1."));
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
    // The SKU and warehouse code come from two small lookups instead of a
    // join: joined, SQLite leaves the (warehouse, time) index and sorts a
    // year of movements itself (7 s instead of 0.5 s for a million). Each is
    // read before the next statement runs: on a server a forward-only query
    // is read as it goes, and the next statement on the connection ends it.
    // The texts are kept once in their column and rows append their key.
    auto skus = prod.value() != 0
        ? select(db, QStringLiteral("SELECT id, sku FROM products WHERE id = ?"), {prod.value()})
        : select(db, QStringLiteral("SELECT id, sku FROM products"), {});
    if (!skus.ok())
        return skus.error();
    const KeysById skuKeys(t.rows, 4, skus.value());
    auto codes = select(db, QStringLiteral("SELECT id, code FROM warehouses"), {});
    if (!codes.ok())
        return codes.error();
    const KeysById codeKeys(t.rows, 5, codes.value());
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
    // A year of a warehouse is a million rows, read without a QVariant per
    // value (on a thread of its own on the file) while this one keeps them:
    // the day, type and reference are kept where they change.
    const ReportTextKey movement = t.rows.keep(0, QStringLiteral("movement"));
    ReportTextKey texts[3];
    qint64 in = 0;
    qint64 out = 0;
    storage::RowStream &r = q.value();
    {
        MovementQueue queue(r, !storage::dialectOf(db).isPostgres());
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

} // namespace

ReportDefinition movementsReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("movements");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Stock movements");
    d.filters = {QStringLiteral("product"), QStringLiteral("warehouse"), QStringLiteral("from"),
                 QStringLiteral("to")};
    d.columns = {{QStringLiteral("kind"), nullptr, ReportColumnText::RowKind},
                 {QStringLiteral("date")},
                 {QStringLiteral("type"), nullptr, ReportColumnText::MovementType},
                 {QStringLiteral("reference")},
                 {QStringLiteral("sku")},
                 {QStringLiteral("warehouse")},
                 {QStringLiteral("in")},
                 {QStringLiteral("out")},
                 {QStringLiteral("balance")}};
    d.needsOneOf = {QStringLiteral("product"), QStringLiteral("warehouse")};
    d.run = &run;
    return d;
}

} // namespace stockbook::reports

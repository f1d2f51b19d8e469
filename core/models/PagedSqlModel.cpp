// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/PagedSqlModel.h"

#include "Tr.h"
#include "domain/NumberFormat.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace stockbook {

namespace {

const QVariant NumberAlignment = QVariant(int(Qt::AlignRight | Qt::AlignVCenter));

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

PagedSqlModel::PagedSqlModel(CompanySession &company, QList<Permission> anyOf, QString action,
                             int defaultSortColumn, Qt::SortOrder defaultOrder, QObject *parent)
    : QAbstractTableModel(parent), m_company(company), m_anyOf(std::move(anyOf)), m_action(std::move(action)),
      m_defaultSortColumn(defaultSortColumn), m_defaultOrder(defaultOrder), m_sortColumn(defaultSortColumn),
      m_sortOrder(defaultOrder)
{ }

PagedSqlModel::~PagedSqlModel() = default;

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rowCount
        || index.column() >= columns())
        return {};
    const QVariantList *row = rowAt(index.row());
    if (!row || row->isEmpty())
        return {};
    if (role == IdRole)
        return row->constFirst().toLongLong();
    return cell(*row, index.column(), role);
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns()) {
        column = m_defaultSortColumn;
        order = m_defaultOrder;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedSqlModel::refresh()
{
    reload();
}

qint64 PagedSqlModel::idAt(int row) const
{
    return fieldAt(row, 0).toLongLong();
}

void PagedSqlModel::setPaging(int pageSize, int cachedPages)
{
    m_pageSize = std::max(1, pageSize);
    m_cachedPages = std::max(1, cachedPages);
    reload();
}

int PagedSqlModel::loadedRowCount() const
{
    int rows = 0;
    for (const Page &p : m_pages)
        rows += int(p.rows.size());
    return rows;
}

void PagedSqlModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_open = false;
    m_lastError.reset();
    resetDerived();
    if (auto allowed = authorizeAccess(); !allowed.ok()) {
        m_lastError = allowed.error();
    } else if (auto counted = aggregate(QStringLiteral("COUNT(*)")); !counted.ok()) {
        m_lastError = counted.error();
    } else {
        m_rowCount = int(std::min<qint64>(counted.value().toLongLong(), INT_MAX));
        m_open = true;
    }
    endResetModel();
}

Result<void> PagedSqlModel::authorizeAccess()
{
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen,
                         Tr::tr("The company is closed. Sign in again to see this list."));
    Permission chosen = m_anyOf.value(0);
    for (Permission p : std::as_const(m_anyOf)) {
        if (m_company.session().has(p)) {
            chosen = p;
            break;
        }
    }
    return authorize(m_company, chosen, m_action);
}

Result<QVariant> PagedSqlModel::aggregate(const QString &expression) const
{
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen,
                         Tr::tr("The company is closed. Sign in again to see this list."));
    const Query q = query();
    QSqlQuery sql(m_company.database().connection());
    sql.setForwardOnly(true);
    if (!sql.prepare(QStringLiteral("SELECT ") + expression + QStringLiteral(" FROM ") + q.countFrom
                     + whereClause(q.conditions)))
        return storage::errorFromSql(sql.lastError(), m_action);
    for (const QVariant &v : q.values)
        sql.addBindValue(v);
    if (!sql.exec())
        return storage::errorFromSql(sql.lastError(), m_action);
    QVariant value = sql.next() ? sql.value(0) : QVariant();
    if (sql.lastError().isValid())
        return storage::errorFromSql(sql.lastError(), m_action);
    sql.finish();
    return value;
}

QVariant PagedSqlModel::fieldAt(int row, int field) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const QVariantList *values = rowAt(row);
    return values && field >= 0 && field < values->size() ? values->at(field) : QVariant();
}

const QVariantList *PagedSqlModel::rowAt(int row) const
{
    const Page *p = page(row / m_pageSize);
    const int inPage = row % m_pageSize;
    return p && inPage < p->rows.size() ? &p->rows.at(inPage) : nullptr;
}

const PagedSqlModel::Page *PagedSqlModel::cachedPage(int index) const
{
    for (const Page &p : m_pages) {
        if (p.index == index)
            return &p;
    }
    return nullptr;
}

const PagedSqlModel::Page *PagedSqlModel::page(int index) const
{
    if (!m_open || !m_company.isOpen())
        return nullptr;
    for (Page &p : m_pages) {
        if (p.index == index) {
            p.lastUse = ++m_tick;
            return &p;
        }
    }
    Page loaded;
    loaded.index = index;
    loaded.lastUse = ++m_tick;
    auto rows = fetchPage(index);
    // A failed page is kept empty, so a broken query is not rerun for every
    // cell painted; refresh() tries again.
    if (rows.ok())
        loaded.rows = std::move(rows).value();
    else
        m_lastError = rows.error();
    if (m_pages.size() >= m_cachedPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    m_pages.append(std::move(loaded));
    return &m_pages.constLast();
}

Result<QList<QVariantList>> PagedSqlModel::fetchPage(int index) const
{
    const int first = index * m_pageSize;
    const int count = std::min(m_pageSize, m_rowCount - first);
    if (count <= 0)
        return QList<QVariantList>();
    const Query q = query();
    const SortKey key = sortKey(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;

    // A page next to a cached one continues from that page's edge row (keyset).
    // Rows whose sort key is NULL come first in ascending SQL order, so a
    // nullable key is only followed in that direction from a non-NULL value.
    auto keysetFrom = [&](const QVariantList &edge, bool sqlAscending) -> std::optional<QVariantList> {
        const qsizetype width = 1 + q.keys.size();
        if (edge.size() < width)
            return std::nullopt;
        QVariantList boundary = edge.mid(edge.size() - width);
        if (!key.notNull && (!sqlAscending || boundary.constFirst().isNull()))
            return std::nullopt;
        return boundary;
    };

    const QString keyList = key.expression + QStringLiteral(", ") + q.keys.join(QStringLiteral(", "));
    // NULL keys sort first ascending on both engines, as the keyset above
    // assumes. Only a nullable key says so: a server then sorts rather than
    // walk an index, which NOT NULL keys keep.
    auto orderBy = [&](bool sqlAscending) {
        const QString direction = sqlAscending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QStringList order{key.notNull ? key.expression + direction
                                      : dialect().orderNullsLowest(key.expression, sqlAscending)};
        for (const QString &k : q.keys)
            order << k + direction;
        return order;
    };

    bool backward = false;
    bool inclusive = false;
    std::optional<QVariantList> boundary;
    int offset = first;
    const Page *previous = cachedPage(index - 1);
    const Page *next = cachedPage(index + 1);
    if (previous && previous->rows.size() == m_pageSize)
        boundary = keysetFrom(previous->rows.constLast(), ascending);
    if (!boundary && next && !next->rows.isEmpty()) {
        boundary = keysetFrom(next->rows.constFirst(), !ascending);
        backward = boundary.has_value();
    }
    if (!boundary) {
        // Counted from the nearer end: the last page of a million rows is as
        // quick to reach as the first.
        const int tail = m_rowCount - first - count;
        if (tail < first) {
            backward = true;
            offset = tail;
        }
        // The page's first row is found through the sort key alone, often from
        // an index without touching the rows; the page is then read from it.
        if (offset > 0 && (key.notNull || ascending != backward)) {
            auto edge = edgeRow(q, key, keyList, orderBy(ascending != backward), offset);
            if (!edge.ok())
                return edge.error();
            if (edge.value()) {
                boundary = keysetFrom(*edge.value(), ascending != backward);
                inclusive = boundary.has_value();
            }
        }
    }
    const bool sqlAscending = ascending != backward;

    QStringList conditions = q.conditions;
    QVariantList values = q.values;
    if (boundary) {
        QString op = sqlAscending ? QStringLiteral(">") : QStringLiteral("<");
        if (inclusive)
            op += QLatin1Char('=');
        conditions << QStringLiteral("(%1) %2 (%3)").arg(keyList, op, placeholders(boundary->size()));
        values << *boundary;
    }
    QString text = QStringLiteral("SELECT ") + q.fields + QStringLiteral(", ") + keyList
        + QStringLiteral(" FROM ") + q.from + whereClause(conditions) + QStringLiteral(" ORDER BY ")
        + orderBy(sqlAscending).join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ?");
    values << count;
    if (!boundary) {
        text += QStringLiteral(" OFFSET ?");
        values << offset;
    }

    QSqlQuery sql(m_company.database().connection());
    sql.setForwardOnly(true);
    if (!sql.prepare(text))
        return storage::errorFromSql(sql.lastError(), m_action);
    for (const QVariant &v : std::as_const(values))
        sql.addBindValue(v);
    if (!sql.exec())
        return storage::errorFromSql(sql.lastError(), m_action);
    ++m_pageLoads;
    QList<QVariantList> rows;
    rows.reserve(count);
    const int width = sql.record().count();
    while (sql.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << sql.value(c);
        rows << std::move(row);
    }
    if (sql.lastError().isValid())
        return storage::errorFromSql(sql.lastError(), m_action);
    sql.finish();
    if (backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<std::optional<QVariantList>> PagedSqlModel::edgeRow(const Query &q, const SortKey &key,
                                                           const QString &keyList, const QStringList &order,
                                                           int offset) const
{
    QSqlQuery sql(m_company.database().connection());
    sql.setForwardOnly(true);
    const QString text = QStringLiteral("SELECT ") + keyList + QStringLiteral(" FROM ")
        + (key.needsJoins ? q.from : q.countFrom) + whereClause(q.conditions) + QStringLiteral(" ORDER BY ")
        + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT 1 OFFSET ?");
    if (!sql.prepare(text))
        return storage::errorFromSql(sql.lastError(), m_action);
    for (const QVariant &v : q.values)
        sql.addBindValue(v);
    sql.addBindValue(offset);
    if (!sql.exec())
        return storage::errorFromSql(sql.lastError(), m_action);
    std::optional<QVariantList> row;
    if (sql.next()) {
        QVariantList values;
        for (int c = 0; c < sql.record().count(); ++c)
            values << sql.value(c);
        row = std::move(values);
    }
    if (sql.lastError().isValid())
        return storage::errorFromSql(sql.lastError(), m_action);
    sql.finish();
    return row;
}

QVariant PagedSqlModel::textCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return value.isNull() ? QVariant() : QVariant(value.toString());
    default:
        return {};
    }
}

QVariant PagedSqlModel::labelCell(const QVariant &value, const QString &label, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return label;
    case Qt::EditRole:
    case RawValueRole:
        return value.toString();
    default:
        return {};
    }
}

QVariant PagedSqlModel::integerCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return value.isNull() ? QVariant() : QVariant(QLocale().toString(value.toLongLong()));
    case Qt::EditRole:
    case RawValueRole:
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case Qt::TextAlignmentRole:
        return NumberAlignment;
    default:
        return {};
    }
}

QVariant PagedSqlModel::moneyCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return NumberFormat().money(value.toLongLong());
    case Qt::EditRole:
    case RawValueRole:
        return value.toLongLong();
    case Qt::TextAlignmentRole:
        return NumberAlignment;
    default:
        return {};
    }
}

QVariant PagedSqlModel::quantityCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return NumberFormat().quantity(value.toLongLong());
    case Qt::EditRole:
    case RawValueRole:
        return value.toLongLong();
    case Qt::TextAlignmentRole:
        return NumberAlignment;
    default:
        return {};
    }
}

QVariant PagedSqlModel::timestampCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole: {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : value.toString();
    }
    case Qt::EditRole:
    case RawValueRole:
        return value.toString();
    default:
        return {};
    }
}

QVariant PagedSqlModel::flagCell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return value.toLongLong() != 0 ? Tr::tr("Yes") : Tr::tr("No");
    case Qt::EditRole:
    case RawValueRole:
        return value.toLongLong() != 0;
    default:
        return {};
    }
}

QString PagedSqlModel::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

storage::Dialect PagedSqlModel::dialect() const
{
    return m_company.dialect();
}

void PagedSqlModel::addSearch(Query &q, const QStringList &searched, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList alternatives;
    const QString pattern = containsPattern(trimmed);
    const QString like = m_company.dialect().likeNocase();
    for (const QString &column : searched) {
        alternatives << column + u' ' + like + QStringLiteral(" ? ESCAPE '\\'");
        q.values << pattern;
    }
    q.conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace stockbook

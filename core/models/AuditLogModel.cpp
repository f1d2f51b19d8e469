// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "models/AuditLogModel.h"

#include "Tr.h"
#include "models/StockModels.h"

namespace stockbook {

namespace {

enum Field {
    SeqField,
    TimeField,
    UserField,
    ActionField,
    EntityField,
    EntityIdField,
    ChangesField,
    UserIdField
};

const char *const Headers[] = {
    QT_TRANSLATE_NOOP("Stockbook", "#"),       QT_TRANSLATE_NOOP("Stockbook", "Time"),
    QT_TRANSLATE_NOOP("Stockbook", "User"),    QT_TRANSLATE_NOOP("Stockbook", "Action"),
    QT_TRANSLATE_NOOP("Stockbook", "Record"),  QT_TRANSLATE_NOOP("Stockbook", "Record id"),
    QT_TRANSLATE_NOOP("Stockbook", "Changes"),
};
static_assert(std::size(Headers) == AuditLogModel::ColumnCount);

} // namespace

AuditLogModel::AuditLogModel(CompanySession &company, QObject *parent)
    : PagedSqlModel(company, {Permission::AuditView}, QStringLiteral("audit.list"), Seq, Qt::DescendingOrder,
                    parent)
{
    reload();
}

void AuditLogModel::setFilter(const AuditLogFilter &filter)
{
    m_filter = filter;
    reload();
}

QString AuditLogModel::header(int column) const
{
    return Tr::tr(Headers[column]);
}

PagedSqlModel::Query AuditLogModel::query() const
{
    Query q;
    q.fields = QStringLiteral(
        "a.seq, a.timestamp, a.username, a.action, a.entity, a.entity_id, a.changes, a.user_id");
    q.from = QStringLiteral("audit_logs a");
    q.countFrom = q.from;
    q.keys = {QStringLiteral("a.seq")};
    if (m_filter.userId > 0) {
        q.conditions << QStringLiteral("a.user_id = ?");
        q.values << m_filter.userId;
    }
    if (!m_filter.actionPrefix.isEmpty()) {
        // Case-sensitive like the action names; the prefix is an index range
        // over ix_audit_logs_action.
        const storage::Dialect sql = dialect();
        q.conditions << sql.prefixMatch(QStringLiteral("a.action"));
        q.values << sql.prefixPattern(m_filter.actionPrefix);
    }
    if (!m_filter.entity.isEmpty()) {
        q.conditions << QStringLiteral("a.entity = ?");
        q.values << m_filter.entity;
    }
    addLocalDayRange(q.conditions, q.values, QStringLiteral("a.timestamp"), m_filter.from, m_filter.to);
    return q;
}

PagedSqlModel::SortKey AuditLogModel::sortKey(int column) const
{
    switch (column) {
    case Time:
        return {QStringLiteral("a.timestamp")};
    case User:
        return {dialect().nocase(QStringLiteral("a.username"))};
    case Action:
        return {QStringLiteral("a.action")};
    case Entity:
        return {QStringLiteral("a.entity"), false};
    case EntityId:
        return {QStringLiteral("a.entity_id"), false};
    case Changes:
        return {QStringLiteral("a.changes"), false};
    case Seq:
    default:
        return {QStringLiteral("a.seq")};
    }
}

QVariant AuditLogModel::cell(const QVariantList &fields, int column, int role) const
{
    if (role == UserIdRole)
        return fields.at(UserIdField).toLongLong();
    switch (column) {
    case Seq:
        return integerCell(fields.at(SeqField), role);
    case Time:
        return timestampCell(fields.at(TimeField), role);
    case User:
        return textCell(fields.at(UserField), role);
    case Action:
        return textCell(fields.at(ActionField), role);
    case Entity:
        return textCell(fields.at(EntityField), role);
    case EntityId:
        return textCell(fields.at(EntityIdField), role);
    case Changes:
        return textCell(fields.at(ChangesField), role);
    default:
        return {};
    }
}

} // namespace stockbook

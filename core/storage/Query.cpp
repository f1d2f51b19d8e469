// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Query.h"

#include "Tr.h"

#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace stockbook::storage {

Query::Query(QSqlQuery executed) : m_query(std::move(executed)), m_record(m_query.record()) { }

QVariant Query::value(const char *name) const
{
    return at(resolve(name));
}

int Query::resolve(const char *name) const
{
    // A literal has one address, so a name is looked up in the record once per
    // query. Each row asks for the columns in the same order, so the search
    // starts after the last one found. The text is compared as well, in case a
    // caller's buffer was reused for another name.
    const qsizetype count = m_resolved.size();
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype i = (m_nextGuess + n) % count;
        const Resolved &r = m_resolved.at(i);
        if (r.address == name && qstrcmp(r.name.constData(), name) == 0) {
            m_nextGuess = i + 1;
            return r.index;
        }
    }
    const int index = lookUp(QString::fromLatin1(name));
    if (index >= 0) {
        m_resolved.append({name, QByteArray(name), index});
        m_nextGuess = 0;
    }
    return index;
}

int Query::lookUp(const QString &name) const
{
    const int index = m_record.indexOf(name);
    if (index >= 0 || m_columnError)
        return index;
    QStringList columns;
    for (int i = 0; i < m_record.count(); ++i)
        columns.append(m_record.fieldName(i));
    m_columnError = makeError(
        ErrorCode::Sql,
        Tr::tr("The program asked the database for a column named %1, which the statement does not return "
               "(it returns %2). Please report this fault; the value was read as empty.")
            .arg(name, columns.isEmpty() ? Tr::tr("no columns") : columns.join(QStringLiteral(", "))),
        name, m_query.lastQuery());
    qCWarning(lcStorage) << "no column" << name << "in the statement's columns" << columns;
    return index;
}

} // namespace stockbook::storage

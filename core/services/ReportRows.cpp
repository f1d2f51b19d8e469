// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ReportRows.h"

namespace stockbook {

ReportRows::ReportRows(std::initializer_list<QVariantList> rows)
{
    for (const QVariantList &row : rows)
        append(row);
}

QVariant ReportRows::cell(qsizetype row, int column) const
{
    if (row < 0 || row >= m_size || column < 0 || size_t(column) >= m_columns.size())
        return {};
    return m_columns[size_t(column)].value(row);
}

QVariantList ReportRows::at(qsizetype row) const
{
    QVariantList cells;
    if (row < 0 || row >= m_size)
        return cells;
    const int width = m_widths.empty() ? m_width : int(m_widths[size_t(row)]);
    cells.reserve(width);
    for (int c = 0; c < width; ++c)
        cells.append(m_columns[size_t(c)].value(row));
    return cells;
}

ReportRows ReportRows::mid(qsizetype from, qsizetype length) const
{
    ReportRows part;
    const qsizetype end = length < 0 ? m_size : std::min(m_size, from + length);
    for (qsizetype r = std::max<qsizetype>(0, from); r < end; ++r)
        part.append(at(r));
    return part;
}

QList<QVariantList> ReportRows::toList() const
{
    QList<QVariantList> list;
    list.reserve(m_size);
    for (qsizetype r = 0; r < m_size; ++r)
        list.append(at(r));
    return list;
}

void ReportRows::addColumns(qsizetype count)
{
    while (m_columns.size() < size_t(count)) {
        Column column;
        column.unsetRows = m_size;
        m_columns.push_back(std::move(column));
    }
}

void ReportRows::appendRow(std::initializer_list<ReportCell> row)
{
    const auto count = qsizetype(row.size());
    addColumns(count);
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (qsizetype(c) >= count) {
            m_columns[c].appendMissing();
            continue;
        }
        const ReportCell &cell = row.begin()[c];
        switch (cell.m_kind) {
        case ReportCell::Kind::None:
            m_columns[c].appendMissing();
            break;
        case ReportCell::Kind::Text:
            m_columns[c].appendText(*cell.m_text);
            break;
        case ReportCell::Kind::Integer:
            m_columns[c].appendInteger(cell.m_integer);
            break;
        }
    }
    endRow(count);
}

void ReportRows::appendCells(const QVariant *cells, qsizetype count)
{
    addColumns(count);
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (qsizetype(c) < count)
            m_columns[c].append(cells[c]);
        else
            m_columns[c].appendMissing();
    }
    endRow(count);
}

void ReportRows::endRow(qsizetype count)
{
    if (m_size == 0)
        m_width = int(count);
    if (m_widths.empty() && count != m_width)
        m_widths.assign(size_t(m_size), quint16(m_width));
    if (!m_widths.empty())
        m_widths.push_back(quint16(count));
    ++m_size;
}

QVariant ReportRows::Column::value(qsizetype row) const
{
    switch (kind) {
    case Unset:
        return {};
    case Integer:
        if (!missing.empty() && missing[size_t(row)])
            return {};
        return isInt ? QVariant(int(integers[size_t(row)])) : QVariant(qint64(integers[size_t(row)]));
    case Text: {
        const quint32 id = texts[size_t(row)];
        if (id == Missing)
            return {};
        return id == NullText ? QVariant(QString()) : QVariant(pool.at(id));
    }
    case Mixed:
        return mixed.at(row);
    }
    return {};
}

void ReportRows::Column::append(const QVariant &value)
{
    if (!value.isValid()) {
        appendMissing();
        return;
    }
    const int type = value.metaType().id();
    if (kind == Unset) {
        const size_t before = size_t(unsetRows);
        if (type == QMetaType::QString) {
            kind = Text;
            texts.assign(before, Missing);
        } else if (type == QMetaType::LongLong || type == QMetaType::Int) {
            kind = Integer;
            isInt = type == QMetaType::Int;
            integers.assign(before, 0);
            if (before > 0)
                missing.assign(before, true);
        } else {
            kind = Mixed;
            mixed.resize(unsetRows);
        }
        unsetRows = 0;
    }
    if (kind == Integer) {
        if (type == (isInt ? QMetaType::Int : QMetaType::LongLong)) {
            integers.push_back(isInt ? qint64(*static_cast<const int *>(value.constData()))
                                     : *static_cast<const qint64 *>(value.constData()));
            if (!missing.empty())
                missing.push_back(false);
            return;
        }
        toMixed();
    } else if (kind == Text) {
        if (type == QMetaType::QString) {
            texts.push_back(intern(*static_cast<const QString *>(value.constData())));
            return;
        }
        toMixed();
    }
    mixed.append(value);
}

void ReportRows::Column::appendText(const QString &text)
{
    if (kind == Unset) {
        kind = Text;
        texts.assign(size_t(unsetRows), Missing);
        unsetRows = 0;
    }
    if (kind == Text)
        texts.push_back(intern(text));
    else
        append(QVariant(text));
}

void ReportRows::Column::appendInteger(qint64 value)
{
    if (kind == Unset) {
        kind = Integer;
        integers.assign(size_t(unsetRows), 0);
        if (unsetRows > 0)
            missing.assign(size_t(unsetRows), true);
        unsetRows = 0;
    }
    if (kind == Integer && !isInt) {
        integers.push_back(value);
        if (!missing.empty())
            missing.push_back(false);
    } else {
        append(QVariant(value));
    }
}

void ReportRows::Column::appendMissing()
{
    switch (kind) {
    case Unset:
        ++unsetRows;
        break;
    case Integer:
        if (missing.empty())
            missing.assign(integers.size(), false);
        integers.push_back(0);
        missing.push_back(true);
        break;
    case Text:
        texts.push_back(Missing);
        break;
    case Mixed:
        mixed.append(QVariant());
        break;
    }
}

void ReportRows::Column::toMixed()
{
    const qsizetype rows = kind == Integer ? qsizetype(integers.size()) : qsizetype(texts.size());
    QList<QVariant> values;
    values.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r)
        values.append(value(r));
    *this = Column();
    kind = Mixed;
    mixed = std::move(values);
}

quint32 ReportRows::Column::intern(const QString &text)
{
    if (text.isNull())
        return NullText;
    // Strings that share their data are equal: most rows repeat the previous
    // row's text or one already kept, found by its data without hashing it.
    const void *data = text.constData();
    if (lastText < NullText && pool.at(lastText).constData() == data && pool.at(lastText).size() == text.size())
        return lastText;
    if (const auto it = byData.constFind(data); it != byData.cend() && pool.at(*it).size() == text.size())
        return lastText = *it;
    if (const auto it = byText.constFind(text); it != byText.cend())
        return lastText = *it;
    const auto id = quint32(pool.size());
    pool.append(text);
    byData.insert(pool.last().constData(), id);
    byText.insert(text, id);
    return lastText = id;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ReportRows.h"

#include <algorithm>
#include <numeric>

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

bool ReportRows::textIndexes(int column, QStringList &texts, std::vector<qint64> &indexes) const
{
    if (column < 0 || size_t(column) >= m_columns.size() || m_columns[size_t(column)].kind != Column::Text)
        return false;
    const Column &c = m_columns[size_t(column)];
    texts = c.pool;
    const auto empty = qint64(texts.size());
    texts.append(QString());
    indexes.resize(size_t(m_size));
    for (size_t r = 0; r < size_t(m_size); ++r) {
        const quint32 id = c.texts[r]; // a row shorter than the column is Missing there
        indexes[r] = id < NullText ? qint64(id) : empty;
    }
    return true;
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
        case ReportCell::Kind::Key:
            m_columns[c].appendKey(quint32(cell.m_integer));
            break;
        }
    }
    endRow(count);
}

ReportTextKey ReportRows::keep(int column, const QString &text)
{
    addColumns(column + 1);
    return {m_columns[size_t(column)].intern(text)};
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
        if (isMissing(row))
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
            missing.resize(before);
            std::iota(missing.begin(), missing.end(), qsizetype(0));
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
        missing.resize(size_t(unsetRows));
        std::iota(missing.begin(), missing.end(), qsizetype(0));
        unsetRows = 0;
    }
    if (kind == Integer && !isInt)
        integers.push_back(value);
    else
        append(QVariant(value));
}

void ReportRows::Column::appendKey(quint32 id)
{
    if (kind == Unset) {
        kind = Text;
        texts.assign(size_t(unsetRows), Missing);
        unsetRows = 0;
    }
    if (kind == Text)
        texts.push_back(id);
    else
        append(QVariant(id == NullText ? QString() : pool.at(id)));
}

bool ReportRows::Column::isMissing(qsizetype row) const
{
    return !missing.empty() && std::binary_search(missing.begin(), missing.end(), row);
}

void ReportRows::Column::appendMissing()
{
    switch (kind) {
    case Unset:
        ++unsetRows;
        break;
    case Integer:
        missing.push_back(qsizetype(integers.size()));
        integers.push_back(0);
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
    // The pool stays: keys handed out for the column still name its texts.
    integers = {};
    missing = {};
    texts = {};
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
    if (lastText < NullText && pool.at(lastText).constData() == data
        && pool.at(lastText).size() == text.size())
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

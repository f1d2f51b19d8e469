// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <vector>

namespace stockbook {

// A text kept once in one column of a ReportRows (ReportRows::keep), for a
// report that appends the same few texts to a million rows.
struct ReportTextKey {
    quint32 id = 0;
};

// A cell for ReportRows::appendRow: a text, a qint64 or nothing, referred to
// rather than copied, for reports that append a million rows (a QVariant per
// cell costs more than reading the row). The text must outlive the call.
class ReportCell {
public:
    ReportCell() = default; // no value
    ReportCell(const QString &text) : m_text(&text), m_kind(Kind::Text) { }
    ReportCell(qint64 value) : m_integer(value), m_kind(Kind::Integer) { }
    // A text kept by ReportRows::keep for this cell's column.
    ReportCell(ReportTextKey key) : m_integer(key.id), m_kind(Kind::Key) { }

private:
    friend class ReportRows;
    enum class Kind : quint8 { None, Text, Integer, Key };
    const QString *m_text = nullptr;
    qint64 m_integer = 0;
    Kind m_kind = Kind::None;
};

// The rows of a report, kept by column. A year of a warehouse's movements is
// close to a million rows: as a QVariantList per row that was 300 MB of
// 32-byte cells and a million allocations; here an integer column holds
// qint64s and a text column holds each distinct text once (rows that share a
// string, as consecutive rows of one invoice do, cost 4 bytes a cell).
//
// Reads give back what was appended: the same values with the same types, an
// invalid QVariant for a cell past the end of its row. A column whose cells
// mix types (a count here, a text there) keeps QVariants.
class ReportRows {
public:
    ReportRows() = default;
    ReportRows(std::initializer_list<QVariantList> rows);

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // The cell; an invalid QVariant past the end of the row (as
    // QVariantList::value does).
    QVariant cell(qsizetype row, int column) const;
    // A row as appended (made on each call).
    QVariantList at(qsizetype row) const;
    QVariantList operator[](qsizetype row) const { return at(row); }
    QVariantList first() const { return at(0); }
    QVariantList last() const { return at(m_size - 1); }
    ReportRows mid(qsizetype from, qsizetype length = -1) const;
    QList<QVariantList> toList() const;

    // A braced row ({a, b, c}) is appended without building a QVariantList.
    void append(std::initializer_list<QVariant> row) { appendCells(row.begin(), qsizetype(row.size())); }
    void append(const QVariantList &row) { appendCells(row.constData(), row.size()); }
    // The same as append() with QString and qint64 cells, read as such.
    void appendRow(std::initializer_list<ReportCell> row);
    // Keeps a text for the column once, so that rows can append it by its
    // key without the column looking it up again; a key is only valid for
    // the column it was kept for.
    ReportTextKey keep(int column, const QString &text);
    void clear() { *this = ReportRows(); }

    // For sorting by a column without a QVariant per cell: when every cell
    // of the column is a text or has no value, gives the column's distinct
    // texts (a cell without a value reads as the empty text) and each row's
    // index among them, and returns true; otherwise false.
    bool textIndexes(int column, QStringList &texts, std::vector<qint64> &indexes) const;

    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QVariantList;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QVariantList;
        const_iterator() = default;
        const_iterator(const ReportRows *rows, qsizetype row) : m_rows(rows), m_row(row) { }
        QVariantList operator*() const { return m_rows->at(m_row); }
        const_iterator &operator++()
        {
            ++m_row;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_row;
            return before;
        }
        bool operator==(const const_iterator &other) const { return m_row == other.m_row; }

    private:
        const ReportRows *m_rows = nullptr;
        qsizetype m_row = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

private:
    // A growing array in blocks of fixed size: appending a million values
    // never copies what is there, and each block is small enough to come
    // from the heap, whose pages a next report reuses.
    template <typename T>
    class Blocks {
    public:
        static constexpr size_t Shift = 13;
        static constexpr size_t BlockSize = size_t(1) << Shift;

        Blocks() = default;
        Blocks(Blocks &&) noexcept = default;
        Blocks &operator=(Blocks &&) noexcept = default;
        Blocks(const Blocks &other) : m_size(other.m_size)
        {
            m_blocks.reserve(other.m_blocks.size());
            for (size_t b = 0; b < other.m_blocks.size(); ++b) {
                m_blocks.push_back(std::make_unique_for_overwrite<T[]>(BlockSize));
                std::copy_n(other.m_blocks[b].get(), std::min(BlockSize, m_size - b * BlockSize),
                            m_blocks.back().get());
            }
        }
        Blocks &operator=(const Blocks &other)
        {
            if (this != &other)
                *this = Blocks(other);
            return *this;
        }
        ~Blocks() = default;

        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        T operator[](size_t i) const { return m_blocks[i >> Shift][i & (BlockSize - 1)]; }
        void push_back(T value)
        {
            if ((m_size & (BlockSize - 1)) == 0)
                m_blocks.push_back(std::make_unique_for_overwrite<T[]>(BlockSize));
            m_blocks.back()[m_size & (BlockSize - 1)] = value;
            ++m_size;
        }
        void assign(size_t count, T value)
        {
            m_blocks.clear();
            m_size = 0;
            for (size_t i = 0; i < count; ++i)
                push_back(value);
        }

    private:
        std::vector<std::unique_ptr<T[]>> m_blocks;
        size_t m_size = 0;
    };

    static constexpr quint32 Missing = 0xffffffff;
    static constexpr quint32 NullText = 0xfffffffe;

    struct Column {
        enum Kind : quint8 { Unset, Integer, Text, Mixed };
        Kind kind = Unset;
        bool isInt = false;      // Integer: the cells were int (else qint64)
        qsizetype unsetRows = 0; // Unset: rows so far, none with a value
        Blocks<qint64> integers;
        std::vector<qsizetype> missing;      // Integer: the rows without a value, in order
        Blocks<quint32> texts;               // Text: index into pool, or one of the marks below
        QList<QString> pool;                 // kept in every kind, for the keys handed out
        QHash<const void *, quint32> byData; // pool strings by their shared data
        QHash<QString, quint32> byText;
        QList<QVariant> mixed;

        QVariant value(qsizetype row) const;
        void append(const QVariant &value);
        void appendMissing();
        void appendText(const QString &text);
        void appendInteger(qint64 value);
        void appendKey(quint32 id);
        bool isMissing(qsizetype row) const;
        void toMixed();
        quint32 intern(const QString &text);
        quint32 lastText = Missing;
    };

    void appendCells(const QVariant *cells, qsizetype count);
    void addColumns(qsizetype count);
    void endRow(qsizetype count);

    std::vector<Column> m_columns;
    Blocks<quint16> m_widths; // per row; empty while every row is m_width wide
    int m_width = -1;
    qsizetype m_size = 0;
};

} // namespace stockbook

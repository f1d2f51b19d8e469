// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <iterator>
#include <vector>

namespace stockbook {

// A cell for ReportRows::appendRow: a text, a qint64 or nothing, referred to
// rather than copied, for reports that append a million rows (a QVariant per
// cell costs more than reading the row). The text must outlive the call.
class ReportCell {
public:
    ReportCell() = default; // no value
    ReportCell(const QString &text) : m_text(&text), m_kind(Kind::Text) { }
    ReportCell(qint64 value) : m_integer(value), m_kind(Kind::Integer) { }

private:
    friend class ReportRows;
    enum class Kind : quint8 { None, Text, Integer };
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
    void clear() { *this = ReportRows(); }

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
    static constexpr quint32 Missing = 0xffffffff;
    static constexpr quint32 NullText = 0xfffffffe;

    struct Column {
        enum Kind : quint8 { Unset, Integer, Text, Mixed };
        Kind kind = Unset;
        bool isInt = false;        // Integer: the cells were int (else qint64)
        qsizetype unsetRows = 0;   // Unset: rows so far, none with a value
        std::vector<qint64> integers;
        std::vector<bool> missing; // Integer: no value; empty while none is missing
        std::vector<quint32> texts; // Text: index into pool, or one of the marks below
        QList<QString> pool;
        QHash<const void *, quint32> byData; // pool strings by their shared data
        QHash<QString, quint32> byText;
        QList<QVariant> mixed;

        QVariant value(qsizetype row) const;
        void append(const QVariant &value);
        void appendMissing();
        void appendText(const QString &text);
        void appendInteger(qint64 value);
        void toMixed();
        quint32 intern(const QString &text);
        quint32 lastText = Missing;
    };

    void appendCells(const QVariant *cells, qsizetype count);
    void addColumns(qsizetype count);
    void endRow(qsizetype count);

    std::vector<Column> m_columns;
    std::vector<quint16> m_widths; // per row; empty while every row is m_width wide
    int m_width = -1;
    qsizetype m_size = 0;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"

#include <QAbstractTableModel>

namespace stockbook::ui {

// The rows of one report as ReportService returns them, then its totals row
// (when the report has one). Cells read as the user's language writes them
// (ReportCellDisplay: "1.353,47", units and movement types in words); SortRole
// gives the raw value. The columns are the
// report's own, so there is no column enum.
//
// sort() (a click on a header) orders the rows itself and keeps the totals
// row last in either order: amounts as numbers, empty cells before numbers,
// text in the user's locale. A proxy model asks for two cells and compares
// them with the collator some twenty million times for a million rows (3 s
// and more, the window frozen); here each distinct text gets one collation
// key and each row a rank, so a million rows sort in a fraction of that.
// Column -1 is the report's own order.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole,
        TotalsRole, // true on the totals row
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(ReportTable table);
    void clear();
    const ReportTable &table() const { return m_table; }
    bool hasTotals() const { return !m_table.totals.isEmpty(); }
    // The totals row's number, or -1.
    int totalsRow() const;
    // The column named `name` ("gross"), or -1.
    int column(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The report's row shown at `row` (the totals row maps to itself).
    int sourceRow(int row) const;
    QVariant cell(int row, int column) const;
    int firstEmptyAfterKind(int row) const;
    QList<int> sortedRows(int column, Qt::SortOrder order) const;

    ReportTable m_table;
    ReportCellDisplay m_display{ReportTable()}; // numbers, units and movement types for people
    QList<int> m_kindHidden;                    // the RowKind columns, which the view hides
    QList<int> m_order;                         // empty: the report's own order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/ReportService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace stockbook::ui {

// The rows of one report as ReportService returns them, then its totals row
// (when the report has one). Cells read as the CLI and the CSV write them
// (reportCellText); SortRole gives the raw value, so amounts sort as numbers.
// The columns are the report's own, so there is no column enum.
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

private:
    QVariant cell(int row, int column) const;
    ReportTable m_table;
};

// Sorts by ReportTableModel::SortRole and keeps the totals row last in
// either order. Column -1 is the report's own order.
class ReportSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ReportSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace stockbook::ui

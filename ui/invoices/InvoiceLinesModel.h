// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"
#include "domain/Money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook::ui {

// The lines typed on one invoice. Every cell keeps the text as typed, so a
// refused value or a service error never loses what the clerk entered.
class InvoiceLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Product, Description, Quantity, UnitPrice, Discount, Tax, Total, Available, ColumnCount };

    struct Line {
        qint64 productId = 0;
        QString sku;
        QString name;
        QString unit;
        QString description;
        QString quantity;
        QString unitPrice;
        QString discount;
        QString tax;
        std::optional<qint64> available; // thousandths in the warehouse; unset for purchases
        QString error;                   // the service's message about this line
    };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    void setPricesIncludeTax(bool include);
    bool pricesIncludeTax() const { return m_pricesIncludeTax; }
    void setCheckStock(bool check);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const QList<Line> &lines() const { return m_lines; }
    const Line &line(int row) const { return m_lines.at(row); }
    int addLine(const Line &line);
    void setLines(const QList<Line> &lines);
    void clear();
    void setAvailable(int row, std::optional<qint64> available);
    void setLineError(int row, const QString &message);
    void clearErrors();

    // The amounts of one line; unset while a figure does not parse.
    std::optional<LineAmounts> amounts(int row) const;
    LineAmounts totals() const;
    bool exceedsStock(int row) const;
    int linesOverStock() const;

    // The lines as the service takes them; on a figure that does not parse,
    // the row and the column are given back instead.
    struct ParseError {
        int row = -1;
        Column column = Quantity;
        QString message;
    };
    std::optional<ParseError> toInputs(QList<InvoiceLineInput> &out) const;

signals:
    void totalsChanged();

private:
    QList<Line> m_lines;
    bool m_pricesIncludeTax = true;
    bool m_checkStock = true;
};

} // namespace stockbook::ui

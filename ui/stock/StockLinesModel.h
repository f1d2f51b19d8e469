// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook::ui {

// The lines of a transfer (product, what the source holds, quantity to move)
// or of a stocktake (product, recorded level, counted quantity, difference).
// The quantity keeps the text as typed, so a refusal loses nothing; it is
// read and written by NumberFormat in the user's locale ("1,5" in German), and
// one that cannot be sent is marked on its cell with inputError()'s message.
class StockLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Transfer, Stocktake };
    enum Column { Product, Level, Quantity, Difference, ColumnCount };

    struct Line {
        qint64 productId = 0;
        QString sku;
        QString name;
        QString unit;
        std::optional<qint64> level; // thousandths in the warehouse; unset when it cannot be read
        QString quantity;            // as typed; in a stocktake empty means "not counted"
        QString error;               // the service's message about this line
    };

    explicit StockLinesModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const QList<Line> &lines() const { return m_lines; }
    const Line &line(int row) const { return m_lines.at(row); }
    int rowOf(qint64 productId) const; // -1 when the product has no line
    int addLine(const Line &line);
    void setLines(const QList<Line> &lines);
    void setLevel(int row, std::optional<qint64> level);
    void setLineError(int row, const QString &message);
    void clearErrors();

    // The typed quantity in thousandths; unset while empty or not a number.
    std::optional<qint64> quantity(int row) const;
    // Why the typed quantity cannot be sent ("quantity 'abc' is not a
    // number; type e.g. 1,5"), empty when it can (in a stocktake, an empty
    // count can: the product was not counted).
    QString inputError(int row) const;
    // A transfer line asking for more than the source holds (shown, not refused:
    // the stock service decides).
    bool exceedsLevel(int row) const;

private:
    Kind m_kind;
    QList<Line> m_lines;
};

} // namespace stockbook::ui

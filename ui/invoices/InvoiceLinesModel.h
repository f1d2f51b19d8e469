// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"
#include "domain/Money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace stockbook::ui {

// The lines typed on one invoice. Figures are read and written by
// NumberFormat in the user's locale ("1,5" and "12,50" in German). A typed
// figure is checked at once: one that is not a number or out of range is
// refused (the cell keeps its last good value, so the totals never count
// it), and the line keeps the refusal's message until that cell takes a good
// value; until then the lines cannot be posted.
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
        QString error;                   // the service's message about this line, without "Line n:"
        QMap<int, QString> refused;      // column -> why the value typed there was refused
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
    // Forgets the service's messages; refusals stay until their cell is fixed.
    void clearErrors();
    // Every message on the lines, one per line of text: "Line 2: quantity …".
    QString errorMessages() const;
    bool isRefused(int row, int column) const;
    // Why `text` cannot go into `column`, empty when it can; `canonical` gets
    // the value as NumberFormat writes it.
    static QString checkInput(int column, const QString &text, QString *canonical = nullptr);

    // The amounts of one line; unset while a figure does not parse.
    std::optional<LineAmounts> amounts(int row) const;
    LineAmounts totals() const;
    bool exceedsStock(int row) const;
    int linesOverStock() const;

    // The lines as the service takes them; on a refused value or a figure
    // that does not parse, the row, the column and the message instead.
    struct ParseError {
        int row = -1;
        Column column = Quantity;
        QString message;
    };
    std::optional<ParseError> toInputs(QList<InvoiceLineInput> &out) const;

signals:
    void totalsChanged();
    void errorsChanged();

private:
    QList<Line> m_lines;
    bool m_pricesIncludeTax = true;
    bool m_checkStock = true;
};

} // namespace stockbook::ui

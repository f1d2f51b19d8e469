// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "stock/StockLinesModel.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>

namespace stockbook::ui {

namespace {

// The cell being typed in counts.
void commitEditor(QTableView *table)
{
    if (QWidget *editor = table->indexWidget(table->currentIndex()))
        QMetaObject::invokeMethod(table, "commitData", Qt::DirectConnection, Q_ARG(QWidget *, editor));
}

QJsonArray linesJson(const StockLinesModel &model, bool typedOnly)
{
    QJsonArray lines;
    for (const StockLinesModel::Line &line : model.lines()) {
        if (typedOnly && line.quantity.trimmed().isEmpty())
            continue;
        lines.append(QJsonObject{{QStringLiteral("product_id"), line.productId},
                                 {QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("unit"), line.unit},
                                 {QStringLiteral("quantity"), line.quantity}});
    }
    return lines;
}

QList<StockLinesModel::Line> linesFrom(const QJsonObject &work)
{
    QList<StockLinesModel::Line> lines;
    for (const QJsonValue &value : work.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = value.toObject();
        StockLinesModel::Line line;
        line.productId = o.value(QStringLiteral("product_id")).toInteger();
        line.sku = o.value(QStringLiteral("sku")).toString();
        line.name = o.value(QStringLiteral("name")).toString();
        line.unit = o.value(QStringLiteral("unit")).toString();
        line.quantity = o.value(QStringLiteral("quantity")).toString();
        if (line.productId > 0)
            lines.append(line);
    }
    return lines;
}

void selectData(QComboBox *combo, const QJsonValue &id)
{
    if (const int index = combo->findData(qint64(id.toInteger())); index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

bool TransferDialog::hasUnsavedWork() const
{
    return m_lines->rowCount() > 0 || !m_reference->text().trimmed().isEmpty()
        || !m_note->text().trimmed().isEmpty();
}

QJsonObject TransferDialog::pendingWork()
{
    commitEditor(m_table);
    return QJsonObject{{QStringLiteral("from"), m_from->currentData().toLongLong()},
                       {QStringLiteral("to"), m_to->currentData().toLongLong()},
                       {QStringLiteral("reference"), m_reference->text()},
                       {QStringLiteral("note"), m_note->text()},
                       {QStringLiteral("lines"), linesJson(*m_lines, false)}};
}

void TransferDialog::restorePendingWork(const QJsonObject &work)
{
    selectData(m_from, work.value(QStringLiteral("from")));
    selectData(m_to, work.value(QStringLiteral("to")));
    m_reference->setText(work.value(QStringLiteral("reference")).toString());
    m_note->setText(work.value(QStringLiteral("note")).toString());
    m_lines->setLines(linesFrom(work));
    refreshAvailability();
}

bool StocktakeDialog::hasUnsavedWork() const
{
    for (const StockLinesModel::Line &line : m_lines->lines()) {
        if (!line.quantity.trimmed().isEmpty())
            return true;
    }
    return !m_reason->text().trimmed().isEmpty() || !m_reference->text().trimmed().isEmpty();
}

QJsonObject StocktakeDialog::pendingWork()
{
    commitEditor(m_table);
    return QJsonObject{{QStringLiteral("warehouse"), m_warehouse->currentData().toLongLong()},
                       {QStringLiteral("reason"), m_reason->text()},
                       {QStringLiteral("reference"), m_reference->text()},
                       {QStringLiteral("lines"), linesJson(*m_lines, true)}};
}

void StocktakeDialog::restorePendingWork(const QJsonObject &work)
{
    // The counted lines first: choosing the warehouse reads its levels and
    // keeps what is typed.
    m_lines->setLines(linesFrom(work));
    const int index = m_warehouse->findData(qint64(work.value(QStringLiteral("warehouse")).toInteger()));
    if (index >= 0 && index != m_warehouse->currentIndex())
        m_warehouse->setCurrentIndex(index); // reloads the levels
    else
        reloadLevels();
    m_reason->setText(work.value(QStringLiteral("reason")).toString());
    m_reference->setText(work.value(QStringLiteral("reference")).toString());
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceLinesModel.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace stockbook::ui {

bool InvoiceEntry::hasUnsavedWork() const
{
    if (m_postedBanner->isVisible())
        return false;
    return m_lines->rowCount() > 0 || !m_partner->text().trimmed().isEmpty()
        || (m_reference && !m_reference->text().trimmed().isEmpty());
}

Result<qint64> InvoiceEntry::keepDraftForLock()
{
    // The cell being typed in counts, as for Post.
    if (QWidget *editor = m_table->indexWidget(m_table->currentIndex()))
        QMetaObject::invokeMethod(m_table, "commitData", Qt::DirectConnection, Q_ARG(QWidget *, editor));
    clearErrors();
    // A partner typed but not chosen from the list: collect() would look it
    // up, which the session refuses once idle; the list the typing filled
    // (while the session was live) names it when it holds one partner.
    if (m_partnerId == 0 && m_partnerModel->rowCount() == 1)
        m_partnerId = m_partnerModel->item(0)->data(Qt::UserRole).toLongLong();
    InvoiceDraft draft;
    if (!collect(draft))
        return makeError(ErrorCode::InvalidArgument, m_lineError->text());
    auto kept = InvoiceService(m_company).keepDraftOnLock(m_draftId, draft);
    if (!kept.ok()) {
        showError(kept.error());
        return kept.error();
    }
    m_draftId = kept->id;
    m_draftVersion = kept->updatedAt;
    return kept->id;
}

QJsonObject InvoiceEntry::pendingWork()
{
    if (QWidget *editor = m_table->indexWidget(m_table->currentIndex()))
        QMetaObject::invokeMethod(m_table, "commitData", Qt::DirectConnection, Q_ARG(QWidget *, editor));
    QJsonArray lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const InvoiceLinesModel::Line &l = m_lines->line(row);
        lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPrice},
                                 {QStringLiteral("discount"), l.discount},
                                 {QStringLiteral("tax"), l.tax}});
    }
    return QJsonObject{{QStringLiteral("draft_id"), m_draftId.value_or(0)},
                       {QStringLiteral("draft_version"), m_draftId ? m_draftVersion : QString()},
                       {QStringLiteral("partner"), m_partner->text()},
                       {QStringLiteral("partner_id"), m_partnerId},
                       {QStringLiteral("warehouse"), m_warehouse->currentData().toLongLong()},
                       {QStringLiteral("issue_date"), m_issueDate->date().toString(Qt::ISODate)},
                       {QStringLiteral("reference"), m_reference ? m_reference->text() : QString()},
                       {QStringLiteral("lines"), lines}};
}

void InvoiceEntry::restorePendingWork(const QJsonObject &work)
{
    newInvoice();
    if (const qint64 draft = work.value(QStringLiteral("draft_id")).toInteger(); draft > 0) {
        m_draftId = draft;
        m_draftVersion = work.value(QStringLiteral("draft_version")).toString();
    }
    m_partner->setText(work.value(QStringLiteral("partner")).toString());
    refreshPartners(m_partner->text());
    m_partnerId = work.value(QStringLiteral("partner_id")).toInteger();
    if (const int i = m_warehouse->findData(qint64(work.value(QStringLiteral("warehouse")).toInteger()));
        i >= 0)
        m_warehouse->setCurrentIndex(i);
    if (const QDate date = QDate::fromString(work.value(QStringLiteral("issue_date")).toString(),
                                             Qt::ISODate);
        date.isValid())
        m_issueDate->setDate(date);
    if (m_reference)
        m_reference->setText(work.value(QStringLiteral("reference")).toString());
    QList<InvoiceLinesModel::Line> lines;
    for (const QJsonValue &value : work.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = value.toObject();
        InvoiceLinesModel::Line line;
        line.productId = o.value(QStringLiteral("product_id")).toInteger();
        line.sku = o.value(QStringLiteral("sku")).toString();
        line.name = o.value(QStringLiteral("name")).toString();
        line.unit = o.value(QStringLiteral("unit")).toString();
        line.description = o.value(QStringLiteral("description")).toString();
        line.quantity = o.value(QStringLiteral("quantity")).toString();
        line.unitPrice = o.value(QStringLiteral("unit_price")).toString();
        line.discount = o.value(QStringLiteral("discount")).toString();
        line.tax = o.value(QStringLiteral("tax")).toString();
        lines.append(line);
    }
    m_lines->setLines(lines);
    refreshAvailability();
    focusFirstField();
}

void InvoiceEntry::focusFirstField()
{
    if (m_postedBanner->isVisible()) {
        if (auto *again = m_postedBanner->findChild<QPushButton *>(QStringLiteral("newInvoiceButton")))
            again->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_partner->setFocus(Qt::OtherFocusReason);
}

} // namespace stockbook::ui

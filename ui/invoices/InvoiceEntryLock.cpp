// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceLinesModel.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
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
    return kept->id;
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

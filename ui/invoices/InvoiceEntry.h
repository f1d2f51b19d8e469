// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Invoice.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QDateEdit;
class QFrame;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class InvoiceLinesModel;
class ProductField;

// The clerk's invoice screen, keyboard first: partner by part of a name,
// e-mail or phone; a SKU or barcode and Enter adds a line and moves to its
// quantity; Enter there goes back for the next product; Ctrl+Enter posts,
// Ctrl+S saves a draft, Ctrl+N starts a new invoice. Sales and purchases
// share it (type).
class InvoiceEntry : public QWidget {
    Q_OBJECT

public:
    InvoiceEntry(CompanySession &company, InvoiceType type, QWidget *parent = nullptr);
    ~InvoiceEntry() override;

    InvoiceType type() const { return m_type; }
    InvoiceLinesModel *linesModel() const { return m_lines; }
    std::optional<qint64> draftId() const { return m_draftId; }
    // The invoice last posted here (empty number until then).
    const Invoice &postedInvoice() const { return m_posted; }

    // Adds the product with this SKU, barcode or "name · SKU" completion;
    // false (and a message) when nothing matches.
    bool addProduct(const QString &text);
    bool selectPartner(qint64 partnerId);

    // For the main window's idle lock (InvoiceEntryLock.cpp): whether
    // something typed here is not posted or saved as it stands, and keeping
    // it as its author's draft (InvoiceService::keepDraftOnLock), which the
    // form then shows as resumed. Returns the draft's id, or why it could
    // not be kept.
    bool hasUnsavedWork() const;
    Result<qint64> keepDraftForLock();
    // What cannot be a draft yet (no customer, a quantity that cannot be
    // read) is kept as typed (PendingWorkService): the fields as JSON, and
    // putting them back.
    QJsonObject pendingWork();
    void restorePendingWork(const QJsonObject &work);

public slots:
    bool saveDraft();
    bool postInvoice();
    void newInvoice();
    bool resumeDraft(qint64 invoiceId);
    void reloadDrafts();
    // Where typing starts: the partner, or New invoice after a post.
    void focusFirstField();

signals:
    void invoicePosted(qint64 invoiceId);
    // A save or post failed because the server connection broke: the window
    // offers to sign in again (MainWindow::reconnect); what is typed stays.
    void connectionLost();

private:
    void buildUi();
    void buildShortcuts();
    void refreshPartners(const QString &search);
    void refreshAvailability();
    void updateTotals();
    void focusQuantity(int row);
    bool collect(InvoiceDraft &draft);
    void showError(const Error &error);
    void clearErrors();
    void showLineErrors();
    void setPostedState(bool posted);
    std::optional<qint64> stockLevel(qint64 productId, qint64 warehouseId);

    CompanySession &m_company;
    InvoiceType m_type;
    bool m_pricesIncludeTax = true;
    std::optional<qint64> m_draftId;
    // The open draft's updated_at as last read or saved here: a save finds
    // out when another workstation saved it since (InvoiceDraft::expectedUpdatedAt).
    QString m_draftVersion;
    qint64 m_partnerId = 0;
    Invoice m_posted;

    InvoiceLinesModel *m_lines = nullptr;
    QStandardItemModel *m_partnerModel = nullptr;
    QFrame *m_postedBanner = nullptr;
    QLabel *m_postedLabel = nullptr;
    QComboBox *m_drafts = nullptr;
    QLineEdit *m_partner = nullptr;
    QLabel *m_partnerError = nullptr;
    QComboBox *m_warehouse = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QLineEdit *m_reference = nullptr;
    ProductField *m_sku = nullptr;
    QLabel *m_skuError = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_stockWarning = nullptr;
    QLabel *m_lineError = nullptr;
    QLabel *m_formError = nullptr;
    QLabel *m_net = nullptr;
    QLabel *m_tax = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_postButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace stockbook::ui

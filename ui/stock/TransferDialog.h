// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QDialog>

class QComboBox;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class ProductField;
class StockLinesModel;

// Moves stock from one warehouse to another (StockService::transfer,
// permission stock.transfer). Keyboard first, like the invoice entry: a SKU,
// barcode or part of a name and Enter adds a line and moves to its quantity;
// Enter there goes back for the next product; Ctrl+Enter transfers. Each line
// shows what the source warehouse holds. The service's refusals are shown
// next to the warehouse or the line they name, and nothing typed is lost.
class TransferDialog : public QDialog {
    Q_OBJECT

public:
    explicit TransferDialog(CompanySession &company, QWidget *parent = nullptr);
    ~TransferDialog() override;

    StockLinesModel *linesModel() const { return m_lines; }
    // The transfer made by the last successful submit(); 0 before.
    qint64 transferId() const { return m_transferId; }

    // Adds a line for the product (or moves to its line when it has one);
    // false, with the message under the product field, when nothing matches.
    bool addProduct(const QString &text);

    // For the main window's idle lock (StockDialogsLock.cpp): whether
    // anything is typed, the typed fields as PendingWorkService keeps them
    // (the cell being edited included), and putting them back.
    bool hasUnsavedWork() const;
    QJsonObject pendingWork();
    void restorePendingWork(const QJsonObject &work);

public slots:
    // Calls the service; accepts the dialog when the stock has moved.
    bool submit();

signals:
    void transferred(qint64 transferId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshAvailability();
    void clearErrors();
    void showError(const Error &error);

    CompanySession &m_company;
    qint64 m_transferId = 0;
    StockLinesModel *m_lines = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_fromError = nullptr;
    QLabel *m_toError = nullptr;
    ProductField *m_product = nullptr;
    QLabel *m_productError = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_lineError = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace stockbook::ui

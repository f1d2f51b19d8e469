// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/stock/StockService.h"

#include <QDialog>
#include <QList>

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

// A stocktake of one warehouse (StockService::stocktake, permission
// stock.adjust): the products it holds with their recorded levels and a
// Counted column to fill in. Only counted lines are posted; the service
// writes an adjustment for every difference, with the reason. A product the
// warehouse has no record of is added through the product field (which also
// finds a listed product's line). The service's refusals are shown next to
// the reason or the line they name, and nothing typed is lost.
class StocktakeDialog : public QDialog {
    Q_OBJECT

public:
    explicit StocktakeDialog(CompanySession &company, QWidget *parent = nullptr);
    ~StocktakeDialog() override;

    StockLinesModel *linesModel() const { return m_lines; }
    // The lines of the last successful submit().
    const QList<StocktakeLine> &lastStocktake() const { return m_result; }

    // Selects the warehouse; false when it is not listed.
    bool setWarehouse(qint64 warehouseId);
    // Moves to the product's Counted cell, adding its line first when needed;
    // false, with the message under the product field, when nothing matches.
    bool addProduct(const QString &text);

    // For the main window's idle lock (StockDialogsLock.cpp): whether
    // anything is typed, the typed fields as PendingWorkService keeps them
    // (the cell being edited included), and putting them back.
    bool hasUnsavedWork() const;
    QJsonObject pendingWork();
    void restorePendingWork(const QJsonObject &work);

public slots:
    // Posts the counted lines; accepts the dialog when the service did.
    bool submit();

signals:
    void adjusted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reloadLevels();
    void clearErrors();
    void showError(const Error &error, const QList<int> &rows);

    CompanySession &m_company;
    QList<StocktakeLine> m_result;
    StockLinesModel *m_lines = nullptr;
    QComboBox *m_warehouse = nullptr;
    QLabel *m_warehouseError = nullptr;
    ProductField *m_product = nullptr;
    QLabel *m_productError = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_lineError = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace stockbook::ui

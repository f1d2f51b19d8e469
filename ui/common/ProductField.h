// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/catalog/CatalogService.h"

#include <QLineEdit>

class QStandardItemModel;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// A field for a SKU, a barcode or part of a product name, with a completer
// over the catalog ("name · SKU"). Enter emits productEntered with the text,
// or with the highlighted completion while the list is open, so a scanner
// that types the code and presses Enter adds it in one go. Part of a name
// that several products share opens the list of them instead, the first
// highlighted, to choose with the arrows and Enter. The completer is named
// "productCompleter".
class ProductField : public QLineEdit {
    Q_OBJECT

public:
    ProductField(CompanySession &company, QWidget *parent = nullptr);

    // Re-reads the catalog for the completer.
    void reloadCompletions();

    // The product the text names: a SKU, a barcode, a completion or a part
    // of a name that matches one product only. NotFound names what was typed;
    // InvalidArgument says that several products match it.
    Result<Product> lookUp(const QString &text) const;
    // Opens the list of the products whose "name · SKU" contains `text`,
    // the first highlighted; false when there is none.
    bool showMatches(const QString &text);

signals:
    void productEntered(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool enter();

    CompanySession &m_company;
    QStandardItemModel *m_products = nullptr;
};

} // namespace stockbook::ui

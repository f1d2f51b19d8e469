// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/ProductField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace stockbook::ui {

namespace {

const QString productSeparator = QStringLiteral(" · ");

bool isPlainEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

} // namespace

ProductField::ProductField(CompanySession &company, QWidget *parent) : QLineEdit(parent), m_company(company)
{
    m_products = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_products, this);
    completer->setObjectName(QStringLiteral("productCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    // The popup takes the keys while it is open: its Enter must add the
    // product too (a highlighted entry wins over the typed text).
    completer->popup()->installEventFilter(this);
    reloadCompletions();
}

void ProductField::reloadCompletions()
{
    m_products->clear();
    auto products = CatalogService(m_company).products();
    if (!products.ok())
        return;
    for (const Product &p : products.value())
        m_products->appendRow(new QStandardItem(p.name + productSeparator + p.sku));
}

Result<Product> ProductField::lookUp(const QString &typed) const
{
    QString text = typed.trimmed();
    if (const int at = text.lastIndexOf(productSeparator); at >= 0)
        text = text.mid(at + productSeparator.size());
    CatalogService catalog(m_company);
    auto product = catalog.productBySku(text);
    if (!product.ok() && product.error().code == ErrorCode::NotFound)
        product = catalog.productByBarcode(text);
    if (!product.ok() && product.error().code == ErrorCode::NotFound) {
        ProductFilter filter;
        filter.search = text;
        filter.limit = 2;
        auto found = catalog.products(filter);
        if (found.ok() && found.value().size() == 1)
            product = found.value().first();
    }
    if (!product.ok() && product.error().code == ErrorCode::NotFound)
        return makeError(
            ErrorCode::NotFound,
            tr("No product has the SKU or barcode \"%1\". Check it or type part of the name.").arg(text),
            QStringLiteral("product"));
    return product;
}

bool ProductField::enter()
{
    QAbstractItemView *popup = completer()->popup();
    QString text = this->text();
    if (popup->isVisible() && popup->currentIndex().isValid())
        text = popup->currentIndex().data().toString();
    popup->hide();
    if (!text.trimmed().isEmpty())
        emit productEntered(text);
    return true;
}

void ProductField::keyPressEvent(QKeyEvent *event)
{
    if (isPlainEnter(event)) {
        enter();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool ProductField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == completer()->popup() && event->type() == QEvent::KeyPress
        && isPlainEnter(static_cast<QKeyEvent *>(event)))
        return enter();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace stockbook::ui

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
        if (!found.ok())
            return found.error();
        if (found.value().size() == 1)
            return found.value().first();
        if (found.value().size() > 1)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Several products match \"%1\". Choose one from the list with the arrow "
                                "keys and Enter, or type more of the name.")
                                 .arg(text),
                             QStringLiteral("product"));
    }
    if (!product.ok() && product.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         tr("No product matches \"%1\": no SKU or barcode is that, and no name contains "
                            "it. Check what you typed.")
                             .arg(text),
                         QStringLiteral("product"));
    return product;
}

bool ProductField::showMatches(const QString &text)
{
    QCompleter *c = completer();
    c->setCompletionPrefix(text.trimmed());
    if (c->completionCount() == 0)
        return false;
    c->complete();
    QAbstractItemView *popup = c->popup();
    popup->setCurrentIndex(popup->model()->index(0, 0));
    return true;
}

bool ProductField::enter()
{
    QAbstractItemView *popup = completer()->popup();
    QString text = this->text();
    const bool picked = popup->isVisible() && popup->currentIndex().isValid();
    if (picked)
        text = popup->currentIndex().data().toString();
    popup->hide();
    if (text.trimmed().isEmpty())
        return true;
    // Several products by that name: the clerk chooses (a pick from the list is one already).
    if (!picked) {
        const auto product = lookUp(text);
        if (!product.ok() && product.error().code == ErrorCode::InvalidArgument && showMatches(text))
            return true;
    }
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

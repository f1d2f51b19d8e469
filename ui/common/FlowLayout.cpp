// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace stockbook::ui {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpace(hSpacing), m_vSpace(vSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpace >= 0 ? m_hSpace : smartSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpace >= 0 ? m_vSpace : smartSpacing(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

// All items on one row.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().expandedTo(item->minimumSize());
        width += hint.width();
        height = qMax(height, hint.height());
        ++visible;
    }
    if (visible > 1)
        width += (visible - 1) * horizontalSpacing();
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

// The widest item alone on its row.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint().expandedTo(item->minimumSize()));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hSpace = horizontalSpacing();
    const int vSpace = verticalSpacing();

    // First the rows (which items, how tall), then the placing, so that the
    // items of a row can be centred on it.
    struct Row {
        QList<QLayoutItem *> items;
        int height = 0;
    };
    QList<Row> rows(1);
    int x = area.x();
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().expandedTo(item->minimumSize());
        if (!rows.last().items.isEmpty() && x + hint.width() > area.right() + 1) {
            rows.append(Row());
            x = area.x();
        }
        rows.last().items.append(item);
        rows.last().height = qMax(rows.last().height, hint.height());
        x += hint.width() + hSpace;
    }

    int y = area.y();
    for (const Row &row : std::as_const(rows)) {
        if (row.items.isEmpty())
            continue;
        if (!testOnly) {
            int left = area.x();
            for (QLayoutItem *item : row.items) {
                const QSize hint = item->sizeHint().expandedTo(item->minimumSize());
                const int width = qMin(hint.width(), qMax(area.width(), item->minimumSize().width()));
                const int height = (item->expandingDirections() & Qt::Vertical) ? row.height : hint.height();
                item->setGeometry(QRect(left, y + (row.height - height) / 2, width, height));
                left += width + hSpace;
            }
        }
        y += row.height + vSpace;
    }
    if (y > area.y())
        y -= vSpace;
    return y - rect.y() + m.bottom();
}

int FlowLayout::smartSpacing(QStyle::PixelMetric pm) const
{
    const QWidget *widget = parentWidget();
    if (!widget)
        return 6;
    int space = widget->style()->pixelMetric(pm, nullptr, widget);
    if (space < 0)
        space = widget->style()->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType,
                                               pm == QStyle::PM_LayoutHorizontalSpacing ? Qt::Horizontal
                                                                                        : Qt::Vertical);
    return space >= 0 ? space : 6;
}

} // namespace stockbook::ui

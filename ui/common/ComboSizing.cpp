// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/ComboSizing.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>

namespace stockbook::ui {

void limitToContents(QComboBox *combo, int chars)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(chars);
    QAbstractItemView *view = combo->view();
    view->setTextElideMode(Qt::ElideMiddle);
    view->setMinimumWidth(combo->fontMetrics().averageCharWidth() * qMax(chars, 40));
}

void limitToContents(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    label->setMinimumWidth(1);
}

} // namespace stockbook::ui

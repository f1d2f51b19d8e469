// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/Forms.h"

#include <QFormLayout>
#include <QLabel>

namespace stockbook::ui {

QLabel *addFormRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setObjectName(field->objectName() + QStringLiteral("Label"));
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

} // namespace stockbook::ui

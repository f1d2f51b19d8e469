// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace stockbook::ui {

// Adds "text: field" to a form with the label as the field's buddy (so the
// mnemonic moves focus and screen readers name the field) and names the label
// after the field: "<field's objectName>Label".
QLabel *addFormRow(QFormLayout *form, const QString &text, QWidget *field);

} // namespace stockbook::ui

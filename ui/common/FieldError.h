// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

class QColor;
class QLabel;
class QPalette;
class QWidget;

namespace stockbook::ui {

// The error line shown under an input or above a form's buttons: a warning
// icon and wrapped text in a red that stays readable on light and dark
// palettes (icon and text, not colour alone). Hidden until the caller fills
// *text and shows the box. Objects are named objectName ("…Error" text),
// objectName + "Icon" and objectName + "Box".
QWidget *makeErrorBox(QWidget *parent, QLabel **text, const QString &objectName);

// An error line where the icon of makeErrorBox would not fit (beside a
// field in a row, under a table, a dialog's single message): wrapped plain
// text in that red, hidden until showError() gives it a text. The message
// itself says what is wrong, so the colour is never the only sign.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
// Sets the text and shows the label, or hides it when the text is empty.
void showError(QLabel *label, const QString &text);

// That red for the palette's window colour.
QColor errorColour(const QPalette &palette);
// Paints a widget's text (QPalette::WindowText) in errorColour().
void setErrorColour(QWidget *widget);

} // namespace stockbook::ui

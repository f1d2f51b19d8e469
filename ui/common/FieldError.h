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

// That red for the palette's window colour.
QColor errorColour(const QPalette &palette);

} // namespace stockbook::ui

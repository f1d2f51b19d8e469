// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

namespace stockbook::ui {

// A service's message about line `lineNumber` (1-based, as the request sent
// it) without the opening that names that line ("Line 4: …", "Zeile 4: …",
// "Ligne 4 : …"), for a screen that names the line its own way (its row, the
// product's SKU) and so would say it twice. A message that names no line, or
// another line, comes back as it is.
QString withoutLineNumber(const QString &message, int lineNumber);

} // namespace stockbook::ui

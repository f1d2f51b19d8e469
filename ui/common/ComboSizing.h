// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

class QComboBox;
class QLabel;

namespace stockbook::ui {

// Keeps a combo box that lists data (customers, products, warehouses,
// drafts…) from sizing itself, and with it the window, to its longest entry:
// it asks for room for `chars` characters, and its popup, a window of its
// own, is wider and elides what still does not fit in the middle.
void limitToContents(QComboBox *combo, int chars = 16);

// Keeps a label that shows data (a name, a path) from widening the window:
// it takes the room its layout gives it and clips the rest.
void limitToContents(QLabel *label);

} // namespace stockbook::ui

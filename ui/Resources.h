// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

namespace stockbook::ui {

// Registers resources.qrc (icons). The library is static, so nothing would
// pull the generated resource object into a program without this call. Safe to
// call more than once.
void initResources();

} // namespace stockbook::ui

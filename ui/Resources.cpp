// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "Resources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerStockbookResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace stockbook::ui {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, registerStockbookResources);
}

} // namespace stockbook::ui

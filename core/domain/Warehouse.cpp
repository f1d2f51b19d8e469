// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Warehouse.h"

#include "Tr.h"

namespace stockbook {

Error noSuchWarehouse(const QString &codeOrId, const QString &field)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no warehouse %1. Check the warehouse code.").arg(codeOrId.trimmed()),
                     field);
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace stockbook {

struct Warehouse {
    qint64 id = 0;
    QString code; // upper case, 1-16 of A-Z 0-9 - _
    QString name;
    bool active = true;
    bool isDefault = false;
};

// The one wording for a warehouse that does not exist: NotFound, naming the
// code (or id) as given and saying what to check. Error::field is `field`.
Error noSuchWarehouse(const QString &codeOrId, const QString &field = QStringLiteral("warehouse"));

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QCoreApplication>

namespace stockbook {

// Translations for code that is not a QObject: Tr::tr("...").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Stockbook)
};

} // namespace stockbook

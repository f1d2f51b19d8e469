// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "firstrun/FirstRunWizard.h"
#include "services/demo/DemoGenerator.h"

#include <QString>

namespace stockbook::ui {

// The application's demo: the company file at path, made by DemoGenerator
// (size) under a progress dialog that can cancel it, or, when the file is
// already there, that file as it is (its logins were shown when it was made).
DemoCompanyProvider demoCompanyProvider(const QString &path, DemoSize size = DemoSize::Small);

} // namespace stockbook::ui

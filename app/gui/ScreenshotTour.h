// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

// `stockbook --screenshots DIR`: creates a company in a temporary folder (at
// the production KDF cost) and saves a PNG of every screen of the shell into
// DIR. Returns the exit code.
int runScreenshotTour(const QString &directory);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// Owns the precompiled headers the test programs reuse (tests/CMakeLists.txt).

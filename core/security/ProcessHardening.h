// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Called first thing in main() of both programs, before any password or key
// is read: no core dump (RLIMIT_CORE 0) and, on Linux, not dumpable
// (PR_SET_DUMPABLE 0: no core file, /proc/PID/mem and ptrace only for root).
// It does not stop root, and it does not keep pages out of swap.
#pragma once

namespace stockbook::security {

// True when every step took effect (always true where there is nothing to do).
bool hardenProcess();

} // namespace stockbook::security

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/ProcessHardening.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace stockbook::security {

bool hardenProcess()
{
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const struct rlimit none {
        0, 0
    };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(__linux__)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace stockbook::security

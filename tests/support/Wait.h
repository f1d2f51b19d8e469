// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// Waiting in a Catch2 case for something the event loop brings about (a
// worker thread's signal, a timer, a dialog opening), with a timeout that
// fails the case.
//
// QtTest's try-verify and try-compare macros must not be used in Catch2
// cases: on a timeout they only `return` from the case, which Catch2 then
// counts as passed. REQUIRE_EVENTUALLY fails the case with FAIL(), which also stops it,
// so nothing after a wait that timed out runs.
//
//     REQUIRE_EVENTUALLY(finished.count() == 1);              // 5 s
//     REQUIRE_EVENTUALLY_WITHIN(!view.isExportingPdf(), 30000);
//     if (!test::waitFor([&] { return done; }, 100)) ...     // no failure, just the answer
//
// Waiting never decides that something did NOT happen: wait for a positive
// sign that the work is over (its completion signal, an idle state), then
// assert what must not have happened.

#include <catch2/catch.hpp>

#include <QTest>

#include <utility>

namespace stockbook::test {

// How long REQUIRE_EVENTUALLY waits, in milliseconds.
inline constexpr int DefaultWaitMs = 5000;

// Runs the event loop (events, timers, queued signals, deferred deletes)
// until predicate() is true, or until timeoutMs have passed. True when the
// predicate became true, which it is checked for once more at the end.
template <typename Predicate>
[[nodiscard]] bool waitFor(Predicate &&predicate, int timeoutMs = DefaultWaitMs)
{
    return QTest::qWaitFor(std::forward<Predicate>(predicate), timeoutMs);
}

} // namespace stockbook::test

// The expansion of both macros below; `text` is the condition as written.
#define STOCKBOOK_REQUIRE_EVENTUALLY(condition, text, milliseconds)                                          \
    do {                                                                                                     \
        const int stockbook_wait_ms_ = (milliseconds);                                                       \
        if (!::stockbook::test::waitFor([&]() -> bool { return static_cast<bool>(condition); },              \
                                        stockbook_wait_ms_)) {                                               \
            FAIL("timed out after " << stockbook_wait_ms_ << " ms waiting for: " << text << " (at "          \
                                    << __FILE__ << ":" << __LINE__ << ")");                                  \
        }                                                                                                    \
    } while (false)

// Waits up to `milliseconds` for `condition`; on a timeout the case fails
// with the condition's text and the place of the wait, and stops there.
#define REQUIRE_EVENTUALLY_WITHIN(condition, milliseconds)                                                   \
    STOCKBOOK_REQUIRE_EVENTUALLY(condition, #condition, milliseconds)

// Waits up to stockbook::test::DefaultWaitMs (5 s) for `condition`.
#define REQUIRE_EVENTUALLY(condition)                                                                        \
    STOCKBOOK_REQUIRE_EVENTUALLY(condition, #condition, ::stockbook::test::DefaultWaitMs)

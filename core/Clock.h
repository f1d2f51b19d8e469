// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace stockbook {

// Where "now" comes from.
//
// Core has one source of time: nowUtc(), the only place that reads the wall
// clock. Every timestamp core writes (created_at, posted_at, movement and
// audit times, sign-in state, backup names) comes from it, either directly
// (code that runs without a signed-in company: the key vault, the sign-in
// state, CompanyService::create) or through an object's Clock, whose default
// (systemClock()) reads nowUtc() too. An object may be handed a Clock of its
// own (a Session for the idle lock, the demo company dating its year of
// history); without one it follows nowUtc().
//
// A test fixes the time of everything at once with a ClockOverride. The
// override is process-wide and meant for tests only: the program never sets
// one.
using Clock = std::function<QDateTime()>;

// The current time in UTC: the override's, or the system's.
QDateTime nowUtc();

// Today in the local time zone, from nowUtc() (the default of dates a user
// leaves empty: an invoice's issue date, a payment's date).
QDate localToday();

// A Clock that reads nowUtc().
Clock systemClock();

// For tests: while it lives, nowUtc() returns what clock returns (converted to
// UTC). Overrides do not nest; create one at a time, on any thread.
class ClockOverride {
public:
    explicit ClockOverride(Clock clock);
    ~ClockOverride();
    ClockOverride(const ClockOverride &) = delete;
    ClockOverride &operator=(const ClockOverride &) = delete;
};

} // namespace stockbook

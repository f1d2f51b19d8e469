// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "Clock.h"

#include <atomic>
#include <mutex>

namespace stockbook {

namespace {

// nowUtc() runs on worker threads too (a backup names its file); the flag keeps
// the mutex off the path the program takes, where no override is ever set.
std::atomic<bool> g_overridden{false};
std::mutex g_mutex;
Clock g_override;

} // namespace

QDateTime nowUtc()
{
    if (g_overridden.load(std::memory_order_acquire)) {
        Clock clock;
        {
            std::lock_guard<std::mutex> lock(g_mutex);
            clock = g_override;
        }
        if (clock)
            return clock().toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QDate localToday()
{
    return nowUtc().toLocalTime().date();
}

Clock systemClock()
{
    return [] { return nowUtc(); };
}

ClockOverride::ClockOverride(Clock clock)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_override = std::move(clock);
    g_overridden.store(true, std::memory_order_release);
}

ClockOverride::~ClockOverride()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_overridden.store(false, std::memory_order_release);
    g_override = nullptr;
}

} // namespace stockbook

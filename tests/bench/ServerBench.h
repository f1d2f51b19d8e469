// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QString>

namespace stockbook::bench {

// stockbook-bench --server URL [--clients N,...] [--seconds S]: on the
// PostgreSQL server of URL (reached as the superuser it names; the password
// from standard input when the server asks for one) a fresh company
// bench_<pid> with one clerk per client, a hundred products and plenty of
// stock. For each N: N threads, each signed in as its own clerk on its own
// connection, post the benchmark's five-line sale through
// InvoiceService::createAndPost for S seconds; then N threads with their own
// libpq connection (the same clerks) send the statements a posting writes
// for S seconds. Prints "clients: N services: X/s raw: Y/s ratio: Z" per N
// and "ratio: Z" of the largest N last. Drops the company's database and
// roles at the end, also after a failure. Returns the exit code.
int runServerBench(const QString &url, const QList<int> &clients, double seconds);

} // namespace stockbook::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// What every benchmark program prints with and measures.

#include "security/keys/SecretBytes.h"

#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

namespace stockbook::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The largest resident set so far, in MB.
inline double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// The first line of standard input, straight into locked memory.
inline SecretBytes readPasswordLine()
{
    SecretBytes buffer(256);
    std::size_t length = 0;
    for (int c = std::getchar(); c != EOF && c != '\n' && length < buffer.size(); c = std::getchar())
        buffer.data()[length++] = std::uint8_t(c);
    SecretBytes password = SecretBytes::copyOf(buffer.bytes().first(length));
    buffer.clear();
    return password;
}

} // namespace stockbook::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/FileProbe.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cmath>

namespace stockbook::storage {

namespace {

// Random bytes cover nearly every byte value: n bytes show on average
// 256 * (1 - (255/256)^n) distinct values (about 256 for a page). Text, zero
// pages and structured formats show far fewer.
bool looksRandom(const QByteArray &bytes)
{
    std::array<bool, 256> seen{};
    int distinct = 0;
    for (char c : bytes) {
        auto &s = seen[static_cast<unsigned char>(c)];
        if (!s) {
            s = true;
            ++distinct;
        }
    }
    const double expected = 256.0 * (1.0 - std::pow(255.0 / 256.0, static_cast<double>(bytes.size())));
    return bytes.size() >= 64 && distinct >= 0.8 * expected;
}

} // namespace

FileProbe probeFile(const QString &path)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists())
        return probe;
    probe.size = info.size();
    if (probe.size == 0) {
        probe.kind = FileKind::Empty;
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = FileKind::LooksEncrypted; // let the open report the I/O error
        return probe;
    }
    const QByteArray head = file.read(PageSize);
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        probe.kind = FileKind::PlainSqlite;
    else if (!looksRandom(head))
        probe.kind = FileKind::NotEncrypted;
    else if (probe.size % PageSize != 0)
        probe.kind = FileKind::PartialPage;
    else
        probe.kind = FileKind::LooksEncrypted;
    return probe;
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/FileProbe.h"

#include "security/keys/SecretBytes.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

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

quint32 headerPageCount(const QString &path, const SecretBytes &key)
{
    constexpr int SaltBytes = 16;
    constexpr int ReserveBytes = 48; // IV (16) + HMAC-SHA1 (20), rounded up to the AES block
    constexpr int BodyBytes = PageSize - SaltBytes - ReserveBytes;
    if (key.size() != 32)
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray page = file.read(PageSize);
    if (page.size() != PageSize)
        return 0;
    const auto *raw = reinterpret_cast<const unsigned char *>(page.constData());

    std::array<unsigned char, BodyBytes> plain{};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    int finalWritten = 0;
    const bool ok = ctx
        && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), raw + PageSize - ReserveBytes) == 1
        && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
        && EVP_DecryptUpdate(ctx, plain.data(), &written, raw + SaltBytes, BodyBytes) == 1
        && EVP_DecryptFinal_ex(ctx, plain.data() + written, &finalWritten) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok || written + finalWritten != BodyBytes)
        return 0;
    // plain[i] is header byte 16 + i: page size 4096 at 16-17, payload
    // fractions 64/32/32 at 21-23, in-header database size at 28-31.
    const bool validHeader = plain[0] == 0x10 && plain[1] == 0x00 && plain[5] == 64 && plain[6] == 32
        && plain[7] == 32;
    const quint32 pages = (quint32(plain[12]) << 24) | (quint32(plain[13]) << 16) | (quint32(plain[14]) << 8)
        | quint32(plain[15]);
    OPENSSL_cleanse(plain.data(), plain.size());
    return validHeader ? pages : 0;
}

} // namespace stockbook::storage

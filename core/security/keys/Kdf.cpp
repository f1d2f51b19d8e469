// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/Kdf.h"

#include "Tr.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <QByteArray>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

namespace stockbook::security {

namespace {

constexpr std::uint64_t MaxN = std::uint64_t{1} << 20;
constexpr std::uint32_t MaxR = 32;
constexpr std::uint32_t MaxP = 16;
constexpr std::uint64_t MaxMemory = std::uint64_t{1} << 30;
// OpenSSL checks its own count of V and B against maxmem; never pass less than
// this, and leave room above the exact figure.
constexpr std::uint64_t MinMaxMem = std::uint64_t{256} << 20;
constexpr std::uint64_t MaxMemSlack = std::uint64_t{1} << 20;

std::mutex g_testingMutex;
std::optional<KdfParams> g_testingParams;
std::atomic<std::uint64_t> g_derivations{0};

QString opensslErrorText()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
    }
    return text;
}

} // namespace

KdfParams KdfParams::current()
{
    std::lock_guard lock(g_testingMutex);
    return g_testingParams.value_or(production());
}

std::uint64_t KdfParams::minimumOnRead()
{
    constexpr std::uint64_t Floor = std::uint64_t{1} << 15;
    std::lock_guard lock(g_testingMutex);
    if (!g_testingParams)
        return Floor;
    return std::min({Floor, forTesting().n, g_testingParams->n});
}

bool KdfParams::isSupported() const
{
    const bool powerOfTwo = n >= 2 && (n & (n - 1)) == 0;
    return algorithm == KdfAlgorithm::Scrypt && powerOfTwo && n <= MaxN && r >= 1 && r <= MaxR && p >= 1
        && p <= MaxP && memoryBytes() <= MaxMemory;
}

std::uint64_t KdfParams::memoryBytes() const
{
    // OpenSSL's scrypt: V is 128 * r * (N + 2) bytes, B is 128 * r * p.
    return 128 * std::uint64_t{r} * (n + 2) + 128 * std::uint64_t{r} * p;
}

ScopedKdfCostForTesting::ScopedKdfCostForTesting(const KdfParams &params)
{
    std::lock_guard lock(g_testingMutex);
    if (g_testingParams) {
        m_hadPrevious = true;
        m_previous = *g_testingParams;
    }
    g_testingParams = params;
}

ScopedKdfCostForTesting::~ScopedKdfCostForTesting()
{
    std::lock_guard lock(g_testingMutex);
    if (m_hadPrevious)
        g_testingParams = m_previous;
    else
        g_testingParams.reset();
}

namespace Kdf {

Result<SecretBytes> derive(const SecretBytes &password, QByteArrayView salt, const KdfParams &params,
                           std::size_t keyLength)
{
    if (!params.isSupported() || keyLength == 0 || keyLength > 1024) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The key derivation settings are outside the range this version of Stockbook "
                                "supports. Update Stockbook."),
                         {},
                         QStringLiteral("scrypt N=%1 r=%2 p=%3 length=%4")
                             .arg(params.n)
                             .arg(params.r)
                             .arg(params.p)
                             .arg(keyLength));
    }
    SecretBytes out(keyLength);
    const std::uint64_t maxmem = std::max(MinMaxMem, params.memoryBytes() + MaxMemSlack);
    static const char emptyPassword[1] = {0};
    const char *pass = password.isEmpty() ? emptyPassword : reinterpret_cast<const char *>(password.data());
    static const unsigned char emptySalt[1] = {0};
    const auto *saltBytes = salt.isEmpty() ? emptySalt : reinterpret_cast<const unsigned char *>(salt.data());

    ++g_derivations;
    ERR_clear_error();
    if (EVP_PBE_scrypt(pass, password.size(), saltBytes, static_cast<std::size_t>(salt.size()), params.n,
                       params.r, params.p, maxmem, out.data(), out.size())
        != 1) {
        return makeError(
            ErrorCode::CryptoFailure,
            Tr::tr("The password could not be checked: the computer ran out of memory (this needs "
                   "%1 MiB). Close other programs and try again.")
                .arg(params.memoryBytes() >> 20),
            {}, opensslErrorText());
    }
    return out;
}

std::uint64_t derivationCount()
{
    return g_derivations.load();
}

} // namespace Kdf

SecretBytes passwordBytes(QString &password)
{
    QString normalized = password.normalized(QString::NormalizationForm_KC);
    QByteArray utf8 = normalized.toUtf8();
    SecretBytes out = SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(utf8.constData()), static_cast<std::size_t>(utf8.size())});
    // normalized may share password's buffer; filling it detaches first, so
    // password is wiped separately below.
    if (!utf8.isEmpty())
        OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    normalized.fill(QChar(0));
    password.fill(QChar(0));
    password.clear();
    return out;
}

} // namespace stockbook::security

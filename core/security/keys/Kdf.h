// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace stockbook::security {

enum class KdfAlgorithm : std::uint8_t {
    Scrypt = 1,
};

// Which KDF and at what cost. Stored in every key slot beside its salt, so a
// slot keeps working after the default changes, and a slot made under an older,
// cheaper default can be rewrapped at the user's next login.
struct KdfParams {
    KdfAlgorithm algorithm = KdfAlgorithm::Scrypt;
    std::uint64_t n = 0; // CPU/memory cost, a power of two
    std::uint32_t r = 0; // block size
    std::uint32_t p = 0; // parallelism

    // OWASP's scrypt figure: N=2^17, r=8, p=1 (128 MiB, about 0.7 s here).
    static constexpr KdfParams production() { return {KdfAlgorithm::Scrypt, std::uint64_t{1} << 17, 8, 1}; }

    // TEST ONLY. N=2^10, r=8, p=1: a millisecond, so tests can make many slots.
    static constexpr KdfParams forTesting() { return {KdfAlgorithm::Scrypt, std::uint64_t{1} << 10, 8, 1}; }

    // The parameters new slots get: production(), unless a
    // ScopedKdfCostForTesting is alive.
    static KdfParams current();

    // The least N a stored slot may have: 2^15. While a ScopedKdfCostForTesting
    // is alive, the least of that, forTesting()'s N and the scope's N.
    static std::uint64_t minimumOnRead();

    // Within the range this build accepts: N a power of two in [2, 2^20],
    // r in [1, 32], p in [1, 16], at most 1 GiB of memory. Anything outside is
    // refused before any memory is taken, so a crafted file cannot exhaust it.
    bool isSupported() const;

    // Bytes scrypt allocates for these parameters (V plus B).
    std::uint64_t memoryBytes() const;

    friend constexpr bool operator==(const KdfParams &, const KdfParams &) = default;
};

// TEST ONLY: lowers the cost KdfParams::current() returns while it lives, and
// restores the previous value when destroyed. Production code never creates
// one; a test asserts that without it current() is the production default.
class ScopedKdfCostForTesting {
public:
    explicit ScopedKdfCostForTesting(const KdfParams &params = KdfParams::forTesting());
    ~ScopedKdfCostForTesting();
    ScopedKdfCostForTesting(const ScopedKdfCostForTesting &) = delete;
    ScopedKdfCostForTesting &operator=(const ScopedKdfCostForTesting &) = delete;

private:
    bool m_hadPrevious = false;
    KdfParams m_previous;
};

namespace Kdf {

// Derives keyLength bytes from password (UTF-8 of the NFKC-normalised password,
// see passwordBytes) and salt. Fails with InvalidArgument for unsupported
// parameters and CryptoFailure when OpenSSL cannot run (out of memory).
// maxmem is passed explicitly: OpenSSL's default of 32 MiB refuses N=2^17.
Result<SecretBytes> derive(const SecretBytes &password, QByteArrayView salt, const KdfParams &params,
                           std::size_t keyLength = 32);

// How many times derive() has run the KDF in this process. Lets tests check
// that an unknown user name costs a derivation just like a known one.
std::uint64_t derivationCount();

} // namespace Kdf

// The bytes a password is turned into before the KDF: NFKC normalisation (so a
// password typed on another keyboard layout or input method matches), then
// UTF-8. Overwrites password's buffer and clears it; copies of that QString
// held elsewhere are the caller's to clear.
SecretBytes passwordBytes(QString &password);

} // namespace stockbook::security

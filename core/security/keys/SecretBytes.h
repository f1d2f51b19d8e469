// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace stockbook {

// Bytes that must not outlive their use: a database key, a derived key, a
// password on its way to the KDF. Not copyable (no implicit sharing, no stray
// copies); wiped with OPENSSL_cleanse when destroyed or cleared.
//
// The bytes live in pages of their own (mmap of whole pages), marked
// MADV_DONTDUMP so a core dump leaves them out, and locked with mlock so they
// are never written to swap. A lock refused by RLIMIT_MEMLOCK does not fail the
// allocation: the bytes are still usable, only swappable, and lockFailures()
// counts it.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    // size bytes from OpenSSL's CSPRNG; empty if the generator fails.
    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(std::span<const std::uint8_t> bytes);

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }

    void clear();
    bool equals(const SecretBytes &other) const; // constant time for equal sizes

    // Whether mlock held these bytes' pages (false when empty).
    bool isLocked() const { return m_locked; }

    // How many allocations in this process kept working without their pages
    // locked (mlock refused, usually by RLIMIT_MEMLOCK).
    static std::uint64_t lockFailures();

    // Overwrites size bytes at data with zeros in a way the compiler keeps
    // (OPENSSL_cleanse), for buffers that are not SecretBytes: a QString's.
    static void cleanse(void *data, std::size_t size);

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = false;
};

} // namespace stockbook

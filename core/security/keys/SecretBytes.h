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

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace stockbook

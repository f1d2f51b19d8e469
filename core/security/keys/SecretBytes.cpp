// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/SecretBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <new>
#include <utility>

namespace stockbook {

namespace {

std::atomic<std::uint64_t> g_lockFailures{0};

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long value = sysconf(_SC_PAGESIZE);
        return value > 0 ? static_cast<std::size_t>(value) : std::size_t{4096};
    }();
    return size;
}

// Whole pages, so that madvise and mlock cover these bytes and nothing else.
std::size_t mappedLength(std::size_t size)
{
    const std::size_t page = pageSize();
    return (size + page - 1) / page * page;
}

} // namespace

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    const std::size_t length = mappedLength(size);
    void *pages = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        throw std::bad_alloc();
    // Best effort: an older kernel without MADV_DONTDUMP still gets the lock.
    madvise(pages, length, MADV_DONTDUMP);
    m_locked = mlock(pages, length) == 0;
    if (!m_locked)
        g_lockFailures.fetch_add(1);
    m_data = static_cast<std::uint8_t *>(pages); // anonymous pages start zeroed
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_locked(std::exchange(other.m_locked, false))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes out(size);
    if (size > 0 && RAND_bytes(out.m_data, static_cast<int>(size)) != 1)
        return {};
    return out;
}

SecretBytes SecretBytes::copyOf(std::span<const std::uint8_t> bytes)
{
    SecretBytes out(bytes.size());
    if (!bytes.empty())
        std::memcpy(out.m_data, bytes.data(), bytes.size());
    return out;
}

void SecretBytes::clear()
{
    if (m_data) {
        const std::size_t length = mappedLength(m_size);
        OPENSSL_cleanse(m_data, length);
        if (m_locked)
            munlock(m_data, length);
        munmap(m_data, length);
    }
    m_data = nullptr;
    m_size = 0;
    m_locked = false;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::cleanse(void *data, std::size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

std::uint64_t SecretBytes::lockFailures()
{
    return g_lockFailures.load();
}

} // namespace stockbook

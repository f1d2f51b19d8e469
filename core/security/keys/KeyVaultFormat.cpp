// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Reading and writing the key vault's bytes; the layout is in docs/file-formats.md ("The key file").
#include "security/keys/KeyVault.h"

#include "Tr.h"
#include "security/keys/Crypto.h"

#include <openssl/crypto.h>

#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QtEndian>

Q_DECLARE_LOGGING_CATEGORY(lcKeyVault)

namespace stockbook::security {

namespace {

constexpr char Magic[] = "SBKVAULT";
constexpr qsizetype MagicSize = 8;
constexpr qsizetype VaultIdSize = 16;
constexpr qsizetype HeaderSize = MagicSize + 2 + VaultIdSize + 2;
constexpr quint16 SlotFormatVersion = 1;
constexpr qsizetype MaxUserNameBytes = 1024;
constexpr int MinSaltSize = 16;
constexpr int MaxSaltSize = 64;
constexpr quint16 KeyBlockSize = 2 * (crypto::GcmNonceSize + 32 + crypto::GcmTagSize);
constexpr quint16 EntryFormatVersion = 3;
constexpr int KeySize = crypto::PublicKeySize;
constexpr int WrappedSize = 3 * 32; // X25519 private, Ed25519 seed, pinned administrators' key
constexpr int SealSize = crypto::SealedBox::OverheadSize + 32;

class Writer {
public:
    template <typename T>
    void put(T value)
    {
        char buffer[sizeof(T)];
        qToBigEndian(value, buffer);
        m_out.append(buffer, sizeof(T));
    }
    void append(QByteArrayView bytes) { m_out.append(bytes); }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

// Bounds-checked reads; after the first read past the end every read returns
// zero or empty and ok() is false.
class Reader {
public:
    explicit Reader(QByteArrayView data) : m_data(data) { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    template <typename T>
    T get()
    {
        if (!need(sizeof(T)))
            return T{};
        const T value = qFromBigEndian<T>(m_data.data() + m_pos);
        m_pos += sizeof(T);
        return value;
    }

    QByteArray take(qsizetype size)
    {
        if (!need(size))
            return {};
        QByteArray out = m_data.sliced(m_pos, size).toByteArray();
        m_pos += size;
        return out;
    }

private:
    bool need(qsizetype size)
    {
        if (!m_ok || size < 0 || size > remaining())
            m_ok = false;
        return m_ok;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

Error vaultDamaged(const QString &path, const QString &detail)
{
    qCWarning(lcKeyVault) << "key file unusable:" << detail;
    const QString message = path.isEmpty()
        ? Tr::tr(
            "The key file is damaged or is not a Stockbook key file, so no password can be checked against "
            "it. Restore the key file from a backup, or open the company with its recovery key.")
        : Tr::tr("The key file %1 is damaged or is not a Stockbook key file, so no password can be checked "
                 "against it. Restore the key file from a backup, or open the company with its recovery key.")
              .arg(QDir::toNativeSeparators(path));
    return makeError(ErrorCode::VaultDamaged, message, {}, detail);
}

Error slotProblem(const QString &detail)
{
    return makeError(ErrorCode::VaultDamaged, {}, {}, detail);
}

} // namespace

QByteArray KeyVault::slotHeader(const Slot &slot)
{
    Writer w;
    w.put<quint16>(SlotFormatVersion);
    w.put<qint64>(slot.userId);
    w.put<quint16>(static_cast<quint16>(slot.userName.size()));
    w.append(slot.userName);
    w.put<quint8>(static_cast<quint8>(slot.kdf.algorithm));
    w.put<quint64>(slot.kdf.n);
    w.put<quint32>(slot.kdf.r);
    w.put<quint32>(slot.kdf.p);
    w.put<quint8>(static_cast<quint8>(slot.salt.size()));
    w.append(slot.salt);
    return w.result();
}

QByteArray KeyVault::slotBytes(const Slot &slot)
{
    return slotHeader(slot) + slot.nonce + slot.ciphertext + slot.tag;
}

Result<KeyVault::Slot> KeyVault::parseSlot(const QByteArray &bytes)
{
    Reader r(bytes);
    Slot slot;
    const auto version = r.get<quint16>();
    if (r.ok() && version != SlotFormatVersion)
        return slotProblem(QStringLiteral("slot format %1").arg(version));
    slot.userId = r.get<qint64>();
    const auto nameSize = r.get<quint16>();
    if (r.ok() && (nameSize == 0 || nameSize > MaxUserNameBytes))
        return slotProblem(QStringLiteral("user name of %1 bytes").arg(nameSize));
    slot.userName = r.take(nameSize);
    const auto kdfId = r.get<quint8>();
    if (r.ok() && kdfId != static_cast<quint8>(KdfAlgorithm::Scrypt))
        return slotProblem(QStringLiteral("unknown KDF %1").arg(kdfId));
    slot.kdf.n = r.get<quint64>();
    slot.kdf.r = r.get<quint32>();
    slot.kdf.p = r.get<quint32>();
    if (r.ok() && !slot.kdf.isSupported()) {
        return slotProblem(
            QStringLiteral("KDF parameters N=%1 r=%2 p=%3").arg(slot.kdf.n).arg(slot.kdf.r).arg(slot.kdf.p));
    }
    const auto saltSize = r.get<quint8>();
    if (r.ok() && (saltSize < MinSaltSize || saltSize > MaxSaltSize))
        return slotProblem(QStringLiteral("salt of %1 bytes").arg(saltSize));
    slot.salt = r.take(saltSize);
    slot.nonce = r.take(crypto::GcmNonceSize);
    slot.ciphertext = r.take(DekSize);
    slot.tag = r.take(crypto::GcmTagSize);
    if (!r.ok())
        return slotProblem(QStringLiteral("slot cut short"));
    if (!r.atEnd())
        return slotProblem(QStringLiteral("%1 bytes after the slot").arg(r.remaining()));
    return slot;
}

QByteArray KeyVault::entryIdentity(const Entry &entry)
{
    Writer w;
    w.put<quint16>(EntryFormatVersion);
    w.put<qint64>(entry.userId);
    w.put<quint16>(static_cast<quint16>(entry.userName.size()));
    w.append(entry.userName);
    w.append(entry.boxPublic);
    w.append(entry.signPublic);
    return w.result();
}

QByteArray KeyVault::entryWrapHeader(const Entry &entry)
{
    Writer w;
    w.put<quint8>(entry.wrapKind);
    if (entry.wrapKind == 1) {
        w.put<quint8>(static_cast<quint8>(entry.kdf.algorithm));
        w.put<quint64>(entry.kdf.n);
        w.put<quint32>(entry.kdf.r);
        w.put<quint32>(entry.kdf.p);
        w.put<quint8>(static_cast<quint8>(entry.salt.size()));
        w.append(entry.salt);
    } else {
        w.put<quint8>(static_cast<quint8>(entry.salt.size()));
        w.append(entry.salt);
        const QByteArray legacy = entry.legacy ? slotBytes(*entry.legacy) : QByteArray();
        w.put<quint32>(static_cast<quint32>(legacy.size()));
        w.append(legacy);
    }
    return w.result();
}

QByteArray KeyVault::entryBytes(const Entry &entry)
{
    Writer w;
    w.append(entryIdentity(entry));
    w.put<quint8>(static_cast<quint8>((entry.administrator ? 1 : 0) | (entry.deactivated ? 2 : 0)));
    w.append(entry.certificate);
    w.append(entryWrapHeader(entry));
    w.append(entry.nonce);
    w.append(entry.ciphertext);
    w.append(entry.tag);
    w.put<quint8>(entry.dekSeal ? 1 : 0);
    if (entry.dekSeal)
        w.append(entry.dekSeal->toBytes());
    w.put<quint8>(entry.adminSeal ? 1 : 0);
    if (entry.adminSeal)
        w.append(entry.adminSeal->toBytes());
    return w.result();
}

Result<KeyVault::Entry> KeyVault::parseEntry(const QByteArray &bytes)
{
    Reader r(bytes);
    Entry entry;
    const auto version = r.get<quint16>();
    if (r.ok() && version != EntryFormatVersion)
        return slotProblem(QStringLiteral("entry format %1").arg(version));
    entry.userId = r.get<qint64>();
    const auto nameSize = r.get<quint16>();
    if (r.ok() && (nameSize == 0 || nameSize > MaxUserNameBytes))
        return slotProblem(QStringLiteral("user name of %1 bytes").arg(nameSize));
    entry.userName = r.take(nameSize);
    entry.boxPublic = r.take(KeySize);
    entry.signPublic = r.take(KeySize);
    const auto flags = r.get<quint8>();
    if (r.ok() && flags > 3)
        return slotProblem(QStringLiteral("unknown flags %1").arg(flags));
    entry.administrator = (flags & 1) != 0;
    entry.deactivated = (flags & 2) != 0;
    entry.certificate = r.take(crypto::SignatureSize);
    entry.wrapKind = r.get<quint8>();
    if (r.ok() && entry.wrapKind == 1) {
        const auto kdfId = r.get<quint8>();
        if (r.ok() && kdfId != static_cast<quint8>(KdfAlgorithm::Scrypt))
            return slotProblem(QStringLiteral("unknown KDF %1").arg(kdfId));
        entry.kdf.n = r.get<quint64>();
        entry.kdf.r = r.get<quint32>();
        entry.kdf.p = r.get<quint32>();
        if (r.ok() && !entry.kdf.isSupported())
            return slotProblem(QStringLiteral("KDF parameters N=%1 r=%2 p=%3")
                                   .arg(entry.kdf.n)
                                   .arg(entry.kdf.r)
                                   .arg(entry.kdf.p));
        const auto saltSize = r.get<quint8>();
        if (r.ok() && (saltSize < MinSaltSize || saltSize > MaxSaltSize))
            return slotProblem(QStringLiteral("salt of %1 bytes").arg(saltSize));
        entry.salt = r.take(saltSize);
    } else if (r.ok() && entry.wrapKind == 2) {
        const auto saltSize = r.get<quint8>();
        if (r.ok() && (saltSize < MinSaltSize || saltSize > MaxSaltSize))
            return slotProblem(QStringLiteral("salt of %1 bytes").arg(saltSize));
        entry.salt = r.take(saltSize);
        const auto legacySize = r.get<quint32>();
        if (!r.ok() || legacySize > static_cast<quint64>(r.remaining()))
            return slotProblem(QStringLiteral("old slot runs past the end"));
        auto legacy = parseSlot(r.take(legacySize));
        if (!legacy.ok())
            return legacy.error();
        if (legacy->userId != entry.userId || legacy->userName != entry.userName)
            return slotProblem(QStringLiteral("old slot of another user"));
        entry.legacy = std::move(legacy).value();
    } else if (r.ok()) {
        return slotProblem(QStringLiteral("unknown wrap kind %1").arg(entry.wrapKind));
    }
    entry.nonce = r.take(crypto::GcmNonceSize);
    entry.ciphertext = r.take(WrappedSize);
    entry.tag = r.take(crypto::GcmTagSize);
    for (auto *seal : {&entry.dekSeal, &entry.adminSeal}) {
        const auto present = r.get<quint8>();
        if (r.ok() && present > 1)
            return slotProblem(QStringLiteral("seal marker %1").arg(present));
        if (present == 1)
            *seal = crypto::SealedBox::fromBytes(r.take(SealSize), 32);
        if (r.ok() && present == 1 && !*seal)
            return slotProblem(QStringLiteral("seal cut short"));
    }
    if (!r.ok())
        return slotProblem(QStringLiteral("entry cut short"));
    if (!r.atEnd())
        return slotProblem(QStringLiteral("%1 bytes after the entry").arg(r.remaining()));
    if ((entry.adminSeal && !entry.administrator) || (entry.deactivated && entry.dekSeal))
        return slotProblem(QStringLiteral("administrators' key sealed to a user who is not one"));
    return entry;
}

QByteArray KeyVault::toBytes() const
{
    Writer w;
    w.append(QByteArrayView(Magic, MagicSize));
    w.put<quint16>(m_format);
    w.append(m_vaultId);
    if (!isLegacy()) {
        w.put<quint32>(m_epoch);
        w.append(m_adminPublic);
        w.append(m_recoveryPublic);
        w.append(m_recoveryCertificate.size() == crypto::SignatureSize
                     ? m_recoveryCertificate
                     : QByteArray(crypto::SignatureSize, '\0'));
        w.put<quint16>(static_cast<quint16>(m_entries.size()));
        for (const Entry &entry : m_entries) {
            const QByteArray bytes = entryBytes(entry);
            w.put<quint32>(static_cast<quint32>(bytes.size()));
            w.append(bytes);
        }
        w.append(m_recoveryDek ? m_recoveryDek->toBytes() : QByteArray(SealSize, '\0'));
        w.append(m_recoveryAdmin ? m_recoveryAdmin->toBytes() : QByteArray(SealSize, '\0'));
        QByteArray out = w.result();
        out.append(crypto::sha256(out));
        return out;
    }
    w.put<quint16>(static_cast<quint16>(m_slots.size()));
    for (const Slot &slot : m_slots) {
        const QByteArray bytes = slotBytes(slot);
        w.put<quint32>(static_cast<quint32>(bytes.size()));
        w.append(bytes);
    }
    if (m_format >= 2) {
        const QByteArray block = m_vkCiphertext.isEmpty()
            ? QByteArray()
            : m_dekNonce + m_dekCiphertext + m_dekTag + m_vkNonce + m_vkCiphertext + m_vkTag;
        w.put<quint16>(static_cast<quint16>(block.size()));
        w.append(block);
    }
    QByteArray out = w.result();
    out.append(crypto::sha256(out));
    return out;
}

Result<KeyVault> KeyVault::fromBytes(const QByteArray &bytes, const QString &pathForMessages)
{
    if (bytes.size() > MaxFileSize)
        return vaultDamaged(pathForMessages, QStringLiteral("%1 bytes, too large").arg(bytes.size()));
    if (bytes.size() < HeaderSize + crypto::Sha256Size)
        return vaultDamaged(pathForMessages,
                            QStringLiteral("%1 bytes, shorter than any key file").arg(bytes.size()));

    // Checksum first: a damaged magic or version field is damage too.
    const QByteArrayView body = QByteArrayView(bytes).first(bytes.size() - crypto::Sha256Size);
    const QByteArray stored = bytes.right(crypto::Sha256Size);
    const QByteArray computed = crypto::sha256(body);
    if (computed.size() != crypto::Sha256Size
        || CRYPTO_memcmp(computed.constData(), stored.constData(), crypto::Sha256Size) != 0)
        return vaultDamaged(pathForMessages, QStringLiteral("checksum mismatch"));

    Reader r(body);
    if (r.take(MagicSize) != QByteArrayView(Magic, MagicSize))
        return vaultDamaged(pathForMessages, QStringLiteral("no key file magic"));
    const auto version = r.get<quint16>();
    if (version > FormatVersion) {
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("The key file %1 was written by a newer version of Stockbook (key file format %2). "
                   "Update Stockbook to open this company.")
                .arg(QDir::toNativeSeparators(pathForMessages))
                .arg(version));
    }
    if (version == 0)
        return vaultDamaged(pathForMessages, QStringLiteral("format version 0"));

    KeyVault vault;
    vault.m_format = version;
    vault.m_vaultId = r.take(VaultIdSize);
    if (version >= 3) {
        vault.m_epoch = r.get<quint32>();
        vault.m_adminPublic = r.take(KeySize);
        vault.m_recoveryPublic = r.take(KeySize);
        vault.m_recoveryCertificate = r.take(crypto::SignatureSize);
        const auto entries = r.get<quint16>();
        QSet<qint64> ids;
        QSet<QByteArray> names;
        for (quint16 i = 0; i < entries && r.ok(); ++i) {
            const auto size = r.get<quint32>();
            if (!r.ok() || size > static_cast<quint64>(r.remaining()))
                return vaultDamaged(pathForMessages, QStringLiteral("entry %1 runs past the end").arg(i + 1));
            auto entry = parseEntry(r.take(size));
            if (!entry.ok())
                return vaultDamaged(pathForMessages,
                                    QStringLiteral("entry %1: %2").arg(i + 1).arg(entry.error().detail));
            if (ids.contains(entry->userId) || names.contains(entry->userName))
                return vaultDamaged(pathForMessages, QStringLiteral("entry %1 repeats a user").arg(i + 1));
            ids.insert(entry->userId);
            names.insert(entry->userName);
            vault.m_entries.push_back(std::move(entry).value());
        }
        vault.m_recoveryDek = crypto::SealedBox::fromBytes(r.take(SealSize), 32);
        vault.m_recoveryAdmin = crypto::SealedBox::fromBytes(r.take(SealSize), 32);
        if (!r.ok() || !vault.m_recoveryDek || !vault.m_recoveryAdmin)
            return vaultDamaged(pathForMessages, QStringLiteral("cut short"));
        if (!r.atEnd())
            return vaultDamaged(pathForMessages,
                                QStringLiteral("%1 bytes after the recovery block").arg(r.remaining()));
        return vault;
    }
    const auto count = r.get<quint16>();
    QSet<qint64> ids;
    QSet<QByteArray> names;
    for (quint16 i = 0; i < count && r.ok(); ++i) {
        const auto size = r.get<quint32>();
        if (!r.ok() || size > static_cast<quint64>(r.remaining()))
            return vaultDamaged(pathForMessages, QStringLiteral("slot %1 runs past the end").arg(i + 1));
        auto slot = parseSlot(r.take(size));
        if (!slot.ok()) {
            return vaultDamaged(pathForMessages,
                                QStringLiteral("slot %1: %2").arg(i + 1).arg(slot.error().detail));
        }
        if (ids.contains(slot->userId) || names.contains(slot->userName))
            return vaultDamaged(pathForMessages, QStringLiteral("slot %1 repeats a user").arg(i + 1));
        ids.insert(slot->userId);
        names.insert(slot->userName);
        vault.m_slots.push_back(std::move(slot).value());
    }
    if (version >= 2) {
        const auto blockSize = r.get<quint16>();
        if (r.ok() && blockSize != 0 && blockSize != KeyBlockSize)
            return vaultDamaged(pathForMessages, QStringLiteral("key block of %1 bytes").arg(blockSize));
        if (r.ok() && blockSize == 0 && !vault.m_slots.empty())
            return vaultDamaged(pathForMessages, QStringLiteral("key block and slots disagree"));
        if (blockSize != 0) {
            vault.m_dekNonce = r.take(crypto::GcmNonceSize);
            vault.m_dekCiphertext = r.take(DekSize);
            vault.m_dekTag = r.take(crypto::GcmTagSize);
            vault.m_vkNonce = r.take(crypto::GcmNonceSize);
            vault.m_vkCiphertext = r.take(DekSize);
            vault.m_vkTag = r.take(crypto::GcmTagSize);
        }
    }
    if (!r.ok())
        return vaultDamaged(pathForMessages, QStringLiteral("cut short"));
    if (!r.atEnd())
        return vaultDamaged(pathForMessages,
                            QStringLiteral("%1 bytes after the last slot").arg(r.remaining()));
    return vault;
}

} // namespace stockbook::security

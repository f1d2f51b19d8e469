// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/KeyVault.h"

#include "Tr.h"
#include "security/keys/Crypto.h"

#include <openssl/crypto.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcKeyVault, "stockbook.core.security", QtWarningMsg)

namespace stockbook::security {

namespace {

constexpr int SaltSize = 32;
constexpr qsizetype MaxUserNameBytes = 1024;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error invalidSlot(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Error writeError(const QString &path, const QString &detail)
{
    return makeError(
        ErrorCode::Io,
        Tr::tr("The key file %1 cannot be written. Check that the folder exists, that you may write to "
               "it and that the disk is not full; the previous key file, if any, is unchanged.")
            .arg(QDir::toNativeSeparators(path)),
        {}, detail);
}

UnlockedKey legacyKey(qint64 userId, QByteArray slotHash, SecretBytes dek)
{
    UnlockedKey key;
    key.userId = userId;
    key.slotHash = std::move(slotHash);
    key.dek = std::move(dek);
    return key;
}

} // namespace

QString KeyVault::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

KeyVault KeyVault::createLegacyForTesting(quint16 format)
{
    KeyVault vault;
    vault.m_format = format;
    vault.m_vaultId = crypto::randomBytes(16);
    return vault;
}

std::uint64_t KeyVault::minimumKdfCost()
{
    return KdfParams::minimumOnRead();
}

Result<KeyVault> KeyVault::load(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        return makeError(
            ErrorCode::FileNotFound,
            Tr::tr("The key file %1 is missing; it belongs beside the company file. Restore it from a "
                   "backup, or open the company with its recovery key.")
                .arg(name));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The key file %1 cannot be read. Check that you may read it.").arg(name), {},
                         file.errorString());
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, Tr::tr("The key file %1 cannot be read.").arg(name), {},
                         file.errorString());
    }
    return fromBytes(bytes, path);
}

Result<void> KeyVault::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // Before the first byte: QSaveFile gives a new file the umask's mode.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return writeError(path, QStringLiteral("cannot restrict permissions: %1").arg(file.errorString()));
    }
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return writeError(path, detail);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    if (!QFile::setPermissions(path, OwnerOnly))
        return writeError(path, QStringLiteral("cannot restrict permissions after writing"));
    return {};
}

int KeyVault::slotCount() const
{
    return static_cast<int>(isLegacy() ? m_slots.size() : m_entries.size());
}

QList<qint64> KeyVault::userIds() const
{
    QList<qint64> ids;
    if (isLegacy()) {
        for (const Slot &slot : m_slots)
            ids.append(slot.userId);
    } else {
        for (const Entry &entry : m_entries)
            ids.append(entry.userId);
    }
    return ids;
}

bool KeyVault::hasSlot(qint64 userId) const
{
    return isLegacy() ? findById(userId) != nullptr : entryById(userId) != nullptr;
}

bool KeyVault::hasSlotNamed(const QString &userName) const
{
    const QByteArray name = userName.toUtf8();
    return isLegacy() ? findByName(name) != nullptr : entryByName(name) != nullptr;
}

std::optional<KdfParams> KeyVault::slotKdfParams(qint64 userId) const
{
    if (isLegacy()) {
        if (const Slot *slot = findById(userId))
            return slot->kdf;
        return std::nullopt;
    }
    const Entry *entry = entryById(userId);
    if (!entry)
        return std::nullopt;
    return entry->wrapKind == 1 ? entry->kdf : entry->legacy->kdf;
}

bool KeyVault::slotNeedsStrongerKdf(qint64 userId) const
{
    const auto kdf = slotKdfParams(userId);
    if (!kdf)
        return false;
    const KdfParams wanted = KdfParams::current();
    return kdf->algorithm != wanted.algorithm || kdf->n < wanted.n || kdf->r < wanted.r || kdf->p < wanted.p;
}

bool KeyVault::isPending(qint64 userId) const
{
    const Entry *entry = entryById(userId);
    return entry && entry->wrapKind == 2;
}

bool KeyVault::isWithdrawn(qint64 userId) const
{
    const Entry *entry = entryById(userId);
    return entry && !entry->dekSeal;
}

Result<void> KeyVault::addOrReplaceSlot(qint64 userId, const QString &userName, const SecretBytes &password,
                                        const SecretBytes &dek, const SecretBytes &adminSeed,
                                        bool administrator, const KdfParams &params, UnlockedKey *issued)
{
    const QByteArray name = userName.toUtf8();
    if (name.isEmpty() || name.size() > MaxUserNameBytes)
        return invalidSlot(Tr::tr("A user name of 1 to %1 bytes is needed to store a key for the user.")
                               .arg(MaxUserNameBytes));
    if (password.isEmpty())
        return invalidSlot(Tr::tr("An empty password cannot protect the company key. Enter a password."));
    if (dek.size() != DekSize)
        return invalidSlot(Tr::tr("A company key must be 256 bits long."));
    if (!params.isSupported())
        return invalidSlot(Tr::tr("The key derivation settings are outside the supported range."));
    const qint64 sameName = isLegacy() ? (findByName(name) ? findByName(name)->userId : 0)
                                       : (entryByName(name) ? entryByName(name)->userId : 0);
    if (sameName != 0 && sameName != userId)
        return invalidSlot(
            Tr::tr("Another user already has a key under the name %1. Choose another name.").arg(userName));
    if (!hasSlot(userId) && slotCount() >= std::numeric_limits<quint16>::max())
        return invalidSlot(Tr::tr("The key file holds as many users as it can."));
    if (!isLegacy())
        return addEntry(userId, name, password, dek, adminSeed, administrator, params, issued);

    // Format 2: the slot wraps the vault key, found through the DEK (or made
    // now, for the first slot). Format 1: the slot wraps the DEK itself.
    SecretBytes payload;
    if (m_format == 1) {
        payload = SecretBytes::copyOf(dek.bytes());
    } else if (m_vkCiphertext.isEmpty()) {
        payload = SecretBytes::random(DekSize);
        if (payload.size() != static_cast<std::size_t>(DekSize) || !sealKeyBlock(payload, dek))
            return cryptoFailure(QStringLiteral("cannot create the vault key"));
    } else {
        payload = vaultKeyFromDek(dek);
        if (payload.isEmpty())
            return makeError(
                ErrorCode::WrongKey,
                Tr::tr("The company key does not belong to this key file, so no key can be added to "
                       "it. Check that the key file beside the company file is the company's own."));
    }

    Slot slot;
    slot.userId = userId;
    slot.userName = name;
    slot.kdf = params;
    slot.salt = crypto::randomBytes(SaltSize);
    slot.nonce = crypto::randomBytes(crypto::GcmNonceSize);
    if (slot.salt.isEmpty() || slot.nonce.isEmpty())
        return cryptoFailure(QStringLiteral("RAND_bytes failed for a slot"));
    auto kek = Kdf::derive(password, slot.salt, params);
    if (!kek)
        return kek.error();
    if (!crypto::aes256GcmSeal(kek.value(), slot.nonce, aad(slot), payload, slot.ciphertext, slot.tag))
        return cryptoFailure(QStringLiteral("AES-256-GCM encryption failed"));

    auto existing = std::find_if(m_slots.begin(), m_slots.end(),
                                 [&](const Slot &s) { return s.userId == userId; });
    if (existing != m_slots.end())
        *existing = std::move(slot);
    else
        m_slots.push_back(std::move(slot));
    return {};
}

Result<UnlockedKey> KeyVault::unwrap(const QString &userName, const SecretBytes &password) const
{
    const Slot *slot = isLegacy() ? findByName(userName.toUtf8()) : nullptr;
    const Entry *entry = isLegacy() ? nullptr : entryByName(userName.toUtf8());
    if (entry) {
        const KdfParams &kdf = entry->wrapKind == 1 ? entry->kdf : entry->legacy->kdf;
        if (kdf.n < minimumKdfCost())
            return weakSlotError(entry->userName);
        return unwrapEntry(*entry, password);
    }
    if (slot && slot->kdf.n < minimumKdfCost())
        return weakSlotError(slot->userName);
    if (!slot) {
        // Pay for a derivation anyway, so the time taken does not reveal which
        // names have a slot. The result is thrown away.
        const QByteArray dummySalt = crypto::randomBytes(SaltSize);
        auto dummy = Kdf::derive(password, dummySalt, KdfParams::current());
        if (!dummy)
            return dummy.error();
        return wrongPasswordError();
    }
    auto kek = Kdf::derive(password, slot->salt, slot->kdf);
    if (!kek)
        return kek.error();
    SecretBytes payload = crypto::aes256GcmOpen(kek.value(), slot->nonce, aad(*slot), slot->ciphertext,
                                                slot->tag);
    if (payload.size() != DekSize)
        return wrongPasswordError();
    if (m_format == 1)
        return legacyKey(slot->userId, crypto::sha256(slotBytes(*slot)), std::move(payload));
    // The password is proven; a key block that fails now was altered or damaged.
    SecretBytes dek = crypto::aes256GcmOpen(payload, m_dekNonce, keyAad("dek"), m_dekCiphertext, m_dekTag);
    if (dek.size() != DekSize) {
        qCWarning(lcKeyVault) << "the key file's key block fails its check";
        return makeError(
            ErrorCode::VaultDamaged,
            Tr::tr("The password is right, but the company key stored in the key file is damaged. "
                   "Restore the key file from a backup, or open the company with its recovery key."));
    }
    return legacyKey(slot->userId, crypto::sha256(slotBytes(*slot)), std::move(dek));
}

Result<void> KeyVault::replaceDatabaseKey(const SecretBytes &oldDek, const SecretBytes &newDek)
{
    if (oldDek.size() != DekSize || newDek.size() != DekSize)
        return invalidSlot(Tr::tr("A company key must be 256 bits long."));
    if (!isLegacy())
        return invalidSlot(Tr::tr("A key file of this format is resealed, not re-encrypted."));
    if (m_format == 1)
        return invalidSlot(
            Tr::tr("This key file is in an older format that cannot follow a change of the company "
                   "key. Open the company with its recovery key to start a new key file first."));
    if (m_vkCiphertext.isEmpty())
        return invalidSlot(Tr::tr("The key file holds no user's key yet."));
    SecretBytes vaultKey = vaultKeyFromDek(oldDek);
    if (vaultKey.isEmpty())
        return makeError(
            ErrorCode::WrongKey,
            Tr::tr("The company key does not belong to this key file. Check that the key file beside "
                   "the company file is the company's own."));
    SecretBytes stored = crypto::aes256GcmOpen(vaultKey, m_dekNonce, keyAad("dek"), m_dekCiphertext,
                                               m_dekTag);
    if (!stored.equals(oldDek))
        return makeError(
            ErrorCode::VaultDamaged,
            Tr::tr("The company key stored in the key file is damaged. Restore the key file from a "
                   "backup, or open the company with its recovery key."));
    if (!sealKeyBlock(vaultKey, newDek))
        return cryptoFailure(QStringLiteral("AES-256-GCM encryption failed for the key block"));
    return {};
}

QByteArray KeyVault::keyAad(const char *label) const
{
    return m_vaultId + QByteArray(label);
}

SecretBytes KeyVault::vaultKeyFromDek(const SecretBytes &dek) const
{
    if (m_vkCiphertext.isEmpty() || dek.size() != DekSize)
        return {};
    SecretBytes vaultKey = crypto::aes256GcmOpen(dek, m_vkNonce, keyAad("vk"), m_vkCiphertext, m_vkTag);
    if (vaultKey.size() != DekSize)
        return {};
    return vaultKey;
}

bool KeyVault::sealKeyBlock(const SecretBytes &vaultKey, const SecretBytes &dek)
{
    QByteArray dekNonce = crypto::randomBytes(crypto::GcmNonceSize);
    QByteArray vkNonce = crypto::randomBytes(crypto::GcmNonceSize);
    if (dekNonce.isEmpty() || vkNonce.isEmpty())
        return false;
    QByteArray dekCiphertext, dekTag, vkCiphertext, vkTag;
    if (!crypto::aes256GcmSeal(vaultKey, dekNonce, keyAad("dek"), dek, dekCiphertext, dekTag)
        || !crypto::aes256GcmSeal(dek, vkNonce, keyAad("vk"), vaultKey, vkCiphertext, vkTag))
        return false;
    m_dekNonce = dekNonce;
    m_dekCiphertext = dekCiphertext;
    m_dekTag = dekTag;
    m_vkNonce = vkNonce;
    m_vkCiphertext = vkCiphertext;
    m_vkTag = vkTag;
    return true;
}

bool KeyVault::removeSlot(qint64 userId)
{
    const auto removed = std::erase_if(m_slots, [userId](const Slot &s) { return s.userId == userId; })
        + std::erase_if(m_entries, [userId](const Entry &e) { return e.userId == userId; });
    return removed > 0;
}

QByteArray KeyVault::slotHash(qint64 userId) const
{
    if (!isLegacy()) {
        const Entry *entry = entryById(userId);
        return entry ? crypto::sha256(entryIdentity(*entry) + entryWrapHeader(*entry) + entry->nonce
                                      + entry->ciphertext + entry->tag)
                     : QByteArray();
    }
    const Slot *slot = findById(userId);
    return slot ? crypto::sha256(slotBytes(*slot)) : QByteArray();
}

bool KeyVault::slotMatches(qint64 userId, const QByteArray &expectedHash) const
{
    const QByteArray actual = slotHash(userId);
    return !actual.isEmpty() && actual.size() == expectedHash.size()
        && CRYPTO_memcmp(actual.constData(), expectedHash.constData(),
                         static_cast<std::size_t>(actual.size()))
        == 0;
}

Result<void> KeyVault::checkSlot(qint64 userId, const QByteArray &expectedHash) const
{
    if (slotMatches(userId, expectedHash))
        return {};
    qCWarning(lcKeyVault) << "key slot of user" << userId << "does not match the hash the database records";
    return makeError(
        ErrorCode::SlotMismatch,
        Tr::tr("This user's key does not match the one the company file records: it was copied from "
               "another user or put back from an older copy of the key file. Ask an admin to reset "
               "this user's password."));
}

Error KeyVault::weakSlotError(const QByteArray &userName)
{
    qCWarning(lcKeyVault) << "a key slot below the KDF floor was refused";
    return makeError(
        ErrorCode::VaultDamaged,
        Tr::tr("The key of %1 in the key file is protected more weakly than Stockbook ever writes "
               "it (scrypt N below 2^15), so it was changed outside Stockbook. Ask an administrator "
               "to reset the password.")
            .arg(QString::fromUtf8(userName)));
}

Error KeyVault::cryptoFailure(const QString &detail)
{
    return makeError(
        ErrorCode::CryptoFailure,
        Tr::tr("The key could not be protected because the system's cryptography failed. Try again; if "
               "it keeps failing, restart the computer."),
        {}, detail);
}

Error KeyVault::wrongPasswordError()
{
    return makeError(
        ErrorCode::WrongPassword,
        Tr::tr("The user name or the password is wrong. Check both, and that Caps Lock is off, then "
               "try again."));
}

const KeyVault::Slot *KeyVault::findById(qint64 userId) const
{
    for (const Slot &slot : m_slots) {
        if (slot.userId == userId)
            return &slot;
    }
    return nullptr;
}

const KeyVault::Slot *KeyVault::findByName(const QByteArray &userName) const
{
    for (const Slot &slot : m_slots) {
        if (slot.userName == userName)
            return &slot;
    }
    return nullptr;
}

QByteArray KeyVault::aad(const Slot &slot) const
{
    return m_vaultId + slotHeader(slot);
}

} // namespace stockbook::security

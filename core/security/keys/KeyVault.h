// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/Kdf.h"
#include "security/keys/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace stockbook::security {

// What a successful unwrap gives: the database key, and what the login needs
// to check the slot against the users row (slotMatches) once the database is open.
struct UnlockedKey {
    qint64 userId = 0;
    QByteArray slotHash;
    SecretBytes dek;
};

// The key vault: "<database>.keys" beside the company file. Without a slot's
// password (or the recovery key) the database cannot be opened.
//
// Format 2 keeps one level of indirection, so the database key (DEK) can be
// rotated while every user keeps signing in with the password they have:
// each slot wraps a random vault key (VK, 32 bytes) under a key derived from
// its user's password, and the vault stores the DEK once, encrypted under the
// VK. The VK is also stored encrypted under the DEK, so whoever holds the DEK
// (a signed-in admin, the recovery key) can add a slot; a rotation
// (replaceDatabaseKey) re-encrypts both blobs for the new DEK and leaves the
// slots, and therefore the users rows' slot hashes, as they are. The VK never
// changes; an old DEK together with an old copy of this file still reaches
// it, which is why a rotation only protects against a leaked recovery key
// when old copies of the key file are destroyed too.
//
// File format, version 2. Integers are big-endian; every version keeps the
// magic, the version field and the trailing checksum where they are.
//
//   8   magic "SBKVAULT"
//   2   format version (2; version 1 files are still read, see below)
//   16  vault id, random, fixed for the life of the vault
//   2   slot count
//   per slot: 4 byte length L, then L bytes of slot (below)
//   2   key block length K: 0 (no slot yet) or 120; format 2 only
//   K   key block: nonce 12, AES-256-GCM of the DEK under the VK 32, tag 16,
//       then nonce 12, AES-256-GCM of the VK under the DEK 32, tag 16;
//       additional data: the vault id followed by "dek" or "vk"
//   32  SHA-256 of every byte before it
//
// Slot, format 1:
//   2   slot format version (1)
//   8   user id (signed)
//   2   name length, then the user name in UTF-8 (1..1024 bytes)
//   1   KDF id (1 = scrypt)
//   8   N, 4 r, 4 p
//   1   salt length (16..64), then the salt (32 random bytes when written)
//   12  nonce, random for every wrap
//   32  AES-256-GCM ciphertext of the VK (of the DEK itself in a format 1 vault)
//   16  GCM tag
//
// The GCM additional data is the vault id followed by the slot's bytes up to
// and including the salt, which binds the slot to this vault, its user id,
// user name, KDF and parameters: a slot relabelled, moved to another vault or
// given other parameters fails its tag. The checksum tells accidental damage
// (VaultDamaged) from a wrong password (WrongPassword, from the tag).
// slotHash() is SHA-256 over a slot's bytes as stored; the users row keeps it,
// so an older slot put back, or one copied in, is refused after the open.
//
// A format 1 vault (slots wrapping the DEK directly) is read and written back
// as format 1; it cannot rotate its key (replaceDatabaseKey refuses).
//
// A KeyVault holds no secret (only wrapped keys), so it may be copied freely.
class KeyVault {
public:
    static constexpr quint16 FormatVersion = 2;
    static constexpr int DekSize = 32;

    // "<database>.keys".
    static QString pathFor(const QString &databasePath);

    // An empty vault with a fresh random id. CryptoFailure if there is no randomness.
    static Result<KeyVault> createNew();

    // FileNotFound, Io, NewerSchema (a later format), or VaultDamaged (checksum
    // or structure) with a message naming the file and what to do.
    static Result<KeyVault> load(const QString &path);
    static Result<KeyVault> fromBytes(const QByteArray &bytes, const QString &pathForMessages = {});
    QByteArray toBytes() const;

    // Atomic (QSaveFile: a temporary file renamed over the old one) and owner
    // read/write only, from the first byte written.
    Result<void> save(const QString &path) const;

    QByteArray vaultId() const { return m_vaultId; }
    int slotCount() const { return static_cast<int>(m_slots.size()); }
    QList<qint64> userIds() const;
    bool hasSlot(qint64 userId) const { return findById(userId) != nullptr; }
    bool hasSlotNamed(const QString &userName) const { return findByName(userName.toUtf8()) != nullptr; }
    std::optional<KdfParams> slotKdfParams(qint64 userId) const;
    // True when the slot was made with a cheaper KDF than the current default:
    // rewrap it with the password just proven.
    bool slotNeedsStrongerKdf(qint64 userId) const;

    // Wraps dek (32 bytes) under password for this user, replacing the user's
    // slot if there is one. Runs the KDF once. InvalidArgument for an empty
    // name or password, a name held by another user's slot, a DEK of the
    // wrong size or unsupported parameters.
    Result<void> addOrReplaceSlot(qint64 userId, const QString &userName, const SecretBytes &password,
                                  const SecretBytes &dek, const KdfParams &params = KdfParams::current());

    // The DEK from the slot named userName (compared byte for byte as stored).
    // A wrong password and an unknown name both run the KDF once (an unknown
    // name at the current default cost, on a random salt) and return the very
    // same WrongPassword error, so neither message nor timing tells them apart.
    Result<UnlockedKey> unwrap(const QString &userName, const SecretBytes &password) const;

    bool removeSlot(qint64 userId);

    // After the database was rekeyed from oldDek to newDek: re-encrypts the
    // vault's copy of the DEK, so every slot now unwraps to newDek. Slots and
    // their hashes do not change. WrongKey if oldDek is not this vault's key,
    // InvalidArgument for keys of the wrong size, a vault without slots or a
    // format 1 vault.
    Result<void> replaceDatabaseKey(const SecretBytes &oldDek, const SecretBytes &newDek);

    // The format this vault is written in (1 for a vault read from a format 1 file).
    quint16 formatVersion() const { return m_format; }

    // SHA-256 of the user's slot as stored; empty if the user has no slot.
    QByteArray slotHash(qint64 userId) const;
    // Constant-time comparison with the hash the users row recorded.
    bool slotMatches(qint64 userId, const QByteArray &expectedHash) const;
    // The same, as an error (SlotMismatch) with a message for the user.
    Result<void> checkSlot(qint64 userId, const QByteArray &expectedHash) const;

    // The error unwrap gives for a wrong password or unknown name.
    static Error wrongPasswordError();

private:
    struct Slot {
        qint64 userId = 0;
        QByteArray userName; // UTF-8, as given
        KdfParams kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    // Far above any real vault (a slot is about 150 bytes); longer files are refused unread.
    static constexpr qsizetype MaxFileSize = qsizetype{16} << 20;

    KeyVault() = default;
    const Slot *findById(qint64 userId) const;
    const Slot *findByName(const QByteArray &userName) const;
    static QByteArray slotBytes(const Slot &slot);
    static QByteArray slotHeader(const Slot &slot); // the bytes before the nonce
    QByteArray aad(const Slot &slot) const;
    static Result<Slot> parseSlot(const QByteArray &bytes);
    QByteArray keyAad(const char *label) const;
    // The VK from the vault's copy under the DEK; empty if dek is not this vault's key.
    SecretBytes vaultKeyFromDek(const SecretBytes &dek) const;
    // Sets the key block for this VK and DEK.
    bool sealKeyBlock(const SecretBytes &vaultKey, const SecretBytes &dek);

    QByteArray m_vaultId;
    std::vector<Slot> m_slots;
    quint16 m_format = FormatVersion;
    // Format 2 key block (all empty while there is no slot yet).
    QByteArray m_dekNonce, m_dekCiphertext, m_dekTag; // DEK under VK
    QByteArray m_vkNonce, m_vkCiphertext, m_vkTag;    // VK under DEK
};

} // namespace stockbook::security

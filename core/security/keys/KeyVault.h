// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/Asymmetric.h"
#include "security/keys/Kdf.h"
#include "security/keys/SecretBytes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace stockbook::security {

// What a successful unwrap gives: the database key, what the login needs to
// check the slot against the users row (slotMatches) once the database is
// open, and, from a format 3 vault, the user's own keys.
struct UnlockedKey {
    qint64 userId = 0;
    QByteArray slotHash;
    SecretBytes dek;
    // Format 3 only (all empty for an older vault).
    SecretBytes boxPrivate;    // X25519: opens what is sealed to the user
    SecretBytes signingSeed;   // Ed25519: signs the audit rows the user appends
    QByteArray signingPublic;  // its public half
    QByteArray pinnedAdminKey; // the administrators' public key as the user's own slot records it
    SecretBytes adminSeed;     // the administrators' signing key, for an administrator
    // The slot is still wrapped the way the upgrade left it (under the old
    // shared key), or with a KDF weaker than today's: rewrap it with the
    // password just proven (rewrap()).
    bool needsRewrap = false;
};

// What a new format 3 vault, a migration or a recovery-key rotation hands to
// the caller once: the administrators' signing key (to give to the first
// administrator's session) and the recovery secret (to show once).
struct VaultSecrets {
    SecretBytes adminSeed;
    SecretBytes recoverySecret;
};

// The key vault: "<database>.keys" beside the company file. Without a slot's
// password (or the recovery key) the database cannot be opened. The full
// byte layout, for every format, is in docs/file-formats.md.
//
// Format 3 (written by this version). Every user has two key pairs: X25519
// (things are sealed to it) and Ed25519 (the user signs the audit rows they
// append). The private halves, together with the administrators' public
// signing key as the user last saw it, are wrapped under a key derived from
// the user's password (scrypt, AES-256-GCM). The database key (DEK) is sealed
// to each user's X25519 public key (crypto::seal: ephemeral X25519,
// HKDF-SHA-256, AES-256-GCM), so an administrator can hand a new DEK to every
// remaining user without knowing a password, and a user whose entry is
// removed holds nothing that opens the next DEK. Administrators' entries also
// hold a seal of the administrators' Ed25519 signing key, which certifies each
// user's public keys and signs audit checkpoints.
//
// The recovery secret is its own random 256-bit value; from it (HKDF) comes an
// X25519 key pair whose public half is in the header and to which the DEK and
// the administrators' signing key are sealed. Knowing the DEK gives nothing
// towards the recovery secret, and a rotation reseals to the recovery key
// without knowing it.
//
// Formats 1 and 2 (earlier versions) are still read: every slot there
// unwraps one shared secret. At the first administrator's sign-in the vault
// is upgraded (migrateFrom): the administrator's slot is rewrapped under their
// password, every other user gets key pairs wrapped under a key derived from
// the old shared secret ("pending", with their old slot kept to reach it),
// and each pending user's slot is rewrapped under their own password at their
// next sign-in. A pending user's keys are still reachable by anyone who holds
// the old shared secret, so a rotation (resealFor) withdraws pending users'
// seals: they must then be given a new password.
//
// A KeyVault holds no secret (only wrapped and sealed keys), so it may be copied freely.
class KeyVault {
public:
    static constexpr quint16 FormatVersion = 3;
    static constexpr int DekSize = 32;

    // "<database>.keys".
    static QString pathFor(const QString &databasePath);

    // A format 3 vault with a fresh id, administrators' signing key, recovery
    // secret and no user yet, for the given DEK. CryptoFailure without randomness.
    static Result<KeyVault> createNew(const SecretBytes &dek, VaultSecrets &secrets);
    // TEST ONLY: an empty vault of an earlier format (1 or 2), as earlier
    // versions wrote them, so that reading and upgrading them stays tested.
    static KeyVault createLegacyForTesting(quint16 format);

    // FileNotFound, Io, NewerSchema (a later format), or VaultDamaged (checksum
    // or structure) with a message naming the file and what to do.
    static Result<KeyVault> load(const QString &path);
    static Result<KeyVault> fromBytes(const QByteArray &bytes, const QString &pathForMessages = {});
    QByteArray toBytes() const;

    // Atomic (QSaveFile: a temporary file renamed over the old one) and owner
    // read/write only, from the first byte written.
    Result<void> save(const QString &path) const;

    QByteArray vaultId() const { return m_vaultId; }
    quint16 formatVersion() const { return m_format; }
    bool isLegacy() const { return m_format < 3; }
    quint32 keyEpoch() const { return m_epoch; }
    QByteArray adminPublicKey() const { return m_adminPublic; }

    int slotCount() const;
    QList<qint64> userIds() const;
    bool hasSlot(qint64 userId) const;
    bool hasSlotNamed(const QString &userName) const;
    std::optional<KdfParams> slotKdfParams(qint64 userId) const;
    // True when the slot was made with a cheaper KDF than the current default.
    bool slotNeedsStrongerKdf(qint64 userId) const;
    // Format 3: the user's entry is still pending (wrapped under the old shared secret).
    bool isPending(qint64 userId) const;
    // Format 3: the user's entry holds no seal of the current DEK (withdrawn by a rotation).
    bool isWithdrawn(qint64 userId) const;

    // Gives a user a new slot for password, replacing the user's slot if there
    // is one. Format 3: new key pairs, certified with adminSeed, the DEK sealed
    // to them and, for an administrator, adminSeed too. Formats 1 and 2: a slot
    // as those formats have it (adminSeed unused). Runs the KDF once.
    // InvalidArgument for an empty name or password, a name held by another
    // user's slot, keys of the wrong size or unsupported parameters. With
    // issued (format 3), what an unwrap with the password would give, without
    // deriving the key a second time.
    Result<void> addOrReplaceSlot(qint64 userId, const QString &userName, const SecretBytes &password,
                                  const SecretBytes &dek, const SecretBytes &adminSeed = {},
                                  bool administrator = false, const KdfParams &params = KdfParams::current(),
                                  UnlockedKey *issued = nullptr);

    // Format 3: the user's own keys wrapped again under password (a password
    // change, a stronger KDF, or the end of a pending entry); the keys, the
    // seals and the certificate stay.
    Result<void> rewrap(const UnlockedKey &own, const QString &userName, const SecretBytes &password,
                        const KdfParams &params = KdfParams::current());

    // Format 3, deactivating a user: their seals are removed and stay removed
    // through rotations (resealFor); their sign-in is refused as deactivated.
    // Call resealFor with a new DEK afterwards.
    Result<void> withdraw(qint64 userId, const SecretBytes &adminSeed);
    // Format 3, reactivating a user: the DEK (and for an administrator the
    // administrators' key) sealed to their public key again.
    Result<void> grant(qint64 userId, const SecretBytes &dek, const SecretBytes &adminSeed);

    // Format 3: gives or withdraws the administrators' signing key to a user (a role change).
    Result<void> setAdministrator(qint64 userId, bool administrator, const SecretBytes &adminSeed);

    // The DEK (and for format 3 the user's keys) from the slot named userName
    // (compared byte for byte as stored). A wrong password and an unknown name
    // both run the KDF once (an unknown name at the current default cost, on a
    // random salt) and return the very same WrongPassword error, so neither
    // message nor timing tells them apart. KeyWithdrawn when the password is
    // right but a rotation withdrew this user's key.
    Result<UnlockedKey> unwrap(const QString &userName, const SecretBytes &password) const;

    bool removeSlot(qint64 userId);

    // Format 3, after the database was rekeyed to newDek: seals newDek to every
    // user whose entry is their own (pending entries are withdrawn, see above)
    // and to the recovery key, and counts the epoch up. With newRecovery, the
    // recovery key is replaced too (its secret is written there).
    Result<void> resealFor(const SecretBytes &newDek, const SecretBytes &adminSeed,
                           SecretBytes *newRecovery = nullptr);

    // Formats 1 and 2, after the database was rekeyed from oldDek to newDek
    // (format 2 only; format 1 refuses).
    Result<void> replaceDatabaseKey(const SecretBytes &oldDek, const SecretBytes &newDek);

    // Format 3: the DEK and the administrators' signing key from the recovery
    // secret. RecoveryKeyInvalid if the secret is not this vault's.
    Result<VaultSecrets> openWithRecoverySecret(const SecretBytes &recoverySecret, SecretBytes &dek) const;

    // The format 3 vault an earlier vault becomes (see the class comment).
    // admin is what the administrator's unwrap of this (legacy) vault gave,
    // legacySecret the secret every legacy slot unwraps (the vault key, or the
    // DEK in format 1), administrators the ids of the users who are
    // administrators. The result is sealed to newDek.
    // active: the users still active (the others get key pairs but no key).
    Result<KeyVault> migrated(const UnlockedKey &admin, const QString &adminName, const SecretBytes &password,
                              const SecretBytes &legacySecret, const QList<qint64> &administrators,
                              const QList<qint64> &active, const SecretBytes &newDek,
                              VaultSecrets &secrets) const;
    // Seals the administrators' key to every certified, active administrator
    // whose own password protects their entry and who lacks it (an
    // administrator who was pending at the upgrade). Returns how many got it.
    int grantAdminKeyToAdministrators(const SecretBytes &adminSeed);
    // What every slot of a legacy vault unwraps (the vault key in format 2,
    // the DEK in format 1), from the DEK. Empty if dek is not this vault's.
    SecretBytes legacySecretFromDek(const SecretBytes &dek) const;

    // Format 3: each user's Ed25519 public key whose certificate verifies
    // against adminPublic (the key the signed-in user's own slot pins).
    QHash<qint64, QByteArray> certifiedSigningKeys(const QByteArray &adminPublic) const;

    // SHA-256 of the user's slot as stored (format 3: its identity and wrapped
    // keys, not the seals, which a rotation replaces); empty if the user has no slot.
    QByteArray slotHash(qint64 userId) const;
    // Constant-time comparison with the hash the users row recorded.
    bool slotMatches(qint64 userId, const QByteArray &expectedHash) const;
    // The same, as an error (SlotMismatch) with a message for the user.
    Result<void> checkSlot(qint64 userId, const QByteArray &expectedHash) const;

    // The error unwrap gives for a wrong password or unknown name.
    static Error wrongPasswordError();
    // The error unwrap gives, before deriving, for a slot whose KDF is below
    // minimumKdfCost(): Stockbook never writes one, so someone else did.
    static Error weakSlotError(const QByteArray &userName);
    // CryptoFailure: OpenSSL failed (no randomness, no memory); detail for the log.
    static Error cryptoFailure(const QString &detail);

    // The KDF cost below which a stored slot is refused on read (N >= 2^15;
    // a ScopedKdfCostForTesting lowers it to its own N).
    static std::uint64_t minimumKdfCost();

private:
    // A password slot as formats 1 and 2 write it; in format 3, the old slot a
    // pending entry keeps.
    struct Slot {
        qint64 userId = 0;
        QByteArray userName; // UTF-8, as given
        KdfParams kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };
    // A format 3 user entry.
    struct Entry {
        qint64 userId = 0;
        QByteArray userName;
        bool administrator = false;
        bool deactivated = false; // seals withdrawn and kept so
        QByteArray boxPublic;     // X25519
        QByteArray signPublic;    // Ed25519
        QByteArray certificate;   // Ed25519 signature by the administrators' key
        quint8 wrapKind = 1;      // 1 password, 2 pending (under the old shared secret)
        KdfParams kdf;            // wrapKind 1
        QByteArray salt;          // wrapKind 1: scrypt salt; 2: HKDF salt
        QByteArray nonce, ciphertext, tag;
        std::optional<Slot> legacy;                 // wrapKind 2
        std::optional<crypto::SealedBox> dekSeal;   // empty once withdrawn
        std::optional<crypto::SealedBox> adminSeal; // administrators only
    };

    // Far above any real vault (an entry is 400 to 600 bytes); longer files are refused unread.
    static constexpr qsizetype MaxFileSize = qsizetype{16} << 20;

    KeyVault() = default;
    const Slot *findById(qint64 userId) const;
    const Slot *findByName(const QByteArray &userName) const;
    const Entry *entryById(qint64 userId) const;
    const Entry *entryByName(const QByteArray &userName) const;
    static QByteArray slotBytes(const Slot &slot);
    static QByteArray slotHeader(const Slot &slot); // the bytes before the nonce
    QByteArray aad(const Slot &slot) const;
    static Result<Slot> parseSlot(const QByteArray &bytes);
    QByteArray keyAad(const char *label) const;
    SecretBytes vaultKeyFromDek(const SecretBytes &dek) const;
    bool sealKeyBlock(const SecretBytes &vaultKey, const SecretBytes &dek);

    // Format 3 helpers (KeyVaultEntries.cpp).
    static QByteArray entryIdentity(const Entry &entry); // id, name and public keys
    QByteArray certificateMessage(const Entry &entry) const;
    QByteArray recoveryCertificateMessage() const;
    bool certifyRecovery(const SecretBytes &adminSeed);
    static QByteArray entryWrapHeader(const Entry &entry);
    QByteArray entryAad(const Entry &entry) const;
    static QByteArray entryBytes(const Entry &entry);
    static Result<Entry> parseEntry(const QByteArray &bytes);
    QByteArray sealAad(const char *label, qint64 userId) const;
    Result<UnlockedKey> unwrapEntry(const Entry &entry, const SecretBytes &password) const;
    bool sealTo(Entry &entry, const SecretBytes &dek, const SecretBytes &adminSeed) const;
    bool sealRecovery(const SecretBytes &dek, const SecretBytes &adminSeed);
    // Wraps the private keys and the pinned administrators' key under wrapKey
    // into entry (whose identity and wrap header are filled in).
    bool wrapEntry(Entry &entry, const SecretBytes &boxPrivate, const SecretBytes &signingSeed,
                   const QByteArray &pinnedAdmin, const SecretBytes &wrapKey) const;
    bool certify(Entry &entry, const SecretBytes &adminSeed) const;
    Result<void> addEntry(qint64 userId, const QByteArray &name, const SecretBytes &password,
                          const SecretBytes &dek, const SecretBytes &adminSeed, bool administrator,
                          const KdfParams &params, UnlockedKey *issued);
    SecretBytes pendingKey(const Entry &entry, const SecretBytes &legacySecret) const;
    void putEntry(Entry entry);

    QByteArray m_vaultId;
    quint16 m_format = FormatVersion;
    // Formats 1 and 2.
    std::vector<Slot> m_slots;
    QByteArray m_dekNonce, m_dekCiphertext, m_dekTag; // format 2: DEK under VK
    QByteArray m_vkNonce, m_vkCiphertext, m_vkTag;    // format 2: VK under DEK
    // Format 3.
    quint32 m_epoch = 0;
    QByteArray m_adminPublic;
    QByteArray m_recoveryPublic;
    QByteArray m_recoveryCertificate; // Ed25519 by the administrators' key over the recovery public key
    std::vector<Entry> m_entries;
    std::optional<crypto::SealedBox> m_recoveryDek, m_recoveryAdmin;
};

} // namespace stockbook::security

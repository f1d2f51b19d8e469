// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Format 3 of the key vault: user entries with key pairs, seals of the
// database key and the recovery block. The layout is in docs/file-formats.md.
#include "Tr.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"

#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcKeyVault)

namespace stockbook::security {

namespace {

constexpr int SaltSize = 32;
constexpr int KeySize = crypto::PublicKeySize;

QByteArray bigEndian64(qint64 value)
{
    char buffer[8];
    qToBigEndian(value, buffer);
    return QByteArray(buffer, 8);
}

QByteArray bigEndian32(quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    return QByteArray(buffer, 4);
}

SecretBytes slice(const SecretBytes &bytes, std::size_t offset, std::size_t size)
{
    return SecretBytes::copyOf(bytes.bytes().subspan(offset, size));
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() && a == b;
}

Error damagedKey()
{
    qCWarning(lcKeyVault) << "a proven slot's keys fail their check";
    return makeError(
        ErrorCode::VaultDamaged,
        Tr::tr("The password is right, but the keys stored for this user in the key file are damaged. "
               "Restore the key file from a backup, or ask an administrator to reset the password."));
}

// The recovery key pair comes from the recovery secret alone.
SecretBytes recoveryPrivate(const SecretBytes &secret, const QByteArray &vaultId)
{
    return crypto::hkdfSha256(secret, vaultId, "stockbook-recovery-v1");
}

} // namespace

QByteArray KeyVault::certificateMessage(const Entry &entry) const
{
    return QByteArray("stockbook-user-cert-v1") + m_vaultId + entryIdentity(entry)
        + QByteArray(1, static_cast<char>((entry.administrator ? 1 : 0) | (entry.deactivated ? 2 : 0)));
}

QByteArray KeyVault::recoveryCertificateMessage() const
{
    return QByteArray("stockbook-recovery-key-v1") + m_vaultId + m_recoveryPublic;
}

bool KeyVault::certifyRecovery(const SecretBytes &adminSeed)
{
    m_recoveryCertificate = crypto::ed25519Sign(adminSeed, recoveryCertificateMessage());
    return m_recoveryCertificate.size() == crypto::SignatureSize;
}

QByteArray KeyVault::entryAad(const Entry &entry) const
{
    return m_vaultId + entryIdentity(entry) + entryWrapHeader(entry);
}

QByteArray KeyVault::sealAad(const char *label, qint64 userId) const
{
    return m_vaultId + QByteArray(label) + bigEndian32(m_epoch) + bigEndian64(userId);
}

const KeyVault::Entry *KeyVault::entryById(qint64 userId) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [userId](const Entry &e) { return e.userId == userId; });
    return it == m_entries.end() ? nullptr : &*it;
}

const KeyVault::Entry *KeyVault::entryByName(const QByteArray &userName) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.userName == userName; });
    return it == m_entries.end() ? nullptr : &*it;
}

void KeyVault::putEntry(Entry entry)
{
    auto existing = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.userId == entry.userId; });
    if (existing != m_entries.end())
        *existing = std::move(entry);
    else
        m_entries.push_back(std::move(entry));
}

bool KeyVault::wrapEntry(Entry &entry, const SecretBytes &boxPrivate, const SecretBytes &signingSeed,
                         const QByteArray &pinnedAdmin, const SecretBytes &wrapKey) const
{
    if (boxPrivate.size() != 32 || signingSeed.size() != 32 || pinnedAdmin.size() != KeySize)
        return false;
    SecretBytes plain(3 * 32);
    std::copy_n(boxPrivate.data(), 32, plain.data());
    std::copy_n(signingSeed.data(), 32, plain.data() + 32);
    std::copy_n(reinterpret_cast<const std::uint8_t *>(pinnedAdmin.constData()), 32, plain.data() + 64);
    entry.nonce = crypto::randomBytes(crypto::GcmNonceSize);
    if (entry.nonce.isEmpty())
        return false;
    return crypto::aes256GcmSeal(wrapKey, entry.nonce, entryAad(entry), plain, entry.ciphertext, entry.tag);
}

bool KeyVault::certify(Entry &entry, const SecretBytes &adminSeed) const
{
    entry.certificate = crypto::ed25519Sign(adminSeed, certificateMessage(entry));
    return entry.certificate.size() == crypto::SignatureSize;
}

bool KeyVault::sealTo(Entry &entry, const SecretBytes &dek, const SecretBytes &adminSeed) const
{
    entry.dekSeal = crypto::seal(entry.boxPublic, "dek", sealAad("dek", entry.userId), dek);
    if (!entry.dekSeal)
        return false;
    entry.adminSeal.reset();
    if (entry.administrator) {
        entry.adminSeal = crypto::seal(entry.boxPublic, "admin-signing",
                                       m_vaultId + bigEndian64(entry.userId), adminSeed);
        if (!entry.adminSeal)
            return false;
    }
    return true;
}

bool KeyVault::sealRecovery(const SecretBytes &dek, const SecretBytes &adminSeed)
{
    m_recoveryDek = crypto::seal(m_recoveryPublic, "recovery-dek", m_vaultId + bigEndian32(m_epoch), dek);
    m_recoveryAdmin = crypto::seal(m_recoveryPublic, "recovery-admin-signing", m_vaultId, adminSeed);
    return m_recoveryDek && m_recoveryAdmin;
}

SecretBytes KeyVault::pendingKey(const Entry &entry, const SecretBytes &legacySecret) const
{
    return crypto::hkdfSha256(legacySecret, entry.salt,
                              QByteArray("stockbook-pending-v1") + m_vaultId + bigEndian64(entry.userId));
}

Result<KeyVault> KeyVault::createNew(const SecretBytes &dek, VaultSecrets &secrets)
{
    if (dek.size() != DekSize)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A company key must be 256 bits long."));
    KeyVault vault;
    vault.m_format = FormatVersion;
    vault.m_vaultId = crypto::randomBytes(16);
    vault.m_epoch = 1;
    secrets.adminSeed = crypto::newPrivateKey();
    secrets.recoverySecret = SecretBytes::random(32);
    if (vault.m_vaultId.isEmpty() || secrets.adminSeed.isEmpty() || secrets.recoverySecret.size() != 32)
        return cryptoFailure(QStringLiteral("no randomness for a new vault"));
    vault.m_adminPublic = crypto::ed25519PublicKey(secrets.adminSeed);
    vault.m_recoveryPublic = crypto::x25519PublicKey(
        recoveryPrivate(secrets.recoverySecret, vault.m_vaultId));
    if (vault.m_adminPublic.size() != KeySize || vault.m_recoveryPublic.size() != KeySize
        || !vault.certifyRecovery(secrets.adminSeed) || !vault.sealRecovery(dek, secrets.adminSeed))
        return cryptoFailure(QStringLiteral("cannot make the vault's key pairs"));
    return vault;
}

Result<void> KeyVault::addEntry(qint64 userId, const QByteArray &name, const SecretBytes &password,
                                const SecretBytes &dek, const SecretBytes &adminSeed, bool administrator,
                                const KdfParams &params, UnlockedKey *issued)
{
    if (adminSeed.size() != 32 || !sameBytes(crypto::ed25519PublicKey(adminSeed), m_adminPublic))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only an administrator signed in with their own key can give a user a key. "
                                "Sign in as an administrator and try again."));
    Entry entry;
    entry.userId = userId;
    entry.userName = name;
    entry.administrator = administrator;
    SecretBytes boxPrivate = crypto::newPrivateKey();
    SecretBytes signingSeed = crypto::newPrivateKey();
    entry.boxPublic = crypto::x25519PublicKey(boxPrivate);
    entry.signPublic = crypto::ed25519PublicKey(signingSeed);
    entry.wrapKind = 1;
    entry.kdf = params;
    entry.salt = crypto::randomBytes(SaltSize);
    if (entry.boxPublic.size() != KeySize || entry.signPublic.size() != KeySize || entry.salt.isEmpty())
        return cryptoFailure(QStringLiteral("cannot make a user's key pairs"));
    auto kek = Kdf::derive(password, entry.salt, params);
    if (!kek)
        return kek.error();
    if (!wrapEntry(entry, boxPrivate, signingSeed, m_adminPublic, kek.value()) || !certify(entry, adminSeed)
        || !sealTo(entry, dek, adminSeed))
        return cryptoFailure(QStringLiteral("cannot wrap or seal a user's keys"));
    if (issued) {
        issued->userId = userId;
        issued->dek = SecretBytes::copyOf(dek.bytes());
        issued->signingPublic = entry.signPublic;
        issued->pinnedAdminKey = m_adminPublic;
        issued->adminSeed = administrator ? SecretBytes::copyOf(adminSeed.bytes()) : SecretBytes();
        issued->needsRewrap = false;
        issued->boxPrivate = std::move(boxPrivate);
        issued->signingSeed = std::move(signingSeed);
    }
    putEntry(std::move(entry));
    if (issued)
        issued->slotHash = slotHash(userId);
    return {};
}

Result<UnlockedKey> KeyVault::unwrapEntry(const Entry &entry, const SecretBytes &password) const
{
    SecretBytes wrapKey;
    if (entry.wrapKind == 1) {
        auto kek = Kdf::derive(password, entry.salt, entry.kdf);
        if (!kek)
            return kek.error();
        wrapKey = std::move(kek).value();
    } else {
        const Slot &old = *entry.legacy;
        auto kek = Kdf::derive(password, old.salt, old.kdf);
        if (!kek)
            return kek.error();
        SecretBytes shared = crypto::aes256GcmOpen(kek.value(), old.nonce, aad(old), old.ciphertext, old.tag);
        if (shared.size() != 32)
            return wrongPasswordError();
        wrapKey = pendingKey(entry, shared);
    }
    SecretBytes plain = crypto::aes256GcmOpen(wrapKey, entry.nonce, entryAad(entry), entry.ciphertext,
                                              entry.tag);
    if (plain.size() != 3 * 32)
        return wrongPasswordError();

    UnlockedKey out;
    out.userId = entry.userId;
    out.slotHash = slotHash(entry.userId);
    out.boxPrivate = slice(plain, 0, 32);
    out.signingSeed = slice(plain, 32, 32);
    const auto pinned = plain.bytes().subspan(64, 32);
    out.pinnedAdminKey = QByteArray(reinterpret_cast<const char *>(pinned.data()), 32);
    out.signingPublic = crypto::ed25519PublicKey(out.signingSeed);
    if (!sameBytes(out.signingPublic, entry.signPublic)
        || !sameBytes(crypto::x25519PublicKey(out.boxPrivate), entry.boxPublic))
        return damagedKey();
    if (!entry.dekSeal && entry.deactivated)
        return makeError(ErrorCode::AccountDeactivated,
                         Tr::tr("The account %1 is deactivated. Ask an administrator to reactivate it.")
                             .arg(QString::fromUtf8(entry.userName)));
    if (!entry.dekSeal)
        return makeError(ErrorCode::KeyWithdrawn,
                         Tr::tr("Your password is right, but your key was withdrawn when the company key was "
                                "changed. Ask an administrator to reset your password."));
    out.dek = crypto::open(out.boxPrivate, *entry.dekSeal, "dek", sealAad("dek", entry.userId));
    if (out.dek.size() != DekSize)
        return damagedKey();
    if (entry.adminSeal) {
        SecretBytes seed = crypto::open(out.boxPrivate, *entry.adminSeal, "admin-signing",
                                        m_vaultId + bigEndian64(entry.userId));
        // Anyone can seal bytes to a public key: only the key the user's own
        // slot pins counts as the administrators' key.
        if (seed.size() == 32 && sameBytes(crypto::ed25519PublicKey(seed), out.pinnedAdminKey))
            out.adminSeed = std::move(seed);
        else
            qCWarning(lcKeyVault) << "an administrators' key sealed to user" << entry.userId
                                  << "is not the one their slot pins; ignored";
    }
    out.needsRewrap = entry.wrapKind != 1 || slotNeedsStrongerKdf(entry.userId);
    return out;
}

Result<void> KeyVault::rewrap(const UnlockedKey &own, const QString &userName, const SecretBytes &password,
                              const KdfParams &params)
{
    const Entry *current = entryById(own.userId);
    if (!current || current->userName != userName.toUtf8() || own.boxPrivate.size() != 32)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The user has no key in this key file."));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("An empty password cannot protect the company key. Enter a password."));
    if (!params.isSupported())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The key derivation settings are outside the supported range."));
    Entry entry = *current;
    entry.wrapKind = 1;
    entry.legacy.reset();
    entry.kdf = params;
    entry.salt = crypto::randomBytes(SaltSize);
    if (entry.salt.isEmpty())
        return cryptoFailure(QStringLiteral("RAND_bytes failed for a slot"));
    auto kek = Kdf::derive(password, entry.salt, params);
    if (!kek)
        return kek.error();
    if (!wrapEntry(entry, own.boxPrivate, own.signingSeed, own.pinnedAdminKey, kek.value()))
        return cryptoFailure(QStringLiteral("AES-256-GCM encryption failed"));
    putEntry(std::move(entry));
    return {};
}

Result<void> KeyVault::withdraw(qint64 userId, const SecretBytes &adminSeed)
{
    const Entry *current = entryById(userId);
    if (!current)
        return makeError(ErrorCode::NotFound, Tr::tr("The user has no key in this key file."));
    if (adminSeed.size() != 32 || !sameBytes(crypto::ed25519PublicKey(adminSeed), m_adminPublic))
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("Only an administrator signed in with their own key can withdraw a user's key."));
    Entry entry = *current;
    entry.deactivated = true;
    entry.dekSeal.reset();
    entry.adminSeal.reset();
    if (!certify(entry, adminSeed))
        return cryptoFailure(QStringLiteral("cannot certify a user's keys"));
    putEntry(std::move(entry));
    return {};
}

Result<void> KeyVault::grant(qint64 userId, const SecretBytes &dek, const SecretBytes &adminSeed)
{
    const Entry *current = entryById(userId);
    if (!current)
        return makeError(ErrorCode::NotFound, Tr::tr("The user has no key in this key file."));
    if (dek.size() != DekSize || adminSeed.size() != 32
        || !sameBytes(crypto::ed25519PublicKey(adminSeed), m_adminPublic))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only an administrator signed in with their own key can give a user the "
                                "company key."));
    Entry entry = *current;
    if (entry.wrapKind != 1)
        return {}; // a pending entry gets nothing new: the user needs a new password
    entry.deactivated = false;
    if (!certify(entry, adminSeed) || !sealTo(entry, dek, adminSeed))
        return cryptoFailure(QStringLiteral("cannot seal the company key"));
    putEntry(std::move(entry));
    return {};
}

Result<void> KeyVault::setAdministrator(qint64 userId, bool administrator, const SecretBytes &adminSeed)
{
    const Entry *current = entryById(userId);
    if (!current)
        return makeError(ErrorCode::NotFound, Tr::tr("The user has no key in this key file."));
    if (adminSeed.size() != 32 || !sameBytes(crypto::ed25519PublicKey(adminSeed), m_adminPublic))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only an administrator signed in with their own key can change who holds the "
                                "administrators' key."));
    Entry entry = *current;
    entry.administrator = administrator;
    entry.adminSeal.reset();
    if (administrator && entry.dekSeal) {
        entry.adminSeal = crypto::seal(entry.boxPublic, "admin-signing", m_vaultId + bigEndian64(userId),
                                       adminSeed);
        if (!entry.adminSeal)
            return cryptoFailure(QStringLiteral("cannot seal the administrators' key"));
    }
    if (!certify(entry, adminSeed))
        return cryptoFailure(QStringLiteral("cannot certify a user's keys"));
    putEntry(std::move(entry));
    return {};
}

Result<void> KeyVault::resealFor(const SecretBytes &newDek, const SecretBytes &adminSeed,
                                 SecretBytes *newRecovery)
{
    if (isLegacy())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("This key file is in an older format."));
    if (newDek.size() != DekSize || adminSeed.size() != 32
        || !sameBytes(crypto::ed25519PublicKey(adminSeed), m_adminPublic))
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("Only an administrator signed in with their own key can change the company key."));
    // Nothing in the file is taken on trust: the key goes only to entries the
    // administrators' key certified as they are (id, name, keys, flags), and
    // to a recovery key it certified. An entry copied, relabelled or given
    // flags by someone else gets nothing.
    const QByteArray trusted = crypto::ed25519PublicKey(adminSeed);
    if (!crypto::ed25519Verify(trusted, recoveryCertificateMessage(), m_recoveryCertificate))
        return makeError(ErrorCode::VaultDamaged,
                         Tr::tr("The recovery key recorded in the key file was changed outside Stockbook, so "
                                "no new company key is sealed to it. Restore the key file from a backup."),
                         {}, QStringLiteral("recovery key certificate fails"));
    KeyVault next = *this;
    ++next.m_epoch;
    for (Entry &entry : next.m_entries) {
        const bool certified = crypto::ed25519Verify(trusted, next.certificateMessage(entry),
                                                     entry.certificate);
        if (!certified)
            qCWarning(lcKeyVault) << "the entry of user" << entry.userId
                                  << "is not certified by the administrators' key; it gets no key";
        if (!certified || entry.wrapKind != 1 || entry.deactivated) {
            entry.dekSeal.reset();
            entry.adminSeal.reset();
            continue;
        }
        if (!next.sealTo(entry, newDek, adminSeed))
            return cryptoFailure(QStringLiteral("cannot seal the new key"));
    }
    if (newRecovery) {
        SecretBytes secret = SecretBytes::random(32);
        if (secret.size() != 32)
            return cryptoFailure(QStringLiteral("no randomness for a recovery secret"));
        next.m_recoveryPublic = crypto::x25519PublicKey(recoveryPrivate(secret, m_vaultId));
        if (next.m_recoveryPublic.size() != KeySize || !next.certifyRecovery(adminSeed))
            return cryptoFailure(QStringLiteral("cannot make the recovery key pair"));
        *newRecovery = std::move(secret);
    }
    if (!next.sealRecovery(newDek, adminSeed))
        return cryptoFailure(QStringLiteral("cannot seal to the recovery key"));
    *this = std::move(next);
    return {};
}

Result<VaultSecrets> KeyVault::openWithRecoverySecret(const SecretBytes &recoverySecret,
                                                      SecretBytes &dek) const
{
    const auto notThis = [] {
        return makeError(ErrorCode::WrongKey,
                         Tr::tr("This recovery key does not belong to this company: it is another company's, "
                                "or a newer one was made since it was printed."));
    };
    if (isLegacy() || recoverySecret.size() != 32 || !m_recoveryDek || !m_recoveryAdmin)
        return notThis();
    SecretBytes priv = recoveryPrivate(recoverySecret, m_vaultId);
    if (!sameBytes(crypto::x25519PublicKey(priv), m_recoveryPublic))
        return notThis();
    SecretBytes opened = crypto::open(priv, *m_recoveryDek, "recovery-dek", m_vaultId + bigEndian32(m_epoch));
    VaultSecrets secrets;
    secrets.adminSeed = crypto::open(priv, *m_recoveryAdmin, "recovery-admin-signing", m_vaultId);
    if (opened.size() != DekSize || secrets.adminSeed.size() != 32
        || !sameBytes(crypto::ed25519PublicKey(secrets.adminSeed), m_adminPublic))
        return makeError(ErrorCode::VaultDamaged,
                         Tr::tr("The recovery key is right, but what the key file keeps for it is damaged. "
                                "Restore the key file from a backup and try again."));
    dek = std::move(opened);
    secrets.recoverySecret = SecretBytes::copyOf(recoverySecret.bytes());
    return secrets;
}

SecretBytes KeyVault::legacySecretFromDek(const SecretBytes &dek) const
{
    if (m_format == 1)
        return SecretBytes::copyOf(dek.bytes());
    if (m_format == 2)
        return vaultKeyFromDek(dek);
    return {};
}

Result<KeyVault> KeyVault::migrated(const UnlockedKey &admin, const QString &adminName,
                                    const SecretBytes &password, const SecretBytes &legacySecret,
                                    const QList<qint64> &administrators, const QList<qint64> &active,
                                    const SecretBytes &newDek, VaultSecrets &secrets) const
{
    if (!isLegacy() || legacySecret.size() != 32 || !findById(admin.userId)
        || findById(admin.userId)->userName != adminName.toUtf8())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("This key file cannot be upgraded this way."));
    auto created = createNew(newDek, secrets);
    if (!created.ok())
        return created.error();
    KeyVault next = std::move(created).value();
    next.m_vaultId = m_vaultId; // the old slots kept by pending entries are bound to it
    next.m_recoveryPublic = crypto::x25519PublicKey(recoveryPrivate(secrets.recoverySecret, m_vaultId));
    if (!next.certifyRecovery(secrets.adminSeed) || !next.sealRecovery(newDek, secrets.adminSeed))
        return cryptoFailure(QStringLiteral("cannot seal to the recovery key"));

    for (const Slot &slot : m_slots) {
        Entry entry;
        entry.userId = slot.userId;
        entry.userName = slot.userName;
        entry.administrator = administrators.contains(slot.userId);
        // A user deactivated before the upgrade gets key pairs but no key.
        entry.deactivated = !active.contains(slot.userId);
        SecretBytes boxPrivate = crypto::newPrivateKey();
        SecretBytes signingSeed = crypto::newPrivateKey();
        entry.boxPublic = crypto::x25519PublicKey(boxPrivate);
        entry.signPublic = crypto::ed25519PublicKey(signingSeed);
        entry.salt = crypto::randomBytes(SaltSize);
        if (entry.boxPublic.size() != KeySize || entry.signPublic.size() != KeySize || entry.salt.isEmpty())
            return cryptoFailure(QStringLiteral("cannot make a user's key pairs"));
        SecretBytes wrapKey;
        if (slot.userId == admin.userId) {
            entry.wrapKind = 1;
            entry.kdf = KdfParams::current();
            auto kek = Kdf::derive(password, entry.salt, entry.kdf);
            if (!kek)
                return kek.error();
            wrapKey = std::move(kek).value();
        } else {
            entry.wrapKind = 2;
            entry.legacy = slot;
            wrapKey = next.pendingKey(entry, legacySecret);
        }
        if (!next.wrapEntry(entry, boxPrivate, signingSeed, next.m_adminPublic, wrapKey)
            || !next.certify(entry, secrets.adminSeed))
            return cryptoFailure(QStringLiteral("cannot wrap a user's keys"));
        // The old shared secret reaches a pending entry's keys, so a pending
        // administrator gets the administrators' key only once their own
        // password protects their entry (grantAdminKeyToAdministrators).
        const bool pendingAdmin = entry.wrapKind == 2 && entry.administrator;
        if (!entry.deactivated) {
            if (!next.sealTo(entry, newDek, secrets.adminSeed))
                return cryptoFailure(QStringLiteral("cannot seal a user's keys"));
            if (pendingAdmin)
                entry.adminSeal.reset();
        }
        next.m_entries.push_back(std::move(entry));
    }
    return next;
}

int KeyVault::grantAdminKeyToAdministrators(const SecretBytes &adminSeed)
{
    const QByteArray trusted = crypto::ed25519PublicKey(adminSeed);
    if (adminSeed.size() != 32 || !sameBytes(trusted, m_adminPublic))
        return 0;
    int granted = 0;
    for (Entry &entry : m_entries) {
        if (!entry.administrator || entry.deactivated || entry.wrapKind != 1 || entry.adminSeal
            || !entry.dekSeal
            || !crypto::ed25519Verify(trusted, certificateMessage(entry), entry.certificate))
            continue;
        entry.adminSeal = crypto::seal(entry.boxPublic, "admin-signing",
                                       m_vaultId + bigEndian64(entry.userId), adminSeed);
        if (entry.adminSeal)
            ++granted;
    }
    return granted;
}

QHash<qint64, QByteArray> KeyVault::certifiedSigningKeys(const QByteArray &adminPublic) const
{
    QHash<qint64, QByteArray> keys;
    for (const Entry &entry : m_entries) {
        if (crypto::ed25519Verify(adminPublic, certificateMessage(entry), entry.certificate))
            keys.insert(entry.userId, entry.signPublic);
    }
    return keys;
}

} // namespace stockbook::security

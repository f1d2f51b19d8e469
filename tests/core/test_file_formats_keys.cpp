// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// docs/file-formats.md, "The key file", checked with a reader written here
// from the document alone: OpenSSL's EVP interface directly, no KeyVault and
// none of Stockbook's crypto helpers. Stockbook only makes the file (a
// company and a clerk) and supplies what a person would know: the passwords
// and the printed recovery key.
#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/CompanySession.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QFile>
#include <QSqlQuery>
#include <QtEndian>

#include <cstring>
#include <memory>
#include <optional>

using namespace stockbook;
using namespace stockbook::test;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

QByteArray plain(const SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
}

const unsigned char *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// ---- The document's primitives, over OpenSSL's EVP interface ----

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, '\0');
    unsigned int length = 0;
    REQUIRE(EVP_Digest(data.constData(), static_cast<std::size_t>(data.size()),
                       reinterpret_cast<unsigned char *>(out.data()), &length, EVP_sha256(), nullptr)
            == 1);
    REQUIRE(length == 32);
    return out;
}

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint32 r, quint32 p)
{
    QByteArray out(32, '\0');
    REQUIRE(EVP_PBE_scrypt(password.constData(), static_cast<std::size_t>(password.size()), u8(salt),
                           static_cast<std::size_t>(salt.size()), n, r, p, std::uint64_t{1} << 30,
                           reinterpret_cast<unsigned char *>(out.data()), 32)
            == 1);
    return out;
}

QByteArray hkdf(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    REQUIRE(kdf);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()),
                                                                  &EVP_KDF_CTX_free);
    REQUIRE(ctx);
    char digest[] = "SHA256";
    QByteArray k = ikm, s = salt, i = info;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, k.data(), static_cast<std::size_t>(k.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), static_cast<std::size_t>(s.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, i.data(), static_cast<std::size_t>(i.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(32, '\0');
    REQUIRE(EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), 32, params) == 1);
    return out;
}

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

QByteArray publicOf(int type, const QByteArray &privateKey)
{
    REQUIRE(privateKey.size() == 32);
    Pkey key(EVP_PKEY_new_raw_private_key(type, nullptr, u8(privateKey), 32), &EVP_PKEY_free);
    REQUIRE(key);
    QByteArray out(32, '\0');
    std::size_t length = 32;
    REQUIRE(EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length)
            == 1);
    REQUIRE(length == 32);
    return out;
}

QByteArray x25519Public(const QByteArray &privateKey)
{
    return publicOf(EVP_PKEY_X25519, privateKey);
}

QByteArray ed25519Public(const QByteArray &seed)
{
    return publicOf(EVP_PKEY_ED25519, seed);
}

QByteArray x25519(const QByteArray &privateKey, const QByteArray &peerPublic)
{
    Pkey own(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u8(privateKey), 32), &EVP_PKEY_free);
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u8(peerPublic), 32), &EVP_PKEY_free);
    REQUIRE(own);
    REQUIRE(peer);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(own.get(), nullptr),
                                                                    &EVP_PKEY_CTX_free);
    QByteArray out(32, '\0');
    std::size_t length = 32;
    REQUIRE(ctx);
    REQUIRE(EVP_PKEY_derive_init(ctx.get()) == 1);
    REQUIRE(EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) == 1);
    REQUIRE(EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length) == 1);
    REQUIRE(length == 32);
    return out;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey), 32), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    REQUIRE(key);
    REQUIRE(ctx);
    REQUIRE(EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1);
    return EVP_DigestVerify(ctx.get(), u8(signature), static_cast<std::size_t>(signature.size()), u8(message),
                            static_cast<std::size_t>(message.size()))
        == 1;
}

// AES-256-GCM; nullopt when the tag does not hold.
std::optional<QByteArray> gcmOpen(const QByteArray &key, const QByteArray &nonce, const QByteArray &aad,
                                  const QByteArray &ciphertext, const QByteArray &tag)
{
    REQUIRE(key.size() == 32);
    REQUIRE(nonce.size() == 12);
    REQUIRE(tag.size() == 16);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    REQUIRE(ctx);
    REQUIRE(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1);
    REQUIRE(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1);
    REQUIRE(EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key), u8(nonce)) == 1);
    int length = 0;
    REQUIRE(EVP_DecryptUpdate(ctx.get(), nullptr, &length, u8(aad), static_cast<int>(aad.size())) == 1);
    QByteArray out(ciphertext.size(), '\0');
    REQUIRE(EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                              u8(ciphertext), static_cast<int>(ciphertext.size()))
            == 1);
    QByteArray expected = tag;
    REQUIRE(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, expected.data()) == 1);
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + length, &finalLength)
        != 1)
        return std::nullopt;
    return out;
}

QByteArray u32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray i64(qint64 value)
{
    QByteArray out(8, '\0');
    qToBigEndian(value, out.data());
    return out;
}

// ---- The reader ----

// Reads fields front to back; a read past the end fails the test.
struct Cursor {
    QByteArray data;
    qsizetype pos = 0;

    QByteArray take(qsizetype size)
    {
        REQUIRE(size >= 0);
        REQUIRE(pos + size <= data.size());
        QByteArray out = data.mid(pos, size);
        pos += size;
        return out;
    }
    template <typename T>
    T get()
    {
        return qFromBigEndian<T>(take(sizeof(T)).constData());
    }
    bool atEnd() const { return pos == data.size(); }
};

// 92 bytes: ephemeral public 32, nonce 12, ciphertext 32, tag 16.
struct Seal {
    QByteArray ephemeralPublic, nonce, ciphertext, tag;

    static Seal read(Cursor &c)
    {
        Seal s;
        s.ephemeralPublic = c.take(32);
        s.nonce = c.take(12);
        s.ciphertext = c.take(32);
        s.tag = c.take(16);
        return s;
    }

    // shared = X25519(k, ephemeral); key = HKDF(shared, ephemeral || K, "stockbook-seal-v1" || label).
    std::optional<QByteArray> open(const QByteArray &recipientPrivate, const QByteArray &label,
                                   const QByteArray &aad) const
    {
        const QByteArray shared = x25519(recipientPrivate, ephemeralPublic);
        const QByteArray key = hkdf(shared, ephemeralPublic + x25519Public(recipientPrivate),
                                    QByteArray("stockbook-seal-v1") + label);
        return gcmOpen(key, nonce, aad, ciphertext, tag);
    }
};

// A slot of formats 1 and 2 (and the old slot a pending entry keeps).
struct OldSlot {
    QByteArray header; // the bytes up to and including the salt
    quint16 version = 0;
    qint64 userId = 0;
    QByteArray name;
    quint8 kdfId = 0;
    quint64 n = 0;
    quint32 r = 0, p = 0;
    QByteArray salt, nonce, ciphertext, tag;

    static OldSlot read(const QByteArray &bytes)
    {
        Cursor c{bytes};
        OldSlot s;
        s.version = c.get<quint16>();
        s.userId = c.get<qint64>();
        s.name = c.take(c.get<quint16>());
        s.kdfId = c.get<quint8>();
        s.n = c.get<quint64>();
        s.r = c.get<quint32>();
        s.p = c.get<quint32>();
        s.salt = c.take(c.get<quint8>());
        s.header = bytes.left(c.pos);
        s.nonce = c.take(12);
        s.ciphertext = c.take(32);
        s.tag = c.take(16);
        REQUIRE(c.atEnd());
        return s;
    }

    // scrypt of the password; AAD vault id || the slot's bytes up to and including the salt.
    std::optional<QByteArray> open(const QByteArray &vaultId, const QByteArray &password) const
    {
        return gcmOpen(scrypt(password, salt, n, r, p), nonce, vaultId + header, ciphertext, tag);
    }
};

struct Entry {
    QByteArray identity; // version .. Ed25519 public key
    quint16 version = 0;
    qint64 userId = 0;
    QByteArray name, boxPublic, signPublic;
    quint8 flags = 0;
    QByteArray certificate;
    QByteArray wrapHeader;
    quint8 wrapKind = 0, kdfId = 0;
    quint64 n = 0;
    quint32 r = 0, p = 0;
    QByteArray salt;
    QByteArray nonce, wrapped, tag;
    std::optional<Seal> dekSeal, adminSeal;
    std::optional<OldSlot> oldSlot; // wrap kind 2

    static Entry read(const QByteArray &bytes)
    {
        Cursor c{bytes};
        Entry e;
        e.version = c.get<quint16>();
        e.userId = c.get<qint64>();
        const auto nameLength = c.get<quint16>();
        REQUIRE(nameLength >= 1);
        REQUIRE(nameLength <= 1024);
        e.name = c.take(nameLength);
        e.boxPublic = c.take(32);
        e.signPublic = c.take(32);
        e.identity = bytes.left(c.pos);
        REQUIRE(e.identity.size() == 76 + nameLength);
        e.flags = c.get<quint8>();
        e.certificate = c.take(64);
        const qsizetype headerStart = c.pos;
        e.wrapKind = c.get<quint8>();
        REQUIRE((e.wrapKind == 1 || e.wrapKind == 2));
        if (e.wrapKind == 1) {
            e.kdfId = c.get<quint8>();
            e.n = c.get<quint64>();
            e.r = c.get<quint32>();
            e.p = c.get<quint32>();
            const auto saltLength = c.get<quint8>();
            e.salt = c.take(saltLength);
            e.wrapHeader = bytes.mid(headerStart, c.pos - headerStart);
            REQUIRE(e.wrapHeader.size() == 19 + saltLength);
        } else {
            const auto saltLength = c.get<quint8>();
            e.salt = c.take(saltLength);
            const auto oldLength = c.get<quint32>();
            e.oldSlot = OldSlot::read(c.take(oldLength));
            e.wrapHeader = bytes.mid(headerStart, c.pos - headerStart);
            REQUIRE(e.wrapHeader.size() == 6 + saltLength + qsizetype(oldLength));
        }
        e.nonce = c.take(12);
        e.wrapped = c.take(96);
        e.tag = c.take(16);
        for (auto *seal : {&e.dekSeal, &e.adminSeal}) {
            const auto marker = c.get<quint8>();
            REQUIRE(marker <= 1);
            if (marker == 1)
                *seal = Seal::read(c);
        }
        REQUIRE(c.atEnd());
        return e;
    }
};

struct KeyFile {
    QByteArray body, checksum;
    QByteArray magic;
    quint16 version = 0;
    QByteArray vaultId;
    quint32 epoch = 0;
    QByteArray adminPublic, recoveryPublic, recoveryCertificate;
    QList<Entry> entries;
    qsizetype entryBytes = 0; // the sum of 4 + L
    Seal recoveryDek, recoveryAdmin;

    explicit KeyFile(const QByteArray &bytes)
    {
        REQUIRE(bytes.size() >= 60);
        body = bytes.left(bytes.size() - 32);
        checksum = bytes.right(32);
        Cursor c{body};
        magic = c.take(8);
        version = c.get<quint16>();
        vaultId = c.take(16);
        epoch = c.get<quint32>();
        adminPublic = c.take(32);
        recoveryPublic = c.take(32);
        recoveryCertificate = c.take(64);
        const auto count = c.get<quint16>();
        for (quint16 i = 0; i < count; ++i) {
            const auto length = c.get<quint32>();
            entries.append(Entry::read(c.take(length)));
            entryBytes += 4 + length;
        }
        recoveryDek = Seal::read(c);
        recoveryAdmin = Seal::read(c);
        REQUIRE(c.atEnd());
    }

    const Entry &entry(const char *name) const
    {
        for (const Entry &e : entries) {
            if (e.name == name)
                return e;
        }
        FAIL("no entry named " << name);
        return entries.front();
    }

    // scrypt of the password; the wrapped block under it, AAD vault id || identity || wrap header.
    std::optional<QByteArray> unwrap(const Entry &e, const QByteArray &password) const
    {
        QByteArray key;
        if (e.wrapKind == 1) {
            key = scrypt(password, e.salt, e.n, e.r, e.p);
        } else {
            // Pending: the old slot's shared secret, then HKDF with the entry's salt.
            const auto shared = e.oldSlot->open(vaultId, password);
            if (!shared)
                return std::nullopt;
            key = hkdf(*shared, e.salt, QByteArray("stockbook-pending-v1") + vaultId + i64(e.userId));
        }
        return gcmOpen(key, e.nonce, vaultId + e.identity + e.wrapHeader, e.wrapped, e.tag);
    }

    QByteArray certificateMessage(const Entry &e) const
    {
        return QByteArray("stockbook-user-cert-v1") + vaultId + e.identity + QByteArray(1, char(e.flags));
    }

    bool recoveryCertified() const
    {
        return ed25519Verify(adminPublic, QByteArray("stockbook-recovery-key-v1") + vaultId + recoveryPublic,
                             recoveryCertificate);
    }

    QByteArray dekAad(const Entry &e) const { return vaultId + "dek" + u32(epoch) + i64(e.userId); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct CompanyFixture {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    std::unique_ptr<CompanySession> company;
    SecretBytes recoveryKey;
    SecretBytes clerkPassword;

    CompanyFixture()
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw("lantern-quiet-orbit-42"));
        REQUIRE_OK(created);
        company = std::move(created->company);
        recoveryKey = std::move(created->recoveryKey);
        auto temporary = UsersService(*company).create(
            {QStringLiteral("carl"), QStringLiteral("clerk"), {}, {}});
        REQUIRE_OK(temporary);
        clerkPassword = std::move(temporary).value();
    }

    QByteArray recordedSlotHash(const QString &username)
    {
        QSqlQuery q = exec(company->database().connection(),
                           QStringLiteral("SELECT keyslot_hash FROM users WHERE username = ?"), {username});
        REQUIRE(q.next());
        return q.value(0).toByteArray();
    }
};

} // namespace

TEST_CASE("The key file of a new company with a clerk reads as the document describes it")
{
    CompanyFixture f;
    const QByteArray bytes = readFile(f.path + QStringLiteral(".keys"));
    const KeyFile file(bytes);

    // Header and checksum.
    CHECK(sha256(file.body) == file.checksum);
    CHECK(file.magic == QByteArray::fromHex("53424B5641554C54"));
    CHECK(file.version == 3);
    CHECK(file.epoch == 1);
    CHECK(bytes.size() == 160 + file.entryBytes + 216);
    CHECK(file.recoveryCertified());
    REQUIRE(file.entries.size() == 2);
    CHECK(file.entries[0].name == "anna");
    CHECK(file.entries[1].name == "carl");

    for (const Entry &e : file.entries) {
        INFO(e.name.constData());
        CHECK(e.version == 3);
        CHECK(e.wrapKind == 1);
        CHECK(e.kdfId == 1);
        // What ScopedKdfCostForTesting's default gives: N = 2^10, r = 8, p = 1.
        CHECK(e.n == 1024);
        CHECK(e.r == 8);
        CHECK(e.p == 1);
        CHECK(e.salt.size() == 32);
        CHECK(e.dekSeal.has_value());
        // The certificate, checked with the header's administrators' key.
        CHECK(ed25519Verify(file.adminPublic, file.certificateMessage(e), e.certificate));
    }
    const Entry &anna = file.entry("anna");
    const Entry &carl = file.entry("carl");
    CHECK(anna.flags == 0x01);
    CHECK(carl.flags == 0x00);
    CHECK(anna.adminSeal.has_value());
    CHECK_FALSE(carl.adminSeal.has_value());

    // The administrator's wrapped block, under her password.
    CHECK_FALSE(file.unwrap(anna, "lantern-quiet-orbit-43").has_value());
    const auto annaKeys = file.unwrap(anna, "lantern-quiet-orbit-42");
    REQUIRE(annaKeys.has_value());
    REQUIRE(annaKeys->size() == 96);
    const QByteArray annaBox = annaKeys->left(32);
    CHECK(x25519Public(annaBox) == anna.boxPublic);
    CHECK(ed25519Public(annaKeys->mid(32, 32)) == anna.signPublic);
    CHECK(annaKeys->mid(64, 32) == file.adminPublic);

    // The DEK sealed to her.
    const auto dek = anna.dekSeal->open(annaBox, "dek", file.dekAad(anna));
    REQUIRE(dek.has_value());
    CHECK(*dek == plain(f.company->databaseKey()));
    // The administrators' seed sealed to her.
    const auto seed = anna.adminSeal->open(annaBox, "admin-signing", file.vaultId + i64(anna.userId));
    REQUIRE(seed.has_value());
    CHECK(ed25519Public(*seed) == file.adminPublic);

    // The clerk's block, under his temporary password, and his DEK seal.
    const auto carlKeys = file.unwrap(carl, plain(f.clerkPassword));
    REQUIRE(carlKeys.has_value());
    CHECK(x25519Public(carlKeys->left(32)) == carl.boxPublic);
    CHECK(ed25519Public(carlKeys->mid(32, 32)) == carl.signPublic);
    CHECK(carlKeys->mid(64, 32) == file.adminPublic);
    const auto carlDek = carl.dekSeal->open(carlKeys->left(32), "dek", file.dekAad(carl));
    REQUIRE(carlDek.has_value());
    CHECK(*carlDek == plain(f.company->databaseKey()));

    // The slot hash the users rows record.
    for (const Entry &e : file.entries) {
        CHECK(sha256(e.identity + e.wrapHeader + e.nonce + e.wrapped + e.tag)
              == f.recordedSlotHash(QString::fromUtf8(e.name)));
    }

    // The recovery key: its secret, the X25519 key pair from it, the recovery block.
    auto secret = security::RecoveryKey::decode(QString::fromLatin1(plain(f.recoveryKey)));
    REQUIRE_OK(secret);
    REQUIRE(secret->size() == 32);
    const QByteArray recoveryPrivate = hkdf(plain(secret.value()), file.vaultId, "stockbook-recovery-v1");
    CHECK(x25519Public(recoveryPrivate) == file.recoveryPublic);
    const auto recoveredDek = file.recoveryDek.open(recoveryPrivate, "recovery-dek",
                                                    file.vaultId + u32(file.epoch));
    REQUIRE(recoveredDek.has_value());
    CHECK(*recoveredDek == plain(f.company->databaseKey()));
    const auto recoveredSeed = file.recoveryAdmin.open(recoveryPrivate, "recovery-admin-signing",
                                                       file.vaultId);
    REQUIRE(recoveredSeed.has_value());
    CHECK(ed25519Public(*recoveredSeed) == file.adminPublic);
}

namespace {

// The file with bytes replaced at offset and its checksum computed again.
QByteArray patched(QByteArray bytes, qsizetype offset, const QByteArray &replacement)
{
    bytes.replace(offset, replacement.size(), replacement);
    const QByteArray body = bytes.left(bytes.size() - 32);
    return body + sha256(body);
}

QByteArray u8b(quint8 value)
{
    return QByteArray(1, static_cast<char>(value));
}

QByteArray u64(quint64 value)
{
    QByteArray out(8, '\0');
    qToBigEndian(value, out.data());
    return out;
}

} // namespace

TEST_CASE("Stockbook refuses the key files the document says a reader must refuse")
{
    QByteArray bytes;
    {
        CompanyFixture f;
        bytes = readFile(f.path + QStringLiteral(".keys"));
    }
    const KeyFile file(bytes);
    REQUIRE(file.entries.size() == 2);
    REQUIRE(file.entries[0].name == "anna");
    REQUIRE(file.entries[0].salt.size() == 32);
    // Offsets worked out from the document: the first entry (anna, n = 4) starts
    // at 160 + 4 = 164; its flags at 164 + 76 + 4 = 244; its wrap header at
    // 164 + 141 + 4 = 309 (kind 1, W = 19 + 32 = 51): KDF id 310, N 311, r 319,
    // p 323; its DEK seal marker at 164 + 265 + 4 + 51 = 484.
    constexpr qsizetype Flags = 244, WrapKind = 309, KdfId = 310, N = 311, R = 319, P = 323, DekMarker = 484;
    REQUIRE(bytes.mid(Flags, 1) == u8b(0x01));
    REQUIRE(bytes.mid(WrapKind, 1) == u8b(1));
    REQUIRE(bytes.mid(N, 8) == u64(1024));
    REQUIRE(bytes.mid(DekMarker, 1) == u8b(1));
    // The second entry's name (carl, n = 4): 164 + L1 + 4 + 12.
    const qsizetype carlName = 164 + qFromBigEndian<quint32>(bytes.constData() + 160) + 4 + 12;
    REQUIRE(bytes.mid(carlName, 4) == "carl");
    REQUIRE_OK(security::KeyVault::fromBytes(bytes));

    const auto refused = [](const QByteArray &candidate, ErrorCode code = ErrorCode::VaultDamaged) {
        auto read = security::KeyVault::fromBytes(candidate);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == code);
    };
    QByteArray damaged = bytes;
    damaged[50] = static_cast<char>(damaged[50] ^ 1);
    refused(damaged);                                        // checksum
    refused(patched(bytes, 0, "SBKVAULU"));                  // magic
    refused(patched(bytes, 8, QByteArray::fromHex("0000"))); // version 0
    refused(patched(bytes, 8, QByteArray::fromHex("0004")), ErrorCode::NewerSchema);
    refused(patched(bytes, Flags, u8b(0x04)));               // unknown flag
    refused(patched(bytes, Flags, u8b(0x00)));               // administrators' seal, no flag
    refused(patched(bytes, Flags, u8b(0x03)));               // deactivated with a DEK seal
    refused(patched(bytes, WrapKind, u8b(3)));               // wrap kind
    refused(patched(bytes, KdfId, u8b(2)));                  // KDF id
    refused(patched(bytes, N, u64(3)));                      // N not a power of two
    refused(patched(bytes, N, u64(std::uint64_t{1} << 21))); // N over 2^20
    refused(patched(bytes, R, u32(33)));                     // r over 32
    refused(patched(bytes, P, u32(17)));                     // p over 16
    refused(patched(bytes, DekMarker, u8b(2)));              // seal marker
    refused(patched(bytes, carlName, "anna"));               // a user twice
    QByteArray longer = bytes.left(bytes.size() - 32) + '\0';
    refused(longer + sha256(longer)); // a byte after the recovery block
    QByteArray huge(16 * 1024 * 1024 + 1, '\0');
    refused(huge);

    // The floor N >= 2^15 is checked at sign-in, before any derivation: an
    // entry with N = 2^14 is refused as weak, one with N = 2^15 is derived
    // (and, its tag no longer holding, answered as a wrong password).
    REQUIRE(security::KeyVault::minimumKdfCost() == (std::uint64_t{1} << 15));
    auto weak = security::KeyVault::fromBytes(patched(bytes, N, u64(std::uint64_t{1} << 14)));
    REQUIRE_OK(weak);
    auto weakSignIn = weak->unwrap(QStringLiteral("anna"), pw("lantern-quiet-orbit-42"));
    REQUIRE_FALSE(weakSignIn.ok());
    CHECK(weakSignIn.error().code == ErrorCode::VaultDamaged);
    auto floor = security::KeyVault::fromBytes(patched(bytes, N, u64(std::uint64_t{1} << 15)));
    REQUIRE_OK(floor);
    auto floorSignIn = floor->unwrap(QStringLiteral("anna"), pw("lantern-quiet-orbit-42"));
    REQUIRE_FALSE(floorSignIn.ok());
    CHECK(floorSignIn.error().code == ErrorCode::WrongPassword);
}

TEST_CASE("A format 2 key file and the format 3 file it is upgraded to read as the document describes them")
{
    security::ScopedKdfCostForTesting cheapKdf;
    const SecretBytes dek = SecretBytes::random(32);
    security::KeyVault legacy = security::KeyVault::createLegacyForTesting(2);
    REQUIRE_OK(legacy.addOrReplaceSlot(1, QStringLiteral("alice"), pw("alice-long-password"), dek));
    REQUIRE_OK(legacy.addOrReplaceSlot(2, QStringLiteral("bob"), pw("bob-own-passphrase"), dek));
    // cleo is deactivated in the database; formats 1 and 2 kept her slot.
    REQUIRE_OK(legacy.addOrReplaceSlot(3, QStringLiteral("cleo"), pw("cleo-old-passphrase"), dek));
    const QByteArray oldBytes = legacy.toBytes();

    // Format 2, as "Formats 1 and 2" lays it out.
    const QByteArray oldBody = oldBytes.left(oldBytes.size() - 32);
    CHECK(sha256(oldBody) == oldBytes.right(32));
    Cursor c{oldBody};
    CHECK(c.take(8) == "SBKVAULT");
    CHECK(c.get<quint16>() == 2);
    const QByteArray vaultId = c.take(16);
    REQUIRE(c.get<quint16>() == 3);
    QList<QByteArray> slotBytes;
    QList<OldSlot> oldSlots;
    for (int i = 0; i < 3; ++i) {
        slotBytes.append(c.take(c.get<quint32>()));
        oldSlots.append(OldSlot::read(slotBytes.last()));
    }
    REQUIRE(c.get<quint16>() == 120);
    const QByteArray dekNonce = c.take(12), dekCiphertext = c.take(32), dekTag = c.take(16);
    const QByteArray vkNonce = c.take(12), vkCiphertext = c.take(32), vkTag = c.take(16);
    CHECK(c.atEnd());
    CHECK(oldSlots[0].version == 1);
    CHECK(oldSlots[0].userId == 1);
    CHECK(oldSlots[0].name == "alice");
    CHECK(oldSlots[1].name == "bob");
    CHECK(oldSlots[0].kdfId == 1);
    const auto vaultKey = oldSlots[0].open(vaultId, "alice-long-password");
    REQUIRE(vaultKey.has_value());
    CHECK(oldSlots[1].open(vaultId, "bob-own-passphrase") == vaultKey); // one shared secret
    const auto storedDek = gcmOpen(*vaultKey, dekNonce, vaultId + "dek", dekCiphertext, dekTag);
    REQUIRE(storedDek.has_value());
    CHECK(*storedDek == plain(dek));
    CHECK(gcmOpen(plain(dek), vkNonce, vaultId + "vk", vkCiphertext, vkTag) == vaultKey);

    // Upgraded at alice's (an administrator's) sign-in: bob's entry is pending.
    auto alice = legacy.unwrap(QStringLiteral("alice"), pw("alice-long-password"));
    REQUIRE_OK(alice);
    const SecretBytes newDek = SecretBytes::random(32);
    security::VaultSecrets secrets;
    auto upgraded = legacy.migrated(alice.value(), QStringLiteral("alice"), pw("alice-long-password"),
                                    legacy.legacySecretFromDek(dek), {1}, {1, 2}, newDek, secrets);
    REQUIRE_OK(upgraded);
    const QByteArray bytes = upgraded->toBytes();
    const KeyFile file(bytes);
    CHECK(sha256(file.body) == file.checksum);
    CHECK(file.version == 3);
    CHECK(file.vaultId == vaultId);
    CHECK(file.epoch == 1);
    CHECK(file.recoveryCertified());
    const Entry &a = file.entry("alice");
    const Entry &b = file.entry("bob");
    const Entry &cleo = file.entry("cleo");
    CHECK(a.adminSeal.has_value());
    CHECK_FALSE(b.adminSeal.has_value());
    // Deactivated: flagged, certified with the flag, her keys wrapped but no seal.
    CHECK(cleo.flags == 0x02);
    CHECK(cleo.wrapKind == 2);
    CHECK(ed25519Verify(file.adminPublic, file.certificateMessage(cleo), cleo.certificate));
    CHECK(file.unwrap(cleo, "cleo-old-passphrase").has_value());
    CHECK_FALSE(cleo.dekSeal.has_value());
    CHECK_FALSE(cleo.adminSeal.has_value());
    CHECK(a.wrapKind == 1);
    CHECK(a.flags == 0x01);
    CHECK(b.wrapKind == 2);
    CHECK(b.flags == 0x00);
    CHECK(b.salt.size() == 32);
    REQUIRE(b.oldSlot.has_value());
    CHECK(b.wrapHeader.mid(6 + b.salt.size()) == slotBytes[1]); // bob's old slot, byte for byte
    CHECK_FALSE(file.unwrap(b, "bob-wrong-passphrase").has_value());
    for (const auto &[entry, password] : {std::pair{&a, "alice-long-password"}, {&b, "bob-own-passphrase"}}) {
        INFO(entry->name.constData());
        CHECK(ed25519Verify(file.adminPublic, file.certificateMessage(*entry), entry->certificate));
        const auto keys = file.unwrap(*entry, password);
        REQUIRE(keys.has_value());
        CHECK(x25519Public(keys->left(32)) == entry->boxPublic);
        CHECK(ed25519Public(keys->mid(32, 32)) == entry->signPublic);
        CHECK(keys->mid(64, 32) == file.adminPublic);
        REQUIRE(entry->dekSeal.has_value());
        CHECK(entry->dekSeal->open(keys->left(32), "dek", file.dekAad(*entry)) == plain(newDek));
        CHECK(sha256(entry->identity + entry->wrapHeader + entry->nonce + entry->wrapped + entry->tag)
              == upgraded->slotHash(entry->userId));
    }
    const QByteArray recoveryPrivate = hkdf(plain(secrets.recoverySecret), file.vaultId,
                                            "stockbook-recovery-v1");
    CHECK(x25519Public(recoveryPrivate) == file.recoveryPublic);
    CHECK(file.recoveryDek.open(recoveryPrivate, "recovery-dek", file.vaultId + u32(file.epoch))
          == plain(newDek));
}

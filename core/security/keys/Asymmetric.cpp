// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/Asymmetric.h"

#include "security/keys/Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace stockbook::security::crypto {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Pkey privateKey(int type, const SecretBytes &key)
{
    if (key.size() != PrivateKeySize)
        return {};
    return Pkey(EVP_PKEY_new_raw_private_key(type, nullptr, key.data(), key.size()));
}

Pkey publicKey(int type, QByteArrayView key)
{
    if (key.size() != PublicKeySize)
        return {};
    return Pkey(EVP_PKEY_new_raw_public_key(type, nullptr, bytes(key), static_cast<std::size_t>(key.size())));
}

QByteArray rawPublic(int type, const SecretBytes &key)
{
    Pkey pkey = privateKey(type, key);
    if (!pkey)
        return {};
    QByteArray out(PublicKeySize, Qt::Uninitialized);
    std::size_t length = PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != PublicKeySize)
        return {};
    return out;
}

QByteArray sealInfo(QByteArrayView info)
{
    return QByteArrayLiteral("stockbook-seal-v1") + info.toByteArray();
}

SecretBytes sealKey(const SecretBytes &shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic,
                    QByteArrayView info)
{
    const QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    return hkdfSha256(shared, salt, sealInfo(info), 32);
}

} // namespace

SecretBytes hkdfSha256(const SecretBytes &ikm, QByteArrayView salt, QByteArrayView info, int length)
{
    if (ikm.isEmpty() || length <= 0)
        return {};
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()),
                                                                  &EVP_KDF_CTX_free);
    if (!ctx)
        return {};
    char digest[] = "SHA256";
    // OSSL_PARAM takes non-const pointers; OpenSSL only reads these buffers.
    QByteArray saltCopy = salt.toByteArray();
    QByteArray infoCopy = info.toByteArray();
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(ikm.data()),
                                          ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(),
                                          static_cast<std::size_t>(saltCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infoCopy.data(),
                                          static_cast<std::size_t>(infoCopy.size())),
        OSSL_PARAM_construct_end(),
    };
    SecretBytes out(static_cast<std::size_t>(length));
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return {};
    return out;
}

SecretBytes newPrivateKey()
{
    return SecretBytes::random(PrivateKeySize);
}

QByteArray x25519PublicKey(const SecretBytes &privateKey)
{
    return rawPublic(EVP_PKEY_X25519, privateKey);
}

QByteArray ed25519PublicKey(const SecretBytes &seed)
{
    return rawPublic(EVP_PKEY_ED25519, seed);
}

SecretBytes x25519(const SecretBytes &privateKeyBytes, QByteArrayView peerPublic)
{
    Pkey own = privateKey(EVP_PKEY_X25519, privateKeyBytes);
    Pkey peer = publicKey(EVP_PKEY_X25519, peerPublic);
    if (!own || !peer)
        return {};
    PkeyCtx ctx(EVP_PKEY_CTX_new(own.get(), nullptr));
    std::size_t length = 32;
    SecretBytes shared(32);
    // OpenSSL refuses (derive fails) when the result is all zeros.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != 32)
        return {};
    return shared;
}

QByteArray ed25519Sign(const SecretBytes &seed, QByteArrayView message)
{
    Pkey key = privateKey(EVP_PKEY_ED25519, seed);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    std::size_t length = SignatureSize;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(message), static_cast<std::size_t>(message.size()))
            != 1
        || length != SignatureSize)
        return {};
    return signature;
}

bool ed25519Verify(QByteArrayView publicKeyBytes, QByteArrayView message, QByteArrayView signature)
{
    if (signature.size() != SignatureSize)
        return false;
    Pkey key = publicKey(EVP_PKEY_ED25519, publicKeyBytes);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<std::size_t>(signature.size()),
                            bytes(message), static_cast<std::size_t>(message.size()))
        == 1;
}

QByteArray SealedBox::toBytes() const
{
    return ephemeralPublic + nonce + ciphertext + tag;
}

std::optional<SealedBox> SealedBox::fromBytes(QByteArrayView data, int plaintextSize)
{
    if (plaintextSize <= 0 || data.size() != OverheadSize + plaintextSize)
        return std::nullopt;
    SealedBox box;
    box.ephemeralPublic = data.first(32).toByteArray();
    box.nonce = data.sliced(32, GcmNonceSize).toByteArray();
    box.ciphertext = data.sliced(32 + GcmNonceSize, plaintextSize).toByteArray();
    box.tag = data.last(GcmTagSize).toByteArray();
    return box;
}

std::optional<SealedBox> seal(QByteArrayView recipientPublic, QByteArrayView info, QByteArrayView aad,
                              const SecretBytes &plaintext)
{
    if (recipientPublic.size() != PublicKeySize || plaintext.isEmpty())
        return std::nullopt;
    SecretBytes ephemeral = newPrivateKey();
    SealedBox box;
    box.ephemeralPublic = x25519PublicKey(ephemeral);
    SecretBytes shared = x25519(ephemeral, recipientPublic);
    if (box.ephemeralPublic.isEmpty() || shared.isEmpty())
        return std::nullopt;
    SecretBytes key = sealKey(shared, box.ephemeralPublic, recipientPublic, info);
    box.nonce = randomBytes(GcmNonceSize);
    if (key.isEmpty() || box.nonce.size() != GcmNonceSize
        || !aes256GcmSeal(key, box.nonce, aad, plaintext, box.ciphertext, box.tag))
        return std::nullopt;
    return box;
}

SecretBytes open(const SecretBytes &recipientPrivate, const SealedBox &box, QByteArrayView info,
                 QByteArrayView aad)
{
    if (box.ephemeralPublic.size() != PublicKeySize)
        return {};
    SecretBytes shared = x25519(recipientPrivate, box.ephemeralPublic);
    if (shared.isEmpty())
        return {};
    const QByteArray recipientPublic = x25519PublicKey(recipientPrivate);
    SecretBytes key = sealKey(shared, box.ephemeralPublic, recipientPublic, info);
    if (key.isEmpty())
        return {};
    return aes256GcmOpen(key, box.nonce, aad, box.ciphertext, box.tag);
}

} // namespace stockbook::security::crypto

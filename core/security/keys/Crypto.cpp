// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace stockbook::security::crypto {

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

int intSize(QByteArrayView view)
{
    return static_cast<int>(view.size());
}

// Key, nonce and (when present) aad into a fresh GCM context.
CipherCtx startGcm(bool encrypt, const SecretBytes &key, QByteArrayView nonce, QByteArrayView aad)
{
    if (key.size() != 32 || nonce.size() != GcmNonceSize)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return {};
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, GcmNonceSize, nullptr) != 1
        || EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce), encrypt ? 1 : 0) != 1)
        return {};
    int outLength = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx.get(), nullptr, &outLength, bytes(aad), intSize(aad)) != 1)
        return {};
    return ctx;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<std::size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr)
            != 1
        || length != Sha256Size)
        return {};
    return digest;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        return {};
    return out;
}

bool aes256GcmSeal(const SecretBytes &key, QByteArrayView nonce, QByteArrayView aad,
                   const SecretBytes &plaintext, QByteArray &ciphertext, QByteArray &tag)
{
    ciphertext.clear();
    tag.clear();
    CipherCtx ctx = startGcm(true, key, nonce, aad);
    if (!ctx)
        return false;
    QByteArray out(static_cast<qsizetype>(plaintext.size()), Qt::Uninitialized);
    QByteArray outTag(GcmTagSize, Qt::Uninitialized);
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    int finalLength = 0;
    if ((!plaintext.isEmpty()
         && EVP_EncryptUpdate(ctx.get(), outBytes, &length, plaintext.data(),
                              static_cast<int>(plaintext.size()))
             != 1)
        || EVP_EncryptFinal_ex(ctx.get(), outBytes + length, &finalLength) != 1
        || length + finalLength != out.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, outTag.data()) != 1)
        return false;
    ciphertext = out;
    tag = outTag;
    return true;
}

SecretBytes aes256GcmOpen(const SecretBytes &key, QByteArrayView nonce, QByteArrayView aad,
                          QByteArrayView ciphertext, QByteArrayView tag)
{
    if (tag.size() != GcmTagSize || ciphertext.isEmpty())
        return {};
    CipherCtx ctx = startGcm(false, key, nonce, aad);
    if (!ctx)
        return {};
    SecretBytes out(static_cast<std::size_t>(ciphertext.size()));
    int length = 0;
    int finalLength = 0;
    // OpenSSL's ctrl takes a non-const pointer for the expected tag; give it a copy.
    QByteArray expectedTag = tag.toByteArray();
    if (EVP_DecryptUpdate(ctx.get(), out.data(), &length, bytes(ciphertext), intSize(ciphertext)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, expectedTag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), out.data() + length, &finalLength) != 1
        || static_cast<std::size_t>(length + finalLength) != out.size())
        return {};
    return out;
}

QString opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace stockbook::security::crypto

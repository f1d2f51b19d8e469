// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/server/Scram.h"

#include "Tr.h"
#include "security/keys/Crypto.h"

#include <QRegularExpression>

#include <cstring>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace stockbook::storage::server {

namespace {

constexpr int KeySize = 32; // SHA-256

Error cryptoError()
{
    return makeError(ErrorCode::CryptoFailure,
                     Tr::tr("The password's server verifier could not be computed (OpenSSL failed)."));
}

// HMAC-SHA-256(key, text) into out (32 bytes).
bool hmac(const SecretBytes &key, const char *text, unsigned char *out)
{
    unsigned int size = 0;
    return HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
                reinterpret_cast<const unsigned char *>(text), std::strlen(text), out, &size)
        != nullptr
        && size == KeySize;
}

} // namespace

Result<QString> Scram::verifier(const SecretBytes &password, int iterations)
{
    const QByteArray salt = security::crypto::randomBytes(SaltSize);
    if (salt.size() != SaltSize)
        return cryptoError();
    return verifier(password, salt, iterations);
}

Result<QString> Scram::verifier(const SecretBytes &password, const QByteArray &salt, int iterations)
{
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Enter a password."), QStringLiteral("password"));
    if (salt.isEmpty() || iterations < 1)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A SCRAM verifier needs a salt and iterations."));
    // PostgreSQL runs the password through SASLprep first; for ASCII and most
    // text that leaves it unchanged (a password with characters SASLprep maps
    // would need it here too: the client side of libpq does the same).
    SecretBytes salted(KeySize);
    if (salted.isEmpty()
        || PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(password.data()),
                             static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char *>(salt.constData()),
                             static_cast<int>(salt.size()), iterations, EVP_sha256(), KeySize, salted.data())
            != 1)
        return cryptoError();
    SecretBytes clientKey(KeySize);
    unsigned char serverKey[KeySize];
    if (clientKey.isEmpty() || !hmac(salted, "Client Key", clientKey.data())
        || !hmac(salted, "Server Key", serverKey))
        return cryptoError();
    const QByteArray storedKey = security::crypto::sha256(
        QByteArrayView(reinterpret_cast<const char *>(clientKey.data()), KeySize));
    if (storedKey.size() != KeySize)
        return cryptoError();
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(serverKey), KeySize).toBase64()));
}

bool Scram::looksLikeVerifier(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^SCRAM-SHA-256\\$[1-9][0-9]*:[A-Za-z0-9+/]+=*\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"));
    return shape.match(text).hasMatch();
}

} // namespace stockbook::storage::server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace stockbook::storage::server {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a login role (RFC 5802 and
// 7677, the text form of pg_authid.rolpassword):
//   SCRAM-SHA-256$<iterations>:<salt base64>$<StoredKey base64>:<ServerKey base64>
// with SaltedPassword = PBKDF2-HMAC-SHA-256(password, salt, iterations),
// ClientKey = HMAC(SaltedPassword, "Client Key"), StoredKey = SHA-256(ClientKey),
// ServerKey = HMAC(SaltedPassword, "Server Key"). Given to the server as the
// role's PASSWORD, so the password itself never travels to the server.
class Scram {
public:
    static constexpr int DefaultIterations = 4096; // PostgreSQL's scram_iterations default
    static constexpr int SaltSize = 16;            // as PostgreSQL makes them

    // A verifier with a fresh random salt. CryptoFailure when OpenSSL fails;
    // InvalidArgument for an empty password.
    static Result<QString> verifier(const SecretBytes &password, int iterations = DefaultIterations);

    // The same with the salt given (tests, reproducible values).
    static Result<QString> verifier(const SecretBytes &password, const QByteArray &salt, int iterations);

    // Whether text has the verifier's shape (what the server functions accept).
    static bool looksLikeVerifier(const QString &text);
};

} // namespace stockbook::storage::server

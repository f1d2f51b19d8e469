// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/keys/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Thin wrappers over OpenSSL for the key vault. Nothing here allocates a
// QByteArray for secret data: keys and plaintexts stay in SecretBytes.
namespace stockbook::security::crypto {

constexpr int GcmNonceSize = 12; // 96 bits, GCM's native nonce length
constexpr int GcmTagSize = 16;
constexpr int Sha256Size = 32;

QByteArray sha256(QByteArrayView data);

// size bytes from OpenSSL's CSPRNG; empty if the generator fails.
QByteArray randomBytes(int size);

// AES-256-GCM. key is 32 bytes, nonce GcmNonceSize bytes. Returns false only
// when OpenSSL fails; ciphertext and tag are then empty.
bool aes256GcmSeal(const SecretBytes &key, QByteArrayView nonce, QByteArrayView aad,
                   const SecretBytes &plaintext, QByteArray &ciphertext, QByteArray &tag);

// Returns the plaintext, or an empty SecretBytes when the tag does not match
// (wrong key, or ciphertext, nonce or aad altered) or OpenSSL fails.
SecretBytes aes256GcmOpen(const SecretBytes &key, QByteArrayView nonce, QByteArrayView aad,
                          QByteArrayView ciphertext, QByteArrayView tag);

// The OpenSSL library in use, e.g. "OpenSSL 3.0.17 1 Jul 2025" (for About boxes).
QString opensslVersion();

} // namespace stockbook::security::crypto

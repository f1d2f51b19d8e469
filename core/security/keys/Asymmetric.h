// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/keys/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Key pairs, key derivation and sealing for the key vault, over OpenSSL 3's
// EVP interface. Private keys are 32-byte SecretBytes (an X25519 private key,
// an Ed25519 seed); public keys and signatures are plain bytes.
namespace stockbook::security::crypto {

constexpr int PublicKeySize = 32;  // X25519 and Ed25519 alike
constexpr int PrivateKeySize = 32; // X25519 private key, Ed25519 seed
constexpr int SignatureSize = 64;  // Ed25519

// HKDF-SHA-256 (RFC 5869), extract then expand. Empty on failure.
SecretBytes hkdfSha256(const SecretBytes &ikm, QByteArrayView salt, QByteArrayView info, int length = 32);

// A fresh random private key (either kind: both are 32 random bytes).
SecretBytes newPrivateKey();

// The public half; empty if the private key is not 32 bytes or OpenSSL fails.
QByteArray x25519PublicKey(const SecretBytes &privateKey);
QByteArray ed25519PublicKey(const SecretBytes &seed);

// X25519(privateKey, peerPublic). Empty on failure, including a peer key
// that gives the all-zero shared secret (a small-order point).
SecretBytes x25519(const SecretBytes &privateKey, QByteArrayView peerPublic);

// Ed25519 (RFC 8032, pure). sign() is empty on failure.
QByteArray ed25519Sign(const SecretBytes &seed, QByteArrayView message);
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// A secret sealed to the holder of an X25519 private key, in the manner of
// HPKE's base mode (RFC 9180) with DHKEM(X25519), HKDF-SHA-256 and
// AES-256-GCM, but simpler: a fresh ephemeral key pair per seal,
//   shared = X25519(ephemeral private, recipient public)
//   key    = HKDF-SHA-256(ikm = shared, salt = ephemeral public || recipient public,
//                         info = "stockbook-seal-v1" || info)
// and the plaintext under key with a random 12-byte nonce and aad.
struct SealedBox {
    QByteArray ephemeralPublic; // 32
    QByteArray nonce;           // 12
    QByteArray ciphertext;      // as long as the plaintext
    QByteArray tag;             // 16

    static constexpr int OverheadSize = 32 + 12 + 16;
    // ephemeralPublic || nonce || ciphertext || tag
    QByteArray toBytes() const;
    // Splits bytes of the layout above, for a plaintext of plaintextSize bytes.
    static std::optional<SealedBox> fromBytes(QByteArrayView bytes, int plaintextSize);
};

std::optional<SealedBox> seal(QByteArrayView recipientPublic, QByteArrayView info, QByteArrayView aad,
                              const SecretBytes &plaintext);
// Empty if the box was not sealed to this key with this info and aad, or was altered.
SecretBytes open(const SecretBytes &recipientPrivate, const SealedBox &box, QByteArrayView info,
                 QByteArrayView aad);

} // namespace stockbook::security::crypto

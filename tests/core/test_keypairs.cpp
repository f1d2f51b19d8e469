// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/keys/Asymmetric.h"

#include <cstring>

using namespace stockbook;
using namespace stockbook::security;

namespace {

SecretBytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex));
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
}

std::string hex(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()))
        .toHex()
        .toStdString();
}

std::string hex(const QByteArray &bytes)
{
    return bytes.toHex().toStdString();
}

SecretBytes text(const char *value)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(value), std::strlen(value)});
}

} // namespace

TEST_CASE("HKDF-SHA-256 gives RFC 5869's first test vector")
{
    SecretBytes ikm = fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
    const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
    CHECK(hex(crypto::hkdfSha256(ikm, salt, info, 42))
          == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST_CASE("X25519 gives RFC 7748's Alice and Bob keys and shared secret")
{
    SecretBytes alice = fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    SecretBytes bob = fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    const QByteArray alicePublic = crypto::x25519PublicKey(alice);
    const QByteArray bobPublic = crypto::x25519PublicKey(bob);
    CHECK(hex(alicePublic) == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    CHECK(hex(bobPublic) == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    const std::string shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
    CHECK(hex(crypto::x25519(alice, bobPublic)) == shared);
    CHECK(hex(crypto::x25519(bob, alicePublic)) == shared);
    // A small-order point (all zeros) gives the all-zero secret, which is refused.
    CHECK(crypto::x25519(alice, QByteArray(32, '\0')).isEmpty());
    CHECK(crypto::x25519(alice, QByteArray(31, '\1')).isEmpty());
}

TEST_CASE("Ed25519 gives RFC 8032's first test signature and refuses altered ones")
{
    SecretBytes seed = fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray publicKey = crypto::ed25519PublicKey(seed);
    CHECK(hex(publicKey) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray signature = crypto::ed25519Sign(seed, QByteArray());
    CHECK(hex(signature)
          == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46"
             "bd25"
             "bf5f0595bbe24655141438e7a100b");
    CHECK(crypto::ed25519Verify(publicKey, QByteArray(), signature));
    CHECK_FALSE(crypto::ed25519Verify(publicKey, QByteArrayLiteral("x"), signature));
    QByteArray altered = signature;
    altered[10] = static_cast<char>(altered[10] ^ 1);
    CHECK_FALSE(crypto::ed25519Verify(publicKey, QByteArray(), altered));
    SecretBytes other = crypto::newPrivateKey();
    CHECK_FALSE(crypto::ed25519Verify(crypto::ed25519PublicKey(other), QByteArray(), signature));
    CHECK_FALSE(crypto::ed25519Verify(publicKey, QByteArray(), signature.first(63)));
}

TEST_CASE("A sealed secret opens only with the recipient's key, info and additional data")
{
    SecretBytes recipient = crypto::newPrivateKey();
    SecretBytes stranger = crypto::newPrivateKey();
    const QByteArray recipientPublic = crypto::x25519PublicKey(recipient);
    REQUIRE(recipientPublic.size() == 32);
    SecretBytes secret = text("0123456789abcdef0123456789abcdef");

    auto box = crypto::seal(recipientPublic, "dek", "aad", secret);
    REQUIRE(box.has_value());
    CHECK(box->ephemeralPublic.size() == 32);
    CHECK(box->nonce.size() == 12);
    CHECK(box->ciphertext.size() == 32);
    CHECK(box->tag.size() == 16);
    CHECK(crypto::open(recipient, *box, "dek", "aad").equals(secret));
    CHECK(crypto::open(stranger, *box, "dek", "aad").isEmpty());
    CHECK(crypto::open(recipient, *box, "vk", "aad").isEmpty());
    CHECK(crypto::open(recipient, *box, "dek", "aad2").isEmpty());

    // The byte form round-trips, and any flipped byte is refused.
    const QByteArray bytes = box->toBytes();
    REQUIRE(bytes.size() == crypto::SealedBox::OverheadSize + 32);
    auto parsed = crypto::SealedBox::fromBytes(bytes, 32);
    REQUIRE(parsed.has_value());
    CHECK(crypto::open(recipient, *parsed, "dek", "aad").equals(secret));
    CHECK_FALSE(crypto::SealedBox::fromBytes(bytes.first(bytes.size() - 1), 32).has_value());
    int opened = 0;
    for (int i = 0; i < bytes.size(); ++i) {
        QByteArray flipped = bytes;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x40);
        if (!crypto::open(recipient, *crypto::SealedBox::fromBytes(flipped, 32), "dek", "aad").isEmpty())
            ++opened;
    }
    CHECK(opened == 0);

    // Two seals of the same secret share nothing but their length.
    auto again = crypto::seal(recipientPublic, "dek", "aad", secret);
    REQUIRE(again.has_value());
    CHECK(again->ephemeralPublic != box->ephemeralPublic);
    CHECK(again->ciphertext != box->ciphertext);
}

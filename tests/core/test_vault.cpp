// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <sys/stat.h>

#include <cstring>

using namespace stockbook;
using namespace stockbook::security;
using namespace stockbook::test;

namespace {

SecretBytes secret(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

SecretBytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex));
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
}

std::string toHex(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()))
        .toHex()
        .toStdString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The vault file taken apart by its documented layout, independently of the
// code under test, so a test can edit one field and put the checksum right.
struct RawVault {
    QByteArray header; // magic, version, vault id
    QList<QByteArray> slotBytes;
    QByteArray keyBlock; // format 2: the DEK under the vault key and the vault key under the DEK

    static RawVault parse(const QByteArray &file)
    {
        RawVault raw;
        REQUIRE(file.size() >= 28 + 32);
        raw.header = file.left(26);
        const int count = qFromBigEndian<quint16>(file.constData() + 26);
        qsizetype pos = 28;
        for (int i = 0; i < count; ++i) {
            const auto size = qFromBigEndian<quint32>(file.constData() + pos);
            raw.slotBytes.append(file.mid(pos + 4, size));
            pos += 4 + size;
        }
        REQUIRE(pos + 2 <= file.size() - 32);
        const auto blockSize = qFromBigEndian<quint16>(file.constData() + pos);
        raw.keyBlock = file.mid(pos + 2, blockSize);
        pos += 2 + blockSize;
        REQUIRE(pos == file.size() - 32);
        return raw;
    }

    QByteArray build() const
    {
        QByteArray out = header;
        char buffer[4];
        qToBigEndian<quint16>(static_cast<quint16>(slotBytes.size()), buffer);
        out.append(buffer, 2);
        for (const QByteArray &slot : slotBytes) {
            qToBigEndian<quint32>(static_cast<quint32>(slot.size()), buffer);
            out.append(buffer, 4);
            out.append(slot);
        }
        qToBigEndian<quint16>(static_cast<quint16>(keyBlock.size()), buffer);
        out.append(buffer, 2);
        out.append(keyBlock);
        return out + QCryptographicHash::hash(out, QCryptographicHash::Sha256);
    }
};

// Offsets inside a slot: version 2, user id 8, name length 2, name, KDF id 1,
// N 8, r 4, p 4, salt length 1, salt, nonce 12, ciphertext 32, tag 16.
qsizetype nameSize(const QByteArray &slot)
{
    return qFromBigEndian<quint16>(slot.constData() + 10);
}
qsizetype kdfOffset(const QByteArray &slot)
{
    return 12 + nameSize(slot);
}
qsizetype ciphertextOffset(const QByteArray &slot)
{
    const qsizetype saltSize = static_cast<unsigned char>(slot.at(kdfOffset(slot) + 17));
    return kdfOffset(slot) + 18 + saltSize + 12;
}

QByteArray withName(const QByteArray &slot, const QByteArray &name)
{
    char buffer[2];
    qToBigEndian<quint16>(static_cast<quint16>(name.size()), buffer);
    return slot.left(10) + QByteArray(buffer, 2) + name + slot.mid(12 + nameSize(slot));
}

// A vault with alice (id 1) and bob (id 2) sharing one key, saved to disk.
struct TwoUsers {
    QTemporaryDir dir;
    QString path = KeyVault::pathFor(dir.filePath(QStringLiteral("company.stockbook")));
    SecretBytes dek = SecretBytes::random(32);

    TwoUsers()
    {
        REQUIRE(dir.isValid());
        Result<KeyVault> vault = KeyVault::createLegacyForTesting(2);
        REQUIRE_OK(vault);
        REQUIRE_OK(vault->addOrReplaceSlot(1, QStringLiteral("alice"), secret("alice's long password"), dek));
        REQUIRE_OK(vault->addOrReplaceSlot(2, QStringLiteral("bob"), secret("bob's own passphrase"), dek));
        REQUIRE_OK(vault->save(path));
    }

    KeyVault load() const
    {
        auto vault = KeyVault::load(path);
        REQUIRE_OK(vault);
        return vault.value();
    }
};

} // namespace

TEST_CASE("the production KDF default is scrypt N=2^17, r=8, p=1, and only a test scope lowers it")
{
    constexpr KdfParams production = KdfParams::production();
    CHECK(production.algorithm == KdfAlgorithm::Scrypt);
    CHECK(production.n == 131072);
    CHECK(production.r == 8);
    CHECK(production.p == 1);
    CHECK(KdfParams::current() == production);
    {
        ScopedKdfCostForTesting cheap;
        CHECK(KdfParams::current() == KdfParams::forTesting());
    }
    CHECK(KdfParams::current() == production);

    // The one run at full cost in this file, against Python's hashlib.scrypt:
    // it also proves maxmem is set high enough for 128 MiB.
    QElapsedTimer timer;
    timer.start();
    auto key = Kdf::derive(secret("correct horse battery staple"), "stockbook-salt-0", production);
    REQUIRE_OK(key);
    WARN("scrypt at the production cost took " << timer.elapsed() << " ms");
    CHECK(toHex(key.value()) == "abf037ad9d5944b607315ed09f76a8ac9c38c7c3ed6af71120b7c3a812baf8f6");
}

TEST_CASE("scrypt gives the RFC 7914 test vectors")
{
    auto v1 = Kdf::derive(SecretBytes(), "", {KdfAlgorithm::Scrypt, 16, 1, 1}, 64);
    REQUIRE_OK(v1);
    CHECK(toHex(v1.value())
          == "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
             "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    auto v2 = Kdf::derive(secret("password"), "NaCl", {KdfAlgorithm::Scrypt, 1024, 8, 16}, 64);
    REQUIRE_OK(v2);
    CHECK(toHex(v2.value())
          == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
             "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    auto v3 = Kdf::derive(secret("pleaseletmein"), "SodiumChloride", {KdfAlgorithm::Scrypt, 16384, 8, 1}, 64);
    REQUIRE_OK(v3);
    CHECK(toHex(v3.value())
          == "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
             "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

TEST_CASE("KDF parameters outside the supported range are refused without running it")
{
    const auto before = Kdf::derivationCount();
    for (const KdfParams &bad :
         {KdfParams{KdfAlgorithm::Scrypt, 1000, 8, 1}, KdfParams{KdfAlgorithm::Scrypt, 0, 8, 1},
          KdfParams{KdfAlgorithm::Scrypt, std::uint64_t{1} << 21, 8, 1},
          KdfParams{KdfAlgorithm::Scrypt, 1024, 0, 1}, KdfParams{KdfAlgorithm::Scrypt, 1024, 8, 0},
          KdfParams{KdfAlgorithm::Scrypt, std::uint64_t{1} << 20, 32, 1}}) {
        CHECK_FALSE(bad.isSupported());
        REQUIRE_ERROR(Kdf::derive(secret("pw"), "salt", bad), ErrorCode::InvalidArgument);
    }
    CHECK(Kdf::derivationCount() == before);
}

TEST_CASE("a password becomes the UTF-8 of its NFKC form and the QString is wiped")
{
    QString fullWidth = QStringLiteral("\uff50\uff41\uff53\uff53 \ufb01sh"); // fullwidth "pass", ligature fi
    SecretBytes bytes = passwordBytes(fullWidth);
    CHECK(toHex(bytes) == QByteArray("pass fish").toHex().toStdString());
    CHECK(fullWidth.isEmpty());

    QString composed = QStringLiteral("caf\u00e9");
    QString decomposed = QStringLiteral("cafe\u0301");
    CHECK(passwordBytes(composed).equals(passwordBytes(decomposed)));
}

TEST_CASE("a key wrapped for a user unwraps with the right password after save and load")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const KeyVault vault = t.load();
    CHECK(vault.slotCount() == 2);
    CHECK(vault.userIds() == QList<qint64>{1, 2});
    CHECK(vault.vaultId().size() == 16);
    CHECK(vault.slotKdfParams(1) == KdfParams::forTesting());

    auto alice = vault.unwrap(QStringLiteral("alice"), secret("alice's long password"));
    REQUIRE_OK(alice);
    CHECK(alice->userId == 1);
    CHECK(alice->dek.equals(t.dek));
    CHECK(alice->slotHash == vault.slotHash(1));
    CHECK(vault.slotMatches(1, alice->slotHash));
    REQUIRE_OK(vault.checkSlot(1, alice->slotHash));

    auto bob = vault.unwrap(QStringLiteral("bob"), secret("bob's own passphrase"));
    REQUIRE_OK(bob);
    CHECK(bob->userId == 2);
    CHECK(bob->dek.equals(t.dek));
    CHECK(bob->slotHash != alice->slotHash);

    // The file holds no trace of the key or the passwords.
    const QByteArray file = readAll(t.path);
    CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char *>(t.dek.data()), 32)));
    CHECK_FALSE(file.contains("password"));
    CHECK_FALSE(file.contains("passphrase"));
}

TEST_CASE("a wrong password and an unknown user name get the same error at the same KDF cost")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const KeyVault vault = t.load();

    auto before = Kdf::derivationCount();
    auto wrong = vault.unwrap(QStringLiteral("alice"), secret("alice's long passwore"));
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    CHECK(Kdf::derivationCount() - before == 1);

    before = Kdf::derivationCount();
    auto unknown = vault.unwrap(QStringLiteral("mallory"), secret("alice's long password"));
    REQUIRE_ERROR(unknown, ErrorCode::WrongPassword);
    CHECK(Kdf::derivationCount() - before == 1);

    CHECK(unknown.error().message == wrong.error().message);
    CHECK(unknown.error().field == wrong.error().field);
    CHECK(unknown.error().detail == wrong.error().detail);
    CHECK_FALSE(wrong.error().message.isEmpty());

    // Names are compared exactly: another case is another (unknown) name.
    REQUIRE_ERROR(vault.unwrap(QStringLiteral("Alice"), secret("alice's long password")),
                  ErrorCode::WrongPassword);
    // A password valid for another user does not open this one.
    REQUIRE_ERROR(vault.unwrap(QStringLiteral("alice"), secret("bob's own passphrase")),
                  ErrorCode::WrongPassword);
}

TEST_CASE("a slot relabelled with another user's name or id is refused")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const RawVault original = RawVault::parse(readAll(t.path));

    SECTION("bob's slot under alice's name, alice's slot gone")
    {
        RawVault raw = original;
        raw.slotBytes = {withName(raw.slotBytes[1], "alice")};
        writeAll(t.path, raw.build());
        const KeyVault vault = t.load();
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("alice"), secret("bob's own passphrase")),
                      ErrorCode::WrongPassword);
    }
    SECTION("the two names exchanged")
    {
        RawVault raw = original;
        raw.slotBytes = {withName(raw.slotBytes[0], "bob"), withName(raw.slotBytes[1], "alice")};
        writeAll(t.path, raw.build());
        const KeyVault vault = t.load();
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("alice"), secret("bob's own passphrase")),
                      ErrorCode::WrongPassword);
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("bob"), secret("alice's long password")),
                      ErrorCode::WrongPassword);
    }
    SECTION("bob's slot given alice's user id")
    {
        RawVault raw = original;
        qToBigEndian<qint64>(1, raw.slotBytes[1].data() + 2);
        raw.slotBytes.removeFirst();
        writeAll(t.path, raw.build());
        const KeyVault vault = t.load();
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("bob"), secret("bob's own passphrase")),
                      ErrorCode::WrongPassword);
    }
    SECTION("the slotBytes moved into another vault (another vault id)")
    {
        RawVault raw = original;
        raw.header[10] = static_cast<char>(raw.header[10] ^ 0x01);
        writeAll(t.path, raw.build());
        const KeyVault vault = t.load();
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("alice"), secret("alice's long password")),
                      ErrorCode::WrongPassword);
    }
}

TEST_CASE("the slot hash refuses an old slot put back after a password change")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const QByteArray oldFile = readAll(t.path);
    KeyVault vault = t.load();
    const QByteArray bobHash = vault.slotHash(2);

    REQUIRE_OK(vault.addOrReplaceSlot(1, QStringLiteral("alice"), secret("alice's new password"), t.dek));
    REQUIRE_OK(vault.save(t.path));
    const QByteArray recorded = vault.slotHash(1); // what the users row would now hold
    CHECK(vault.slotCount() == 2);
    CHECK(vault.slotMatches(2, bobHash));
    CHECK_FALSE(vault.slotMatches(1, bobHash));

    writeAll(t.path, oldFile);
    const KeyVault restored = t.load();
    auto unlocked = restored.unwrap(QStringLiteral("alice"), secret("alice's long password"));
    REQUIRE_OK(unlocked); // the old slot is intact, and still opens the key ...
    CHECK(unlocked->slotHash != recorded);
    CHECK_FALSE(restored.slotMatches(1, recorded)); // ... but is not the one recorded
    REQUIRE_ERROR(restored.checkSlot(1, recorded), ErrorCode::SlotMismatch);
    CHECK_FALSE(restored.slotMatches(1, QByteArray()));
    CHECK_FALSE(restored.slotMatches(3, recorded));
}

TEST_CASE("an altered slot with a corrected checksum fails its GCM tag")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const RawVault original = RawVault::parse(readAll(t.path));
    const qsizetype ct = ciphertextOffset(original.slotBytes[0]);
    // A byte of the nonce, of the ciphertext, of the tag.
    for (const qsizetype offset : {ct - 12, ct, ct + 31, ct + 32, ct + 47}) {
        RawVault raw = original;
        raw.slotBytes[0][offset] = static_cast<char>(raw.slotBytes[0][offset] ^ 0x40);
        writeAll(t.path, raw.build());
        const KeyVault vault = t.load();
        INFO("offset " << offset);
        REQUIRE_ERROR(vault.unwrap(QStringLiteral("alice"), secret("alice's long password")),
                      ErrorCode::WrongPassword);
        REQUIRE_OK(vault.unwrap(QStringLiteral("bob"), secret("bob's own passphrase")));
    }
}

TEST_CASE("changing a slot's stored KDF parameters makes unwrap fail")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const RawVault original = RawVault::parse(readAll(t.path));
    const qsizetype kdf = kdfOffset(original.slotBytes[0]);
    // The low byte of N (2^10 -> 2^11), of r (8 -> 11) and of p (1 -> 2).
    for (const qsizetype offset : {kdf + 7, kdf + 12, kdf + 16}) {
        RawVault raw = original;
        raw.slotBytes[0][offset] = static_cast<char>(raw.slotBytes[0][offset]
                                                     ^ (offset == kdf + 7 ? 0x0c : 0x03));
        writeAll(t.path, raw.build());
        auto vault = KeyVault::load(t.path);
        REQUIRE_OK(vault);
        INFO("offset " << offset);
        CHECK_FALSE(vault->slotKdfParams(1) == KdfParams::forTesting());
        REQUIRE_ERROR(vault->unwrap(QStringLiteral("alice"), secret("alice's long password")),
                      ErrorCode::WrongPassword);
    }
}

TEST_CASE("accidental damage gives VaultDamaged, not a wrong password")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    const QByteArray file = readAll(t.path);
    const QString wrongPassword = KeyVault::wrongPasswordError().message;

    SECTION("any single byte flipped, the checksum left alone")
    {
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray damaged = file;
            damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
            auto vault = KeyVault::fromBytes(damaged, t.path);
            INFO("byte " << i);
            REQUIRE_ERROR(vault, ErrorCode::VaultDamaged);
        }
        writeAll(t.path, file.left(40) + static_cast<char>(file.at(40) ^ 0x80) + file.mid(41));
        auto vault = KeyVault::load(t.path);
        REQUIRE_ERROR(vault, ErrorCode::VaultDamaged);
        CHECK(vault.error().message.contains(QDir::toNativeSeparators(t.path)));
        CHECK(vault.error().message.contains(QStringLiteral("recovery key")));
        CHECK(vault.error().message != wrongPassword);
    }
    SECTION("the file cut short")
    {
        for (const qsizetype size : {qsizetype{0}, qsizetype{10}, qsizetype{59}, file.size() / 2,
                                     file.size() - 32, file.size() - 1}) {
            writeAll(t.path, file.left(size));
            INFO("size " << size);
            REQUIRE_ERROR(KeyVault::load(t.path), ErrorCode::VaultDamaged);
        }
    }
    SECTION("a slot cut short, the checksum corrected")
    {
        RawVault raw = RawVault::parse(file);
        raw.slotBytes[1].chop(1);
        REQUIRE_ERROR(KeyVault::fromBytes(raw.build()), ErrorCode::VaultDamaged);
    }
    SECTION("another kind of file")
    {
        writeAll(t.path, QByteArray("SQLite format 3").append(200, '\0'));
        REQUIRE_ERROR(KeyVault::load(t.path), ErrorCode::VaultDamaged);
    }
}

TEST_CASE("a missing key file and a newer format each get their own error")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    RawVault raw = RawVault::parse(readAll(t.path));
    raw.header[9] = 4; // format version 4
    writeAll(t.path, raw.build());
    REQUIRE_ERROR(KeyVault::load(t.path), ErrorCode::NewerSchema);

    REQUIRE(QFile::remove(t.path));
    auto missing = KeyVault::load(t.path);
    REQUIRE_ERROR(missing, ErrorCode::FileNotFound);
    CHECK(missing.error().message.contains(QStringLiteral("recovery key")));
}

TEST_CASE("save replaces the file atomically with owner-only permissions")
{
    ScopedKdfCostForTesting cheap;
    TwoUsers t;
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(t.path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // Over a file someone made world-readable: the mode is put right.
    REQUIRE(QFile::setPermissions(t.path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    KeyVault vault = t.load();
    REQUIRE(vault.removeSlot(2));
    CHECK_FALSE(vault.removeSlot(2));
    REQUIRE_OK(vault.save(t.path));
    REQUIRE(::stat(QFile::encodeName(t.path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(t.load().userIds() == QList<qint64>{1});

    // Nothing but the key file is left in the folder: no temporary file.
    const QStringList entries =
        QDir(t.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(entries == QStringList{QStringLiteral("company.stockbook.keys")});

    // A folder that does not exist: an error, and nothing written.
    const QString nowhere = t.dir.filePath(QStringLiteral("missing/company.stockbook.keys"));
    REQUIRE_ERROR(vault.save(nowhere), ErrorCode::Io);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("slots are refused for bad input and flagged when their KDF is weaker than the default")
{
    ScopedKdfCostForTesting cheap;
    Result<KeyVault> vault = KeyVault::createLegacyForTesting(2);
    REQUIRE_OK(vault);
    const SecretBytes dek = SecretBytes::random(32);
    REQUIRE_ERROR(vault->unwrap(QStringLiteral("alice"), secret("anything at all")),
                  ErrorCode::WrongPassword);
    REQUIRE_OK(vault->addOrReplaceSlot(1, QStringLiteral("alice"), secret("alice's long password"), dek));
    REQUIRE_ERROR(vault->addOrReplaceSlot(2, QStringLiteral("alice"), secret("another password"), dek),
                  ErrorCode::InvalidArgument);
    REQUIRE_ERROR(vault->addOrReplaceSlot(2, QString(), secret("another password"), dek),
                  ErrorCode::InvalidArgument);
    REQUIRE_ERROR(vault->addOrReplaceSlot(2, QStringLiteral("bob"), SecretBytes(), dek),
                  ErrorCode::InvalidArgument);
    REQUIRE_ERROR(vault->addOrReplaceSlot(2, QStringLiteral("bob"), secret("pw"), SecretBytes::random(16)),
                  ErrorCode::InvalidArgument);
    REQUIRE_ERROR(vault->addOrReplaceSlot(2, QStringLiteral("bob"), secret("pw"), dek, {}, false,
                                          {KdfAlgorithm::Scrypt, 3, 8, 1}),
                  ErrorCode::InvalidArgument);
    CHECK(vault->slotCount() == 1);

    CHECK_FALSE(vault->slotNeedsStrongerKdf(1));
    ScopedKdfCostForTesting stronger({KdfAlgorithm::Scrypt, 2048, 8, 1});
    CHECK(vault->slotNeedsStrongerKdf(1));
    // A user may change their name only with their password: the slot is rewrapped.
    REQUIRE_OK(vault->addOrReplaceSlot(1, QStringLiteral("alice.w"), secret("alice's long password"), dek));
    CHECK_FALSE(vault->slotNeedsStrongerKdf(1));
    REQUIRE_OK(vault->unwrap(QStringLiteral("alice.w"), secret("alice's long password")));
    REQUIRE_ERROR(vault->unwrap(QStringLiteral("alice"), secret("alice's long password")),
                  ErrorCode::WrongPassword);
}

TEST_CASE("a recovery key is base32 of the key in groups with a check character")
{
    // Key bytes 00..1f. base64.b32encode gives
    // AAAQEAYEAUDAOCAJBIFQYDIOB4IBCEQTCQKRMFYYDENBWHA5DYPQ; the check characters
    // were computed separately in Python from the rule in RecoveryKey.h.
    const QString expected = QStringLiteral(
        "AAAQ7-EAYEG-AUDAX-OCAJE-BIFQL-YDIOU-B4IBA-CEQTS-CQKRA-MFYYX-DENBC-WHA5Q-DYPQG");
    const SecretBytes key = fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    auto encoded = RecoveryKey::encode(key);
    REQUIRE_OK(encoded);
    CHECK(encoded.value() == expected);

    auto ones = RecoveryKey::encode(
        fromHex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"));
    REQUIRE_OK(ones);
    CHECK(ones.value()
          == QStringLiteral("77777-7777D-7777U-77776-7777J-7777V-7777C-7777B-7777W-7777K-77775-7777X-777QV"));

    auto decoded = RecoveryKey::decode(expected);
    REQUIRE_OK(decoded);
    CHECK(decoded->equals(key));

    // Lower case, spaces instead of dashes, no separators, 0/1/8 for O/I/B.
    for (const QString &typed :
         {expected.toLower(), QString(expected).replace(QLatin1Char('-'), QLatin1Char(' ')),
          QString(expected).remove(QLatin1Char('-')), QStringLiteral("  ") + expected + QStringLiteral("\n"),
          QString(expected)
              .replace(QLatin1Char('O'), QLatin1Char('0'))
              .replace(QLatin1Char('I'), QLatin1Char('1'))
              .replace(QLatin1Char('B'), QLatin1Char('8'))}) {
        INFO(typed.toStdString());
        auto again = RecoveryKey::decode(typed);
        REQUIRE_OK(again);
        CHECK(again->equals(key));
    }

    for (int i = 0; i < 20; ++i) {
        const SecretBytes random = SecretBytes::random(32);
        auto text = RecoveryKey::encode(random);
        REQUIRE_OK(text);
        auto back = RecoveryKey::decode(text.value());
        REQUIRE_OK(back);
        CHECK(back->equals(random));
    }
    REQUIRE_ERROR(RecoveryKey::encode(SecretBytes::random(16)), ErrorCode::InvalidArgument);
}

TEST_CASE("a mistyped recovery key is refused with the group named")
{
    const QString good = QStringLiteral(
        "AAAQ7-EAYEG-AUDAX-OCAJE-BIFQL-YDIOU-B4IBA-CEQTS-CQKRA-MFYYX-DENBC-WHA5Q-DYPQG");
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    // Every single substitution, in every position.
    for (qsizetype i = 0; i < good.size(); ++i) {
        if (good[i] == QLatin1Char('-'))
            continue;
        const int group = static_cast<int>(i / 6) + 1;
        for (QChar c : alphabet) {
            if (c == good[i])
                continue;
            QString typo = good;
            typo[i] = c;
            auto result = RecoveryKey::decode(typo);
            INFO(typo.toStdString());
            REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
            REQUIRE(result.error().message.startsWith(QStringLiteral("Group %1 ").arg(group)));
        }
    }
    // Two neighbours swapped.
    QString swapped = good;
    std::swap(swapped[36], swapped[37]); // group 7
    auto result = RecoveryKey::decode(swapped);
    REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
    CHECK(result.error().message
          == QStringLiteral("Group 7 of the recovery key is mistyped. Check it against the printed key."));

    // Two groups typed in each other's place.
    QStringList groups = good.split(QLatin1Char('-'));
    groups.swapItemsAt(1, 8);
    result = RecoveryKey::decode(groups.join(QLatin1Char('-')));
    REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
    CHECK(result.error().message.startsWith(QStringLiteral("Groups 2, 9 ")));

    // A character left out of group 4, with and without the dashes.
    result = RecoveryKey::decode(QString(good).remove(19, 1));
    REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
    CHECK(result.error().message.startsWith(QStringLiteral("Group 4 of the recovery key has 4 characters")));
    result = RecoveryKey::decode(QString(good).remove(QLatin1Char('-')).remove(19, 1));
    REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
    CHECK(result.error().message.contains(QStringLiteral("has 64 characters")));

    // A character no recovery key holds.
    result = RecoveryKey::decode(QString(good).replace(8, 1, QLatin1Char('9')));
    REQUIRE_ERROR(result, ErrorCode::RecoveryKeyInvalid);
    CHECK(result.error().message.startsWith(QStringLiteral("Character 3 of group 2 ")));

    REQUIRE_ERROR(RecoveryKey::decode(u"  - "), ErrorCode::RecoveryKeyInvalid);
}

TEST_CASE("format 2: the company key written as a recovery key opens its database")
{
    TempDatabase t;
    auto text = RecoveryKey::encode(t.key);
    REQUIRE_OK(text);
    t.close();
    auto key = RecoveryKey::decode(text.value().toLower());
    REQUIRE_OK(key);
    auto db = storage::Database::open(t.path, key.value(), storage::Database::Mode::ReadOnly);
    REQUIRE_OK(db);
    CHECK(db.value()->schemaVersion() == storage::Database::latestSchemaVersion());
}

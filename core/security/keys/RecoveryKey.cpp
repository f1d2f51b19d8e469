// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/keys/RecoveryKey.h"

#include "Tr.h"

#include <openssl/crypto.h>

#include <QStringList>

#include <array>
#include <cstdint>

namespace stockbook::security::RecoveryKey {

namespace {

constexpr int KeyBytes = 32;
constexpr int TotalSymbols = GroupCount * GroupSize;
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// GF(32) with the primitive polynomial x^5 + x^2 + 1.
constexpr std::uint8_t gfMul(std::uint8_t x, std::uint8_t y)
{
    std::uint8_t product = 0;
    for (int bit = 0; bit < 5; ++bit) {
        if (y & (1u << bit))
            product ^= x;
        x = static_cast<std::uint8_t>(x << 1);
        if (x & 0x20)
            x ^= 0x25;
    }
    return product;
}

constexpr std::uint8_t gfInverse(std::uint8_t x)
{
    for (std::uint8_t y = 1; y < 32; ++y) {
        if (gfMul(x, y) == 1)
            return y;
    }
    return 0;
}

// a, a^2, ..., a^5 with a = x.
constexpr std::array<std::uint8_t, GroupSize> Weights = {2, 4, 8, 16, gfMul(16, 2)};
static_assert(Weights[4] == 5, "x^5 = x^2 + 1");
constexpr std::uint8_t LastWeightInverse = gfInverse(Weights[4]);

std::uint8_t checkSum(const std::uint8_t *group, int count)
{
    std::uint8_t sum = 0;
    for (int i = 0; i < count; ++i)
        sum ^= gfMul(Weights[static_cast<std::size_t>(i)], group[i]);
    return sum;
}

std::uint8_t checkSymbol(const std::uint8_t *data, int groupNumber)
{
    const auto target = static_cast<std::uint8_t>(groupNumber);
    return gfMul(static_cast<std::uint8_t>(target ^ checkSum(data, GroupSize - 1)), LastWeightInverse);
}

// The symbol value (0..31) of a typed character, or -1.
int symbolValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'2' && u <= u'7')
        return 26 + (u - u'2');
    switch (u) {
    case u'0':
        return 'O' - 'A';
    case u'1':
        return 'I' - 'A';
    case u'8':
        return 'B' - 'A';
    default:
        return -1;
    }
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c.category() == QChar::Punctuation_Dash;
}

Error invalid(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::RecoveryKeyInvalid, message, QStringLiteral("recoveryKey"), detail);
}

// Wipes the typed symbols whichever way decode() returns.
struct SymbolBuffer {
    std::array<std::uint8_t, TotalSymbols> symbols{};
    ~SymbolBuffer() { OPENSSL_cleanse(symbols.data(), symbols.size()); }
};

} // namespace

Result<QString> encode(const SecretBytes &dek)
{
    if (dek.size() != KeyBytes)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A company key must be 256 bits long."));
    SymbolBuffer data;
    std::uint32_t buffer = 0;
    int bits = 0;
    int n = 0;
    for (std::uint8_t byte : dek.bytes()) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            data.symbols[static_cast<std::size_t>(n++)] = static_cast<std::uint8_t>((buffer >> (bits - 5))
                                                                                    & 31);
            bits -= 5;
        }
    }
    data.symbols[static_cast<std::size_t>(n++)] = static_cast<std::uint8_t>((buffer << (5 - bits)) & 31);
    buffer = 0;

    QString out;
    out.reserve(TotalSymbols + GroupCount - 1);
    for (int g = 0; g < GroupCount; ++g) {
        const std::uint8_t *group = data.symbols.data() + g * (GroupSize - 1);
        if (g > 0)
            out += QLatin1Char('-');
        for (int i = 0; i < GroupSize - 1; ++i)
            out += QLatin1Char(Alphabet[group[i]]);
        out += QLatin1Char(Alphabet[checkSymbol(group, g + 1)]);
    }
    return out;
}

Result<SecretBytes> encodeAscii(const SecretBytes &secret)
{
    auto text = encode(secret);
    if (!text.ok())
        return text.error();
    QString &chars = text.value();
    const QByteArray latin = chars.toLatin1();
    SecretBytes out = SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(latin.constData()), static_cast<std::size_t>(latin.size())});
    chars.fill(QChar(u'\0'));
    return out;
}

Result<SecretBytes> decode(QStringView text)
{
    SymbolBuffer typed;
    int count = 0;
    QList<int> chunkSizes; // runs between separators, to name a short or long group
    int chunk = 0;
    for (QChar c : text) {
        if (isSeparator(c)) {
            if (chunk > 0)
                chunkSizes.append(chunk);
            chunk = 0;
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0) {
            return invalid(
                Tr::tr("Character %1 of group %2 of the recovery key cannot be part of a recovery key "
                       "(it uses the letters A to Z and the digits 2 to 7). Check that group against "
                       "the printed key.")
                    .arg(count % GroupSize + 1)
                    .arg(count / GroupSize + 1),
                QStringLiteral("bad character in group %1").arg(count / GroupSize + 1));
        }
        if (count < TotalSymbols)
            typed.symbols[static_cast<std::size_t>(count)] = static_cast<std::uint8_t>(value);
        ++count;
        ++chunk;
    }
    if (chunk > 0)
        chunkSizes.append(chunk);

    if (count == 0)
        return invalid(
            Tr::tr("Enter the recovery key: %1 groups of %2 characters.").arg(GroupCount).arg(GroupSize));
    if (count != TotalSymbols) {
        if (chunkSizes.size() == GroupCount) {
            for (int g = 0; g < GroupCount; ++g) {
                if (chunkSizes[g] != GroupSize) {
                    return invalid(
                        Tr::tr("Group %1 of the recovery key has %2 characters; every group has %3. "
                               "Check that group against the printed key.")
                            .arg(g + 1)
                            .arg(chunkSizes[g])
                            .arg(GroupSize),
                        QStringLiteral("group %1 has %2 characters").arg(g + 1).arg(chunkSizes[g]));
                }
            }
        }
        return invalid(
            Tr::tr("The recovery key has %1 characters, but it should have %2: %3 groups of %4. Look "
                   "for a missing or an extra character.")
                .arg(count)
                .arg(TotalSymbols)
                .arg(GroupCount)
                .arg(GroupSize),
            QStringLiteral("%1 characters").arg(count));
    }

    QStringList badGroups;
    for (int g = 0; g < GroupCount; ++g) {
        const std::uint8_t *group = typed.symbols.data() + g * GroupSize;
        if (checkSum(group, GroupSize) != g + 1)
            badGroups.append(QString::number(g + 1));
    }

    SecretBytes key(KeyBytes);
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t n = 0;
    for (int g = 0; g < GroupCount; ++g) {
        for (int i = 0; i < GroupSize - 1; ++i) {
            buffer = (buffer << 5) | typed.symbols[static_cast<std::size_t>(g * GroupSize + i)];
            bits += 5;
            if (bits >= 8 && n < KeyBytes) {
                key.data()[n++] = static_cast<std::uint8_t>(buffer >> (bits - 8));
                bits -= 8;
            }
            buffer &= (1u << bits) - 1;
        }
    }
    // 260 bits typed for 256: the last four must be zero.
    if (badGroups.isEmpty() && buffer != 0)
        badGroups.append(QString::number(GroupCount));
    buffer = 0;

    if (badGroups.size() == 1) {
        return invalid(Tr::tr("Group %1 of the recovery key is mistyped. Check it against the printed key.")
                           .arg(badGroups.first()),
                       QStringLiteral("check failed in group %1").arg(badGroups.first()));
    }
    if (!badGroups.isEmpty()) {
        const QString list = badGroups.join(QStringLiteral(", "));
        return invalid(
            Tr::tr("Groups %1 of the recovery key are mistyped. Check them against the printed key.")
                .arg(list),
            QStringLiteral("check failed in groups %1").arg(list));
    }
    return key;
}

} // namespace stockbook::security::RecoveryKey

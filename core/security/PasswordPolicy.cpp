// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/PasswordPolicy.h"

#include "Tr.h"

#include <openssl/rand.h>

#include <QRegularExpression>

#include <zxcvbn.h>

#include <cstring>
#include <vector>

namespace stockbook::security {

namespace {

int codePoints(const SecretBytes &utf8)
{
    int count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

int scoreFor(double bits)
{
    if (bits < 20)
        return 0;
    if (bits < PasswordPolicy::MinEntropyBits)
        return 1;
    if (bits < 60)
        return 2;
    if (bits < 80)
        return 3;
    return 4;
}

QStringList contextWords(const PasswordContext &context)
{
    static const QRegularExpression separators(QStringLiteral("[\\s._@-]+"));
    QStringList words;
    for (const QString &text : {context.username, context.fullName, context.companyName}) {
        const QString folded = text.toCaseFolded();
        if (folded.size() >= 3)
            words << folded;
        for (const QString &part : folded.split(separators, Qt::SkipEmptyParts)) {
            if (part.size() >= 3 && !words.contains(part))
                words << part;
        }
    }
    return words;
}

} // namespace

PasswordCheck PasswordPolicy::check(const SecretBytes &password, const PasswordContext &context)
{
    PasswordCheck result;
    const int length = codePoints(password);
    if (length < MinLength) {
        result.problem = Tr::tr("The password is too short: %1 characters, at least %2 are needed.")
                             .arg(length)
                             .arg(MinLength);
        return result;
    }
    if (length > MaxLength) {
        result.problem = Tr::tr("The password is too long: %1 characters, at most %2 are allowed.")
                             .arg(length)
                             .arg(MaxLength);
        return result;
    }

    // zxcvbn wants a NUL-terminated string; the copy lives in wiped memory.
    SecretBytes text(password.size() + 1);
    std::memcpy(text.data(), password.data(), password.size());
    const char *passwd = reinterpret_cast<const char *>(text.data());

    const QStringList words = contextWords(context);
    std::vector<QByteArray> utf8Words;
    utf8Words.reserve(static_cast<std::size_t>(words.size()));
    std::vector<const char *> dict;
    for (const QString &w : words) {
        utf8Words.push_back(w.toUtf8());
        dict.push_back(utf8Words.back().constData());
    }
    dict.push_back(nullptr);

    const QString lowered = QString::fromUtf8(passwd).toCaseFolded();
    const QString user = context.username.trimmed().toCaseFolded();
    if (!user.isEmpty() && lowered.contains(user)) {
        result.problem = Tr::tr("The password contains the user name. Choose one that does not.");
        return result;
    }

    ZxcMatch_t *info = nullptr;
    result.entropyBits = ZxcvbnMatch(passwd, dict.data(), &info);
    bool wholeDictionaryWord = false;
    bool personal = false;
    for (const ZxcMatch_t *m = info; m; m = m->Next) {
        const int type = m->Type & ~MULTIPLE_MATCH;
        if ((type == DICTIONARY_MATCH || type == DICT_LEET_MATCH)
            && m->Length >= static_cast<int>(std::strlen(passwd)) - 4)
            wholeDictionaryWord = true;
        if (type == USER_MATCH || type == USER_LEET_MATCH)
            personal = true;
    }
    ZxcvbnFreeInfo(info);
    result.score = scoreFor(result.entropyBits);

    if (result.entropyBits < MinEntropyBits) {
        if (wholeDictionaryWord)
            result.problem = Tr::tr(
                "The password is too common or too easy to guess. Use several unrelated words or "
                "a longer phrase.");
        else if (personal)
            result.problem = Tr::tr(
                "The password is built on your name or the company's name. Choose words that "
                "have nothing to do with them.");
        else
            result.problem = Tr::tr("The password is too easy to guess. Make it longer or less predictable.");
        return result;
    }
    result.acceptable = true;
    return result;
}

Result<void> PasswordPolicy::validate(const SecretBytes &password, const PasswordContext &context)
{
    const PasswordCheck c = check(password, context);
    if (!c.acceptable)
        return makeError(ErrorCode::WeakPassword, c.problem, QStringLiteral("password"));
    return {};
}

SecretBytes PasswordPolicy::generateTemporary()
{
    // 31 characters without 0/O, 1/i/l: about 4.95 bits each, 20 characters = 99 bits.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr int Groups = 4;
    constexpr int GroupLength = 5;
    constexpr std::size_t Length = Groups * GroupLength + (Groups - 1);
    constexpr unsigned AlphabetSize = sizeof alphabet - 1;
    SecretBytes out(Length);
    SecretBytes random(Length * 2);
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        return {};
    std::size_t r = 0;
    for (std::size_t i = 0; i < Length; ++i) {
        if (i % (GroupLength + 1) == GroupLength) {
            out.data()[i] = '-';
            continue;
        }
        // Rejection sampling keeps every character equally likely.
        std::uint8_t byte = 0;
        do {
            if (r == random.size()) {
                if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
                    return {};
                r = 0;
            }
            byte = random.data()[r++];
        } while (byte >= (256 / AlphabetSize) * AlphabetSize);
        out.data()[i] = static_cast<std::uint8_t>(alphabet[byte % AlphabetSize]);
    }
    return out;
}

} // namespace stockbook::security

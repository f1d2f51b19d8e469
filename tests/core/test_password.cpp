// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/PasswordPolicy.h"
#include "security/keys/Kdf.h"

#include <QSet>

using namespace stockbook;
using namespace stockbook::security;

namespace {

PasswordCheck checkText(QString text, const PasswordContext &context = {})
{
    SecretBytes bytes = passwordBytes(text);
    return PasswordPolicy::check(bytes, context);
}

const PasswordContext Anna{QStringLiteral("anna"), QStringLiteral("Anna Berger"),
                           QStringLiteral("Corner Shop")};

} // namespace

TEST_CASE("length is counted in code points after NFKC, 12 to 128")
{
    CHECK(checkText(QStringLiteral("kq7#vz!p2mw")).problem.contains(QStringLiteral("11 characters")));
    CHECK(checkText(QStringLiteral("kq7#vz!p2mwx")).acceptable);
    // Twelve characters of which each takes 2 to 4 bytes in UTF-8.
    CHECK(checkText(QStringLiteral("ßø€日本語한국어ж🙂🎉λ")).acceptable);
    // The ligature "ﬀ" becomes "ff" under NFKC: 11 signs, 12 characters.
    CHECK(checkText(QStringLiteral("ﬀq7#vz!p2mw")).acceptable);
    QString longest = QString(128, QLatin1Char('x'));
    for (int i = 0; i < 128; i += 3)
        longest[i] = QChar(u'a' + (i * 7) % 26);
    CHECK(checkText(longest).problem.isEmpty());
    CHECK(checkText(longest + QLatin1Char('y')).problem.contains(QStringLiteral("129 characters")));
}

TEST_CASE("common passwords and simple patterns are refused as too easy")
{
    for (const char *p : {"password1234", "qwertyuiopasdf", "123456789012", "iloveyou2026",
                          "Passw0rdPassw0rd", "aaaaaaaaaaaaaaa"}) {
        INFO(p);
        const PasswordCheck c = checkText(QString::fromLatin1(p));
        CHECK_FALSE(c.acceptable);
        CHECK(c.score <= 1);
        CHECK_FALSE(c.problem.isEmpty());
    }
}

TEST_CASE("the user name and the account's words are refused or count for little")
{
    const PasswordCheck withName = checkText(QStringLiteral("xx-anna-2026-xx"), Anna);
    CHECK_FALSE(withName.acceptable);
    CHECK(withName.problem.contains(QStringLiteral("user name")));

    const PasswordCheck company = checkText(QStringLiteral("CornerShopBerger"), Anna);
    const PasswordCheck plain = checkText(QStringLiteral("CornerShopBerger"));
    CHECK(company.entropyBits < plain.entropyBits);
    CHECK_FALSE(company.acceptable);
}

TEST_CASE("a passphrase of unrelated words is accepted and scores high")
{
    const PasswordCheck c = checkText(QStringLiteral("violet tractor umbrella fjord"));
    CHECK(c.acceptable);
    CHECK(c.score >= 3);
    CHECK(c.entropyBits >= PasswordPolicy::MinEntropyBits);
    CHECK(checkText(QStringLiteral("violet tractor")).entropyBits < c.entropyBits);
}

TEST_CASE("validate refuses with WeakPassword and the reason")
{
    QString text = QStringLiteral("password1234");
    SecretBytes bytes = passwordBytes(text);
    REQUIRE_ERROR(PasswordPolicy::validate(bytes, {}), ErrorCode::WeakPassword);
}

TEST_CASE("temporary passwords are random, well formed and pass the policy")
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const SecretBytes t = PasswordPolicy::generateTemporary();
        REQUIRE(t.size() == 23);
        const QByteArray text(reinterpret_cast<const char *>(t.data()), static_cast<qsizetype>(t.size()));
        CHECK(text[5] == '-');
        CHECK(text[11] == '-');
        CHECK(text[17] == '-');
        CHECK_FALSE(text.contains('0'));
        CHECK_FALSE(text.contains('l'));
        seen.insert(text);
        if (i < 20) // zxcvbn is the slow part; a sample is enough
            CHECK(PasswordPolicy::check(t, Anna).acceptable);
    }
    CHECK(seen.size() == 1000);
}

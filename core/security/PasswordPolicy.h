// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>
#include <QStringList>

namespace stockbook::security {

// Words that make a password easy to guess for this account: the user name,
// the full name and the company name.
struct PasswordContext {
    QString username;
    QString fullName;
    QString companyName;
};

struct PasswordCheck {
    bool acceptable = false;
    int score = 0;          // 0 (very weak) to 4 (very strong), for a live indicator
    double entropyBits = 0; // zxcvbn's estimate
    QString problem;        // why it is refused; empty when acceptable
};

// Passwords: 12 to 128 code points after NFKC normalisation, never truncated,
// and a strength floor estimated by Debian's libzxcvbn, whose dictionaries hold
// the common passwords.
class PasswordPolicy {
public:
    static constexpr int MinLength = 12;
    static constexpr int MaxLength = 128;
    // 40 bits is about 10^12 guesses: with the vault's scrypt at roughly 0.7 s
    // per guess and core, an offline attack needs thousands of core-years.
    // Below it zxcvbn mostly finds dictionary words with small changes.
    static constexpr double MinEntropyBits = 40.0;

    // password: UTF-8 of the NFKC-normalised text (passwordBytes() in Kdf.h).
    // Cheap enough for every keystroke.
    static PasswordCheck check(const SecretBytes &password, const PasswordContext &context);
    // WeakPassword with the reason, or ok.
    static Result<void> validate(const SecretBytes &password, const PasswordContext &context);

    // A random temporary password of 4 groups of 5 characters (about 99 bits)
    // from an alphabet without look-alikes, shown once and changed at first sign-in.
    static SecretBytes generateTemporary();
};

} // namespace stockbook::security

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>
#include <QStringView>

// The database key written out for a person to print and type back in.
//
// The 32 key bytes are base32 (RFC 4648 alphabet A-Z 2-7, no padding): 52
// characters, the last one carrying 1 bit and 4 zero bits. They are cut into
// 13 groups of 4, and each group gets a fifth, check character, so the key
// reads as 13 groups of 5 joined by '-':
//
//   PVNF2-...-AAAAx   (65 characters, 77 with the dashes)
//
// The check character of group g (1..13) makes the five symbols s0..s4 of the
// group satisfy  a*s0 + a^2*s1 + a^3*s2 + a^4*s3 + a^5*s4 = g  in GF(32)
// (polynomial x^5 + x^2 + 1, a = x). Because every weight is non-zero and no
// two neighbours have the same weight, any single mistyped character and any
// swap of two neighbouring characters in a group is caught, and the group named;
// because g is part of the sum, a group typed in the wrong place is caught too.
// All of this is checked before any decryption is tried.
namespace stockbook::security::RecoveryKey {

constexpr int GroupCount = 13;
constexpr int GroupSize = 5; // four key characters and one check character
constexpr int KeyCharacters = 52;

// "XXXXX-XXXXX-...": for showing once and printing. The caller drops the
// string as soon as it has been shown. InvalidArgument unless dek is 32 bytes.
Result<QString> encode(const SecretBytes &dek);

// The same text as ASCII in wiped memory, for a key the core hands to the
// programs to show once; the QString in between is wiped.
Result<SecretBytes> encodeAscii(const SecretBytes &secret);

// The 32-byte key back from what a person typed. Case does not matter; spaces
// and dashes are ignored; 0, 1 and 8 are read as O, I and B (base32 has no
// 0, 1 or 8). RecoveryKeyInvalid with a message naming the group that is
// wrong: a character that is not in the alphabet, a group of the wrong
// length, or a group whose check character does not match.
Result<SecretBytes> decode(QStringView text);

} // namespace stockbook::security::RecoveryKey

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

namespace stockbook {
class SecretBytes;
}

namespace stockbook::storage {

// What a file looks like from outside, before any key is tried. An encrypted
// Stockbook file is a whole number of 4096-byte pages of data that looks random
// (SQLCipher encrypts the header too); anything else can be told apart without
// a key, which gives each kind of wrong file its own message.
enum class FileKind {
    Missing,
    Empty,
    PlainSqlite,  // starts with "SQLite format 3\0"
    NotEncrypted, // first page does not look like encrypted data (text, zeros, another format)
    PartialPage,  // size not a multiple of the page size: cut off mid-page
    LooksEncrypted,
};

struct FileProbe {
    FileKind kind = FileKind::Missing;
    qint64 size = 0;
};

constexpr qint64 PageSize = 4096;

FileProbe probeFile(const QString &path);

// The page count that the file's own header records, read by decrypting the
// first page with key (SQLCipher 3 page format: 16-byte salt, AES-256-CBC
// body, IV in the 48 reserved bytes at the end). Used only after SQLite has
// called the file corrupt, to tell a file cut at a page boundary (fewer pages
// than the header promises) from one whose pages were altered. Returns 0 when
// the header cannot be read or does not decrypt to a valid SQLite header.
quint32 headerPageCount(const QString &path, const SecretBytes &key);

} // namespace stockbook::storage

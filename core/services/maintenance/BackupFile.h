// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace stockbook {

// The single-file backup container.
//
//   "STOCKBOOK-BACKUP\n"                 17 bytes, the magic
//   version                              4 bytes, big-endian (1)
//   manifest length, manifest            4 bytes big-endian, UTF-8 JSON
//   key file length, key file            8 bytes big-endian, the key vault (format 2)
//   database length, database            8 bytes big-endian, the SQLCipher file, still
//                                        encrypted with the company key
//   SHA-256 of every byte before it      32 bytes
//
// The manifest holds format, created_at, schema_version, audit_seq,
// audit_hash, keys_size, keys_sha256, database_size and database_sha256; it
// is readable without a key, so it names neither the company nor the file
// (backups written before also carry "company" and "file": ignored). The
// database part reveals nothing without a password from the key file or the
// company's recovery key. Specified byte by byte in docs/file-formats.md,
// "The backup file".
class BackupFile {
public:
    static constexpr int Version = 1;
    static const QByteArray Magic;

    // Writes the container to outPath atomically (QSaveFile), owner-only.
    // The manifest's sizes and checksums of the two parts are filled in here.
    static Result<void> write(const QString &outPath, QJsonObject manifest, const QByteArray &vault,
                              const QString &databasePath);

    struct Contents {
        QJsonObject manifest;
        QByteArray vault;
    };
    // Checks the container (magic, version, length, final checksum, the
    // checksum of each part) and extracts the database part to databaseOut
    // (created owner-only; it must not exist). A Damaged error's message is
    // the reason alone ("its final checksum does not match ..."), for the
    // caller to place in its own sentence; Io and FileNotFound are whole.
    static Result<Contents> read(const QString &backupPath, const QString &databaseOut);
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/BackupFile.h"

#include "Tr.h"
#include "storage/SafeFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

namespace stockbook {

const QByteArray BackupFile::Magic = QByteArrayLiteral("STOCKBOOK-BACKUP\n");

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 Chunk = qint64{1} << 20;
constexpr qint64 MaxManifest = qint64{1} << 20;
constexpr qint64 MaxVault = qint64{16} << 20;
constexpr int HashSize = 32;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}

Error damaged(const QString &why, const QString &detail = {})
{
    return makeError(ErrorCode::Damaged, why, {}, detail);
}

Error writeError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Io,
                     Tr::tr("The backup %1 could not be written. Check that you may write to the folder and "
                            "that the disk is not full, then try again.")
                         .arg(native(path)),
                     {}, detail);
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

} // namespace

Result<void> BackupFile::write(const QString &outPath, QJsonObject manifest, const QByteArray &vault,
                               const QString &databasePath)
{
    QFile db(databasePath);
    if (!db.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read.").arg(native(databasePath)), {},
                         db.errorString());
    const qint64 dbSize = db.size();
    {
        QCryptographicHash dbHash(QCryptographicHash::Sha256);
        if (!dbHash.addData(&db))
            return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read to the end.").arg(native(databasePath)),
                             {}, db.errorString());
        manifest.insert(QStringLiteral("database_size"), QString::number(dbSize));
        manifest.insert(QStringLiteral("database_sha256"), hex(dbHash.result()));
    }
    manifest.insert(QStringLiteral("format"), Version);
    manifest.insert(QStringLiteral("keys_size"), QString::number(vault.size()));
    manifest.insert(QStringLiteral("keys_sha256"),
                    hex(QCryptographicHash::hash(vault, QCryptographicHash::Sha256)));
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);

    QSaveFile out(outPath);
    // Never through a symbolic link, never over an existing file, owner-only.
    if (auto opened = storage::openOutputFile(out, storage::Replace::No); !opened.ok())
        return opened;
    QCryptographicHash whole(QCryptographicHash::Sha256);
    auto put = [&](const QByteArray &bytes) {
        whole.addData(bytes);
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(Magic) && put(be32(Version)) && put(be32(static_cast<quint32>(manifestBytes.size())))
        && put(manifestBytes) && put(be64(static_cast<quint64>(vault.size()))) && put(vault)
        && put(be64(static_cast<quint64>(dbSize)));
    if (ok && db.seek(0)) {
        qint64 copied = 0;
        while (ok && copied < dbSize) {
            const QByteArray chunk = db.read(std::min(Chunk, dbSize - copied));
            if (chunk.isEmpty())
                ok = false;
            else
                ok = put(chunk);
            copied += chunk.size();
        }
    } else {
        ok = false;
    }
    if (ok)
        ok = out.write(whole.result()) == HashSize;
    if (!ok) {
        out.cancelWriting();
        return writeError(outPath, out.errorString());
    }
    if (!out.commit())
        return writeError(outPath, out.errorString());
    return {};
}

Result<BackupFile::Contents> BackupFile::read(const QString &backupPath, const QString &databaseOut)
{
    QFile in(backupPath);
    if (!in.exists())
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The backup %1 does not exist. Check the path.").arg(native(backupPath)));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            Tr::tr("The backup %1 cannot be read. Check that you may read it.").arg(native(backupPath)), {},
            in.errorString());
    const qint64 size = in.size();
    const qint64 fixed = Magic.size() + 4 + 4 + 8 + 8 + HashSize;
    if (in.read(Magic.size()) != Magic)
        return damaged(Tr::tr("it is not a Stockbook backup (a backup starts with STOCKBOOK-BACKUP)."));
    const QByteArray header = in.read(8);
    if (header.size() != 8)
        return damaged(Tr::tr("it is incomplete: it ends inside its header."));
    const quint32 version = qFromBigEndian<quint32>(header.constData());
    if (version != static_cast<quint32>(Version))
        return damaged(
            Tr::tr("it is of backup format %1, which this version of Stockbook does not read. Restore it "
                   "with a newer Stockbook.")
                .arg(version));
    const qint64 manifestSize = qFromBigEndian<quint32>(header.constData() + 4);
    if (manifestSize > MaxManifest || manifestSize + fixed > size)
        return damaged(Tr::tr("it is incomplete or damaged: its manifest does not fit in the file."));
    const QJsonDocument doc = QJsonDocument::fromJson(in.read(manifestSize));
    if (!doc.isObject())
        return damaged(Tr::tr("its manifest is damaged."));
    Contents contents;
    contents.manifest = doc.object();
    const qint64 keysSize = contents.manifest.value(QStringLiteral("keys_size")).toString().toLongLong();
    const qint64 dbSize = contents.manifest.value(QStringLiteral("database_size")).toString().toLongLong();
    const qint64 expected = fixed + manifestSize + keysSize + dbSize;
    if (keysSize <= 0 || keysSize > MaxVault || dbSize <= 0)
        return damaged(Tr::tr("its manifest is damaged."));
    if (size < expected)
        return damaged(Tr::tr("it is incomplete: it has %1 bytes of %2, so it was cut short while it was "
                              "written or copied.")
                           .arg(size)
                           .arg(expected));
    if (size > expected)
        return damaged(Tr::tr("it has %1 bytes more than its manifest accounts for.").arg(size - expected));

    // The final checksum over everything before it: accidental damage anywhere.
    {
        if (!in.seek(0))
            return makeError(ErrorCode::Io, Tr::tr("The backup %1 cannot be read.").arg(native(backupPath)));
        QCryptographicHash whole(QCryptographicHash::Sha256);
        qint64 left = size - HashSize;
        while (left > 0) {
            const QByteArray chunk = in.read(std::min(Chunk, left));
            if (chunk.isEmpty())
                return makeError(ErrorCode::Io,
                                 Tr::tr("The backup %1 cannot be read to the end.").arg(native(backupPath)),
                                 {}, in.errorString());
            whole.addData(chunk);
            left -= chunk.size();
        }
        if (in.read(HashSize) != whole.result())
            return damaged(Tr::tr("its final checksum does not match its contents, so it was damaged or "
                                  "changed after it was written."),
                           QStringLiteral("SHA-256 mismatch"));
    }

    if (!in.seek(Magic.size() + 8 + manifestSize))
        return makeError(ErrorCode::Io, Tr::tr("The backup %1 cannot be read.").arg(native(backupPath)));
    if (qFromBigEndian<quint64>(in.read(8).constData()) != static_cast<quint64>(keysSize))
        return damaged(Tr::tr("its key file part does not have the size its manifest records."));
    contents.vault = in.read(keysSize);
    if (hex(QCryptographicHash::hash(contents.vault, QCryptographicHash::Sha256))
        != contents.manifest.value(QStringLiteral("keys_sha256")).toString())
        return damaged(Tr::tr("its key file part does not match the checksum recorded when it was made."));
    if (qFromBigEndian<quint64>(in.read(8).constData()) != static_cast<quint64>(dbSize))
        return damaged(Tr::tr("its database part does not have the size its manifest records."));

    QFile db(databaseOut);
    if (!db.open(QIODevice::NewOnly | QIODevice::WriteOnly) || !db.setPermissions(OwnerOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("%1 could not be created. Check that you may write to the folder.")
                             .arg(native(databaseOut)),
                         {}, db.errorString());
    QCryptographicHash dbHash(QCryptographicHash::Sha256);
    qint64 left = dbSize;
    while (left > 0) {
        const QByteArray chunk = in.read(std::min(Chunk, left));
        if (chunk.isEmpty() || db.write(chunk) != chunk.size()) {
            db.close();
            QFile::remove(databaseOut);
            return makeError(
                ErrorCode::Io,
                Tr::tr("The backup could not be unpacked to %1. Check that the disk is not full.")
                    .arg(native(databaseOut)),
                {}, db.errorString());
        }
        dbHash.addData(chunk);
        left -= chunk.size();
    }
    if (!db.flush()) {
        db.close();
        QFile::remove(databaseOut);
        return makeError(ErrorCode::Io,
                         Tr::tr("The backup could not be unpacked to %1. Check that the disk is not full.")
                             .arg(native(databaseOut)));
    }
    db.close();
    if (hex(dbHash.result()) != contents.manifest.value(QStringLiteral("database_sha256")).toString()) {
        QFile::remove(databaseOut);
        return damaged(Tr::tr("its database part does not match the checksum recorded when it was made."));
    }
    return contents;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/SafeFile.h"

#include "Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace stockbook::storage {

Result<void> checkOutputPath(const QString &path, Replace replace)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // isSymLink() looks at the link itself, so a dangling link counts too.
    if (info.isSymLink())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 is a symbolic link; Stockbook never writes through one. Choose the "
                                "real file or another name.")
                             .arg(shown),
                         QStringLiteral("file"));
    if (info.exists() && replace == Replace::No)
        return makeError(ErrorCode::FileExists,
                         Tr::tr("%1 already exists. Choose another name or confirm replacing it.").arg(shown),
                         QStringLiteral("file"));
    return {};
}

Result<void> openOutputFile(QSaveFile &file, Replace replace)
{
    if (auto allowed = checkOutputPath(file.fileName(), replace); !allowed.ok())
        return allowed;
    // QSaveFile writes a new temporary file and renames it over the target, so
    // the permissions set here are the final file's, whatever it had before.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(file.fileName()), reason),
                         QStringLiteral("file"));
    }
    return {};
}

} // namespace stockbook::storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// The one rule for every file Stockbook writes for a person (exports,
// reports, PDFs, backups): never through a symbolic link (a dangling one
// included), owner-only (0600) from creation, and an existing file replaced
// only when the caller says the person asked for it (the CLI's --force, the
// save dialog's confirmation).
#pragma once

#include "Result.h"

#include <QString>

class QSaveFile;

namespace stockbook::storage {

enum class Replace {
    No,  // an existing file is refused (ErrorCode::FileExists)
    Yes, // the person confirmed replacing it
};

// Ok when path may be written under the rule; otherwise an error naming the
// file: a symbolic link (ErrorCode::InvalidArgument, field "file") or an
// existing file with Replace::No (ErrorCode::FileExists, field "file").
Result<void> checkOutputPath(const QString &path, Replace replace);

// checkOutputPath, then opens file (constructed with the path) for writing
// with owner-only permissions. The caller writes and commits.
Result<void> openOutputFile(QSaveFile &file, Replace replace);

} // namespace stockbook::storage

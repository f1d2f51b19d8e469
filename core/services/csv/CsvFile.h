// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stockbook {

// One record of a CSV file and the line of the file it starts on (the header
// is line 1; a quoted field with line breaks makes the next record start
// further down).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// A problem found in a file, reported as "line N: reason".
struct CsvProblem {
    int line = 0;
    QString message;
    QString field; // the column concerned, when there is one
    QString text() const;
};

struct CsvDocument {
    QList<CsvRecord> records; // the header first; blank lines are skipped
    QList<CsvProblem> problems;
};

inline constexpr qsizetype CsvMaxFieldBytes = 64 * 1024;
inline constexpr qint64 CsvMaxFileBytes = 50LL * 1024 * 1024;

// RFC 4180 over Debian's libcsv in strict mode: quoted fields with commas,
// quotes ("") and line breaks inside, CRLF or LF line ends, UTF-8 with or
// without a byte order mark. Invalid UTF-8, NUL bytes, stray quotes,
// unterminated quotes and fields over CsvMaxFieldBytes are problems naming
// their line. A file over CsvMaxFileBytes is an error.
Result<CsvDocument> parseCsv(const QByteArray &data);

// One CSV line (CRLF-terminated), quoting a field only when it holds a comma,
// a quote, a line break or leading or trailing spaces.
QByteArray csvLine(const QStringList &fields);

} // namespace stockbook

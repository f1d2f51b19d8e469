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

// OWASP's rule against CSV formula injection, the one place it is written:
// a text cell that starts with '=', '+', '-', '@', a tab or a carriage return
// gets a single quote in front ("=SUM(A1)" becomes "'=SUM(A1)"), so a
// spreadsheet shows it as text instead of running it. Every CSV writer passes
// its text cells (names, SKUs, notes, labels) through it; cells the program
// formats from numbers (money, quantities, percentages, counts) do not go
// through it and stay numeric, so -7.35 and -7,35 are written as they are.
QString csvSafeText(const QString &text);

// One CSV line (CRLF-terminated), quoting a field only when it holds a comma,
// a quote, a line break or leading or trailing spaces.
QByteArray csvLine(const QStringList &fields);

} // namespace stockbook

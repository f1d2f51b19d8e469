// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Golden files: an output compared byte for byte with a file kept in
// tests/golden/<case>/ (STOCKBOOK_GOLDEN_DIR). On a difference the check
// fails with a short unified diff of the first differing lines and keeps the
// whole output under STOCKBOOK_GOLDEN_ACTUAL_DIR/<case>/ for a closer look.
//
// STOCKBOOK_UPDATE_GOLDEN=1 rewrites the files instead of comparing (see
// tests/golden/README.md); every figure in a rewritten file is then checked by
// hand before it is committed.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <string>

namespace stockbook::test {

// One folder of tests/golden: its name and the command's arguments
// (without --db, --user and --password-stdin, which test_cli_golden adds).
struct GoldenCase {
    QString name;
    QStringList arguments;
};

// Every folder of tests/golden that holds a `command` file, by name. The
// file's first line that is neither empty nor a # comment is the command;
// "{file}" in it stands for a file the command writes, whose bytes are
// compared instead of stdout.
inline QList<GoldenCase> goldenCases()
{
    QList<GoldenCase> cases;
    const QDir root(QStringLiteral(STOCKBOOK_GOLDEN_DIR));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile command(root.filePath(name + QStringLiteral("/command")));
        if (!command.open(QIODevice::ReadOnly))
            continue;
        for (const QString &line : QString::fromUtf8(command.readAll()).split(QLatin1Char('\n'))) {
            const QString text = line.trimmed();
            if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
                continue;
            cases.append({name, text.split(QLatin1Char(' '), Qt::SkipEmptyParts)});
            break;
        }
    }
    return cases;
}

inline bool updatingGolden()
{
    return qEnvironmentVariable("STOCKBOOK_UPDATE_GOLDEN") == QLatin1String("1");
}

inline QString goldenDir(const QString &caseName)
{
    return QStringLiteral(STOCKBOOK_GOLDEN_DIR "/") + caseName;
}

// One line of a golden file as a diff shows it: a carriage return as \r and
// the byte order mark as <BOM>, so that the bytes that differ can be seen.
inline std::string goldenVisible(const QByteArray &line)
{
    QByteArray text = line;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.replace(0, 3, "<BOM>");
    text.replace("\r", "\\r");
    text.replace("\t", "\\t");
    return text.toStdString();
}

// The lines of a file, split at '\n' ("a\r\nb" is "a\r" and "b"); a last
// line without '\n' is marked as such.
inline QList<QByteArray> goldenLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (lines.constLast().isEmpty())
        lines.removeLast();
    else
        lines.last().append(" <no newline at end of file>");
    return lines;
}

// A unified diff of the stretch from the first differing line to the last,
// with two lines of context around it and at most 12 lines of each side.
inline std::string goldenDiff(const QByteArray &expected, const QByteArray &actual,
                              const QString &expectedName, const QString &actualName)
{
    const QList<QByteArray> e = goldenLines(expected);
    const QList<QByteArray> a = goldenLines(actual);
    qsizetype first = 0;
    while (first < e.size() && first < a.size() && e[first] == a[first])
        ++first;
    qsizetype endE = e.size();
    qsizetype endA = a.size();
    while (endE > first && endA > first && e[endE - 1] == a[endA - 1]) {
        --endE;
        --endA;
    }
    constexpr qsizetype context = 2;
    constexpr qsizetype shown = 12;
    const qsizetype from = std::max<qsizetype>(0, first - context);
    std::string out = "--- " + expectedName.toStdString() + "\n+++ " + actualName.toStdString() + "\n";
    out += "@@ -" + std::to_string(first + 1) + "," + std::to_string(endE - first) + " +"
        + std::to_string(first + 1) + "," + std::to_string(endA - first) + " @@ first difference on line "
        + std::to_string(first + 1) + "\n";
    for (qsizetype i = from; i < first; ++i)
        out += " " + goldenVisible(e[i]) + "\n";
    for (qsizetype i = first; i < endE && i < first + shown; ++i)
        out += "-" + goldenVisible(e[i]) + "\n";
    if (endE - first > shown)
        out += "-... (" + std::to_string(endE - first - shown) + " more lines)\n";
    for (qsizetype i = first; i < endA && i < first + shown; ++i)
        out += "+" + goldenVisible(a[i]) + "\n";
    if (endA - first > shown)
        out += "+... (" + std::to_string(endA - first - shown) + " more lines)\n";
    for (qsizetype i = endE; i < e.size() && i < endE + context; ++i)
        out += " " + goldenVisible(e[i]) + "\n";
    return out;
}

// Compares `actual` with tests/golden/<caseName>/<fileName> (or, with
// STOCKBOOK_UPDATE_GOLDEN=1, writes it there). A CHECK: the other cases of
// the test still run after a difference.
inline void checkGolden(const QString &caseName, const QByteArray &actual,
                        const QString &fileName = QStringLiteral("expected.csv"))
{
    const QString path = goldenDir(caseName) + QLatin1Char('/') + fileName;
    INFO("golden case " << caseName.toStdString());
    if (updatingGolden()) {
        REQUIRE(QDir().mkpath(goldenDir(caseName)));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(actual) == actual.size());
        WARN("STOCKBOOK_UPDATE_GOLDEN=1: rewrote " << path.toStdString()
                                                   << "; check its figures by hand before committing it");
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FAIL_CHECK("There is no golden file " << path.toStdString()
                                              << ". Run the test with STOCKBOOK_UPDATE_GOLDEN=1 to write it, "
                                                 "then check its figures by hand.");
        return;
    }
    const QByteArray expected = file.readAll();
    const bool same = expected == actual;
    std::string diff;
    if (!same) {
        // The whole output, for a closer look or to copy over the golden file.
        const QString keptDir = QStringLiteral(STOCKBOOK_GOLDEN_ACTUAL_DIR "/") + caseName;
        const QString kept = keptDir + QLatin1Char('/') + fileName;
        QFile out(kept);
        if (QDir().mkpath(keptDir) && out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual);
        diff = "The output differs from the golden file (" + std::to_string(expected.size())
            + " bytes expected, " + std::to_string(actual.size()) + " written):\n"
            + goldenDiff(expected, actual, QFileInfo(path).absoluteFilePath(), kept);
    }
    INFO(diff);
    CHECK(same);
}

} // namespace stockbook::test

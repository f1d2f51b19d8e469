// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/csv/CsvFile.h"

#include "Tr.h"

#include <QStringDecoder>

#include <csv.h>

#include <cstring>

namespace stockbook {

QString CsvProblem::text() const
{
    return Tr::tr("line %1: %2").arg(line).arg(message);
}

namespace {

struct ParseState {
    CsvDocument doc;
    QStringList fields;
    int line = 1; // the line the parser is on
    int rowStart = 1;
    bool previousWasCr = false;
    bool rowBad = false;
    bool tooBig = false;

    void problem(int at, const QString &message)
    {
        if (!rowBad)
            doc.problems.append({at, message, {}});
        rowBad = true;
    }
};

void onField(void *data, size_t len, void *user)
{
    auto *st = static_cast<ParseState *>(user);
    const char *bytes = static_cast<const char *>(data);
    if (st->fields.isEmpty() && !st->rowBad)
        st->rowStart = st->line;
    st->previousWasCr = false;
    int breaks = 0;
    for (size_t i = 0; i < len; ++i) {
        if (bytes[i] == '\n')
            ++breaks;
    }
    const int fieldLine = st->rowStart;
    st->line += breaks;
    if (static_cast<qsizetype>(len) > CsvMaxFieldBytes) {
        st->problem(fieldLine,
                    Tr::tr("A field is longer than %1 KiB; shorten it.").arg(CsvMaxFieldBytes / 1024));
        st->fields.append(QString());
        return;
    }
    if (len > 0 && std::memchr(bytes, '\0', len) != nullptr) {
        st->problem(fieldLine, Tr::tr("The file holds a NUL byte; it is not a text file."));
        st->fields.append(QString());
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(QByteArrayView(bytes, static_cast<qsizetype>(len)));
    if (decoder.hasError()) {
        st->problem(fieldLine, Tr::tr("The text is not valid UTF-8; save the file as UTF-8."));
        text.clear();
    }
    st->fields.append(text);
}

void onRow(int terminator, void *user)
{
    auto *st = static_cast<ParseState *>(user);
    if (!st->fields.isEmpty() || st->rowBad) {
        const bool blank = st->fields.size() == 1 && st->fields.constFirst().isEmpty();
        if (!blank && !st->rowBad)
            st->doc.records.append({st->rowStart, st->fields});
        st->fields.clear();
        st->rowBad = false;
    }
    if (terminator == '\r') {
        ++st->line;
        st->previousWasCr = true;
    } else if (terminator == '\n') {
        if (!st->previousWasCr)
            ++st->line;
        st->previousWasCr = false;
    }
    st->rowStart = st->line;
}

int lineAt(const QByteArray &data, qsizetype end)
{
    int line = 1;
    for (qsizetype i = 0; i < end && i < data.size(); ++i) {
        if (data.at(i) == '\n')
            ++line;
    }
    return line;
}

} // namespace

Result<CsvDocument> parseCsv(const QByteArray &input)
{
    if (input.size() > CsvMaxFileBytes)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The file is larger than %1 MB; split it into smaller files.")
                             .arg(CsvMaxFileBytes / (1024 * 1024)),
                         QStringLiteral("file"));
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
        return makeError(ErrorCode::Io, Tr::tr("Out of memory while reading the file."));
    // libcsv grows its field buffer by a fixed block (128 bytes by default):
    // a 10 MB field took 80,000 reallocations, quadratic copying. 1 MiB
    // blocks keep it to a few.
    csv_set_blk_size(&parser, 1024 * 1024);
    // Spaces belong to the field; the services trim where a rule says so.
    csv_set_space_func(&parser, [](unsigned char) -> int { return 0; });
    ParseState state;
    const size_t parsed = csv_parse(&parser, data.constData(), static_cast<size_t>(data.size()), onField,
                                    onRow, &state);
    if (parsed != static_cast<size_t>(data.size()) || csv_error(&parser) != CSV_SUCCESS) {
        const int at = lineAt(data, static_cast<qsizetype>(parsed));
        state.doc.problems.append({at,
                                   Tr::tr("A quote is misplaced: quote the whole field and double any quote "
                                          "inside it (\"\")."),
                                   {}});
        csv_free(&parser);
        return std::move(state.doc);
    }
    if (csv_fini(&parser, onField, onRow, &state) != 0) {
        state.doc.problems.append(
            {state.rowStart, Tr::tr("A quoted field is not closed before the end of the file."), {}});
    }
    csv_free(&parser);
    return std::move(state.doc);
}

QString csvSafeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString &f = fields.at(i);
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')
            || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        QByteArray bytes = f.toUtf8();
        if (quote) {
            bytes.replace("\"", "\"\"");
            out.append('"').append(bytes).append('"');
        } else {
            out.append(bytes);
        }
    }
    out.append("\r\n");
    return out;
}

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/SqlError.h"

#include "Tr.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstring>

namespace stockbook::storage {

namespace {

QString after(const QString &text, QLatin1String prefix)
{
    const qsizetype at = text.indexOf(prefix);
    return at < 0 ? text : text.mid(at + prefix.size()).trimmed();
}

QString withContext(const QString &context, const QString &message)
{
    return context.isEmpty() ? message : context + QStringLiteral(": ") + message;
}

} // namespace

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

bool isPostgresError(const QSqlError &error)
{
    return error.driverText().startsWith(QLatin1String("QPSQL")) || error.nativeErrorCode().size() == 5;
}

QString postgresPrimaryMessage(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char *severity : {"ERROR:", "FATAL:", "PANIC:"}) {
        if (line.startsWith(QLatin1String(severity))) {
            line = line.mid(qsizetype(std::strlen(severity))).trimmed();
            break;
        }
    }
    // Verbose messages put the SQLSTATE first: "23505: duplicate key ...".
    static const QRegularExpression state(QStringLiteral("^[0-9A-Z]{5}: "));
    line.remove(state);
    // QPSQL appends "(SQLSTATE)" to a one-line message.
    static const QRegularExpression suffix(QStringLiteral("\\([0-9A-Z]{5}\\)$|\\(\\)$"));
    line.remove(suffix);
    return line.trimmed();
}

namespace {

// "TABLE NAME:  products" in a verbose message; empty when absent.
QString verboseField(const QString &text, QLatin1String name)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(name) && trimmed.mid(name.size()).startsWith(QLatin1Char(':')))
            return trimmed.mid(name.size() + 1)
                .trimmed()
                .remove(QRegularExpression(QStringLiteral("\\(\\w*\\)$")));
    }
    return {};
}

// The text between the first pair of double quotes after marker.
QString quotedAfter(const QString &text, QLatin1String marker)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype open = text.indexOf(QLatin1Char('"'), at + marker.size());
    const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('"'), open + 1);
    return close < 0 ? QString() : text.mid(open + 1, close - open - 1);
}

bool connectionClosed(const QString &text)
{
    for (const char *sign :
         {"server closed the connection", "terminating connection", "no connection to the server",
          "connection to server was lost", "could not send data to server",
          "could not receive data from server", "connection not open", "SSL SYSCALL error",
          "SSL connection has been closed", "Database not open"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Error errorFromPostgres(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();
    const QString primary = postgresPrimaryMessage(text);
    const QString detail = QStringLiteral("%1 (SQLSTATE %2)")
                               .arg(text.trimmed().isEmpty() ? error.driverText() : text.trimmed(),
                                    state.isEmpty() ? QStringLiteral("none") : state);
    const QString constraint = [&] {
        const QString field = verboseField(text, QLatin1String("CONSTRAINT NAME"));
        return field.isEmpty() ? quotedAfter(text, QLatin1String("constraint")) : field;
    }();
    const QString table = [&] {
        const QString field = verboseField(text, QLatin1String("TABLE NAME"));
        return field.isEmpty() ? quotedAfter(text, QLatin1String("relation")) : field;
    }();

    if (state == QLatin1String("23505")) {
        // "DETAIL:  Key (sku)=(A-1) already exists." names the columns.
        QString field = constraint;
        static const QRegularExpression key(QStringLiteral("Key \\(([^)]*)\\)="));
        const QRegularExpressionMatch m = key.match(text);
        if (m.hasMatch() && !table.isEmpty()) {
            QStringList columns = m.captured(1).split(QLatin1Char(','));
            for (QString &column : columns)
                column = table + QLatin1Char('.') + column.trimmed();
            field = columns.join(QStringLiteral(", "));
        }
        return makeError(ErrorCode::ConstraintUnique,
                         withContext(context,
                                     Tr::tr("The value of %1 is already used by another record; "
                                            "enter a different one.")
                                         .arg(field)),
                         field, detail);
    }
    if (state == QLatin1String("23514"))
        return makeError(
            ErrorCode::ConstraintCheck,
            withContext(context,
                        Tr::tr("A value breaks the rule %1; correct it and try again.").arg(constraint)),
            constraint, detail);
    if (state == QLatin1String("23502")) {
        QString column = verboseField(text, QLatin1String("COLUMN NAME"));
        if (column.isEmpty())
            column = quotedAfter(text, QLatin1String("column"));
        const QString field = table.isEmpty() ? column : table + QLatin1Char('.') + column;
        return makeError(ErrorCode::ConstraintNotNull,
                         withContext(context, Tr::tr("%1 is required; fill it in and try again.").arg(field)),
                         field, detail);
    }
    if (state == QLatin1String("23503"))
        return makeError(ErrorCode::ConstraintForeignKey,
                         withContext(context,
                                     Tr::tr("The change refers to a record that does not exist, or removes "
                                            "a record that others still refer to.")),
                         constraint.isEmpty() ? QStringLiteral("FOREIGN KEY") : constraint, detail);
    if (state == QLatin1String("P0001"))
        return makeError(ErrorCode::ConstraintTrigger,
                         withContext(context, Tr::tr("The change is not allowed: %1.").arg(primary)), primary,
                         detail);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return makeError(ErrorCode::Conflict,
                         withContext(context,
                                     Tr::tr("Another workstation changed the same data at the same moment; "
                                            "nothing was saved. Try again.")),
                         {}, detail);
    if (state == QLatin1String("42501"))
        return makeError(
            ErrorCode::PermissionDenied,
            withContext(context,
                        Tr::tr("The server refused this for your role (%1). Ask an administrator "
                               "if you need it.")
                            .arg(primary)),
            {}, detail);
    if (state == QLatin1String("57P01") || state == QLatin1String("57P02") || state == QLatin1String("57P03")
        || state.startsWith(QLatin1String("08")) || (state.isEmpty() && connectionClosed(text)))
        return makeError(ErrorCode::ConnectionLost,
                         withContext(context,
                                     Tr::tr("The connection to the server was lost; nothing was saved. Try "
                                            "again.")),
                         {}, detail);
    return makeError(ErrorCode::Sql,
                     withContext(context, Tr::tr("The database reported an error: %1").arg(primary)), {},
                     detail);
}

Error errorFromSql(const QSqlError &error, const QString &context)
{
    if (isPostgresError(error))
        return errorFromPostgres(error, context);
    const int code = nativeCode(error);
    const QString text = error.databaseText();
    const QString detail = QStringLiteral("%1 (SQLite code %2)").arg(error.text().trimmed()).arg(code);
    switch (code) {
    case sqlite_code::ConstraintUnique:
    case sqlite_code::ConstraintPrimaryKey: {
        const QString field = after(text, QLatin1String("constraint failed:"));
        return makeError(ErrorCode::ConstraintUnique,
                         withContext(context,
                                     Tr::tr("The value of %1 is already used by another record; "
                                            "enter a different one.")
                                         .arg(field)),
                         field, detail);
    }
    case sqlite_code::ConstraintCheck: {
        const QString field = after(text, QLatin1String("constraint failed:"));
        return makeError(
            ErrorCode::ConstraintCheck,
            withContext(context, Tr::tr("A value breaks the rule %1; correct it and try again.").arg(field)),
            field, detail);
    }
    case sqlite_code::ConstraintNotNull: {
        const QString field = after(text, QLatin1String("constraint failed:"));
        return makeError(ErrorCode::ConstraintNotNull,
                         withContext(context, Tr::tr("%1 is required; fill it in and try again.").arg(field)),
                         field, detail);
    }
    case sqlite_code::ConstraintForeignKey:
        return makeError(ErrorCode::ConstraintForeignKey,
                         withContext(context,
                                     Tr::tr("The change refers to a record that does not exist, or removes "
                                            "a record that others still refer to.")),
                         QStringLiteral("FOREIGN KEY"), detail);
    case sqlite_code::ConstraintTrigger:
        return makeError(ErrorCode::ConstraintTrigger,
                         withContext(context, Tr::tr("The change is not allowed: %1.").arg(text)), text,
                         detail);
    default:
        break;
    }
    switch (code & 0xff) {
    case sqlite_code::Corrupt:
    case sqlite_code::NotADb:
        return makeError(ErrorCode::Damaged,
                         withContext(context,
                                     Tr::tr("The company file is damaged: a page failed its integrity check. "
                                            "Restore the latest backup.")),
                         {}, detail);
    case sqlite_code::Busy:
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Busy,
                         withContext(context,
                                     Tr::tr("The company file is busy with another change; try again in a "
                                            "moment.")),
                         {}, detail);
    default:
        break;
    }
    return makeError(ErrorCode::Sql,
                     withContext(context, Tr::tr("The database reported an error: %1").arg(text)), {},
                     detail);
}

} // namespace stockbook::storage

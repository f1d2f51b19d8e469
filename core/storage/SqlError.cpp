// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/SqlError.h"

#include "Tr.h"

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

Error errorFromSql(const QSqlError &error, const QString &context)
{
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

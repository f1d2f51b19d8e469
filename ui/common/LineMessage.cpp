// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/LineMessage.h"

#include <QRegularExpression>

namespace stockbook::ui {

QString withoutLineNumber(const QString &message, int lineNumber)
{
    // One word, the number and a colon, with or without spaces around it:
    // the forms the translations of "Line %1: …" take.
    const QRegularExpression ownPrefix(QStringLiteral("^\\S+\\s+%1\\s*:\\s*").arg(lineNumber));
    return QString(message).remove(ownPrefix);
}

} // namespace stockbook::ui

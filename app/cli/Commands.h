// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stockbook::cli {

// One CLI command: a name, a line of help and execute(), which returns the
// exit code. arguments[0] is the command name itself.
struct Command {
    QString name;
    QString summary;
    int (*execute)(const QStringList &arguments);
};

QList<Command> commands();

} // namespace stockbook::cli

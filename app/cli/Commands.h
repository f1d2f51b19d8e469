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

// The built-in commands, then those registered by the area files
// (cli/*Commands.cpp), each with a static CommandRegistration:
//
//     static const CommandRegistration reg{{QStringLiteral("stock"), tr("..."), &stockCommand}};
struct CommandRegistration {
    explicit CommandRegistration(const Command &command);
};

QList<Command> commands();

} // namespace stockbook::cli

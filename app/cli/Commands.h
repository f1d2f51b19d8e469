// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stockbook::cli {

// One CLI command: a name, a line of help and execute(), which returns the
// exit code. arguments[0] is the command name itself. The summary is the
// untranslated text, marked with QT_TRANSLATE_NOOP("stockbook::cli", ...):
// registrations run before the translators are installed, so it is
// translated where it is printed.
struct Command {
    QString name;
    const char *summary;
    int (*execute)(const QStringList &arguments);
};

// The built-in commands, then those registered by the area files
// (cli/*Commands.cpp), each with a static CommandRegistration:
//
//     static const CommandRegistration reg{
//         {QStringLiteral("stock"), QT_TRANSLATE_NOOP("stockbook::cli", "..."), &stockCommand}};
struct CommandRegistration {
    explicit CommandRegistration(const Command &command);
};

QList<Command> commands();

} // namespace stockbook::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace stockbook::ui {

// A live strength meter for a new password and its confirmation: a bar with
// the policy's score and a line saying why the password is refused (or that
// it is fine). The rules themselves are PasswordPolicy's; this only shows them.
class PasswordStrength : public QWidget {
    Q_OBJECT

public:
    PasswordStrength(QLineEdit *password, QLineEdit *repeat, QWidget *parent = nullptr);

    void setContext(const security::PasswordContext &context);
    // Acceptable to the policy and typed the same twice.
    bool isAcceptable() const { return m_acceptable; }
    QString problem() const { return m_problem; }

    // The rules, as one sentence for a label beside the fields.
    static QString rulesText();

signals:
    void changed();

private:
    void evaluate();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QProgressBar *m_bar;
    QLabel *m_verdict;
    security::PasswordContext m_context;
    bool m_acceptable = false;
    QString m_problem;
};

// The UTF-8 of the NFKC-normalised text of a password field, which is then
// wiped and cleared with its undo history (wipeField). Call it before the KDF
// runs. What Qt copied elsewhere while the password was typed cannot be
// reached from here: see SECURITY.md.
SecretBytes takePassword(QLineEdit *field);
// The same without clearing the field (for the live estimate).
SecretBytes peekPassword(const QLineEdit *field);
// Overwrites the characters the field holds, then empties it and its undo
// history (isUndoAvailable() is false afterwards).
void wipeField(QLineEdit *field);

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/PasswordStrength.h"

#include "security/keys/Kdf.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace stockbook::ui {

SecretBytes peekPassword(const QLineEdit *field)
{
    QString text = field->text();
    return security::passwordBytes(text);
}

void wipeField(QLineEdit *field)
{
    // text() shares the buffer the field's line control holds (implicit
    // sharing), so writing through this handle overwrites the field's own
    // characters, and the spare capacity around them where characters typed
    // and then deleted may still sit. Copies made by detaching (what
    // passwordBytes() wipes) never reach that buffer. A string of static
    // data (a literal given to setText) is read-only and holds no typed text.
    const QString held = field->text();
    const auto &d = held.data_ptr();
    if (d.isMutable()) {
        auto *start = const_cast<char16_t *>(d.data()) - d.freeSpaceAtBegin();
        SecretBytes::cleanse(start, static_cast<std::size_t>(d.constAllocatedCapacity()) * sizeof(char16_t));
    }
    // setText, unlike clear(), drops the undo history instead of recording the
    // removal of every character in it.
    field->setText(QString());
}

SecretBytes takePassword(QLineEdit *field)
{
    SecretBytes bytes = peekPassword(field);
    wipeField(field);
    return bytes;
}

PasswordStrength::PasswordStrength(QLineEdit *password, QLineEdit *repeat, QWidget *parent)
    : QWidget(parent), m_password(password), m_repeat(repeat)
{
    setObjectName(QStringLiteral("passwordStrength"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("passwordStrengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Password strength"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("passwordVerdict"));
    m_verdict->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_verdict);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordStrength::evaluate);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordStrength::evaluate);
    evaluate();
}

void PasswordStrength::setContext(const security::PasswordContext &context)
{
    m_context = context;
    evaluate();
}

QString PasswordStrength::rulesText()
{
    return tr("Use %1 to %2 characters that are hard to guess: a few unrelated words work well. Your name "
              "and "
              "the company's name do not count.")
        .arg(security::PasswordPolicy::MinLength)
        .arg(security::PasswordPolicy::MaxLength);
}

void PasswordStrength::evaluate()
{
    const bool empty = m_password->text().isEmpty();
    const security::PasswordCheck check = security::PasswordPolicy::check(peekPassword(m_password),
                                                                          m_context);
    m_bar->setValue(empty ? 0 : check.score);
    const QStringList labels{tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"), tr("Very strong")};
    const QString strength = labels.value(check.score);

    if (empty) {
        m_problem = tr("Enter a new password.");
        m_verdict->setText(m_problem);
    } else if (!check.acceptable) {
        m_problem = check.problem;
        m_verdict->setText(tr("%1: %2").arg(strength, check.problem));
    } else if (m_password->text() != m_repeat->text()) {
        m_problem = tr("The two passwords differ. Type the same password twice.");
        m_verdict->setText(tr("%1. %2").arg(strength, m_problem));
    } else {
        m_problem.clear();
        m_verdict->setText(tr("%1. This password can be used.").arg(strength));
    }
    m_acceptable = m_problem.isEmpty();
    emit changed();
}

} // namespace stockbook::ui

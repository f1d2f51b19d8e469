// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "lock/LockWidget.h"

#include "common/Forms.h"
#include "common/PasswordStrength.h"
#include "services/accounts/CompanyService.h"

#include <QApplication>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

LockWidget::LockWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockWidget"));
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("lockIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stockbook.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    m_title = new QLabel(tr("Stockbook is locked"), this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignHCenter);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("lockUserLabel"));
    m_userLabel->setAlignment(Qt::AlignHCenter);
    m_userLabel->setWordWrap(true);

    m_keptLabel = new QLabel(this);
    m_keptLabel->setObjectName(QStringLiteral("lockKeptLabel"));
    m_keptLabel->setAlignment(Qt::AlignHCenter);
    m_keptLabel->setWordWrap(true);
    m_keptLabel->setVisible(false);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("lockUsernameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    addFormRow(form, tr("&User name:"), m_username);
    addFormRow(form, tr("&Password:"), m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_unlock = new QPushButton(tr("U&nlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switch = new QPushButton(tr("S&witch user"), this);
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    m_switch->setCheckable(true);
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    connect(m_unlock, &QPushButton::clicked, this, &LockWidget::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockWidget::unlock);
    connect(m_switch, &QPushButton::toggled, this, &LockWidget::setSwitching);
    connect(signOut, &QPushButton::clicked, this, &LockWidget::signOutRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(icon);
    column->addWidget(m_title);
    column->addWidget(m_userLabel);
    column->addWidget(m_keptLabel);
    column->addLayout(form);
    column->addWidget(m_message);
    column->addLayout(buttons);
    auto *holder = new QWidget(this);
    holder->setObjectName(QStringLiteral("lockColumn"));
    holder->setLayout(column);
    holder->setMaximumWidth(460);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(holder, 10);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

void LockWidget::prepare(const QString &path, const QString &username, Reason reason, const QString &kept)
{
    m_path = path;
    m_lockedUser = username;
    m_reason = reason;
    m_keptLabel->setText(kept);
    m_keptLabel->setVisible(!kept.isEmpty());
    m_opened.reset();
    m_message->setVisible(false);
    wipeField(m_password);
    m_switch->setChecked(false);
    setSwitching(false);
}

void LockWidget::setSwitching(bool switching)
{
    m_username->setText(switching ? QString() : m_lockedUser);
    m_username->setReadOnly(!switching);
    if (switching)
        m_userLabel->setText(tr("Another user signs in with their own password."));
    else if (m_reason == Reason::Manual)
        m_userLabel->setText(tr("%1 locked the window. %1, enter your password to go on.").arg(m_lockedUser));
    else
        m_userLabel->setText(
            tr("Locked after a time without activity. %1, enter your password to go on.").arg(m_lockedUser));
    // The button says what it does: the same user unlocks, another signs in.
    m_unlock->setText(switching ? tr("S&ign in") : tr("U&nlock"));
    (switching ? m_username : m_password)->setFocus();
}

void LockWidget::unlock()
{
    if (m_path.isEmpty())
        return;
    const QString username = m_username->text().trimmed();
    SecretBytes password = takePassword(m_password);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = CompanyService::signIn(m_path, username, password, m_clock);
    QApplication::restoreOverrideCursor();
    password.clear();
    if (!opened.ok()) {
        m_message->setText(opened.error().message);
        m_message->setVisible(true);
        m_password->setFocus();
        return;
    }
    const bool changed = CompanyService::slotName(username) != CompanyService::slotName(m_lockedUser);
    m_opened = std::move(opened).value();
    emit unlocked(changed);
}

} // namespace stockbook::ui

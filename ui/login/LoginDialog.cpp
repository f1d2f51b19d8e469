// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "login/LoginDialog.h"

#include "common/Forms.h"
#include "common/PasswordStrength.h"
#include "services/accounts/CompanyService.h"
#include "storage/Location.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace stockbook::ui {

LoginDialog::LoginDialog(const QString &companyPath, Clock clock, QWidget *parent)
    : QDialog(parent), m_path(companyPath), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("loginDialog"));
    // A company on a server is named by its address (never a password; the
    // address holds none), a company file by its path.
    auto location = storage::Location::parse(companyPath);
    const bool onServer = location.ok() && location->isServer();
    QLabel *file = nullptr;
    if (onServer) {
        setWindowTitle(tr("Sign in to %1").arg(location->serverAddress().database));
        file = new QLabel(tr("Company on a server: %1").arg(location->displayName()), this);
    } else {
        setWindowTitle(tr("Sign in to %1").arg(QFileInfo(companyPath).completeBaseName()));
        file = new QLabel(tr("Company file: %1").arg(QDir::toNativeSeparators(companyPath)), this);
    }
    file->setObjectName(QStringLiteral("loginFileLabel"));
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->installEventFilter(this);

    m_capsLock = new QLabel(tr("Caps Lock seems to be on."), this);
    m_capsLock->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsLock->setVisible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setAccessibleName(tr("Sign-in message"));

    auto *form = new QFormLayout;
    addFormRow(form, tr("&User name:"), m_username);
    addFormRow(form, tr("&Password:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("loginButtons"));
    m_signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("loginCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);

    m_countdown = new QTimer(this);
    m_countdown->setObjectName(QStringLiteral("throttleTimer"));
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::tick);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(form);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateButton();
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<CompanySession> LoginDialog::takeCompany()
{
    return std::move(m_company);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

bool LoginDialog::capsLockWarningShown() const
{
    return !m_capsLock->isHidden();
}

bool LoginDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            const bool on = text.at(0).isUpper() != shift;
            if (on != !m_capsLock->isHidden()) {
                m_capsLock->setVisible(on);
                fitHeight();
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LoginDialog::updateButton()
{
    m_signIn->setEnabled(m_secondsLeft == 0 && !m_username->text().trimmed().isEmpty()
                         && !m_password->text().isEmpty());
}

void LoginDialog::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    SecretBytes password = takePassword(m_password);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = CompanyService::signIn(m_path, m_username->text(), password, m_clock);
    QApplication::restoreOverrideCursor();
    password.clear();
    if (!opened.ok()) {
        showError(opened.error());
        m_password->setFocus();
        return;
    }
    m_company = std::move(opened).value();
    accept();
}

void LoginDialog::showMessageText(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
    fitHeight();
}

void LoginDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void LoginDialog::showError(const Error &error)
{
    showMessageText(error.message);
    if (error.code == ErrorCode::Throttled)
        startCountdown(error.field.toInt());
}

void LoginDialog::startCountdown(int seconds)
{
    m_secondsLeft = qMax(seconds, 1);
    m_countdown->start();
    m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
    updateButton();
}

void LoginDialog::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown->stop();
        m_signIn->setText(tr("&Sign in"));
        showMessageText(tr("You can try again now."));
    } else {
        m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
        showMessageText(
            tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, m_secondsLeft));
    }
    updateButton();
}

} // namespace stockbook::ui

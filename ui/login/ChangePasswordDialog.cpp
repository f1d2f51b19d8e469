// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "login/ChangePasswordDialog.h"

#include "common/Forms.h"
#include "common/PasswordStrength.h"
#include "services/CompanySession.h"
#include "services/accounts/UsersService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

ChangePasswordDialog::ChangePasswordDialog(CompanySession &company, bool required, QWidget *parent)
    : QDialog(parent), m_company(company)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(required ? tr("Choose your own password") : tr("Change password"));

    auto *intro = new QLabel(required
                                 ? tr("%1, you signed in with a temporary password. Choose your own password "
                                      "before you go on.")
                                       .arg(company.session().username())
                                 : tr("Change the password of %1.").arg(company.session().username()),
                             this);
    intro->setObjectName(QStringLiteral("changePasswordIntro"));
    intro->setWordWrap(true);

    auto *rules = new QLabel(PasswordStrength::rulesText(), this);
    rules->setObjectName(QStringLiteral("passwordRules"));
    rules->setWordWrap(true);

    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new PasswordStrength(m_new, m_repeat, this);

    auto context = UsersService(company).ownPasswordContext();
    m_strength->setContext(context.ok() ? context.value()
                                        : security::PasswordContext{company.session().username(), {}, {}});

    auto *form = new QFormLayout;
    addFormRow(form, required ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    addFormRow(form, tr("&New password:"), m_new);
    addFormRow(form, tr("&Repeat new password:"), m_repeat);
    form->addRow(QString(), m_strength);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("changePasswordButtons"));
    m_ok = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePasswordButton"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("changePasswordCancelButton"));
    if (required)
        cancel->setText(tr("Sign &out"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    connect(m_strength, &PasswordStrength::changed, this, &ChangePasswordDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateButton();
}

void ChangePasswordDialog::updateButton()
{
    m_ok->setEnabled(!m_current->text().isEmpty() && m_strength->isAcceptable());
}

void ChangePasswordDialog::change()
{
    if (!m_ok->isEnabled())
        return;
    // Every field is emptied before the KDF runs; after a refusal the new
    // password is typed again too.
    SecretBytes current = takePassword(m_current);
    SecretBytes next = takePassword(m_new);
    wipeField(m_repeat);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = UsersService(m_company).changeOwnPassword(current, next);
    QApplication::restoreOverrideCursor();
    current.clear();
    next.clear();
    if (!changed.ok()) {
        m_message->setText(changed.error().message);
        m_message->setVisible(true);
        if (changed.error().field == QLatin1String("current"))
            m_current->setFocus();
        return;
    }
    accept();
}

} // namespace stockbook::ui

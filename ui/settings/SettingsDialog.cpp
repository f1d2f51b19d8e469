// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/SettingsDialog.h"

#include "domain/Labels.h"
#include "services/CompanySession.h"
#include "services/accounts/UsersService.h"
#include "settings/BackupTab.h"
#include "settings/CompanyTab.h"
#include "settings/NumberingTab.h"
#include "settings/SecurityTab.h"
#include "settings/TaxRatesTab.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QString::fromLatin1(name));
    return result;
}

QLineEdit *field(const char *name, QWidget *parent)
{
    auto *result = new QLineEdit(parent);
    result->setObjectName(QString::fromLatin1(name));
    return result;
}
} // namespace

SettingsDialog::SettingsDialog(CompanySession &company, QWidget *parent) : QDialog(parent), m_company(company)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildUsersTab(), tr("&Users"));
    m_tabs->addTab(new CompanyTab(company, this), tr("&Company"));
    m_tabs->addTab(new TaxRatesTab(company, this), tr("Ta&xes"));
    m_tabs->addTab(new NumberingTab(company, this), tr("Invoice num&bers"));
    m_tabs->addTab(new SecurityTab(company, this), tr("Securit&y"));
    auto *backup = new BackupTab(company, this);
    m_tabs->addTab(backup, tr("Bac&kup and key"));
    connect(backup, &BackupTab::openCompanyRequested, this, &SettingsDialog::openCompanyRequested);
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reloadUsers();
}

QWidget *SettingsDialog::buildUsersTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("settingsUsersTab"));
    auto *layout = new QVBoxLayout(tab);

    m_users = new QTableWidget(tab);
    m_users->setObjectName(QStringLiteral("settingsUsersTable"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setColumnCount(6);
    m_users->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("E-mail"), tr("Role"), tr("Status"), tr("Sign-in")});
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->verticalHeader()->hide();
    // Sized to the contents on every reload, the last column taking the rest.
    m_users->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_users->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);
    layout->addWidget(m_users, 1);

    auto *actions = new QHBoxLayout;
    m_changeRole = button(tr("Change &role to:"), "settingsChangeRoleButton", tab);
    m_reset = button(tr("Reset &password"), "settingsResetPasswordButton", tab);
    m_active = button(tr("&Deactivate"), "settingsActiveButton", tab);
    m_unlock = button(tr("Un&lock"), "settingsUnlockButton", tab);
    m_role = new QComboBox(tab);
    m_role->setObjectName(QStringLiteral("settingsRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Clerk"), QStringLiteral("clerk"));
    m_role->addItem(tr("Manager"), QStringLiteral("manager"));
    m_role->addItem(tr("Administrator"), QStringLiteral("admin"));
    actions->addWidget(m_changeRole);
    actions->addWidget(m_role);
    actions->addStretch(1);
    actions->addWidget(m_reset);
    actions->addWidget(m_active);
    actions->addWidget(m_unlock);
    layout->addLayout(actions);

    auto *form = new QGridLayout;
    m_username = field("settingsNewUsername", tab);
    m_email = field("settingsNewEmail", tab);
    m_fullName = field("settingsNewFullName", tab);
    const auto addRow = [tab, form](int row, int column, const QString &text, QWidget *widget,
                                    const char *name) {
        auto *label = new QLabel(text, tab);
        label->setObjectName(QString::fromLatin1(name));
        label->setBuddy(widget);
        widget->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addWidget(label, row, column);
        form->addWidget(widget, row, column + 1);
    };
    addRow(0, 0, tr("New user &name:"), m_username, "settingsNewUsernameLabel");
    addRow(0, 2, tr("Full na&me:"), m_fullName, "settingsNewFullNameLabel");
    addRow(1, 0, tr("E-ma&il:"), m_email, "settingsNewEmailLabel");
    m_add = button(tr("&Add user with the role above"), "settingsAddUserButton", tab);
    form->addWidget(m_add, 1, 2, 1, 2);
    layout->addLayout(form);

    m_message = new QLabel(tab);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *temporary = new QHBoxLayout;
    m_temporary = field("settingsTemporaryPassword", tab);
    m_temporary->setReadOnly(true);
    m_temporaryLabel = new QLabel(tr("&Temporary password:"), tab);
    m_temporaryLabel->setObjectName(QStringLiteral("settingsTemporaryPasswordLabel"));
    m_temporaryLabel->setBuddy(m_temporary);
    m_temporary->setAccessibleName(tr("Temporary password"));
    temporary->addWidget(m_temporaryLabel);
    temporary->addWidget(m_temporary, 1);
    layout->addLayout(temporary);
    m_temporary->hide();
    m_temporaryLabel->hide();

    // The visual order: the table, the row of actions, then the new user's form.
    const QList<QWidget *> order{m_users,    m_changeRole, m_role,  m_reset, m_active,   m_unlock,
                                 m_username, m_fullName,   m_email, m_add,   m_temporary};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &SettingsDialog::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &SettingsDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &SettingsDialog::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &SettingsDialog::unlockUser);
    return tab;
}

void SettingsDialog::reloadUsers()
{
    const QString selected = selectedUser();
    m_users->setRowCount(0);
    auto users = UsersService(m_company).list();
    if (!users) {
        showMessage(users.error().message, true);
        updateButtons();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const UserRow &user : *users) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        m_users->setItem(row, 0, new QTableWidgetItem(user.username));
        m_users->setItem(row, 1, new QTableWidgetItem(user.fullName));
        m_users->setItem(row, 2, new QTableWidgetItem(user.email));
        m_users->setItem(row, 3, new QTableWidgetItem(roleLabel(user.roleName)));
        auto *status = new QTableWidgetItem(user.active ? tr("Active") : tr("Deactivated"));
        status->setData(Qt::UserRole, user.active);
        m_users->setItem(row, 4, status);
        const bool locked = user.lockedUntil.isValid() && user.lockedUntil > now;
        auto *signIn = new QTableWidgetItem(
            locked ? tr("Locked until %1")
                         .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat))
                : user.mustChangePassword ? tr("Must change password")
                                          : tr("Normal"));
        m_users->setItem(row, 5, signIn);
    }
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString SettingsDialog::selectedUser() const
{
    const auto rows = m_users->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_users->item(rows.first().row(), 0)->text();
}

bool SettingsDialog::selectUser(const QString &username)
{
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (m_users->item(row, 0)->text() == username) {
            m_users->selectRow(row);
            return true;
        }
    }
    return false;
}

void SettingsDialog::updateButtons()
{
    const auto rows = m_users->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    m_changeRole->setEnabled(any);
    m_reset->setEnabled(any);
    m_unlock->setEnabled(any);
    m_active->setEnabled(any);
    const bool active = any && m_users->item(rows.first().row(), 4)->data(Qt::UserRole).toBool();
    m_active->setText(any && !active ? tr("Reacti&vate") : tr("&Deactivate"));
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("Not done: %1").arg(text) : text);
    m_temporary->clear();
    m_temporary->hide();
    m_temporaryLabel->hide();
}

void SettingsDialog::showTemporaryPassword(const QString &username, const QString &password)
{
    showMessage(tr("Give %1 this temporary password; it is shown only now and must be changed at the first "
                   "sign-in.")
                    .arg(username),
                false);
    m_temporary->setText(password);
    m_temporary->show();
    m_temporaryLabel->show();
    m_temporary->selectAll();
}

namespace {
QString text(const SecretBytes &secret)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(secret.data()),
                             static_cast<qsizetype>(secret.size()));
}
} // namespace

void SettingsDialog::addUser()
{
    NewUser user{m_username->text().trimmed(), m_role->currentData().toString(), m_email->text().trimmed(),
                 m_fullName->text().trimmed()};
    auto password = UsersService(m_company).create(user);
    if (!password) {
        showMessage(password.error().message, true);
        return;
    }
    m_username->clear();
    m_email->clear();
    m_fullName->clear();
    reloadUsers();
    selectUser(user.username);
    showTemporaryPassword(user.username, text(*password));
}

void SettingsDialog::changeRole()
{
    const QString user = selectedUser();
    if (auto done = UsersService(m_company).setRole(user, m_role->currentData().toString()); !done) {
        showMessage(done.error().message, true);
        return;
    }
    reloadUsers();
    showMessage(tr("%1 is now %2.").arg(user, m_role->currentText()), false);
}

bool SettingsDialog::confirm(const char *name, const QString &title, const QString &text,
                             const QString &action)
{
    QMessageBox question(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    question.setObjectName(QString::fromLatin1(name));
    QPushButton *yes = question.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == yes;
}

void SettingsDialog::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty()
        || !confirm("resetPasswordQuestion", tr("Reset password"),
                    tr("Reset the password of %1? Their current password stops working at once; they sign in "
                       "with the temporary password shown next and must then choose a new one.")
                        .arg(user),
                    tr("Reset password")))
        return;
    auto password = UsersService(m_company).resetPassword(user);
    if (!password) {
        showMessage(password.error().message, true);
        return;
    }
    reloadUsers();
    showTemporaryPassword(user, text(*password));
}

void SettingsDialog::toggleActive()
{
    const QString user = selectedUser();
    const auto rows = m_users->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const bool active = m_users->item(rows.first().row(), 4)->data(Qt::UserRole).toBool();
    if (active
        && !confirm("deactivateQuestion", tr("Deactivate user"),
                    tr("Deactivate %1? They can no longer sign in until an administrator reactivates them.")
                        .arg(user),
                    tr("Deactivate")))
        return;
    UsersService users(m_company);
    auto done = active ? users.deactivate(user) : users.reactivate(user);
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    reloadUsers();
    showMessage(active ? tr("%1 is deactivated.").arg(user) : tr("%1 is active again.").arg(user), false);
}

void SettingsDialog::unlockUser()
{
    const QString user = selectedUser();
    if (auto done = UsersService(m_company).unlock(user); !done) {
        showMessage(done.error().message, true);
        return;
    }
    reloadUsers();
    showMessage(tr("%1 may sign in again.").arg(user), false);
}

} // namespace stockbook::ui

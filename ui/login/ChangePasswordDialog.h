// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class PasswordStrength;

// Changes the signed-in user's own password with UsersService::changeOwnPassword.
// Opened by the main window when a temporary password must be changed (then
// cancelling signs out) and from File > Change password.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(CompanySession &company, bool required, QWidget *parent = nullptr);

private:
    void change();
    void updateButton();

    CompanySession &m_company;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    PasswordStrength *m_strength;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace stockbook::ui

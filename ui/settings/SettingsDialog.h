// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// The administrator's settings, one tab each: users (add, role, temporary
// passwords, deactivate, unlock, through UsersService), the company's details
// (CompanyTab), tax rates (TaxRatesTab), invoice numbering (NumberingTab),
// the idle lock and lockout (SecurityTab), and backup, restore and key
// rotation (BackupTab). Every change is a core service call, which checks the
// permission and writes the audit entry.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(CompanySession &company, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The user selected in the table, empty without one.
    QString selectedUser() const;
    bool selectUser(const QString &username);
    void reloadUsers();

    void addUser();
    void changeRole();
    // Both ask first (a QMessageBox named resetPasswordQuestion or
    // deactivateQuestion, Cancel the default) and do nothing unless confirmed;
    // reactivating does not ask.
    void resetPassword();
    void toggleActive();
    void unlockUser();

signals:
    // The backup tab's "Open the restored company now".
    void openCompanyRequested(const QString &path);

private:
    QWidget *buildUsersTab();
    // Asks `text` with `action` as the confirming button; true when chosen.
    bool confirm(const char *name, const QString &title, const QString &text, const QString &action);
    void showMessage(const QString &text, bool error);
    void showTemporaryPassword(const QString &username, const QString &password);
    void updateButtons();

    CompanySession &m_company;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_users = nullptr;
    QLineEdit *m_username = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_fullName = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_temporary = nullptr;
    QLabel *m_temporaryLabel = nullptr;
};

} // namespace stockbook::ui

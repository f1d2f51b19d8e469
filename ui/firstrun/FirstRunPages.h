// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/keys/SecretBytes.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace stockbook::ui {

class FirstRunWizard;
class PasswordStrength;

// The pages of FirstRunWizard; only the wizard uses them.

class StartPage : public QWizardPage {
    Q_OBJECT
public:
    StartPage(bool demoAvailable, FirstRunWizard *wizard);
    int nextId() const override;
    // With the demo chosen: makes (or finds) the demo company first.
    bool validatePage() override;

private:
    FirstRunWizard *m_wizard;
    QRadioButton *m_create;
    QRadioButton *m_demo;
    QRadioButton *m_server;
    bool m_leavingForServer = false;
    QLabel *m_message;
};

class CompanyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CompanyPage(QWidget *parent);
    bool isComplete() const override;
    bool validatePage() override;

    QString companyName() const;
    QString currency() const;
    int taxRateBp() const;

private:
    QLineEdit *m_name;
    QComboBox *m_currency;
    QLineEdit *m_taxRate;
    QLabel *m_message;
};

class AdminPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdminPage(FirstRunWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QString adminName() const;
    SecretBytes takePassword();

private:
    FirstRunWizard *m_wizard;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    PasswordStrength *m_strength;
    QLabel *m_message;
};

// The demo path's last page: what the demo holds and its logins (or, for a
// demo made earlier, where its logins were shown); Finish signs in to it.
class DemoPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DemoPage(FirstRunWizard *wizard);
    int nextId() const override { return -1; }
    void initializePage() override;
    void cleanupPage() override;

private:
    FirstRunWizard *m_wizard;
    QLabel *m_text;
    QPlainTextEdit *m_logins;
};

class RecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryPage(FirstRunWizard *wizard);
    int nextId() const override { return -1; }
    void initializePage() override;
    void cleanupPage() override;

private:
    void print();
    void save();

    FirstRunWizard *m_wizard;
    QPlainTextEdit *m_key;
    QCheckBox *m_stored;
    QLabel *m_message;
};

} // namespace stockbook::ui

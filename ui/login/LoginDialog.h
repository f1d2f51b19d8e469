// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/Session.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Signs in to a company file with CompanyService::signIn. On success the
// dialog is accepted and takeCompany() hands over the open company. The
// service's refusals (wrong password, throttled with a live countdown, locked,
// deactivated, vault missing) are shown in the dialog, which stays open.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(const QString &companyPath, Clock clock = systemClock(), QWidget *parent = nullptr);
    ~LoginDialog() override;

    std::unique_ptr<CompanySession> takeCompany();
    QString companyPath() const { return m_path; }
    void setUsername(const QString &username);

    // Whether the caps lock warning shows. Qt offers no portable way to read
    // the caps lock state, so it is inferred from typed letters: a capital
    // letter typed without Shift, or a small one typed with Shift, means caps
    // lock is on; a small letter without Shift means it is off.
    bool capsLockWarningShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void signIn();
    void showError(const Error &error);
    // Shows `text` under the fields and grows the dialog to hold all of it:
    // a window's layout with a word-wrapped label does not grow the window by
    // itself, and would squash the fields instead.
    void showMessageText(const QString &text);
    void fitHeight();
    void startCountdown(int seconds);
    void tick();
    void updateButton();

    QString m_path;
    Clock m_clock;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_capsLock;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QTimer *m_countdown;
    int m_secondsLeft = 0;
    std::unique_ptr<CompanySession> m_company;
};

} // namespace stockbook::ui

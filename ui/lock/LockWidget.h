// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// What covers the main window after the idle limit: the password of the
// same user unlocks it, or "Switch user" lets another user prove theirs
// (CompanyService::authenticate against the open company). The main window
// hides its content and disables its menus while this shows.
class LockWidget : public QWidget {
    Q_OBJECT

public:
    explicit LockWidget(QWidget *parent = nullptr);

    // Prepares for the company's signed-in user.
    void prepare(CompanySession &company);
    // Where the new session's "now" comes from (tests use a fake clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

signals:
    // The session has been replaced (same or other user): show the content.
    void unlocked(bool userChanged);
    void signOutRequested();

private:
    void unlock();
    void setSwitching(bool switching);

    CompanySession *m_company = nullptr;
    Clock m_clock = systemClock();
    QString m_lockedUser;
    QLabel *m_title;
    QLabel *m_userLabel;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
    QPushButton *m_switch;
};

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/Session.h"
#include "services/CompanySession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// What covers the main window after the idle limit. The company is closed
// while it shows (the database key wiped); the password of the same user
// opens it again with a full sign-in (unwrap, then open), or "Switch user"
// lets another user sign in with theirs. The main window hides its content
// and disables its menus while this shows.
class LockWidget : public QWidget {
    Q_OBJECT

public:
    // Why the window was locked, said on the lock screen.
    enum class Reason { Idle, Manual };

    explicit LockWidget(QWidget *parent = nullptr);

    // Prepares for the user who was signed in to the company file at path
    // (the caller closes the company). kept says what of their unsaved work
    // was kept for them (empty: nothing was open).
    void prepare(const QString &path, const QString &username, Reason reason = Reason::Idle,
                 const QString &kept = {});
    // The company the last successful unlock opened; null before.
    std::unique_ptr<CompanySession> takeCompany() { return std::move(m_opened); }
    // Where the new session's "now" comes from (tests use a fake clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

signals:
    // The session has been replaced (same or other user): show the content.
    void unlocked(bool userChanged);
    void signOutRequested();

private:
    void unlock();
    void setSwitching(bool switching);

    QString m_path;
    std::unique_ptr<CompanySession> m_opened;
    Clock m_clock = systemClock();
    QString m_lockedUser;
    Reason m_reason = Reason::Idle;
    QLabel *m_title;
    QLabel *m_keptLabel;
    QLabel *m_userLabel;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_unlock;
    QPushButton *m_switch;
};

} // namespace stockbook::ui

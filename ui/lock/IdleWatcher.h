// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QObject>

class QTimer;

namespace stockbook::ui {

// Watches the whole application's input (an event filter on qApp): every key,
// click, wheel turn, touch or pointer move is reported as activity(), which
// the main window turns into Session::touch(). A timer asks check() to be
// done every interval; the main window then compares with the session's idle
// limit (Session::isIdleExpired), so the limit and "now" stay the session's.
//
// Work the user waits for (a backup, a key rotation on a worker thread) holds
// the idle check off: while a Hold exists no watcher emits checkDue(), so the
// window is not locked in the middle of it; when the last Hold ends every
// watcher emits holdEnded(), which the main window counts as activity.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    // GUI thread only.
    class Hold {
    public:
        Hold();
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
    };
    static bool isHeld();

    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setCheckInterval(int milliseconds);
    // How long before the idle limit the main window warns that it will
    // lock (60 s; at most half the limit, so a short limit still leaves time
    // to work). Tests make it short.
    void setWarningLead(int seconds) { m_warningLead = seconds; }
    int warningLead() const { return m_warningLead; }
    void start();
    void stop();
    bool isRunning() const;

signals:
    void activity();
    void checkDue();
    void holdEnded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_filtering = false;
    int m_warningLead = 60;
};

} // namespace stockbook::ui

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
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setCheckInterval(int milliseconds);
    void start();
    void stop();
    bool isRunning() const;

signals:
    void activity();
    void checkDue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_filtering = false;
};

} // namespace stockbook::ui

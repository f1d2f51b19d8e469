// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace stockbook::ui {

namespace {

int g_holds = 0;

QList<QPointer<IdleWatcher>> &watchers()
{
    static QList<QPointer<IdleWatcher>> all;
    return all;
}

} // namespace

IdleWatcher::Hold::Hold()
{
    ++g_holds;
}

IdleWatcher::Hold::~Hold()
{
    if (--g_holds > 0)
        return;
    const QList<QPointer<IdleWatcher>> all = watchers();
    for (const QPointer<IdleWatcher> &watcher : all) {
        if (watcher)
            emit watcher->holdEnded();
    }
}

bool IdleWatcher::isHeld()
{
    return g_holds > 0;
}

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("idleWatcher"));
    m_timer->setObjectName(QStringLiteral("idleTimer"));
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isHeld())
            emit checkDue();
    });
    watchers().append(this);
}

IdleWatcher::~IdleWatcher()
{
    stop();
    watchers().removeAll(this);
    watchers().removeAll(nullptr);
}

void IdleWatcher::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void IdleWatcher::start()
{
    if (!m_filtering && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filtering = true;
    }
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_timer->stop();
    if (m_filtering && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_filtering = false;
}

bool IdleWatcher::isRunning() const
{
    return m_timer->isActive();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ShortcutOverride:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stockbook::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/changes/ChangeNotifier.h"

#include "models/PagedSqlModel.h"
#include "services/CompanySession.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace stockbook {

ChangeNotifier::ChangeNotifier(CompanySession &company, QObject *parent) : QObject(parent)
{
    if (!company.isOpen() || !company.isServer())
        return;
    QSqlDatabase db = company.database().connection();
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_connectionName = company.database().connectionName();
    m_listening = driver->subscribeToNotification(QString::fromLatin1(Channel));
    if (m_listening) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    onNotification(name, payload);
                });
    }
}

ChangeNotifier::~ChangeNotifier()
{
    if (!m_listening || !QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen() && db.driver())
        db.driver()->unsubscribeFromNotification(QString::fromLatin1(Channel));
}

void ChangeNotifier::refreshOnChange(PagedSqlModel *model, const QString &table)
{
    connect(this, &ChangeNotifier::changed, model, [model, table](const QString &changedTable) {
        if (changedTable == table)
            model->refresh();
    });
}

void ChangeNotifier::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1String(Channel))
        return;
    const QString table = payload.toString();
    if (table == QLatin1String("invoices"))
        emit invoicesChanged();
    else if (table == QLatin1String("stock"))
        emit stockChanged();
    emit changed(table);
}

} // namespace stockbook

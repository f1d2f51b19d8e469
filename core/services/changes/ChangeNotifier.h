// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace stockbook {

class CompanySession;
class PagedSqlModel;

// On a company on a server: tells when another workstation (or this one)
// changed invoices or stock, so that open lists read again. The server sends
// NOTIFY stockbook_changed with the payload 'invoices' or 'stock' once per
// statement (schema/postgres/security.sql); this listens on the session's
// connection. On a company file it does nothing (one workstation only).
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr const char *Channel = "stockbook_changed";

    explicit ChangeNotifier(CompanySession &company, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Whether the subscription stands (a server company whose driver took it).
    bool isListening() const { return m_listening; }

    // `model` reads again (PagedSqlModel::refresh) when `table` ("invoices"
    // or "stock") changes; the connection ends with the model.
    void refreshOnChange(PagedSqlModel *model, const QString &table);

signals:
    void invoicesChanged();
    void stockChanged();
    // Any change, with the table's name as the server sent it.
    void changed(const QString &table);

private:
    void onNotification(const QString &name, const QVariant &payload);

    QString m_connectionName;
    bool m_listening = false;
};

} // namespace stockbook

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "models/PagedSqlModel.h"

#include <QDate>

namespace stockbook {

struct AuditLogFilter {
    qint64 userId = 0;    // 0: anyone
    QString actionPrefix; // e.g. "invoice." or "login"; case-sensitive
    QString entity;       // table name, e.g. "invoices"; empty: any
    QDate from;           // local calendar days, inclusive; invalid: open
    QDate to;
};

// The audit log (permission audit.view), newest first by default. IdRole is
// the entry's seq.
class AuditLogModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Action, Entity, EntityId, Changes, ColumnCount };
    enum Role {
        UserIdRole = FirstModelRole, // 0 for entries without a signed-in user
    };

    explicit AuditLogModel(CompanySession &company, QObject *parent = nullptr);

    void setFilter(const AuditLogFilter &filter);
    const AuditLogFilter &filter() const { return m_filter; }

    qint64 seqAt(int row) const { return idAt(row); }

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;

private:
    AuditLogFilter m_filter;
};

} // namespace stockbook

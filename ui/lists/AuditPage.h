// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace stockbook {
class AuditLogModel;
class CompanySession;
} // namespace stockbook

namespace stockbook::ui {

class ListPage;

// The audit log as people read it: the Changes column ("What happened") holds
// each entry as a sentence (AuditService::describe: "anna posted sale
// S-2026-0003 to Kunde GmbH for 1.234,50"); the raw JSON stays one hover
// (the tooltip) or one click (the details pane) away, and in RawChangesRole.
class AuditSentenceModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum Role { RawChangesRole = Qt::UserRole + 200 };

    AuditSentenceModel(CompanySession &company, AuditLogModel *source, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The entry of a row as a sentence, and the details pane's text: the
    // sentence, then the raw JSON laid out.
    QString sentence(int row) const;
    QString details(int row) const;

private:
    CompanySession &m_company;
    mutable QHash<qint64, QString> m_sentences; // by seq; entries never change
};

// Puts the sentences on an audit list page, with a "Show details" toggle and
// the pane showing the current entry's raw JSON.
void showAuditSentences(CompanySession &company, ListPage *page, AuditLogModel *model);

} // namespace stockbook::ui

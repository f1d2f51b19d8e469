// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "lists/AuditPage.h"

#include "lists/ListPage.h"
#include "models/AuditLogModel.h"
#include "services/accounts/AuditService.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

} // namespace

AuditSentenceModel::AuditSentenceModel(CompanySession &company, AuditLogModel *source, QObject *parent)
    : QIdentityProxyModel(parent), m_company(company)
{
    setSourceModel(source);
}

QString AuditSentenceModel::sentence(int row) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto cell = [m, row](int column) { return m->index(row, column).data(Qt::EditRole); };
    const qint64 seq = cell(AuditLogModel::Seq).toLongLong();
    if (auto it = m_sentences.constFind(seq); it != m_sentences.constEnd())
        return *it;
    AuditService::Entry e;
    e.username = cell(AuditLogModel::User).toString();
    e.action = cell(AuditLogModel::Action).toString();
    e.entity = cell(AuditLogModel::Entity).toString();
    e.entityId = cell(AuditLogModel::EntityId).toString();
    e.changes = cell(AuditLogModel::Changes).toString();
    const QString text = AuditService(m_company).describe(e);
    m_sentences.insert(seq, text);
    return text;
}

QString AuditSentenceModel::details(int row) const
{
    const QString raw = sourceModel()->index(row, AuditLogModel::Changes).data(Qt::EditRole).toString();
    const QJsonDocument json = QJsonDocument::fromJson(raw.toUtf8());
    const QString laidOut = json.isNull() ? raw : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return sentence(row) + QStringLiteral("\n\n") + laidOut.trimmed();
}

QVariant AuditSentenceModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == AuditLogModel::Changes) {
        if (role == Qt::DisplayRole)
            return sentence(index.row());
        if (role == Qt::ToolTipRole || role == RawChangesRole)
            return QIdentityProxyModel::data(index, Qt::EditRole);
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant AuditSentenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == AuditLogModel::Changes && role == Qt::DisplayRole)
        return QCoreApplication::translate("stockbook::ui", "What happened");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void showAuditSentences(CompanySession &company, ListPage *page, AuditLogModel *model)
{
    QTableView *view = page->view();
    auto *sentences = new AuditSentenceModel(company, model, page);
    // The header keeps its place: the model under it changes, not the columns.
    const QByteArray state = view->horizontalHeader()->saveState();
    view->setModel(sentences);
    view->horizontalHeader()->restoreState(state);
    view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    view->horizontalHeader()->setStretchLastSection(true);

    auto *pane = new QPlainTextEdit(page);
    pane->setObjectName(QStringLiteral("auditDetails"));
    pane->setAccessibleName(tr("Entry details"));
    pane->setReadOnly(true);
    pane->setMaximumHeight(pane->fontMetrics().lineSpacing() * 12);
    pane->hide();
    if (auto *layout = page->layout())
        if (auto *box = qobject_cast<QBoxLayout *>(layout))
            box->insertWidget(box->indexOf(view) + 1, pane);

    auto *toggle = new QPushButton(tr("Show &details"), page);
    toggle->setObjectName(QStringLiteral("auditDetailsButton"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("The selected entry as recorded, with its raw data"));
    page->addWidget(toggle);

    const auto update = [view, sentences, pane] {
        const QModelIndex current = view->currentIndex();
        pane->setPlainText(current.isValid() ? sentences->details(current.row()) : tr("Select an entry."));
    };
    QObject::connect(toggle, &QPushButton::toggled, pane, [pane, update](bool on) {
        pane->setVisible(on);
        if (on)
            update();
    });
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, pane, [pane, update] {
        if (pane->isVisible())
            update();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, pane, [pane, update] {
        if (pane->isVisible())
            update();
    });
}

} // namespace stockbook::ui

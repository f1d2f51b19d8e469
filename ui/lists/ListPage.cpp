// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "lists/ListPage.h"

#include "models/PagedSqlModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {
QString headerKey(const QString &pageId)
{
    return QStringLiteral("lists/%1/header").arg(pageId);
}

// The number of columns the saved header state was made with.
QString columnsKey(const QString &pageId)
{
    return QStringLiteral("lists/%1/columns").arg(pageId);
}
} // namespace

ListPage::ListPage(const QString &pageId, PagedSqlModel *model, QWidget *parent)
    : QWidget(parent), m_pageId(pageId), m_model(model)
{
    setObjectName(pageId + QStringLiteral("ListPage"));
    m_model->setParent(this);

    auto *layout = new QVBoxLayout(this);
    m_filters = new QHBoxLayout;
    m_filters->setObjectName(pageId + QStringLiteral("FilterRow"));
    layout->addLayout(m_filters);

    m_search = new QLineEdit(this);
    m_search->setObjectName(pageId + QStringLiteral("SearchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setObjectName(pageId + QStringLiteral("SearchLabel"));
    searchLabel->setBuddy(m_search);
    m_filters->addWidget(searchLabel);
    m_filters->addWidget(m_search, 1);
    searchLabel->hide();
    m_search->hide();

    m_new = new QPushButton(this);
    m_new->setObjectName(pageId + QStringLiteral("NewButton"));
    m_new->hide();
    m_filters->addWidget(m_new);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_createFn)
            m_createFn();
    });

    m_view = new QTableView(this);
    m_view->setObjectName(pageId + QStringLiteral("Table"));
    m_view->setAccessibleName(tr("List"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The model sorts in SQL; the header only reports the click.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &) { openCurrent(); });
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(pageId + QStringLiteral("CountLabel"));
    layout->addWidget(m_count);

    // A state saved over another set of columns would put widths, order and
    // hidden sections on the wrong columns: it is dropped when the count
    // differs (states from before the count was kept are taken as they are).
    const QSettings settings;
    const QByteArray state = settings.value(headerKey(pageId)).toByteArray();
    const QVariant columns = settings.value(columnsKey(pageId));
    const bool sameColumns = !columns.isValid() || columns.toInt() == m_model->columnCount();
    if (state.isEmpty() || !sameColumns || !m_view->horizontalHeader()->restoreState(state)) {
        m_view->resizeColumnsToContents();
        m_fitAllColumns = true;
    }

    m_debounce = new QTimer(this);
    m_debounce->setObjectName(pageId + QStringLiteral("SearchTimer"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::fitNumberColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateCount);
    // A paged model may bring its first rows after the reset.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_fitAllColumns)
            fitNumberColumns();
    });
    updateCount();
}

ListPage::~ListPage()
{
    saveHeader();
}

void ListPage::saveHeader() const
{
    // Widths sized over no rows are not the user's: the next page fits its rows.
    if (m_fitAllColumns)
        return;
    QSettings settings;
    settings.setValue(headerKey(m_pageId), m_view->horizontalHeader()->saveState());
    settings.setValue(columnsKey(m_pageId), m_model->columnCount());
}

void ListPage::setSearch(SearchFn search, const QString &placeholder)
{
    m_searchFn = std::move(search);
    m_search->setPlaceholderText(placeholder);
    m_search->setToolTip(placeholder);
    m_search->show();
    findChild<QLabel *>(m_pageId + QStringLiteral("SearchLabel"))->show();
}

void ListPage::setOpen(OpenFn open)
{
    m_openFn = std::move(open);
}

void ListPage::setCreate(const QString &label, std::function<void()> create)
{
    m_createFn = std::move(create);
    m_new->setText(label);
    m_new->show();
}

void ListPage::addFilter(const QString &label, QWidget *widget)
{
    auto *buddy = new QLabel(label, this);
    buddy->setObjectName(widget->objectName() + QStringLiteral("Label"));
    buddy->setBuddy(widget);
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    const int at = m_filters->indexOf(m_new);
    m_filters->insertWidget(at, buddy);
    m_filters->insertWidget(at + 1, widget);
}

void ListPage::addWidget(QWidget *widget)
{
    m_filters->insertWidget(m_filters->indexOf(m_new), widget);
}

void ListPage::applySearch()
{
    m_debounce->stop();
    if (m_searchFn)
        m_searchFn(m_search->text().trimmed());
}

void ListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_openFn)
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id != 0)
        m_openFn(id);
}

void ListPage::refresh()
{
    m_model->refresh();
}

void ListPage::updateCount()
{
    if (const auto &error = m_model->lastError()) {
        m_count->setText(tr("Cannot show the list: %1").arg(error->message));
        return;
    }
    m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitNumberColumns();
}

void ListPage::fitNumberColumns()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_fitAllColumns && m_view->isVisible()) {
        // The columns were sized to their headers over no rows; the first
        // rows seen give every column its width, a long text at most a third
        // of the view. When they do not fit side by side, the free-width text
        // columns give up room toward their headers' width, in proportion.
        m_fitAllColumns = false;
        m_view->resizeColumnsToContents();
        QHeaderView *header = m_view->horizontalHeader();
        const int room = m_view->viewport()->width();
        const int widest = qMax(160, room / 3);
        int total = 0;
        int spare = 0;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_view->isColumnHidden(column))
                continue;
            if (m_view->columnWidth(column) > widest)
                m_view->setColumnWidth(column, widest);
            total += m_view->columnWidth(column);
            if (header->sectionResizeMode(column) == QHeaderView::Interactive)
                spare += qMax(0, m_view->columnWidth(column) - header->sectionSizeHint(column));
        }
        const int over = total - room;
        if (over > 0 && spare > 0) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                if (m_view->isColumnHidden(column)
                    || header->sectionResizeMode(column) != QHeaderView::Interactive)
                    continue;
                const int extra = qMax(0, m_view->columnWidth(column) - header->sectionSizeHint(column));
                const int cut = qMin(extra, int(qint64(over) * extra / spare) + 1);
                m_view->setColumnWidth(column, m_view->columnWidth(column) - cut);
            }
        }
        return;
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QVariant align = m_model->index(0, column).data(Qt::TextAlignmentRole);
        if (!align.isValid() || !(align.toInt() & Qt::AlignRight) || m_view->isColumnHidden(column))
            continue;
        // Fitted to its contents, but never narrower than the user made it.
        const int before = m_view->columnWidth(column);
        m_view->resizeColumnToContents(column);
        if (m_view->columnWidth(column) < before)
            m_view->setColumnWidth(column, before);
    }
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace stockbook::ui

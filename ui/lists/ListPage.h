// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace stockbook {
class PagedSqlModel;
}

namespace stockbook::ui {

// A searchable list over one paged model: a search field (applied after a
// short pause in typing), room for filter widgets, the table (a header click
// sorts through the model), a row count and, when the session may create, a
// "New" button. Enter or a double-click opens the row. Column widths and
// order are kept in QSettings under the page id.
class ListPage : public QWidget {
    Q_OBJECT

public:
    using SearchFn = std::function<void(const QString &text)>;
    using OpenFn = std::function<void(qint64 id)>;

    ListPage(const QString &pageId, PagedSqlModel *model, QWidget *parent = nullptr);
    ~ListPage() override;

    // Applies the search text to the model's filter (the model then resets).
    void setSearch(SearchFn search, const QString &placeholder);
    // Opens a row (id 0 is never passed).
    void setOpen(OpenFn open);
    // Shows a "New" button calling create.
    void setCreate(const QString &label, std::function<void()> create);
    // Adds a labelled filter widget or a plain widget to the filter row.
    void addFilter(const QString &label, QWidget *widget);
    void addWidget(QWidget *widget);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    PagedSqlModel *model() const { return m_model; }
    QLabel *countLabel() const { return m_count; }

    // Applies the pending search now (the debounce timer's job).
    void applySearch();
    void openCurrent();
    void refresh();
    void updateCount();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void saveHeader() const;
    // Widens a column of figures that is narrower than the figures shown, so
    // that "1.353,47" is never broken at its group separator (widths saved in
    // another language, or before the amounts grew).
    void fitNumberColumns();

    QString m_pageId;
    PagedSqlModel *m_model;
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_filters = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QTimer *m_debounce = nullptr;
    // No widths of the user's yet: the first rows size every column.
    bool m_fitAllColumns = false;
    SearchFn m_searchFn;
    OpenFn m_openFn;
    std::function<void()> m_createFn;
};

} // namespace stockbook::ui

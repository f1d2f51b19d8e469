// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/Permission.h"

#include "storage/Dialect.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace stockbook {

class CompanySession;

// A read-only table over one SQL query, fetched a page at a time.
//
// rowCount() is one COUNT(*) over the current filter, run when the model is
// reset. data() loads the page holding the row asked for and keeps at most a
// few pages (least recently used goes first), so a list of a million rows
// costs no more than a screenful. A page next to a cached one is read from
// the sort key onwards (keyset); any other page with LIMIT/OFFSET, counted
// from whichever end of the list is nearer. The sort key always ends with the
// primary key, so the order is total and stable.
//
// Filters, search and sort are SQL with bound values; a sort column maps to a
// fixed expression chosen by the subclass, never to text from the user.
//
// Every reset (construction, filter or sort change, refresh()) checks the
// session's permission first; a refused or failed model is empty and says why
// in lastError(). The model holds the CompanySession by reference and must not
// outlive it; while the company is closed (lock screen) it shows nothing.
class PagedSqlModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // the stored value: minor units, thousandths, codes, ISO dates
        IdRole,                      // the row's primary key (qint64)
        FirstModelRole = Qt::UserRole + 16,
    };

    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCachedPages = 8;

    ~PagedSqlModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: text as shown in the user's language (money, quantities
    // and counts via NumberFormat: "1.353,47" in German; labels via
    // domain/Labels.h). EditRole and RawValueRole: the raw
    // value. TextAlignmentRole: right-aligned for numbers.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Resets the model. A column outside the model restores the default order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-reads the count and drops every cached page; call after a write.
    void refresh();

    // Why the model is empty (permission refused, company closed, SQL error),
    // or a page that failed to load. Cleared by the next successful reset.
    const std::optional<Error> &lastError() const { return m_lastError; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The primary key of a row (IdRole), 0 outside the model.
    qint64 idAt(int row) const;

    // Changes the page size and the number of pages kept; resets the model.
    void setPaging(int pageSize, int cachedPages);
    int pageSize() const { return m_pageSize; }
    int cachedPageLimit() const { return m_cachedPages; }

    // Diagnostics for tests and benchmarks: rows held in memory now, and how
    // many page queries have run since construction.
    int loadedRowCount() const;
    int pageLoadCount() const { return m_pageLoads; }

protected:
    // The fixed SQL of a sort column. notNull: the expression is never NULL,
    // which lets pages be read by keyset in both directions. needsJoins: it
    // reads a table joined only in Query::from, not in Query::countFrom.
    struct SortKey {
        QString expression;
        bool notNull = true;
        bool needsJoins = false;
    };

    // The query of the current filter. Every piece is fixed SQL written in the
    // subclass; values only ever travel as bound placeholders in `values`.
    struct Query {
        QString fields;         // select list; the first field is the row's id
        QString from;           // tables and joins of the page query
        QString countFrom;      // tables and joins the conditions need
        QStringList conditions; // ANDed together
        QVariantList values;    // bound in the order of the placeholders
        QStringList keys;       // primary key expressions, appended to every ORDER BY
    };

    // anyOf: the model opens when the session holds one of these permissions;
    // `action` names the refusal in the audit log. Subclasses call reload()
    // at the end of their constructor.
    PagedSqlModel(CompanySession &company, QList<Permission> anyOf, QString action, int defaultSortColumn,
                  Qt::SortOrder defaultOrder, QObject *parent);

    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual Query query() const = 0;
    virtual SortKey sortKey(int column) const = 0;
    // One cell from the row's fields (in the order of Query::fields).
    virtual QVariant cell(const QVariantList &fields, int column, int role) const = 0;
    // Called inside every reset, after the cache is dropped.
    virtual void resetDerived() { }

    // Authorizes, counts and drops the cached pages, inside begin/endResetModel.
    void reload();

    // A single value over the current filter, e.g. "COALESCE(SUM(i.total_amount), 0)".
    Result<QVariant> aggregate(const QString &expression) const;

    // One field of a row (loads its page); invalid outside the model.
    QVariant fieldAt(int row, int field) const;

    static QVariant textCell(const QVariant &value, int role);
    static QVariant labelCell(const QVariant &value, const QString &label, int role);
    static QVariant integerCell(const QVariant &value, int role);
    static QVariant moneyCell(const QVariant &value, int role);
    static QVariant quantityCell(const QVariant &value, int role);
    static QVariant timestampCell(const QVariant &value, int role);
    static QVariant flagCell(const QVariant &value, int role);

    // For LIKE ... ESCAPE '\': the text with \, % and _ escaped, between %.
    static QString containsPattern(const QString &text);
    // Adds "(a LIKE ? ESCAPE '\' OR b LIKE ? ...)" for a search over `columns`.
    void addSearch(Query &q, const QStringList &columns, const QString &text) const;

    CompanySession &company() const { return m_company; }
    // The SQL that differs between the file and a server (sort keys, LIKE).
    storage::Dialect dialect() const;

private:
    struct Page {
        int index = 0;
        quint64 lastUse = 0;
        QList<QVariantList> rows; // fields, then the sort key, then the primary key
    };

    Result<void> authorizeAccess();
    const QVariantList *rowAt(int row) const;
    const Page *page(int index) const;
    Result<QList<QVariantList>> fetchPage(int index) const;
    Result<std::optional<QVariantList>> edgeRow(const Query &q, const SortKey &key, const QString &keyList,
                                                const QStringList &order, int offset) const;
    const Page *cachedPage(int index) const;

    CompanySession &m_company;
    QList<Permission> m_anyOf;
    QString m_action;
    int m_defaultSortColumn;
    Qt::SortOrder m_defaultOrder;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    int m_pageSize = DefaultPageSize;
    int m_cachedPages = DefaultCachedPages;
    int m_rowCount = 0;
    bool m_open = false;
    mutable std::optional<Error> m_lastError;
    mutable QList<Page> m_pages;
    mutable quint64 m_tick = 0;
    mutable int m_pageLoads = 0;
};

} // namespace stockbook

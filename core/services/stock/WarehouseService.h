// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Stock.h"

#include <QList>
#include <QString>

namespace stockbook {

class CompanySession;

// Warehouses. The schema seeds MAIN as the default. Writes need
// warehouse.edit, reads stock.view. Codes are stored in upper case and are
// unique regardless of case. The default warehouse and one holding stock
// cannot be deactivated.
class WarehouseService {
public:
    explicit WarehouseService(CompanySession &company) : m_company(company) { }

    Result<qint64> create(const QString &code, const QString &name);
    Result<void> update(qint64 id, const QString &code, const QString &name);
    Result<void> deactivate(qint64 id);
    Result<void> reactivate(qint64 id);

    Result<QList<Warehouse>> list(bool includeInactive = false);
    Result<Warehouse> byCode(const QString &code);
    Result<Warehouse> byId(qint64 id);

    // Upper-cases and checks a code; InvalidArgument with field "code".
    static Result<QString> normaliseCode(const QString &code);

private:
    Result<Warehouse> fetch(const QString &column, const QVariant &value, const QString &what);
    Result<void> setActive(qint64 id, bool active);

    CompanySession &m_company;
};

} // namespace stockbook

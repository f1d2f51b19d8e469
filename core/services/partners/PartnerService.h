// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Partner.h"

#include <QList>
#include <QString>

namespace stockbook {

class CompanySession;

namespace storage {
class Database;
}

// Customers and suppliers. Writes need customer.edit (customers) or
// supplier.edit (suppliers); reads need that permission or invoice.create,
// so a clerk can pick either partner for an invoice. Validation errors are
// InvalidArgument naming the field (name, email, phone, address, tax_id,
// payment_terms_days, notes).
class PartnerService {
public:
    explicit PartnerService(CompanySession &company) : m_company(company) { }

    Result<qint64> create(PartnerKind kind, const PartnerInput &input);
    Result<void> update(PartnerKind kind, qint64 id, const PartnerInput &input);
    Result<void> setActive(PartnerKind kind, qint64 id, bool active);
    Result<void> deactivate(PartnerKind kind, qint64 id) { return setActive(kind, id, false); }

    Result<Partner> get(PartnerKind kind, qint64 id);
    Result<Partner> findByEmail(PartnerKind kind, const QString &email);
    // By name, a part of the name, e-mail or phone when search is given.
    Result<QList<Partner>> list(PartnerKind kind, const QString &search = {}, bool includeInactive = false,
                                int limit = 500, int offset = 0);

    // Shared with the CSV import: shape rules (input normalised in place),
    // the duplicate e-mail check, and an insert inside the caller's
    // transaction without authorization or audit.
    static Result<void> validate(PartnerInput &input);
    static Result<void> checkEmailFree(storage::Database &db, PartnerKind kind, const QString &email,
                                       qint64 excludeId = 0);
    static Result<qint64> insert(storage::Database &db, PartnerKind kind, const PartnerInput &input,
                                 const QString &now);
    static QString table(PartnerKind kind);      // "customers" or "suppliers"
    static QString entityName(PartnerKind kind); // "customer" or "supplier"

private:
    Result<void> authorizeRead(PartnerKind kind, const QString &action, const QString &target);
    Result<Partner> fetch(PartnerKind kind, const QString &where, const QVariant &value, const QString &what);

    CompanySession &m_company;
};

} // namespace stockbook

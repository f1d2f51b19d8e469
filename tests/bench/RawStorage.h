// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>

namespace stockbook::bench {

struct RawRun {
    int invoices = 0;
    double seconds = 0;
    QString error; // empty when the run succeeded
};

// The storage limit: the rows a posted 5-line sale writes (the invoice, its
// lines with the product name as description, the number sequence, five
// ledger rows, five level and five product updates, one audit row with the
// changes InvoiceService records), written through the sqlcipher C API with reused
// prepared statements, the schema of schema/*.sql and the same pragmas as the
// QSQLCIPHER driver (raw 256-bit key, page size 4096, WAL, synchronous FULL,
// foreign keys on), one transaction per invoice.
RawRun runRawStorage(const QString &path, int invoices, int products);

} // namespace stockbook::bench

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- The invoice list searches numbers by prefix without regard to case
-- ("inv-2026" finds "INV-2026-000123"). SQLite turns such a LIKE into an index
-- range only over an index in the NOCASE collation; the UNIQUE index on
-- invoice_number is BINARY.

CREATE INDEX ix_invoices_number_nocase ON invoices (invoice_number COLLATE NOCASE);

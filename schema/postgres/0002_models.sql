-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0002_models.sql. The invoice list searches
-- numbers by prefix without regard to case ("inv-2026" finds "INV-2026-000123"):
-- "lower(invoice_number) LIKE lower(?) || '%'" is an index range over this
-- index. text_pattern_ops makes it one under any database collation (under
-- "C" a plain index would do too); the index serves no ORDER BY.

CREATE INDEX ix_invoices_number_nocase ON invoices (lower(invoice_number) text_pattern_ops);

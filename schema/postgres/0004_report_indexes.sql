-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0004_report_indexes.sql: the sales reports
-- and the dashboard read issued invoices by type, status and issue date and sum
-- their amounts; the top lists sum quantity and net per product over the lines.
-- The same columns as in SQLite (not INCLUDE), so both engines keep one index
-- definition.
DROP INDEX ix_invoices_type_status_date;
CREATE INDEX ix_invoices_type_status_date_amounts
    ON invoices (type, status, issue_date, customer_id, subtotal, tax_amount, total_amount);

CREATE INDEX ix_invoice_items_invoice_product
    ON invoice_items (invoice_id, product_id, quantity, line_net);

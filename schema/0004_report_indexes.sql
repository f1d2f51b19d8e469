-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- The sales reports and the dashboard read issued invoices by type, status
-- and issue date and sum their amounts; the top lists add the customer. With
-- those columns in the index, a report over a year of invoices reads the
-- index alone instead of looking up every invoice row. The new index starts
-- with the same three columns as ix_invoices_type_status_date, so it serves
-- every query that one did.
DROP INDEX ix_invoices_type_status_date;
CREATE INDEX ix_invoices_type_status_date_amounts
    ON invoices (type, status, issue_date, customer_id, subtotal, tax_amount, total_amount);

-- The top lists sum quantity and net per product over the lines of the
-- invoices in a period: with the product, quantity and net beside the
-- invoice id, the lines are read from the index in invoice order.
CREATE INDEX ix_invoice_items_invoice_product
    ON invoice_items (invoice_id, product_id, quantity, line_net);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0003_reports.sql: the movements report reads
-- one product in one warehouse over a period.

CREATE INDEX ix_stock_movements_product_warehouse ON stock_movements (product_id, warehouse_id, created_at);

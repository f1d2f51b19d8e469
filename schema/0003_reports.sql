-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- The movements report reads one product in one warehouse over a period:
-- the opening balance sums every earlier row and the period lists the rest
-- in time order. The per-product and per-warehouse indexes each leave the
-- other key to be checked row by row.

CREATE INDEX ix_stock_movements_product_warehouse ON stock_movements (product_id, warehouse_id, created_at);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0005_movement_index.sql: the movements
-- report of a warehouse reads every movement of a period in time order from
-- this index alone. It starts with the two columns of the one it replaces.
DROP INDEX ix_stock_movements_warehouse_id;
CREATE INDEX ix_stock_movements_warehouse_time
    ON stock_movements (warehouse_id, created_at, id, type, quantity, product_id, reference);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0006_payment_refunds.sql: a refund is a row
-- of payments with kind 'refund'; every payment recorded before is a 'payment'.
ALTER TABLE payments ADD COLUMN kind TEXT NOT NULL DEFAULT 'payment'
    CONSTRAINT ck_payments_kind CHECK (kind IN ('payment', 'refund'));

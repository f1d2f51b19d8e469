-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- A refund is money going back the other way on an invoice: paid back to the
-- customer of a sale, or received back from the supplier of a purchase, once
-- credit notes leave more paid than the invoice still owes. It is a row of
-- payments with kind 'refund'; the amount stays above zero (ck_payments_amount),
-- and the invoice's paid_amount is its payments less its refunds, neither
-- reversed. Every payment recorded before this migration is a 'payment'.
ALTER TABLE payments ADD COLUMN kind TEXT NOT NULL DEFAULT 'payment'
    CONSTRAINT ck_payments_kind CHECK (kind IN ('payment', 'refund'));

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- The server keeps the roles: run by the superuser on the company's database
-- {{db}} after the migrations (core/storage/server/ServerSetup.cpp puts the
-- checked database name in place of {{db}}), and again after any later
-- migration: it may run any number of times (every object is made or
-- replaced, every grant repeated), so new tables get their owner and grants. The roles exist already:
-- {{db}}_owner (NOLOGIN, CREATEROLE, owns the database) and the groups
-- {{db}}_clerk, {{db}}_manager (member of clerk) and {{db}}_admin (member of
-- manager). A Stockbook user is a LOGIN role of the same name in one group.
--
-- The design:
--   * Grants say which tables a group may read, and which it may write at all
--     (only the columns the app writes). Reading: every group reads the
--     books; users, audit_logs and audit_checkpoints only manager and admin.
--   * A BEFORE trigger on every written table (a SECURITY DEFINER function
--     owned by {{db}}_owner, search_path pinned) checks stockbook_may() for
--     the change being made, the business rules the change must keep, and
--     sets the actor columns (created_by, posted_by, voided_by, user_id,
--     reversed_by, the audit row's user) from session_user. So the app's own
--     INSERT and UPDATE statements run unchanged, and the same statements
--     typed into psql are held to the same rules.
--   * stock_levels, and products.quantity and products.cost, are written only
--     by the trigger on stock_movements, the way services/stock/StockLedger
--     keeps them; no login role holds a write right on them.
--   * audit_logs and audit_checkpoints are append-only for everyone: an
--     UPDATE, DELETE or TRUNCATE trigger refuses, whoever asks.
--   * Login roles are made and changed only through the stockbook_*_login
--     functions (user.manage), which need {{db}}_owner's CREATEROLE.
-- A superuser (the set-up, a restore) passes the permission checks; it could
-- bypass them anyway.

SET client_min_messages = warning; -- no notice for each DROP ... IF EXISTS

-- Everything in the schema belongs to the owner role.
DO $own$
DECLARE
    r RECORD;
BEGIN
    FOR r IN
        SELECT c.oid, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    LOOP
        -- A sequence of an identity or serial column follows its table.
        CONTINUE WHEN r.relkind = 'S' AND EXISTS (
            SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                AND d.deptype IN ('a', 'i'));
        EXECUTE format('ALTER %s public.%I OWNER TO %I',
            CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                ELSE 'TABLE' END,
            r.relname, '{{db}}_owner');
    END LOOP;
    FOR r IN
        SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I',
            CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
            r.signature, '{{db}}_owner');
    END LOOP;
END
$own$;

ALTER DATABASE {{db}} OWNER TO {{db}}_owner;

-- From here on the owner makes the functions, triggers and grants: nothing
-- below needs the superuser.
SET ROLE {{db}}_owner;

REVOKE ALL ON DATABASE {{db}} FROM PUBLIC;
GRANT CONNECT ON DATABASE {{db}} TO {{db}}_clerk, {{db}}_manager, {{db}}_admin;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {{db}}_clerk;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE {{db}}_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The migrations' trigger that keeps hash_version from going back reads the
-- whole log, which a clerk appending a row may not: it runs as the owner.
ALTER FUNCTION trg_audit_logs_hash_version() SECURITY DEFINER SET search_path = public, pg_temp;

-- ---------------------------------------------------------------------------
-- Who is asking

-- The users row of the login (active), or nothing.
CREATE OR REPLACE FUNCTION stockbook_user_id() RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE lower(username) = lower(session_user::text) AND active = 1
$$;

CREATE OR REPLACE FUNCTION stockbook_is_superuser() RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

-- The contract's check: the login is an active user whose role has the permission.
CREATE OR REPLACE FUNCTION stockbook_may(permission TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT stockbook_is_superuser() OR EXISTS (
        SELECT 1 FROM users u JOIN role_permissions rp ON rp.role_id = u.role_id
        WHERE lower(u.username) = lower(session_user::text) AND u.active = 1
            AND rp.permission = stockbook_may.permission)
$$;

-- Refuses (SQLSTATE 42501) unless the login holds one of the permissions.
CREATE OR REPLACE FUNCTION stockbook_require(VARIADIC permissions TEXT[]) RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    p TEXT;
BEGIN
    FOREACH p IN ARRAY permissions LOOP
        IF stockbook_may(p) THEN
            RETURN;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'permission denied: Stockbook user % lacks the permission %', session_user,
        array_to_string(permissions, ' or ')
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The actor for the row: the login's users id (NULL for a superuser's set-up).
CREATE OR REPLACE FUNCTION stockbook_actor() RETURNS BIGINT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_user_id();
BEGIN
    IF uid IS NULL AND NOT stockbook_is_superuser() THEN
        RAISE EXCEPTION 'permission denied: % is not an active Stockbook user of this company', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN uid;
END
$$;

-- Whether this transaction wrote the invoice's current row version (inserted
-- it or changed it): a posting's or a credit note's own invoice.
CREATE OR REPLACE FUNCTION stockbook_invoice_is_new(invoice BIGINT) RETURNS BOOLEAN
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT xmin::text::bigint = (pg_current_xact_id()::text::bigint % 4294967296)
                     FROM invoices WHERE id = invoice), false)
$$;

-- The caller's own users row.
CREATE OR REPLACE FUNCTION stockbook_me() RETURNS SETOF users
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT * FROM users WHERE lower(username) = lower(session_user::text)
$$;

-- Names for lists ("created by"), without the rest of the users row.
CREATE OR REPLACE VIEW user_names AS SELECT id, username, full_name, active FROM users;

-- The audit chain's head, for a client that appends a row but may not read the log.
CREATE OR REPLACE FUNCTION stockbook_audit_head(OUT seq BIGINT, OUT row_hash BYTEA)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.seq, a.row_hash FROM audit_logs a ORDER BY a.seq DESC LIMIT 1
$$;

-- ---------------------------------------------------------------------------
-- Tables written under one permission

CREATE OR REPLACE FUNCTION stockbook_guard_permission() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_actor();
    PERFORM stockbook_require(VARIADIC TG_ARGV);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE TRIGGER trg_customers_guard BEFORE INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('customer.edit');
CREATE OR REPLACE TRIGGER trg_suppliers_guard BEFORE INSERT OR UPDATE OR DELETE ON suppliers
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('supplier.edit');
CREATE OR REPLACE TRIGGER trg_categories_guard BEFORE INSERT OR UPDATE OR DELETE ON categories
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('catalog.edit');
-- The default tax rate's value is also set by the company's set-up (settings.edit).
CREATE OR REPLACE TRIGGER trg_tax_rates_guard BEFORE INSERT OR UPDATE OR DELETE ON tax_rates
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('catalog.edit', 'settings.edit');
CREATE OR REPLACE TRIGGER trg_warehouses_guard BEFORE INSERT OR UPDATE OR DELETE ON warehouses
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('warehouse.edit');
-- users: user.manage, except the one change stockbook_set_own_password()
-- makes to the caller's own row (the password no longer temporary).
CREATE OR REPLACE FUNCTION stockbook_guard_users() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('stockbook.own_password', true) = lower(session_user::text)
       AND lower(OLD.username) = lower(session_user::text) AND NEW.must_change_password = 0
       AND (to_jsonb(NEW) - 'must_change_password' - 'updated_at')
           = (to_jsonb(OLD) - 'must_change_password' - 'updated_at') THEN
        RETURN NEW;
    END IF;
    PERFORM stockbook_actor();
    PERFORM stockbook_require('user.manage');
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE OR REPLACE TRIGGER trg_users_guard BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_users();
CREATE OR REPLACE TRIGGER trg_roles_guard BEFORE INSERT OR UPDATE OR DELETE ON roles
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('role.manage');
CREATE OR REPLACE TRIGGER trg_role_permissions_guard BEFORE INSERT OR UPDATE OR DELETE ON role_permissions
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_permission('role.manage');

-- Products: the catalog columns need catalog.edit; quantity and cost are the
-- ledger's (no login holds a grant on them; the stock_movements trigger,
-- running as the owner, changes them).
CREATE OR REPLACE FUNCTION stockbook_guard_products() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_actor();
    IF TG_OP = 'INSERT' THEN
        PERFORM stockbook_require('catalog.edit');
        IF NEW.quantity <> 0 THEN
            RAISE EXCEPTION 'a new product starts with no stock: stock comes from stock movements'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stockbook_require('catalog.edit');
        RETURN OLD;
    END IF;
    IF (to_jsonb(NEW) - ARRAY['quantity', 'cost', 'updated_at'])
        IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['quantity', 'cost', 'updated_at']) THEN
        PERFORM stockbook_require('catalog.edit');
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_products_guard BEFORE INSERT OR UPDATE OR DELETE ON products
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_products();

-- Settings: settings.edit, except the caller's own kept work
-- (services/lock/PendingWorkService: key pending_work.KIND.USERID).
CREATE OR REPLACE FUNCTION stockbook_guard_settings() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_actor();
    own TEXT := '^pending_work\.[a-z_]+\.' || COALESCE(uid::text, '-') || '$';
BEGIN
    IF (TG_OP = 'DELETE' OR NEW.key ~ own) AND (TG_OP = 'INSERT' OR OLD.key ~ own) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM stockbook_require('settings.edit');
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE OR REPLACE TRIGGER trg_settings_guard BEFORE INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_settings();

-- ---------------------------------------------------------------------------
-- Invoices

CREATE OR REPLACE FUNCTION stockbook_guard_invoices() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_actor();
    issued CONSTANT TEXT[] := ARRAY['posted', 'partly_paid', 'paid'];
    paid BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF uid IS NOT NULL THEN
            NEW.created_by := uid;
        END IF;
        IF NEW.paid_amount <> 0 OR NEW.voided_by IS NOT NULL OR NEW.voided_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new invoice has no payments and is not void' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.type = 'credit_note' THEN
            PERFORM stockbook_require('invoice.credit');
            IF NEW.status <> 'posted' THEN
                RAISE EXCEPTION 'a credit note is issued posted' USING ERRCODE = 'check_violation';
            END IF;
        ELSIF NEW.status = 'draft' THEN
            PERFORM stockbook_require('invoice.create');
            IF NEW.posted_by IS NOT NULL OR NEW.posted_at IS NOT NULL THEN
                RAISE EXCEPTION 'a draft is not posted' USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        ELSIF NEW.status = 'posted' THEN
            PERFORM stockbook_require('invoice.create');
            PERFORM stockbook_require('invoice.post');
        ELSE
            RAISE EXCEPTION 'a new invoice is a draft or posted, not %', NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF uid IS NOT NULL THEN
            NEW.posted_by := uid;
        END IF;
        RETURN NEW;
    END IF;

    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'invoice % is issued: it can be voided or credited, not deleted', OLD.invoice_number
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM stockbook_require('invoice.create');
        RETURN OLD;
    END IF;

    -- UPDATE
    NEW.created_by := OLD.created_by;
    IF OLD.status = 'draft' AND NEW.status = 'draft' THEN
        PERFORM stockbook_require('invoice.create');
        IF NEW.posted_by IS NOT NULL OR NEW.posted_at IS NOT NULL OR NEW.paid_amount <> 0
            OR NEW.type = 'credit_note' THEN
            RAISE EXCEPTION 'a draft is not posted' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'draft' AND NEW.status = 'posted' THEN
        PERFORM stockbook_require('invoice.post');
        IF NEW.paid_amount <> 0 OR NEW.type <> OLD.type THEN
            RAISE EXCEPTION 'posting keeps the type and starts unpaid' USING ERRCODE = 'check_violation';
        END IF;
        IF uid IS NOT NULL THEN
            NEW.posted_by := uid;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = ANY (issued) AND NEW.status = 'void' THEN
        PERFORM stockbook_require('invoice.void');
        -- As InvoiceService::voidInvoice: payments are reversed and no credit note refers to it first.
        IF OLD.type = 'credit_note' THEN
            RAISE EXCEPTION 'credit note % is final once issued', OLD.invoice_number USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = OLD.id AND p.reversed_at IS NULL)
            OR EXISTS (SELECT 1 FROM invoices c WHERE c.credit_of_invoice_id = OLD.id) THEN
            RAISE EXCEPTION 'invoice % has payments or credit notes: reverse or credit them, do not void it',
                OLD.invoice_number USING ERRCODE = 'check_violation';
        END IF;
        IF uid IS NOT NULL THEN
            NEW.voided_by := uid;
        END IF;
        IF (to_jsonb(NEW) - ARRAY['status', 'void_reason', 'voided_by', 'voided_at', 'updated_at'])
            IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'void_reason', 'voided_by', 'voided_at', 'updated_at']) THEN
            RAISE EXCEPTION 'voiding invoice % changes nothing but its status and the void''s reason, user and time',
                OLD.invoice_number USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = ANY (issued) AND NEW.status = ANY (issued) THEN
        IF (to_jsonb(NEW) - ARRAY['paid_amount', 'status', 'updated_at'])
            IS NOT DISTINCT FROM (to_jsonb(OLD) - ARRAY['paid_amount', 'status', 'updated_at']) THEN
            -- What is paid follows the payments: payments less refunds, neither reversed.
            PERFORM stockbook_require('payment.record', 'payment.reverse', 'invoice.credit', 'invoice.void');
            SELECT COALESCE(sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END), 0) INTO paid
                FROM payments p WHERE p.invoice_id = OLD.id AND p.reversed_at IS NULL;
            IF NEW.paid_amount <> paid THEN
                RAISE EXCEPTION 'invoice % has % paid by its payments, not %', OLD.invoice_number, paid, NEW.paid_amount
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END IF;
        -- A credit note's totals, set in the transaction that issues it.
        IF OLD.type = 'credit_note' AND stockbook_invoice_is_new(OLD.id)
            AND (to_jsonb(NEW) - ARRAY['subtotal', 'tax_amount', 'total_amount', 'updated_at'])
                IS NOT DISTINCT FROM (to_jsonb(OLD) - ARRAY['subtotal', 'tax_amount', 'total_amount', 'updated_at']) THEN
            PERFORM stockbook_require('invoice.credit');
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'invoice % is %: it cannot be changed this way', COALESCE(OLD.invoice_number, OLD.id::text), OLD.status
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE OR REPLACE TRIGGER trg_invoices_guard BEFORE INSERT OR UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_invoices();

-- Lines change with their draft; an issued invoice's lines are written only in
-- the transaction that issues it.
CREATE OR REPLACE FUNCTION stockbook_guard_invoice_items() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    inv RECORD;
    invoice BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
BEGIN
    PERFORM stockbook_actor();
    IF TG_OP = 'UPDATE' AND NEW.invoice_id <> OLD.invoice_id THEN
        RAISE EXCEPTION 'a line stays on its invoice' USING ERRCODE = 'check_violation';
    END IF;
    SELECT id, type, status INTO inv FROM invoices WHERE id = invoice;
    IF NOT FOUND THEN
        -- Deleted with its draft (ON DELETE CASCADE), or a missing invoice the
        -- foreign key refuses.
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF inv.status = 'draft' THEN
        IF TG_OP = 'UPDATE' THEN
            PERFORM stockbook_require('invoice.create', 'invoice.post');
        ELSE
            PERFORM stockbook_require('invoice.create');
        END IF;
    ELSIF TG_OP = 'INSERT' AND stockbook_invoice_is_new(inv.id) THEN
        IF inv.type = 'credit_note' THEN
            PERFORM stockbook_require('invoice.credit');
        ELSE
            PERFORM stockbook_require('invoice.post');
        END IF;
    ELSE
        RAISE EXCEPTION 'the lines of an issued invoice cannot be changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE OR REPLACE TRIGGER trg_invoice_items_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_items
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_invoice_items();

-- Gapless numbers: a number is taken (next_value one up) while posting.
CREATE OR REPLACE FUNCTION stockbook_guard_number_sequences() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_actor();
    PERFORM stockbook_require('invoice.post', 'invoice.credit');
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'numbering is never reset' USING ERRCODE = 'insufficient_privilege';
    ELSIF TG_OP = 'INSERT' AND NEW.next_value NOT IN (1, 2) THEN
        RAISE EXCEPTION 'a new series starts at number 1' USING ERRCODE = 'check_violation';
    ELSIF TG_OP = 'UPDATE' AND (NEW.series <> OLD.series OR NEW.year <> OLD.year
                                OR NEW.next_value <> OLD.next_value + 1) THEN
        RAISE EXCEPTION 'numbers are taken one at a time' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_number_sequences_guard BEFORE INSERT OR UPDATE OR DELETE ON number_sequences
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_number_sequences();

-- At commit: an issued invoice's totals are the sums of its lines, and what
-- it has paid is what its payments say (payments less refunds, neither
-- reversed), so ck_invoices_paid_le_total keeps every payment within what is due.
CREATE OR REPLACE FUNCTION stockbook_check_invoice(invoice BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    inv RECORD;
    lines RECORD;
    paid BIGINT;
BEGIN
    SELECT * INTO inv FROM invoices WHERE id = invoice;
    IF NOT FOUND OR inv.status = 'draft' THEN
        RETURN;
    END IF;
    SELECT COALESCE(sum(line_net), 0) AS net, COALESCE(sum(line_tax), 0) AS tax,
           COALESCE(sum(line_total), 0) AS total INTO lines
        FROM invoice_items WHERE invoice_id = inv.id;
    IF (lines.net, lines.tax, lines.total) IS DISTINCT FROM (inv.subtotal, inv.tax_amount, inv.total_amount) THEN
        RAISE EXCEPTION 'invoice % totals % / % / % but its lines % / % / %', COALESCE(inv.invoice_number, inv.id::text),
            inv.subtotal, inv.tax_amount, inv.total_amount, lines.net, lines.tax, lines.total
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT COALESCE(sum(CASE WHEN p.kind = 'refund' THEN -p.amount ELSE p.amount END), 0) INTO paid
        FROM payments p WHERE p.invoice_id = inv.id AND p.reversed_at IS NULL;
    IF inv.paid_amount <> paid THEN
        RAISE EXCEPTION 'invoice % has % paid by its payments, not %', COALESCE(inv.invoice_number, inv.id::text),
            paid, inv.paid_amount USING ERRCODE = 'check_violation';
    END IF;
END
$$;
CREATE OR REPLACE FUNCTION stockbook_invoice_settled() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'invoices' THEN
        PERFORM stockbook_check_invoice(NEW.id);
    ELSE
        PERFORM stockbook_check_invoice(NEW.invoice_id);
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS trg_invoices_settled ON invoices;
CREATE CONSTRAINT TRIGGER trg_invoices_settled AFTER INSERT OR UPDATE ON invoices
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stockbook_invoice_settled();
DROP TRIGGER IF EXISTS trg_payments_settled ON payments;
CREATE CONSTRAINT TRIGGER trg_payments_settled AFTER INSERT OR UPDATE ON payments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stockbook_invoice_settled();

-- ---------------------------------------------------------------------------
-- Payments

CREATE OR REPLACE FUNCTION stockbook_guard_payments() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_actor();
    st TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a payment is reversed, never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.kind = 'refund' THEN
            PERFORM stockbook_require('payment.reverse');
        ELSE
            PERFORM stockbook_require('payment.record');
        END IF;
        SELECT status INTO st FROM invoices WHERE id = NEW.invoice_id;
        IF st IS NOT NULL AND st NOT IN ('posted', 'partly_paid', 'paid') THEN
            RAISE EXCEPTION 'payments are recorded on issued invoices, not on a % one', st
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.reversed_at IS NOT NULL OR NEW.reversed_by IS NOT NULL THEN
            RAISE EXCEPTION 'a new payment is not reversed' USING ERRCODE = 'check_violation';
        END IF;
        IF uid IS NOT NULL THEN
            NEW.created_by := uid;
        END IF;
        RETURN NEW;
    END IF;
    PERFORM stockbook_require('payment.reverse');
    IF OLD.reversed_at IS NOT NULL THEN
        RAISE EXCEPTION 'the payment is reversed already' USING ERRCODE = 'check_violation';
    END IF;
    IF uid IS NOT NULL AND NEW.reversed_at IS NOT NULL THEN
        NEW.reversed_by := uid;
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_payments_guard BEFORE INSERT OR UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_payments();

-- ---------------------------------------------------------------------------
-- The stock ledger: a movement is the only way stock changes. The trigger
-- checks who may make it and keeps stock_levels and products exactly as
-- services/stock/StockLedger::apply does (a receipt's moving average cost,
-- the level row made on first receipt, an outgoing movement refused when the
-- level falls short, products.quantity the sum over warehouses).

CREATE OR REPLACE FUNCTION stockbook_stock_movement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_actor();
    inv RECORD;
    inbound BOOLEAN := NEW.type IN ('receipt', 'return', 'transfer_in', 'adjustment_in', 'void_in');
    on_hand BIGINT;
    old_cost BIGINT;
    available BIGINT;
BEGIN
    IF uid IS NOT NULL THEN
        NEW.user_id := uid;
    END IF;
    IF NEW.type IN ('sale', 'receipt', 'return', 'void_in', 'void_out') THEN
        SELECT id, type, status INTO inv FROM invoices WHERE id = NEW.invoice_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'a % movement belongs to an invoice', NEW.type USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.type IN ('sale', 'receipt') THEN
            PERFORM stockbook_require('invoice.post');
            IF inv.type <> (CASE NEW.type WHEN 'sale' THEN 'sale' ELSE 'purchase' END)
                OR NOT (inv.status = 'draft' OR stockbook_invoice_is_new(inv.id)) THEN
                RAISE EXCEPTION 'a % movement is made only by posting its invoice', NEW.type
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSIF NEW.type = 'return' THEN
            PERFORM stockbook_require('invoice.credit');
            IF inv.type <> 'credit_note' OR NOT stockbook_invoice_is_new(inv.id) THEN
                RAISE EXCEPTION 'a return is made only by issuing its credit note'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            PERFORM stockbook_require('invoice.void');
            IF inv.status NOT IN ('posted', 'partly_paid', 'paid') THEN
                RAISE EXCEPTION 'a void movement is made only by voiding its issued invoice'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    ELSIF NEW.type IN ('transfer_out', 'transfer_in') THEN
        PERFORM stockbook_require('stock.transfer');
        IF NEW.transfer_id IS NULL OR NEW.invoice_id IS NOT NULL THEN
            RAISE EXCEPTION 'a transfer movement has a transfer and no invoice' USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        PERFORM stockbook_require('stock.adjust');
        IF NEW.invoice_id IS NOT NULL THEN
            RAISE EXCEPTION 'an adjustment has no invoice' USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    -- Every movement locks its product's row before its level's, so postings
    -- running side by side (each locking its lines' products in id order
    -- first, StockLedger::applyAll) never wait for each other in a circle.
    -- NO KEY: a draft's line that names the product (its foreign key's KEY
    -- SHARE lock) does not wait for it, nor it for the draft.
    PERFORM 1 FROM products WHERE id = NEW.product_id FOR NO KEY UPDATE;
    IF inbound THEN
        IF NEW.type = 'receipt' THEN
            -- Moving average over what is on hand in all warehouses (roundedDiv:
            -- half away from zero, as round(numeric) does).
            SELECT greatest(quantity, 0), cost INTO on_hand, old_cost FROM products WHERE id = NEW.product_id
                FOR NO KEY UPDATE;
            IF FOUND THEN
                UPDATE products SET cost = round((on_hand::numeric * old_cost + NEW.quantity::numeric * NEW.unit_cost)
                                                 / (on_hand + NEW.quantity))::bigint
                    WHERE id = NEW.product_id;
            END IF;
        END IF;
        INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at)
            VALUES (NEW.product_id, NEW.warehouse_id, 0, NEW.created_at)
            ON CONFLICT (product_id, warehouse_id) DO NOTHING;
        UPDATE stock_levels SET quantity = quantity + NEW.quantity, updated_at = NEW.created_at
            WHERE product_id = NEW.product_id AND warehouse_id = NEW.warehouse_id;
    ELSE
        UPDATE stock_levels SET quantity = quantity - NEW.quantity, updated_at = NEW.created_at
            WHERE product_id = NEW.product_id AND warehouse_id = NEW.warehouse_id AND quantity >= NEW.quantity;
        IF NOT FOUND THEN
            SELECT quantity INTO available FROM stock_levels
                WHERE product_id = NEW.product_id AND warehouse_id = NEW.warehouse_id;
            RAISE EXCEPTION 'not enough stock of product % in warehouse %: % available, % needed',
                NEW.product_id, NEW.warehouse_id, COALESCE(available, 0), NEW.quantity
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_levels_quantity';
        END IF;
    END IF;
    UPDATE products SET quantity = quantity + CASE WHEN inbound THEN NEW.quantity ELSE -NEW.quantity END
        WHERE id = NEW.product_id;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_stock_movements_ledger BEFORE INSERT ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stockbook_stock_movement();

-- At commit: an invoice's sale or receipt belongs to an invoice that was
-- posted, a void movement to one that was voided, and a transfer has both
-- halves (SET CONSTRAINTS ... IMMEDIATE only moves the check earlier).
CREATE OR REPLACE FUNCTION stockbook_stock_movement_settled() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    st TEXT;
BEGIN
    IF NEW.invoice_id IS NOT NULL THEN
        SELECT status INTO st FROM invoices WHERE id = NEW.invoice_id;
        IF (NEW.type IN ('sale', 'receipt', 'return') AND st = 'draft')
            OR (NEW.type IN ('void_in', 'void_out') AND st IS DISTINCT FROM 'void') THEN
            RAISE EXCEPTION 'a % movement of invoice % without its posting or voiding', NEW.type, NEW.invoice_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The movements of a kind move what the invoice's lines hold of the product.
        IF (SELECT COALESCE(sum(m.quantity), 0) FROM stock_movements m
            WHERE m.invoice_id = NEW.invoice_id AND m.product_id = NEW.product_id AND m.type = NEW.type)
            <> (SELECT COALESCE(sum(it.quantity), 0) FROM invoice_items it
                WHERE it.invoice_id = NEW.invoice_id AND it.product_id = NEW.product_id) THEN
            RAISE EXCEPTION 'the % movements of invoice % do not match its lines of product %', NEW.type,
                NEW.invoice_id, NEW.product_id USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.type IN ('transfer_out', 'transfer_in') THEN
        IF NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.transfer_id = NEW.transfer_id
                           AND m.product_id = NEW.product_id AND m.quantity = NEW.quantity
                           AND m.type = (CASE NEW.type WHEN 'transfer_out' THEN 'transfer_in' ELSE 'transfer_out' END)) THEN
            RAISE EXCEPTION 'transfer % of product % has one half only', NEW.transfer_id, NEW.product_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS trg_stock_movements_settled ON stock_movements;
CREATE CONSTRAINT TRIGGER trg_stock_movements_settled AFTER INSERT ON stock_movements
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stockbook_stock_movement_settled();

-- ---------------------------------------------------------------------------
-- The audit log: append-only for everyone, the actor set by the server.

CREATE OR REPLACE FUNCTION stockbook_append_only() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE OR REPLACE TRIGGER trg_audit_logs_server_append_only BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION stockbook_append_only();
CREATE OR REPLACE TRIGGER trg_audit_logs_server_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION stockbook_append_only();
CREATE OR REPLACE TRIGGER trg_audit_checkpoints_server_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION stockbook_append_only();
CREATE OR REPLACE TRIGGER trg_audit_checkpoints_server_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION stockbook_append_only();

-- The row's actor is the login (session_user), whatever the client sent; the
-- row continues the chain (seq one up, prev_hash the head's row_hash), one
-- writer at a time.
CREATE OR REPLACE FUNCTION stockbook_audit_actor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head_seq BIGINT;
    head_hash BYTEA;
BEGIN
    IF NOT stockbook_is_superuser() THEN
        SELECT id, username INTO NEW.user_id, NEW.username FROM users
            WHERE lower(username) = lower(session_user::text) AND active = 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'permission denied: % is not an active Stockbook user of this company', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.signer_user_id IS NOT NULL AND NEW.signer_user_id <> NEW.user_id THEN
            RAISE EXCEPTION 'an audit row is signed by its own author' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    LOCK TABLE audit_logs IN SHARE ROW EXCLUSIVE MODE;
    SELECT a.seq, a.row_hash INTO head_seq, head_hash FROM audit_logs a ORDER BY a.seq DESC LIMIT 1;
    IF NEW.seq IS DISTINCT FROM COALESCE(head_seq, 0) + 1
        OR NEW.prev_hash IS DISTINCT FROM COALESCE(head_hash, decode(repeat('00', 32), 'hex')) THEN
        RAISE EXCEPTION 'the audit row does not continue the chain (head is %)', COALESCE(head_seq, 0)
            USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_audit_logs_actor BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION stockbook_audit_actor();

-- A checkpoint is signed by an administrator, in their own name.
CREATE OR REPLACE FUNCTION stockbook_guard_checkpoints() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := stockbook_actor();
BEGIN
    PERFORM stockbook_require('user.manage');
    IF uid IS NOT NULL AND NEW.signer_user_id <> uid THEN
        RAISE EXCEPTION 'a checkpoint is signed in its signer''s own name' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER trg_audit_checkpoints_guard BEFORE INSERT ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION stockbook_guard_checkpoints();

-- ---------------------------------------------------------------------------
-- Login roles of this company's users (user.manage). The verifier is the
-- SCRAM-SHA-256 text the client computed (storage/server/Scram): the password
-- itself never reaches the server.

CREATE OR REPLACE FUNCTION stockbook_check_login_name(username TEXT) RETURNS VOID
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF username IS NULL OR username !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'the user name % is not a login name: a lower-case letter, then letters, digits, _ . or - (at most 63)',
            quote_literal(COALESCE(username, '')) USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION stockbook_check_verifier(verifier TEXT) RETURNS VOID
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF verifier IS NULL
        OR verifier !~ '^SCRAM-SHA-256\$[1-9][0-9]*:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN
        RAISE EXCEPTION 'a login''s password is given as its SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- The login role of one of this company's users: it exists, is no superuser
-- and belongs to exactly one of this company's groups and to no other role.
CREATE OR REPLACE FUNCTION stockbook_company_login(username TEXT) RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r RECORD;
BEGIN
    PERFORM stockbook_check_login_name(username);
    SELECT oid, rolsuper INTO r FROM pg_roles WHERE rolname = username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no login % on this server', username USING ERRCODE = 'undefined_object';
    END IF;
    IF r.rolsuper
        OR (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid) <> 1
        OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       WHERE m.member = r.oid
                           AND g.rolname IN ('{{db}}_clerk', '{{db}}_manager', '{{db}}_admin')) THEN
        RAISE EXCEPTION 'the role % is not a login of this company', username USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION stockbook_terminate(username TEXT) RETURNS VOID
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
    WHERE usename = username AND pid <> pg_backend_pid();
$$;

CREATE OR REPLACE FUNCTION stockbook_create_login(username TEXT, "group" TEXT, verifier TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    role_name TEXT;
BEGIN
    PERFORM stockbook_require('user.manage');
    PERFORM stockbook_check_login_name(username);
    PERFORM stockbook_check_verifier(verifier);
    IF "group" IS NULL OR "group" NOT IN ('clerk', 'manager', 'admin') THEN
        RAISE EXCEPTION 'a login is in the group clerk, manager or admin, not %', quote_literal(COALESCE("group", ''))
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT r.name INTO role_name FROM users u JOIN roles r ON r.id = u.role_id WHERE lower(u.username) = stockbook_create_login.username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no Stockbook user % in this company: add the user first', username
            USING ERRCODE = 'undefined_object';
    END IF;
    IF (CASE WHEN lower(role_name) IN ('admin', 'manager') THEN lower(role_name) ELSE 'clerk' END) <> "group" THEN
        RAISE EXCEPTION 'user % has the role %: the login''s group is not %', username, role_name, "group"
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = username) THEN
        RAISE EXCEPTION 'a role named % exists on this server already: choose another user name', username
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                   'PASSWORD %L IN ROLE %I', username, verifier, '{{db}}_' || "group");
    -- The owner may end this login's sessions (pg_terminate_backend needs it).
    EXECUTE format('GRANT %I TO %I', username, '{{db}}_owner');
END
$$;

CREATE OR REPLACE FUNCTION stockbook_set_login_password(username TEXT, verifier TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_require('user.manage');
    PERFORM stockbook_company_login(username);
    PERFORM stockbook_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', username, verifier);
END
$$;

-- A user's own new password (the change the app asks for after a reset):
-- no permission needed, only for the login that calls it.
CREATE OR REPLACE FUNCTION stockbook_set_own_password(verifier TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_company_login(session_user::text);
    PERFORM stockbook_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user::text, verifier);
    PERFORM set_config('stockbook.own_password', lower(session_user::text), true);
    UPDATE users SET must_change_password = 0,
           updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
     WHERE lower(username) = lower(session_user::text);
    PERFORM set_config('stockbook.own_password', '', true);
END
$$;

CREATE OR REPLACE FUNCTION stockbook_disable_login(username TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_require('user.manage');
    PERFORM stockbook_company_login(username);
    EXECUTE format('ALTER ROLE %I NOLOGIN', username);
    PERFORM stockbook_terminate(username);
END
$$;

CREATE OR REPLACE FUNCTION stockbook_enable_login(username TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_require('user.manage');
    PERFORM stockbook_company_login(username);
    EXECUTE format('ALTER ROLE %I LOGIN', username);
END
$$;

CREATE OR REPLACE FUNCTION stockbook_drop_login(username TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM stockbook_require('user.manage');
    PERFORM stockbook_company_login(username);
    IF lower(session_user::text) = username THEN
        RAISE EXCEPTION 'you cannot drop your own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', username);
    PERFORM stockbook_terminate(username);
    EXECUTE format('DROP ROLE %I', username);
END
$$;

-- The login follows its users row: deactivating the user disables the login
-- (and ends its sessions), reactivating enables it, a new role moves it to
-- that role's group (admin, manager, any other role clerk).
CREATE OR REPLACE FUNCTION stockbook_group_of_role(role BIGINT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN lower(name) IN ('admin', 'manager') THEN lower(name) ELSE 'clerk' END FROM roles WHERE id = role
$$;

CREATE OR REPLACE FUNCTION stockbook_users_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    name TEXT := lower(NEW.username);
    old_group TEXT := stockbook_group_of_role(OLD.role_id);
    new_group TEXT := stockbook_group_of_role(NEW.role_id);
BEGIN
    IF lower(OLD.username) <> name THEN
        RAISE EXCEPTION 'a user name is its login''s name and does not change' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
        RETURN NULL; -- no login yet
    END IF;
    PERFORM stockbook_company_login(name);
    IF old_group <> new_group THEN
        EXECUTE format('GRANT %I TO %I', '{{db}}_' || new_group, name);
        EXECUTE format('REVOKE %I FROM %I', '{{db}}_' || old_group, name);
    END IF;
    IF OLD.active = 1 AND NEW.active = 0 THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', name);
        PERFORM stockbook_terminate(name);
    ELSIF OLD.active = 0 AND NEW.active = 1 THEN
        EXECUTE format('ALTER ROLE %I LOGIN', name);
    END IF;
    RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER trg_users_follow AFTER UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION stockbook_users_follow();

-- ---------------------------------------------------------------------------
-- Grants: reading, and the columns each group may write at all (the triggers
-- above decide each change).

GRANT SELECT ON roles, role_permissions, categories, suppliers, customers, warehouses, tax_rates, products,
    stock_levels, invoices, invoice_items, stock_movements, payments, settings, number_sequences,
    schema_migrations, user_names TO {{db}}_clerk;
GRANT SELECT ON users, audit_logs, audit_checkpoints TO {{db}}_manager;

GRANT INSERT, UPDATE ON customers, suppliers, categories, tax_rates, warehouses TO {{db}}_clerk;
GRANT INSERT (sku, barcode, name, category_id, supplier_id, tax_rate_id, unit, price, reorder_level, active,
              created_at, updated_at),
      UPDATE (sku, barcode, name, category_id, supplier_id, tax_rate_id, unit, price, reorder_level, active,
              updated_at)
    ON products TO {{db}}_clerk;
GRANT INSERT, UPDATE, DELETE ON invoices, invoice_items, settings TO {{db}}_clerk;
GRANT INSERT ON stock_movements, audit_logs TO {{db}}_clerk;
GRANT INSERT, UPDATE (reversed_at, reversed_by, reversal_reason) ON payments TO {{db}}_clerk;
GRANT INSERT, UPDATE (next_value) ON number_sequences TO {{db}}_clerk;
GRANT INSERT, UPDATE ON users TO {{db}}_admin;
GRANT INSERT, UPDATE, DELETE ON roles, role_permissions TO {{db}}_admin;
GRANT INSERT ON audit_checkpoints TO {{db}}_admin;
-- Identity and serial columns take their numbers from sequences.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {{db}}_clerk;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stockbook_may(TEXT), stockbook_me(), stockbook_audit_head(),
    stockbook_create_login(TEXT, TEXT, TEXT), stockbook_set_login_password(TEXT, TEXT),
    stockbook_set_own_password(TEXT),
    stockbook_disable_login(TEXT), stockbook_enable_login(TEXT), stockbook_drop_login(TEXT)
    TO {{db}}_clerk;

-- Other workstations' lists read again when invoices or stock change
-- (core/services/changes/ChangeNotifier): one NOTIFY per statement, sent at commit.
CREATE OR REPLACE FUNCTION stockbook_notify_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('stockbook_changed', TG_ARGV[0]);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS invoices_changed ON invoices;
CREATE TRIGGER invoices_changed AFTER INSERT OR UPDATE ON invoices
    FOR EACH STATEMENT EXECUTE FUNCTION stockbook_notify_changed('invoices');
DROP TRIGGER IF EXISTS stock_movements_changed ON stock_movements;
CREATE TRIGGER stock_movements_changed AFTER INSERT OR UPDATE ON stock_movements
    FOR EACH STATEMENT EXECUTE FUNCTION stockbook_notify_changed('stock');

RESET ROLE;
RESET client_min_messages;

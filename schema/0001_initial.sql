-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- Stockbook's data model. Runs on SQLCipher 3.4.1 (SQLite 3.15.2): no window
-- functions, UPSERT, RETURNING, STRICT tables, generated columns, DROP or RENAME COLUMN.
-- The migration runner wraps this file in one transaction and sets user_version.
--
-- Conventions:
--   money       INTEGER minor units (cents), never REAL
--   quantities  INTEGER thousandths (1 piece = 1000, 0.250 kg = 250)
--   tax rates   INTEGER basis points (2000 = 20.00 %)
--   timestamps  TEXT, ISO 8601 in UTC ("2026-11-28T10:00:00.000Z"); dates TEXT "YYYY-MM-DD"
--   flags       INTEGER 0 or 1
-- Every CHECK is named, so a refusal names the rule ("CHECK constraint failed: ck_...").
--
-- Permissions (role_permissions.permission):
--   invoice.create invoice.post invoice.void invoice.credit
--   payment.record payment.reverse customer.edit product.view stock.view
--   catalog.edit supplier.edit warehouse.edit stock.transfer stock.adjust
--   report.view data.export audit.view
--   user.manage role.manage settings.edit backup.run backup.restore key.rotate

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    is_system   INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_roles_name UNIQUE (name),
    CONSTRAINT ck_roles_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_roles_is_system CHECK (is_system IN (0, 1))
);

CREATE TABLE role_permissions (
    role_id    INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT ck_role_permissions_name CHECK (permission GLOB '[a-z]*.[a-z]*')
);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL COLLATE NOCASE,
    email                TEXT,
    full_name            TEXT NOT NULL DEFAULT '',
    role_id              INTEGER NOT NULL REFERENCES roles (id),
    active               INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    keyslot_hash         BLOB,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_login_at        TEXT,
    CONSTRAINT uq_users_username UNIQUE (username),
    CONSTRAINT ck_users_username CHECK (length(trim(username)) BETWEEN 1 AND 64),
    CONSTRAINT ck_users_email CHECK (email IS NULL OR email LIKE '_%@_%'),
    CONSTRAINT ck_users_active CHECK (active IN (0, 1)),
    CONSTRAINT ck_users_must_change CHECK (must_change_password IN (0, 1)),
    CONSTRAINT ck_users_failed_logins CHECK (failed_logins >= 0)
);

CREATE TABLE categories (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL COLLATE NOCASE,
    parent_id  INTEGER REFERENCES categories (id),
    created_at TEXT NOT NULL,
    CONSTRAINT uq_categories_name UNIQUE (name),
    CONSTRAINT ck_categories_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_categories_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE suppliers (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    email              TEXT,
    phone              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    tax_id             TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    notes              TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CONSTRAINT ck_suppliers_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_suppliers_email CHECK (email IS NULL OR email LIKE '_%@_%'),
    CONSTRAINT ck_suppliers_terms CHECK (payment_terms_days BETWEEN 0 AND 365),
    CONSTRAINT ck_suppliers_active CHECK (active IN (0, 1))
);

CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    email              TEXT,
    phone              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    tax_id             TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 14,
    notes              TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CONSTRAINT ck_customers_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_customers_email CHECK (email IS NULL OR email LIKE '_%@_%'),
    CONSTRAINT ck_customers_terms CHECK (payment_terms_days BETWEEN 0 AND 365),
    CONSTRAINT ck_customers_active CHECK (active IN (0, 1))
);

CREATE TABLE warehouses (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL COLLATE NOCASE,
    name       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    CONSTRAINT uq_warehouses_code UNIQUE (code),
    CONSTRAINT ck_warehouses_code CHECK (length(trim(code)) BETWEEN 1 AND 16),
    CONSTRAINT ck_warehouses_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_warehouses_active CHECK (active IN (0, 1)),
    CONSTRAINT ck_warehouses_is_default CHECK (is_default IN (0, 1)),
    CONSTRAINT ck_warehouses_default_active CHECK (is_default = 0 OR active = 1)
);

CREATE TABLE tax_rates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL COLLATE NOCASE,
    rate_bp    INTEGER NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT uq_tax_rates_name UNIQUE (name),
    CONSTRAINT ck_tax_rates_rate CHECK (typeof(rate_bp) = 'integer' AND rate_bp BETWEEN 0 AND 100000),
    CONSTRAINT ck_tax_rates_is_default CHECK (is_default IN (0, 1)),
    CONSTRAINT ck_tax_rates_active CHECK (active IN (0, 1))
);

CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL COLLATE NOCASE,
    barcode       TEXT,
    name          TEXT NOT NULL,
    category_id   INTEGER REFERENCES categories (id),
    supplier_id   INTEGER REFERENCES suppliers (id),
    tax_rate_id   INTEGER NOT NULL REFERENCES tax_rates (id),
    unit          TEXT NOT NULL DEFAULT 'piece',
    price         INTEGER NOT NULL DEFAULT 0,
    cost          INTEGER NOT NULL DEFAULT 0,
    reorder_level INTEGER NOT NULL DEFAULT 0,
    quantity      INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_sku CHECK (length(trim(sku)) BETWEEN 1 AND 64),
    CONSTRAINT ck_products_name CHECK (length(trim(name)) > 0),
    CONSTRAINT ck_products_unit CHECK (unit IN ('piece', 'kg', 'litre', 'metre')),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT ck_products_price_int CHECK (typeof(price) = 'integer'),
    CONSTRAINT ck_products_cost CHECK (typeof(cost) = 'integer' AND cost >= 0),
    CONSTRAINT ck_products_reorder CHECK (typeof(reorder_level) = 'integer' AND reorder_level >= 0),
    CONSTRAINT ck_products_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_products_quantity_int CHECK (typeof(quantity) = 'integer'),
    CONSTRAINT ck_products_active CHECK (active IN (0, 1))
);

-- Per-warehouse stock; products.quantity is the sum over warehouses.
CREATE TABLE stock_levels (
    product_id   INTEGER NOT NULL REFERENCES products (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    quantity     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (product_id, warehouse_id),
    CONSTRAINT ck_stock_levels_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_stock_levels_quantity_int CHECK (typeof(quantity) = 'integer')
) WITHOUT ROWID;

CREATE TABLE invoices (
    id                   INTEGER PRIMARY KEY,
    type                 TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'draft',
    invoice_number       TEXT,
    customer_id          INTEGER REFERENCES customers (id),
    supplier_id          INTEGER REFERENCES suppliers (id),
    warehouse_id         INTEGER NOT NULL REFERENCES warehouses (id),
    credit_of_invoice_id INTEGER REFERENCES invoices (id),
    issue_date           TEXT NOT NULL,
    due_date             TEXT,
    prices_include_tax   INTEGER NOT NULL DEFAULT 1,
    currency             TEXT NOT NULL DEFAULT 'EUR',
    subtotal             INTEGER NOT NULL DEFAULT 0,
    tax_amount           INTEGER NOT NULL DEFAULT 0,
    total_amount         INTEGER NOT NULL DEFAULT 0,
    paid_amount          INTEGER NOT NULL DEFAULT 0,
    supplier_reference   TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    void_reason          TEXT,
    created_by           INTEGER NOT NULL REFERENCES users (id),
    posted_by            INTEGER REFERENCES users (id),
    voided_by            INTEGER REFERENCES users (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    posted_at            TEXT,
    voided_at            TEXT,
    CONSTRAINT uq_invoices_number UNIQUE (invoice_number),
    CONSTRAINT ck_invoices_type CHECK (type IN ('sale', 'purchase', 'credit_note')),
    CONSTRAINT ck_invoices_status CHECK (status IN ('draft', 'posted', 'partly_paid', 'paid', 'void')),
    CONSTRAINT ck_invoices_partner CHECK (
        (type IN ('sale', 'credit_note') AND customer_id IS NOT NULL AND supplier_id IS NULL)
        OR (type = 'purchase' AND supplier_id IS NOT NULL AND customer_id IS NULL)),
    CONSTRAINT ck_invoices_credit_link CHECK ((type = 'credit_note') = (credit_of_invoice_id IS NOT NULL)),
    CONSTRAINT ck_invoices_number_when_posted CHECK (status = 'draft' OR invoice_number IS NOT NULL),
    CONSTRAINT ck_invoices_void_reason CHECK (status <> 'void' OR (void_reason IS NOT NULL AND length(trim(void_reason)) > 0)),
    CONSTRAINT ck_invoices_prices_include_tax CHECK (prices_include_tax IN (0, 1)),
    CONSTRAINT ck_invoices_subtotal CHECK (subtotal >= 0),
    CONSTRAINT ck_invoices_tax_amount CHECK (tax_amount >= 0),
    CONSTRAINT ck_invoices_total_amount CHECK (total_amount >= 0),
    CONSTRAINT ck_invoices_paid_amount CHECK (paid_amount >= 0),
    CONSTRAINT ck_invoices_paid_le_total CHECK (paid_amount <= total_amount),
    CONSTRAINT ck_invoices_subtotal_int CHECK (typeof(subtotal) = 'integer'),
    CONSTRAINT ck_invoices_tax_amount_int CHECK (typeof(tax_amount) = 'integer'),
    CONSTRAINT ck_invoices_total_amount_int CHECK (typeof(total_amount) = 'integer'),
    CONSTRAINT ck_invoices_paid_amount_int CHECK (typeof(paid_amount) = 'integer'),
    CONSTRAINT ck_invoices_dates CHECK (due_date IS NULL OR due_date >= issue_date)
);

CREATE TABLE invoice_items (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    description TEXT NOT NULL DEFAULT '',
    quantity    INTEGER NOT NULL,
    unit_price  INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    line_net    INTEGER NOT NULL DEFAULT 0,
    line_tax    INTEGER NOT NULL DEFAULT 0,
    line_total  INTEGER NOT NULL DEFAULT 0,
    unit_cost   INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_invoice_items_line UNIQUE (invoice_id, line_no),
    CONSTRAINT ck_invoice_items_line_no CHECK (typeof(line_no) = 'integer' AND line_no > 0),
    CONSTRAINT ck_invoice_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_invoice_items_quantity_int CHECK (typeof(quantity) = 'integer'),
    CONSTRAINT ck_invoice_items_unit_price CHECK (unit_price >= 0),
    CONSTRAINT ck_invoice_items_unit_price_int CHECK (typeof(unit_price) = 'integer'),
    CONSTRAINT ck_invoice_items_discount CHECK (typeof(discount_bp) = 'integer' AND discount_bp BETWEEN 0 AND 10000),
    CONSTRAINT ck_invoice_items_tax_rate CHECK (typeof(tax_rate_bp) = 'integer' AND tax_rate_bp BETWEEN 0 AND 100000),
    CONSTRAINT ck_invoice_items_line_net CHECK (typeof(line_net) = 'integer' AND line_net >= 0),
    CONSTRAINT ck_invoice_items_line_tax CHECK (typeof(line_tax) = 'integer' AND line_tax >= 0),
    CONSTRAINT ck_invoice_items_line_total CHECK (line_total >= 0),
    CONSTRAINT ck_invoice_items_line_total_int CHECK (typeof(line_total) = 'integer'),
    CONSTRAINT ck_invoice_items_unit_cost CHECK (typeof(unit_cost) = 'integer' AND unit_cost >= 0)
);

-- The stock ledger: append-only; stock_levels are kept from it in the same transaction.
CREATE TABLE stock_movements (
    id           INTEGER PRIMARY KEY,
    product_id   INTEGER NOT NULL REFERENCES products (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    type         TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    unit_cost    INTEGER NOT NULL DEFAULT 0,
    invoice_id   INTEGER REFERENCES invoices (id),
    transfer_id  INTEGER,
    reference    TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    user_id      INTEGER NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    CONSTRAINT ck_stock_movements_type CHECK (type IN ('receipt', 'sale', 'return', 'transfer_out', 'transfer_in',
        'adjustment_in', 'adjustment_out', 'void_in', 'void_out')),
    CONSTRAINT ck_stock_movements_quantity CHECK (quantity > 0),
    CONSTRAINT ck_stock_movements_quantity_int CHECK (typeof(quantity) = 'integer'),
    CONSTRAINT ck_stock_movements_unit_cost CHECK (typeof(unit_cost) = 'integer' AND unit_cost >= 0)
);

CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    invoice_id      INTEGER NOT NULL REFERENCES invoices (id),
    amount          INTEGER NOT NULL,
    method          TEXT NOT NULL,
    paid_on         TEXT NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    created_by      INTEGER NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    reversed_at     TEXT,
    reversed_by     INTEGER REFERENCES users (id),
    reversal_reason TEXT,
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    CONSTRAINT ck_payments_amount_int CHECK (typeof(amount) = 'integer'),
    CONSTRAINT ck_payments_method CHECK (method IN ('cash', 'card', 'bank_transfer', 'other')),
    CONSTRAINT ck_payments_reversal CHECK ((reversed_at IS NULL AND reversed_by IS NULL AND reversal_reason IS NULL)
        OR (reversed_at IS NOT NULL AND reversed_by IS NOT NULL AND reversal_reason IS NOT NULL
            AND length(trim(reversal_reason)) > 0))
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT,
    CONSTRAINT ck_settings_key CHECK (length(trim(key)) > 0)
) WITHOUT ROWID;

-- Gapless numbering per series and year: the next number is taken in the posting transaction.
CREATE TABLE number_sequences (
    series     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    next_value INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (series, year),
    CONSTRAINT ck_number_sequences_series CHECK (series IN ('sale', 'purchase', 'credit_note')),
    CONSTRAINT ck_number_sequences_year CHECK (year BETWEEN 2000 AND 9999),
    CONSTRAINT ck_number_sequences_next CHECK (typeof(next_value) = 'integer' AND next_value > 0)
) WITHOUT ROWID;

-- Append-only and hash-chained: row_hash = SHA-256(label, seq, prev_hash, canonical row).
CREATE TABLE audit_logs (
    seq       INTEGER PRIMARY KEY,
    timestamp TEXT NOT NULL,
    user_id   INTEGER REFERENCES users (id),
    username  TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    changes   TEXT,
    prev_hash BLOB NOT NULL,
    row_hash  BLOB NOT NULL,
    CONSTRAINT ck_audit_logs_seq CHECK (seq > 0),
    CONSTRAINT ck_audit_logs_action CHECK (length(action) > 0),
    CONSTRAINT ck_audit_logs_hashes CHECK (length(prev_hash) = 32 AND length(row_hash) = 32)
);

CREATE TRIGGER trg_audit_logs_no_update BEFORE UPDATE ON audit_logs
BEGIN
    SELECT RAISE(ABORT, 'audit_logs is append-only');
END;

CREATE TRIGGER trg_audit_logs_no_delete BEFORE DELETE ON audit_logs
BEGIN
    SELECT RAISE(ABORT, 'audit_logs is append-only');
END;

CREATE TRIGGER trg_stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;

CREATE TRIGGER trg_stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append-only');
END;

-- Unique rules that need an expression or a condition.
CREATE UNIQUE INDEX ux_users_email ON users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX ux_customers_email ON customers (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX ux_suppliers_email ON suppliers (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX ux_products_barcode ON products (barcode) WHERE barcode IS NOT NULL;
CREATE UNIQUE INDEX ux_warehouses_default ON warehouses (is_default) WHERE is_default = 1;
CREATE UNIQUE INDEX ux_tax_rates_default ON tax_rates (is_default) WHERE is_default = 1;

-- One index per foreign-key column (the column first), and the columns lists filter and sort by.
CREATE INDEX ix_role_permissions_permission ON role_permissions (permission);
CREATE INDEX ix_users_role_id ON users (role_id);
CREATE INDEX ix_users_active ON users (active, username);
CREATE INDEX ix_categories_parent_id ON categories (parent_id);
CREATE INDEX ix_suppliers_name ON suppliers (name COLLATE NOCASE);
CREATE INDEX ix_suppliers_active_name ON suppliers (active, name COLLATE NOCASE);
CREATE INDEX ix_customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX ix_customers_active_name ON customers (active, name COLLATE NOCASE);
CREATE INDEX ix_customers_phone ON customers (phone);
CREATE INDEX ix_products_category_id ON products (category_id);
CREATE INDEX ix_products_supplier_id ON products (supplier_id);
CREATE INDEX ix_products_tax_rate_id ON products (tax_rate_id);
CREATE INDEX ix_products_name ON products (name COLLATE NOCASE);
CREATE INDEX ix_products_active_name ON products (active, name COLLATE NOCASE);
CREATE INDEX ix_stock_levels_warehouse_id ON stock_levels (warehouse_id, product_id);
CREATE INDEX ix_invoices_customer_id ON invoices (customer_id, issue_date);
CREATE INDEX ix_invoices_supplier_id ON invoices (supplier_id, issue_date);
CREATE INDEX ix_invoices_warehouse_id ON invoices (warehouse_id);
CREATE INDEX ix_invoices_credit_of ON invoices (credit_of_invoice_id);
CREATE INDEX ix_invoices_created_by ON invoices (created_by);
CREATE INDEX ix_invoices_posted_by ON invoices (posted_by);
CREATE INDEX ix_invoices_voided_by ON invoices (voided_by);
CREATE INDEX ix_invoices_type_status_date ON invoices (type, status, issue_date);
CREATE INDEX ix_invoices_issue_date ON invoices (issue_date, id);
CREATE INDEX ix_invoices_due_date ON invoices (due_date) WHERE status IN ('posted', 'partly_paid');
CREATE INDEX ix_invoice_items_product_id ON invoice_items (product_id);
CREATE INDEX ix_stock_movements_product_id ON stock_movements (product_id, created_at);
CREATE INDEX ix_stock_movements_warehouse_id ON stock_movements (warehouse_id, created_at);
CREATE INDEX ix_stock_movements_invoice_id ON stock_movements (invoice_id);
CREATE INDEX ix_stock_movements_user_id ON stock_movements (user_id);
CREATE INDEX ix_stock_movements_created_at ON stock_movements (created_at);
CREATE INDEX ix_payments_invoice_id ON payments (invoice_id);
CREATE INDEX ix_payments_created_by ON payments (created_by);
CREATE INDEX ix_payments_reversed_by ON payments (reversed_by);
CREATE INDEX ix_payments_paid_on ON payments (paid_on);
CREATE INDEX ix_audit_logs_timestamp ON audit_logs (timestamp);
CREATE INDEX ix_audit_logs_user_id ON audit_logs (user_id, seq);
CREATE INDEX ix_audit_logs_entity ON audit_logs (entity, entity_id);
CREATE INDEX ix_audit_logs_action ON audit_logs (action, seq);

-- Default roles and what each may do.
INSERT INTO roles (id, name, description, is_system) VALUES
    (1, 'admin', 'Everything, including users, roles, settings, backups and key rotation', 1),
    (2, 'manager', 'Clerk work plus catalog, suppliers, warehouses, stock tasks, voids, credit notes, reports and audit log', 1),
    (3, 'clerk', 'Sales and purchase invoices, payments, customers, product and stock look-up', 1);

INSERT INTO role_permissions (role_id, permission) VALUES
    (3, 'invoice.create'), (3, 'invoice.post'), (3, 'payment.record'), (3, 'customer.edit'),
    (3, 'product.view'), (3, 'stock.view');

INSERT INTO role_permissions (role_id, permission)
    SELECT 2, permission FROM role_permissions WHERE role_id = 3;
INSERT INTO role_permissions (role_id, permission) VALUES
    (2, 'invoice.void'), (2, 'invoice.credit'), (2, 'payment.reverse'), (2, 'catalog.edit'),
    (2, 'supplier.edit'), (2, 'warehouse.edit'), (2, 'stock.transfer'), (2, 'stock.adjust'),
    (2, 'report.view'), (2, 'data.export'), (2, 'audit.view');

INSERT INTO role_permissions (role_id, permission)
    SELECT 1, permission FROM role_permissions WHERE role_id = 2;
INSERT INTO role_permissions (role_id, permission) VALUES
    (1, 'user.manage'), (1, 'role.manage'), (1, 'settings.edit'), (1, 'backup.run'),
    (1, 'backup.restore'), (1, 'key.rotate');

INSERT INTO warehouses (code, name, active, is_default, created_at)
    VALUES ('MAIN', 'Main warehouse', 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO tax_rates (name, rate_bp, is_default, active) VALUES
    ('Standard', 2000, 1, 1),
    ('Reduced', 700, 0, 1),
    ('Zero', 0, 0, 1);

INSERT INTO settings (key, value, updated_at) VALUES
    ('company.name', '', NULL),
    ('company.currency', 'EUR', NULL),
    ('invoice.prices_include_tax', '1', NULL),
    ('session.idle_lock_minutes', '15', NULL),
    ('report.csv_decimal', 'dot', NULL);

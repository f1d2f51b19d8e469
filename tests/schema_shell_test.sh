#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# Applies schema/NNNN_*.sql in order with Debian's sqlcipher shell to a new
# encrypted file, exactly as the files are, and checks what they made.
# usage: schema_shell_test.sh /usr/bin/sqlcipher path/to/schema
set -euo pipefail

shell=${1:?usage: schema_shell_test.sh SQLCIPHER SCHEMA_DIR}
schema=${2:?usage: schema_shell_test.sh SQLCIPHER SCHEMA_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/company.stockbook"
key=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
[[ ${#key} -eq 64 ]] || { echo "FAIL: could not make a 256-bit key"; exit 1; }
failures=0

pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }

# Each call opens the file afresh. The key travels on stdin, never in an argument list.
run_sql() {
    { printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA foreign_keys = ON;\n" "$key"
      cat; } | "$shell" -batch -bail "$db" 2>&1 | sed '/^ok$/d'
}
query() { printf '%s\n' "$1" | run_sql; }

shopt -s nullglob
files=("$schema"/[0-9][0-9][0-9][0-9]_*.sql)
[[ ${#files[@]} -gt 0 ]] || { echo "FAIL: no migrations in $schema"; exit 1; }
version=0
for f in "${files[@]}"; do
    name=$(basename "$f"); n=$((10#${name%%_*}))
    if grep -qiE '^[[:space:]]*(BEGIN|COMMIT|ROLLBACK)([[:space:]][^;]*)?;|^[[:space:]]*END[[:space:]]+TRANSACTION|PRAGMA[[:space:]]+user_version' "$f"; then
        fail "$name manages its own transaction or user_version; the migration runner does that"
    fi
    # As the migration runner does: one transaction per file, user_version set inside it.
    if out=$( { echo "BEGIN;"; cat "$f"; echo ";"; echo "PRAGMA user_version = $n;"; echo "COMMIT;"; } | run_sql) \
        && [[ -z "$out" ]]; then
        pass "applied $name"
        version=$n
    else
        fail "applying $name: $out"
        break
    fi
done
[[ $failures -eq 0 ]] || { printf '%d check(s) failed\n' "$failures"; exit 1; }

[[ $(query "PRAGMA user_version;") == "$version" ]] && pass "user_version is $version" || fail "user_version is not $version"
if [[ $(head -c 16 "$db" | tr -d '\0') == "SQLite format 3" ]]; then
    fail "the file starts with the plain SQLite header"
else
    pass "the file does not start with the plain SQLite header"
fi
out=$(echo "SELECT count(*) FROM sqlite_master;" | "$shell" -batch "$db" 2>&1 || true)
[[ $out == *"file is encrypted or is not a database"* ]] && pass "the file does not open without the key" \
    || fail "the file opened without the key: $out"

indexes=$(query "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL;" || true)
[[ $indexes =~ ^[0-9]+$ && $indexes -ge 30 ]] && pass "$indexes explicit indexes (>= 30)" \
    || fail "fewer than 30 explicit indexes: $indexes"

tables=(roles role_permissions users categories suppliers customers warehouses tax_rates products stock_levels
        invoices invoice_items stock_movements payments settings number_sequences audit_logs)
missing=()
for t in "${tables[@]}"; do
    [[ $(query "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '$t';") == 1 ]] || missing+=("$t")
done
[[ ${#missing[@]} -eq 0 ]] && pass "all ${#tables[@]} tables exist" || fail "missing tables: ${missing[*]}"

# The predecessor's eight foreign keys: table.column -> parent, with the delete action.
check_fk() {
    local table=$1 column=$2 parent=$3 action=$4 row
    row=$(query "PRAGMA foreign_key_list($table);" | awk -F'|' -v c="$column" '$4 == c { print $3 "|" $7 }' || true)
    [[ $row == "$parent|$action" ]] && pass "FK $table.$column -> $parent ($action)" \
        || fail "FK $table.$column -> $parent ($action): found '$row'"
}
check_fk users role_id roles "NO ACTION"
check_fk products category_id categories "NO ACTION"
check_fk products supplier_id suppliers "NO ACTION"
check_fk invoices customer_id customers "NO ACTION"
check_fk invoices supplier_id suppliers "NO ACTION"
check_fk invoices warehouse_id warehouses "NO ACTION"
check_fk invoice_items invoice_id invoices "CASCADE"
check_fk invoice_items product_id products "NO ACTION"

# Every foreign-key column is the first column of some index on its table
# (explicit, UNIQUE or PRIMARY KEY). No table-valued pragmas in SQLite 3.15.2.
fk_total=0
unindexed=()
for t in $(query "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;"); do
    leading=" "
    for idx in $(query "PRAGMA index_list($t);" | cut -d'|' -f2); do
        leading+="$(query "PRAGMA index_info($idx);" | awk -F'|' '$1 == 0 { print $3 }' || true) "
    done
    for c in $(query "PRAGMA foreign_key_list($t);" | cut -d'|' -f4); do
        fk_total=$((fk_total + 1))
        [[ $leading == *" $c "* ]] || unindexed+=("$t.$c")
    done
done
[[ ${#unindexed[@]} -eq 0 ]] && pass "all $fk_total foreign-key columns lead an index" \
    || fail "foreign-key columns without an index: ${unindexed[*]}"

# Every CHECK is named, so a refusal says which rule was broken.
table_sql=$(query "SELECT sql FROM sqlite_master WHERE type = 'table';" || true)
checks=$( { grep -oiE '\bCHECK[[:space:]]*\(' <<<"$table_sql" || true; } | wc -l)
named=$( { grep -oiE 'CONSTRAINT[[:space:]]+ck_[a-z0-9_]+[[:space:]]+CHECK[[:space:]]*\(' <<<"$table_sql" || true; } | wc -l)
[[ $checks -gt 0 && $checks -eq $named ]] && pass "$checks CHECK constraints, all named ck_*" \
    || fail "$((checks - named)) of $checks CHECK constraints are not named ck_*"

# A valid row of everything the refusals below refer to; each refusal then runs alone.
fixture="
INSERT INTO users (id, username, email, role_id, created_at, updated_at) VALUES (1, 'anna', 'anna@shop.example', 1, 'x', 'x');
INSERT INTO customers (id, name, email, created_at, updated_at) VALUES (1, 'Bob', 'Bob@Mail.example', 'x', 'x');
INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Acme', 'x', 'x');
INSERT INTO products (id, sku, name, tax_rate_id, price, created_at, updated_at) VALUES (1, 'B', 'b', 1, 100, 'x', 'x');
INSERT INTO invoices (id, type, customer_id, warehouse_id, issue_date, created_by, created_at, updated_at)
    VALUES (1, 'sale', 1, 1, '2026-11-28', 1, 'x', 'x');
INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price, line_total) VALUES (1, 1, 1, 1000, 100, 100);
INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, user_id, created_at) VALUES (1, 1, 'receipt', 1000, 1, 'x');
INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) VALUES (1, 1, 1000, 'x');
INSERT INTO payments (invoice_id, amount, method, paid_on, created_by, created_at) VALUES (1, 1, 'cash', '2026-11-28', 1, 'x');
INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash) VALUES (1, 'x', 'a', zeroblob(32), zeroblob(32));"
out=$(printf '%s\n' "$fixture" | run_sql || true)
[[ -z $out ]] && pass "valid rows accepted" || fail "valid rows refused: $out"

refused() { # refused WHAT SQL EXPECTED-END-OF-ERROR
    local out
    out=$(printf '%s\n' "$2" | run_sql || true)
    [[ $out == *"$3" ]] && pass "refused: $1 ($3)" || fail "$1 was not refused with '$3': ${out:-accepted}"
}
refused "negative product price" \
    "INSERT INTO products (sku, name, tax_rate_id, price, created_at, updated_at) VALUES ('A', 'a', 1, -1, 'x', 'x');" \
    "CHECK constraint failed: ck_products_price"
refused "a fractional price" \
    "UPDATE products SET price = 1.5 WHERE id = 1;" \
    "CHECK constraint failed: ck_products_price_int"
refused "negative invoice total" \
    "UPDATE invoices SET total_amount = -1 WHERE id = 1;" \
    "CHECK constraint failed: ck_invoices_total_amount"
refused "paid more than the total" \
    "UPDATE invoices SET total_amount = 100, paid_amount = 101 WHERE id = 1;" \
    "CHECK constraint failed: ck_invoices_paid_le_total"
refused "a sale with a supplier" \
    "INSERT INTO invoices (type, customer_id, supplier_id, warehouse_id, issue_date, created_by, created_at, updated_at)
     VALUES ('sale', 1, 1, 1, '2026-11-28', 1, 'x', 'x');" \
    "CHECK constraint failed: ck_invoices_partner"
refused "an invoice line of zero quantity" \
    "INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price, line_total) VALUES (1, 2, 1, 0, 100, 0);" \
    "CHECK constraint failed: ck_invoice_items_quantity"
refused "a stock movement of zero" \
    "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, user_id, created_at) VALUES (1, 1, 'receipt', 0, 1, 'x');" \
    "CHECK constraint failed: ck_stock_movements_quantity"
refused "negative stock in a warehouse" \
    "UPDATE stock_levels SET quantity = -1;" \
    "CHECK constraint failed: ck_stock_levels_quantity"
refused "a payment of zero" \
    "INSERT INTO payments (invoice_id, amount, method, paid_on, created_by, created_at) VALUES (1, 0, 'cash', '2026-11-28', 1, 'x');" \
    "CHECK constraint failed: ck_payments_amount"
refused "an audit entry without a timestamp" \
    "INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash) VALUES (2, NULL, 'a', zeroblob(32), zeroblob(32));" \
    "NOT NULL constraint failed: audit_logs.timestamp"
refused "duplicate SKU in another case" \
    "INSERT INTO products (sku, name, tax_rate_id, created_at, updated_at) VALUES ('b', 'b2', 1, 'x', 'x');" \
    "UNIQUE constraint failed: products.sku"
refused "customer e-mail differing only in case" \
    "INSERT INTO customers (name, email, created_at, updated_at) VALUES ('y', 'bob@mail.EXAMPLE', 'x', 'x');" \
    "UNIQUE constraint failed: index 'ux_customers_email'"
refused "product in a missing category" \
    "INSERT INTO products (sku, name, tax_rate_id, category_id, created_at, updated_at) VALUES ('C', 'c', 1, 999, 'x', 'x');" \
    "FOREIGN KEY constraint failed"
refused "audit_logs UPDATE" "UPDATE audit_logs SET action = 'b';" "audit_logs is append-only"
refused "audit_logs DELETE" "DELETE FROM audit_logs;" "audit_logs is append-only"
refused "stock_movements UPDATE" "UPDATE stock_movements SET quantity = 1;" "stock_movements is append-only"
refused "stock_movements DELETE" "DELETE FROM stock_movements;" "stock_movements is append-only"

out=$(query "DELETE FROM payments; DELETE FROM invoices WHERE id = 1; SELECT count(*) FROM invoice_items;" || true)
[[ $out == 0 ]] && pass "deleting an invoice deletes its lines" || fail "ON DELETE CASCADE on invoice_items: $out"

if [[ $failures -gt 0 ]]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
echo "all schema shell checks passed"

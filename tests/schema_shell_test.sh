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
failures=0

pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }

# The key travels on stdin, never in an argument list.
run_sql() {
    { printf "PRAGMA key = \"x'%s'\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA foreign_keys = ON;\n" "$key"
      cat; } | "$shell" -batch -bail "$db" 2>&1 | sed '/^ok$/d'
}

shopt -s nullglob
files=("$schema"/[0-9][0-9][0-9][0-9]_*.sql)
[[ ${#files[@]} -gt 0 ]] || { echo "FAIL: no migrations in $schema"; exit 1; }
version=0
for f in "${files[@]}"; do
    n=$(basename "$f"); n=$((10#${n%%_*}))
    if out=$( { echo "BEGIN;"; cat "$f"; echo ";"; echo "PRAGMA user_version = $n;"; echo "COMMIT;"; } | run_sql) && [[ -z "$out" ]]; then
        pass "applied $(basename "$f")"
        version=$n
    else
        fail "applying $(basename "$f"): $out"
    fi
done

query() { printf '%s\n' "$1" | run_sql; }

[[ $(query "PRAGMA user_version;") == "$version" ]] && pass "user_version is $version" || fail "user_version"
if head -c 16 "$db" | grep -q "SQLite format 3"; then fail "the file has a plain SQLite header"; else pass "no plain SQLite header"; fi

indexes=$(query "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL;")
[[ $indexes -ge 30 ]] && pass "$indexes explicit indexes (>= 30)" || fail "only $indexes explicit indexes"

for t in roles role_permissions users categories suppliers customers warehouses tax_rates products stock_levels \
         invoices invoice_items stock_movements payments settings number_sequences audit_logs; do
    [[ $(query "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '$t';") == 1 ]] \
        || fail "table $t is missing"
done
pass "all 17 tables exist"

# The predecessor's eight foreign keys: table.column -> parent, with the delete action.
check_fk() {
    local table=$1 column=$2 parent=$3 action=$4 row
    row=$(query "PRAGMA foreign_key_list($table);" | awk -F'|' -v c="$column" '$4 == c { print $3 "|" $7 }')
    [[ "$row" == "$parent|$action" ]] && pass "FK $table.$column -> $parent ($action)" \
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

refused() { # refused NAME SQL EXPECTED-TEXT
    local out
    out=$(printf '%s\n' "$2" | run_sql || true)
    [[ "$out" == *"$3"* ]] && pass "refused: $1" || fail "$1 was not refused with '$3': $out"
}
refused "negative product price" \
    "INSERT INTO products (sku, name, tax_rate_id, price, created_at, updated_at) VALUES ('A', 'a', 1, -1, 'x', 'x');" \
    "ck_products_price"
refused "duplicate SKU" \
    "INSERT INTO products (sku, name, tax_rate_id, created_at, updated_at) VALUES ('B', 'b', 1, 'x', 'x');
     INSERT INTO products (sku, name, tax_rate_id, created_at, updated_at) VALUES ('b', 'b2', 1, 'x', 'x');" \
    "UNIQUE constraint failed: products.sku"
refused "customer e-mail differing only in case" \
    "INSERT INTO customers (name, email, created_at, updated_at) VALUES ('x', 'Ann@Shop.example', 'x', 'x');
     INSERT INTO customers (name, email, created_at, updated_at) VALUES ('y', 'ann@shop.example', 'x', 'x');" \
    "UNIQUE constraint failed"
refused "product in a missing category" \
    "INSERT INTO products (sku, name, tax_rate_id, category_id, created_at, updated_at) VALUES ('C', 'c', 1, 999, 'x', 'x');" \
    "FOREIGN KEY constraint failed"
refused "audit_logs UPDATE" \
    "INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash) VALUES (1, 'x', 'a', zeroblob(32), zeroblob(32));
     UPDATE audit_logs SET action = 'b';" \
    "audit_logs is append-only"

if [[ $failures -gt 0 ]]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
echo "all schema shell checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# The manual pages stay true to the programs: every command that
# `stockbook-cli --help` lists and every option that a --help prints must
# appear in packaging/man/*.1.
#
#   bash tests/manpage_options_test.sh STOCKBOOK STOCKBOOK_CLI MAN_DIR
set -euo pipefail

[[ $# -eq 3 ]] || { echo "usage: manpage_options_test.sh STOCKBOOK STOCKBOOK_CLI MAN_DIR" >&2; exit 2; }
gui="$1"
cli="$2"
man_dir="$3"

# The programs' English help: "Commands:" is looked for below.
export LC_ALL=C.UTF-8
unset LANGUAGE

failures=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}

# The page as plain words: troff's "\-" is a hyphen, font changes go.
plain() {
    sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(lq\|\\(rq//g' "$1"
}
gui_page="$(plain "$man_dir/stockbook.1")"
cli_page="$(plain "$man_dir/stockbook-cli.1")"

options_of() { # the --long options a help text names, one per line
    grep -o -- '--[a-z][a-z-]*' | sort -u
}
check_options() { # PAGE_NAME PAGE_TEXT WHAT HELP_TEXT
    local option
    while read -r option; do
        [[ -n "$option" ]] || continue
        grep -q -- "$option\\b" <<<"$2" || fail "$1 does not document $option ($3)"
    done < <(options_of <<<"$4")
}

check_options stockbook.1 "$gui_page" "stockbook --help" "$("$gui" --help)"

commands="$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')"
[[ -n "$commands" ]] || fail "stockbook-cli --help lists no commands"
count=0
for command in $commands; do
    count=$((count + 1))
    grep -q -- "^\.B $command\\b" <<<"$cli_page" || fail "stockbook-cli.1 has no entry for the command $command"
    check_options stockbook-cli.1 "$cli_page" "stockbook-cli $command --help" "$("$cli" "$command" --help)"
done
# Commands whose actions have help texts of their own.
for action in "invoice create" "stock transfer" "stock adjust" "stock levels" "report sales" "server init"; do
    # shellcheck disable=SC2086 # the action is two words on purpose
    check_options stockbook-cli.1 "$cli_page" "stockbook-cli $action --help" "$("$cli" $action --help)"
done
check_options stockbook-cli.1 "$cli_page" "stockbook-cli --help" "$("$cli" --help)"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the manual pages name all $count commands and every option"

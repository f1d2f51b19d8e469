#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# stockbook --help-all prints the program's options and those of the Qt
# toolkit, and exits with 0, without a display (none of DISPLAY,
# WAYLAND_DISPLAY or QT_QPA_PLATFORM set).
#
#   bash tests/help_all_test.sh STOCKBOOK
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: help_all_test.sh STOCKBOOK" >&2; exit 2; }
gui="$1"

failures=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}

out="$(mktemp)"
err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT

status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LC_ALL=C.UTF-8 \
    "$gui" --help-all >"$out" 2>"$err" || status=$?
[[ $status -eq 0 ]] || fail "stockbook --help-all exited with $status"
# The program's options ...
for option in --help --help-all --version --database --screenshot --screenshots; do
    grep -q -- "$option\\b" "$out" || fail "stockbook --help-all does not list $option"
done
# ... and Qt's (QGuiApplication's), which it prints as --platform and so on.
for option in -platform -reverse -qwindowtitle; do
    grep -q -- "^ *-$option\\b" "$out" || fail "stockbook --help-all does not list Qt's $option"
done
if grep -q "no display" "$err"; then
    fail "stockbook --help-all asked for a display: $(cat "$err")"
fi

# --help stays without Qt's options.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 "$gui" --help >"$out" 2>"$err" ||
    fail "stockbook --help exited with $?"
if grep -q -- "^ *--platform\\b" "$out"; then
    fail "stockbook --help lists Qt's -platform"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "stockbook --help-all: ok"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# QtTest's QVERIFY, QCOMPARE and its retry macros end in a bare `return;` on failure.
# Inside a Catch2 TEST_CASE (no QTest::qExec running) that ends the case early
# and Catch2 counts it as passed. Use REQUIRE/CHECK and tests/support/Wait.h.
set -euo pipefail
tests_dir="$1"
if hits="$(grep -rnE '\b(QVERIFY|QCOMPARE|Q[T]RY_[A-Z_]*|QFAIL)\b' --include='*.cpp' --include='*.h' "$tests_dir")"; then
    printf 'QtTest assertion macros in Catch2 tests (they pass on failure); use REQUIRE or REQUIRE_EVENTUALLY:\n%s\n' "$hits" >&2
    exit 1
fi
printf 'no QtTest assertion macros under %s\n' "$tests_dir"

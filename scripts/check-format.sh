#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# Fails when a C++ source of the project is not formatted as .clang-format says.
#   bash scripts/check-format.sh [SOURCE_DIR]
# Lists each unformatted file and the command that fixes it. Run by the test
# suite as `format.clang-format`.
set -euo pipefail

root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root"

format="${CLANG_FORMAT:-clang-format}"
command -v "$format" >/dev/null 2>&1 \
    || { printf 'check-format: %s not found; install it with: apt-get install clang-format\n' "$format" >&2; exit 2; }

mapfile -t sources < <(find app core print tests ui -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort)
[[ ${#sources[@]} -gt 0 ]] || { printf 'check-format: no sources found under %s\n' "$root" >&2; exit 2; }

# One clang-format run over every file; its warnings name the files that differ.
report="$("$format" --dry-run "${sources[@]}" 2>&1)" \
    || { printf 'check-format: %s failed:\n%s\n' "$format" "$report" >&2; exit 2; }
mapfile -t unformatted < <(printf '%s\n' "$report" \
    | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | LC_ALL=C sort -u)

if [[ ${#unformatted[@]} -gt 0 ]]; then
    printf 'check-format: %d of %d sources are not formatted:\n' "${#unformatted[@]}" "${#sources[@]}" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    printf 'fix with: clang-format -i %s\n' "${unformatted[*]}" >&2
    exit 1
fi
printf 'check-format: all %d sources formatted (%s)\n' "${#sources[@]}" "$("$format" --version)"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# Builds the Debian package from an already built tree into a temporary
# folder (CPack, as `cmake --build build --target package` does, about 15 s)
# and checks what it holds and declares:
#
#   bash tests/packaging_test.sh CPACK BUILD_DIR VERSION
#
# Needs dpkg-deb and dpkg-shlibdeps (dpkg-dev), desktop-file-validate
# (desktop-file-utils) and appstreamcli (appstream); scripts/setup.sh
# installs them.
set -euo pipefail

[[ $# -eq 3 ]] || { echo "usage: packaging_test.sh CPACK BUILD_DIR VERSION" >&2; exit 2; }
cpack="$1"
build_dir="$2"
version="$3"

failures=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null 2>&1 || { echo "packaging_test.sh: $1 not found; install the Debian package $2 (scripts/setup.sh does)" >&2; exit 1; }
}
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# CPack runs `make preinstall` first, which builds every target of the tree;
# the test runs after the build, so it packages what is there. The Ninja
# generator has no preinstall step, which skips it (CPack only names the
# generator, it does not run Ninja).
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out" \
        -D CPACK_CMAKE_GENERATOR=Ninja >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "packaging_test.sh: cpack failed (is the tree fully built?)" >&2
    exit 1
fi
shopt -s nullglob
debs=("$tmp/out/stockbook_${version}_"*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    ls -la "$tmp/out" >&2
    echo "packaging_test.sh: expected one stockbook_${version}_ARCH.deb" >&2
    exit 1
fi
deb="${debs[0]}"
echo "built $(basename "$deb")"

# --- control fields (dpkg-deb -I) -------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == stockbook ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ "$(field Section)" == misc ]] || fail "Section is '$(field Section)'"
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "Maintainer '$(field Maintainer)' has no address"
[[ -n "$(field Description)" ]] || fail "no Description"
depends="$(field Depends)"
echo "Depends: $depends"
# Found by dpkg-shlibdeps from the linked libraries, plus the SVG plugin package.
for package in libsqlcipher0 libssl3 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6svg6 libqt6sql6-psql libpq5 libc6; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends does not name $package"
done
[[ "$depends" == *"libsqlcipher0 (>= "* ]] || fail "Depends has no versioned libsqlcipher0 (dpkg-shlibdeps not run?)"
dpkg-deb -I "$deb" >"$tmp/info.txt" || fail "dpkg-deb -I failed"

# --- file list (dpkg-deb -c) ------------------------------------------------
dpkg-deb -c "$deb" >"$tmp/list.txt"
expect_file() { # PATH [MODE]
    local line
    line="$(awk -v p="./$1" '$6 == p' "$tmp/list.txt")"
    if [[ -z "$line" ]]; then
        fail "the package has no /$1"
    elif [[ $# -ge 2 && "${line%% *}" != "$2" ]]; then
        fail "/$1 has mode ${line%% *}, not $2"
    fi
}
expect_file usr/bin/stockbook -rwxr-xr-x
expect_file usr/bin/stockbook-cli -rwxr-xr-x
expect_file usr/share/applications/stockbook.desktop -rw-r--r--
expect_file usr/share/metainfo/org.example.stockbook.metainfo.xml -rw-r--r--
expect_file usr/share/icons/hicolor/scalable/apps/stockbook.svg -rw-r--r--
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expect_file "usr/share/icons/hicolor/${size}x${size}/apps/stockbook.png" -rw-r--r--
done
expect_file usr/share/man/man1/stockbook.1.gz -rw-r--r--
expect_file usr/share/man/man1/stockbook-cli.1.gz -rw-r--r--
expect_file usr/share/doc/stockbook/copyright -rw-r--r--
expect_file usr/share/doc/stockbook/changelog.gz -rw-r--r--
expect_file usr/share/doc/stockbook/stockbook.cdx.json -rw-r--r--
if awk '$1 !~ /^(d|-)/ || $2 != "root/root"' "$tmp/list.txt" | grep -q .; then
    fail "entries that are not plain root-owned files or folders:"
    awk '$1 !~ /^(d|-)/ || $2 != "root/root"' "$tmp/list.txt" >&2
fi
if awk '{print $6}' "$tmp/list.txt" | grep -v '^\./usr/' | grep -vx '\./' | grep -q .; then
    fail "files outside /usr: $(awk '{print $6}' "$tmp/list.txt" | grep -v '^\./usr/' | grep -vx '\./' | tr '\n' ' ')"
fi

# --- contents -----------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root"

desktop-file-validate "$root/usr/share/applications/stockbook.desktop" \
    || fail "desktop-file-validate rejects stockbook.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.example.stockbook.metainfo.xml" \
    || fail "appstreamcli validate rejects the metainfo file"
grep -q '<launchable type="desktop-id">stockbook.desktop</launchable>' \
    "$root/usr/share/metainfo/org.example.stockbook.metainfo.xml" \
    || fail "the metainfo file does not launch stockbook.desktop"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/org.example.stockbook.metainfo.xml" \
    || fail "the metainfo file has no <release> for $version"

# A PNG's width and height are big-endian 32-bit numbers at bytes 16..23.
for size in "${sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/stockbook.png"
    [[ -f "$png" ]] || continue
    [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || { fail "$png is not a PNG"; continue; }
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
    height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
    [[ "$width" == "$size" && "$height" == "$size" ]] || fail "${size}x${size}/apps/stockbook.png is ${width}x${height}"
done

for page in stockbook stockbook-cli; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [[ -f "$gz" ]] || continue
    gzip -t "$gz" || fail "$page.1.gz is not a valid gzip file"
    th="$(gzip -dc "$gz" | grep -m1 '^\.TH ')"
    [[ "$th" == *"\"Stockbook $version\""* ]] || fail "$page.1 says '$th', not Stockbook $version"
    if command -v man >/dev/null 2>&1; then
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null || true)"
        [[ -z "$warnings" ]] || fail "man --warnings on $page.1: $warnings"
    fi
done

changelog_head="$(gzip -dc "$root/usr/share/doc/stockbook/changelog.gz" | head -n1)"
[[ "$changelog_head" == "stockbook ($version) "* ]] \
    || fail "the changelog starts '$changelog_head', not with version $version"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/stockbook/copyright" || fail "the copyright file is not machine-readable"
if grep -q SPDX- "$root/usr/share/doc/stockbook/copyright" || gzip -dc "$root/usr/share/doc/stockbook/changelog.gz" | grep -q SPDX-; then
    fail "the SPDX header lines were not removed from copyright or changelog"
fi
cmp -s "$root/usr/share/doc/stockbook/stockbook.cdx.json" "$build_dir/sbom/stockbook.cdx.json" \
    || fail "the packaged SBOM differs from $build_dir/sbom/stockbook.cdx.json"

# CPack strips the programs.
for program in stockbook stockbook-cli; do
    if readelf -S "$root/usr/bin/$program" 2>/dev/null | grep -q '\.debug_info'; then
        fail "/usr/bin/$program is not stripped"
    fi
done

# The packaged command-line program runs (the libraries are the system's).
"$root/usr/bin/stockbook-cli" --version | grep -qx "stockbook-cli $version" \
    || fail "the packaged stockbook-cli --version does not print $version"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"

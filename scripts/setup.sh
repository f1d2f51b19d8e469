#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# Sets up a Debian 12 machine for Stockbook, builds it, then starts it or runs
# every test:
#
#   bash scripts/setup.sh run [stockbook options]   install, build, start the app
#   bash scripts/setup.sh test                      install, build, run all tests
#
# Works as root and through sudo. Only missing packages are installed (apt);
# under sudo the build and the app run as the invoking user, so the build tree
# is not owned by root.
set -euo pipefail

readonly PACKAGES=(
    build-essential cmake pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libgl-dev
    libsqlcipher-dev sqlcipher libssl-dev
    catch2 libzxcvbn-dev libcsv-dev
    clang-format # the test suite checks every source against .clang-format
    xvfb xauth
    dpkg-dev desktop-file-utils appstream
    qt6-translations-l10n # Qt's own German and French texts (standard buttons, dialogs)
    postgresql-15 libqt6sql6-psql openssl # the server tests start a throwaway PostgreSQL cluster
    libpq-dev # core talks to libpq under QPSQL for cancel requests and verbose errors
)
readonly BUILD_DIR=build

die() {
    printf 'setup.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    printf 'usage: bash scripts/setup.sh run [stockbook options] | bash scripts/setup.sh test\n' >&2
    exit 2
}

mode="${1:-}"
case "$mode" in
    run) shift ;;
    test) shift; [[ $# -eq 0 ]] || usage ;;
    *) usage ;;
esac

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    die "apt-get and dpkg-query not found; this script sets up Debian 12"
fi
if [[ -r /etc/os-release ]]; then
    # shellcheck source=/dev/null
    os_id="$(. /etc/os-release && printf '%s %s' "${ID:-}" "${VERSION_ID:-}")"
    [[ "$os_id" == "debian 12" ]] \
        || printf 'setup.sh: warning: made for Debian 12, this is %s; going on\n' "$os_id" >&2
fi

# apt needs root: as root run it directly, otherwise through sudo.
as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Under sudo the build belongs to the person who typed the command: every
# build, test and app command is prefixed with run_as.
build_user=""
run_as=()
if [[ $EUID -eq 0 && -n "${SUDO_USER:-}" && "${SUDO_USER}" != root ]]; then
    build_user="$SUDO_USER"
    # sudo drops XDG_RUNTIME_DIR; the user's own one keeps Qt quiet and Wayland reachable.
    user_runtime_dir="/run/user/$(id -u "$build_user")"
    if [[ -d "$user_runtime_dir" ]]; then
        export XDG_RUNTIME_DIR="$user_runtime_dir"
    else
        unset XDG_RUNTIME_DIR
    fi
    keep_env="DISPLAY,WAYLAND_DISPLAY,XAUTHORITY,XDG_RUNTIME_DIR,QT_QPA_PLATFORM,LANG,LC_ALL,LC_MESSAGES,CI"
    run_as=(sudo -H -u "$build_user" "--preserve-env=$keep_env" --)
fi

missing=()
for package in "${PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)"
    [[ "$status" == ii* ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    printf 'setup.sh: installing %d missing package(s): %s\n' "${#missing[@]}" "${missing[*]}"
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "installing packages needs root: run as root, or install sudo"
        sudo -v || die "installing packages needs root, and sudo refused: run as root, or as a user allowed to use sudo"
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null \
        || die "apt-get update failed (see above); check the network and /etc/apt/sources.list"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null \
        || die "apt-get install failed (see above) for: ${missing[*]}"
else
    printf 'setup.sh: all %d required packages are installed\n' "${#PACKAGES[@]}"
fi

if [[ -n "$build_user" ]]; then
    "${run_as[@]}" test -w "$repo_root" \
        || die "$build_user cannot write to $repo_root; run without sudo, or fix the checkout's owner"
    if [[ -e "$BUILD_DIR" ]] && ! "${run_as[@]}" test -w "$BUILD_DIR"; then
        die "$BUILD_DIR/ is not writable by $build_user (an earlier run as root?); remove it: sudo rm -rf $repo_root/$BUILD_DIR"
    fi
fi

cmake_args=(-S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [[ "$mode" == test ]]; then
    cmake_args+=(-DSTOCKBOOK_BUILD_TESTS=ON)
fi
"${run_as[@]}" cmake "${cmake_args[@]}" </dev/null || die "configuring with CMake failed (see above)"

jobs="$(nproc)"
if [[ "$mode" == run ]]; then
    # The app alone: the tests (and their sanitizer builds) are not needed to start it.
    "${run_as[@]}" cmake --build "$BUILD_DIR" -j"$jobs" --target stockbook </dev/null || die "the build failed (see above)"
    printf 'setup.sh: starting %s/app/stockbook\n' "$BUILD_DIR"
    exec "${run_as[@]}" "$BUILD_DIR/app/stockbook" "$@"
fi

"${run_as[@]}" cmake --build "$BUILD_DIR" -j"$jobs" </dev/null || die "the build failed (see above)"
# Last: CTest's summary line ends the output, and its exit code is ours.
exec "${run_as[@]}" ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j"$jobs" </dev/null

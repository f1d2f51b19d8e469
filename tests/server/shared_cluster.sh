#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# One throwaway PostgreSQL 15 cluster shared by the tests that run the
# services against a server (the CTest fixture "pg_cluster"):
#   shared_cluster.sh start DIR   initdb into DIR/pg, a certificate for
#                                 localhost and 127.0.0.1 (DIR/root.crt),
#                                 a Unix socket in DIR/sock (trust, for the
#                                 superuser) and a loopback TCP port with TLS
#                                 and SCRAM (written to DIR/port)
#   shared_cluster.sh stop DIR    stops it and removes DIR
#   shared_cluster.sh template DIR  only initdb and the certificate, not
#                                 started: tests/support/PgCluster.h copies
#                                 it (STOCKBOOK_PG_TEMPLATE) instead of
#                                 running initdb for every test
# As root the server runs as the unprivileged "postgres" user, since
# PostgreSQL refuses to run as root.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:?start or stop}
dir=${2:?folder}

as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
template)
    rm -rf "$dir"
    mkdir -p "$dir/pg"
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg"; fi
    as_server "$bin/initdb" -D "$dir/pg" --auth-local=trust --auth-host=scram-sha-256 -U postgres \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    openssl req -new -x509 -days 2 -nodes -subj /CN=localhost \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$dir/pg/server.key" -out "$dir/pg/server.crt" 2>/dev/null
    cp "$dir/pg/server.crt" "$dir/root.crt"
    chmod 600 "$dir/pg/server.key"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg/server.key" "$dir/pg/server.crt"; fi
    touch "$dir/ready"
    ;;
start)
    if [ -f "$dir/pg/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/pg" "$dir/sock"
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg" "$dir/sock"; fi
    as_server "$bin/initdb" -D "$dir/pg" --auth-local=trust --auth-host=scram-sha-256 -U postgres \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    openssl req -new -x509 -days 2 -nodes -subj /CN=localhost \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$dir/pg/server.key" -out "$dir/pg/server.crt" 2>/dev/null
    cp "$dir/pg/server.crt" "$dir/root.crt"
    chmod 600 "$dir/pg/server.key"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg/server.key" "$dir/pg/server.crt"; fi
    # A random loopback port, another one when the server cannot have it.
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(shuf -i 20000-60999 -n 1)
        if as_server "$bin/pg_ctl" -D "$dir/pg" -w -l "$dir/sock/pg.log" \
            -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c ssl=on -c max_connections=200 -c fsync=off" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            exit 0
        fi
    done
    cat "$dir/sock/pg.log" >&2 || true
    exit 1
    ;;
stop)
    if [ -f "$dir/pg/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on 127.0.0.1 for the tests and stops it on exit. Source this
# file and call start_postgres; it exports LIM_TEST_PG_URL, LIM_TEST_PG_USER, LIM_TEST_PG_PASSWORD.

start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "Installing PostgreSQL (not found under /usr/lib/postgresql)"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi

    PG_DIR=$(mktemp -d /tmp/lim-pg.XXXXXX)
    chown postgres:postgres "$PG_DIR" 2>/dev/null || true
    PG_PORT=${LIM_TEST_PG_PORT:-55432}
    local run_as=()
    if [ "$(id -u)" = "0" ]; then
        run_as=(runuser -u postgres --)
    fi

    "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 >/dev/null
    "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c fsync=off -c unix_socket_directories=$PG_DIR" start >/dev/null
    trap stop_postgres EXIT

    "${run_as[@]}" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q \
        -c "CREATE USER lim PASSWORD 'lim'" -c "CREATE DATABASE lim OWNER lim" >/dev/null
    export LIM_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lim"
    export LIM_TEST_PG_USER=lim
    export LIM_TEST_PG_PASSWORD=lim
    PG_BIN=$bin
    echo "PostgreSQL running on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
    local run_as=()
    if [ "$(id -u)" = "0" ]; then
        run_as=(runuser -u postgres --)
    fi
    "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}

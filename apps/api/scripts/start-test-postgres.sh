#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL cluster on 127.0.0.1 for the API tests and prints the
# TEST_DATABASE_URL to use as its last line, after a line saying whether it "started" or "reused" the
# cluster. Idempotent: a running cluster is reused. With --stop, stops the cluster (if running).
#   PARALLAX_TEST_PG_DIR  data directory (default /tmp/parallax-test-pg)
#   PARALLAX_TEST_PG_PORT port (default 54329)
set -euo pipefail

DIR="${PARALLAX_TEST_PG_DIR:-/tmp/parallax-test-pg}"
PORT="${PARALLAX_TEST_PG_PORT:-54329}"
DB=parallax_test

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: use the postgres account when we are root.
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  as_pg() { runuser -u postgres -- "$@"; }
  USER_NAME=postgres
else
  as_pg() { "$@"; }
  USER_NAME="$(id -un)"
fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DIR/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$DIR" -w -t 60 -m fast stop >/dev/null
    echo "stopped"
  fi
  exit 0
fi

mkdir -p "$DIR"
[ "$(id -u)" = "0" ] && chown postgres "$DIR"
chmod 700 "$DIR"

if [ ! -f "$DIR/PG_VERSION" ]; then
  as_pg "$BIN/initdb" -D "$DIR" -U "$USER_NAME" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  # fsync stays on: the tests check durability, not just speed.
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200" start >/dev/null
  echo "started"
else
  echo "reused"
fi

for _ in $(seq 1 60); do
  "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q && break
  sleep 0.5
done

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
  "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -qc "create database $DB" >/dev/null
fi

echo "postgresql://$USER_NAME@127.0.0.1:$PORT/$DB"

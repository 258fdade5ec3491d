#!/usr/bin/env bash
# A throw-away PostgreSQL database for the store and queue tests (issue 17, part 5). Source it
# (`source scripts/ensure-postgres.sh`): it installs Debian's postgresql when missing, starts the cluster, creates the
# role claimdiff_test and a fresh database claimdiff_test (dropped and made again on every run), and exports
# CLAIMDIFF_TEST_DATABASE_URL. Quick when all is in place (no apt, only a few psql calls). A URL already in
# CLAIMDIFF_TEST_DATABASE_URL is left alone: the tests then use that server.
# TOOLCHAIN.md: Debian 12 ships PostgreSQL 15; as root `pg_ctlcluster VERSION main start`, roles via `su postgres`.
# Run (not sourced) it stops at the first error; sourced, the caller's shell options hold (scripts/test.sh sets -e).
[ "${BASH_SOURCE[0]}" != "$0" ] || set -euo pipefail

ensure_postgres() {
  if [ -n "${CLAIMDIFF_TEST_DATABASE_URL:-}" ]; then
    echo "== PostgreSQL: using CLAIMDIFF_TEST_DATABASE_URL as given"
    return 0
  fi
  local sudo="" as_postgres
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "== installing Debian postgresql"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  # The package makes a cluster `main`; a machine whose cluster was dropped gets a new one.
  if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    $sudo pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    $sudo pg_ctlcluster "$version" main start
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  if [ "$(id -u)" = 0 ]; then as_postgres=(su postgres -c); else as_postgres=(sudo -u postgres sh -c); fi
  local tries=0
  until "${as_postgres[@]}" "pg_isready -q -p $port"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then
      echo "PostgreSQL $version did not accept connections on port $port" >&2
      return 1
    fi
    sleep 0.5
  done
  # The role may create databases (the tests make none, but a developer may); the database is new on every run, so
  # no test sees what an earlier run left. WITH (FORCE) ends connections a killed run left open.
  "${as_postgres[@]}" "psql -q -p $port -v ON_ERROR_STOP=1 -d postgres" >/dev/null <<'SQL'
SELECT 'CREATE ROLE claimdiff_test LOGIN CREATEDB PASSWORD ''claimdiff_test'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claimdiff_test') \gexec
DROP DATABASE IF EXISTS claimdiff_test WITH (FORCE);
CREATE DATABASE claimdiff_test OWNER claimdiff_test;
SQL
  export CLAIMDIFF_TEST_DATABASE_URL="postgres://claimdiff_test:claimdiff_test@127.0.0.1:$port/claimdiff_test"
  echo "== PostgreSQL $version on port $port: CLAIMDIFF_TEST_DATABASE_URL=$CLAIMDIFF_TEST_DATABASE_URL"
}

ensure_postgres

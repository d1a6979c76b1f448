#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster if it is not accepting connections,
# and makes sure the tests' database exists (127.0.0.1:5432, user postgres,
# database test, trust auth: see test/store/postgres.test.ts).
set -euo pipefail

host=127.0.0.1

if ! pg_isready -q -h "$host"; then
  version=$( (ls /etc/postgresql 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    echo "pg-up: PostgreSQL is not installed (nothing under /etc/postgresql)" >&2
    exit 1
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$host" && break
    sleep 1
  done
  if ! pg_isready -q -h "$host"; then
    echo "pg-up: PostgreSQL $version did not accept connections on $host within 30 s" >&2
    exit 1
  fi
fi

if ! psql -h "$host" -U postgres -d test -Atqc 'select 1' >/dev/null 2>&1; then
  createdb -h "$host" -U postgres test
fi

#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL 15, and creates an empty database for TalentRadar.
# Usage: scripts/postgres-setup.sh <database> [user] [password]   (run as root)
set -euo pipefail
db=${1:?database name}
user=${2:-talentradar}
password=${3:-talentradar}

if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if ! pg_lsclusters -h | grep -q '^15 *main'; then
  pg_createcluster 15 main >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q && break
  sleep 1
done

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$user'")" != "1" ]; then
  psql_admin -c "create role $user login password '$password'"
fi
psql_admin -c "drop database if exists $db with (force)"
psql_admin -c "create database $db owner $user"
echo "PostgreSQL ready: database $db, user $user on localhost:5432"

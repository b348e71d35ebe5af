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

# names and the password reach SQL through psql variables, quoted by psql (:"name" an identifier, :'name' a
# literal), never spliced into the statement text
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -v db="$db" -v user="$user" -v password="$password" "$@"; }
if [ "$(echo "select 1 from pg_roles where rolname = :'user'" | psql_admin)" != "1" ]; then
  echo "create role :\"user\" login password :'password'" | psql_admin
fi
echo "drop database if exists :\"db\" with (force)" | psql_admin
echo "create database :\"db\" owner :\"user\"" | psql_admin
echo "PostgreSQL ready: database $db, user $user on localhost:5432"

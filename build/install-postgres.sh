#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages, starts a server on loopback, and creates the role the
# test suite connects as; safe to run again (a running server is left alone).
#
# The server is Debian's own cluster (pg_createcluster / pg_ctlcluster), owned by the system user
# `postgres` that the package creates: initdb refuses to run as root, and CI runs as root.
#
# The test connection string is printed and written to build/.postgres-connection (gitignored);
# build/test.sh reads it and runs the Api tests a second time against this server. The role may
# create databases: each test creates its own and drops it afterwards.
#
# Settings (environment): COMMISSIONING_PG_PORT (5432), COMMISSIONING_PG_CLUSTER (main).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${COMMISSIONING_PG_PORT:-5432}"
cluster="${COMMISSIONING_PG_CLUSTER:-main}"
role=commissioning
password=commissioning
database=commissioning
connection_file=build/.postgres-connection

log() { echo "install-postgres: $*"; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres "$@"
  fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing PostgreSQL from Debian's packages"
  apt-get update -qq
  # The package's own post-install may try to start a service; without an init system it cannot,
  # and the cluster is started below instead.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version (15 on Debian bookworm).
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"

if ! pg_lsclusters -h "$version" "$cluster" >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h "$version" "$cluster" 2>/dev/null)" ]; then
  log "creating cluster $version/$cluster on port $port"
  pg_createcluster "$version" "$cluster" --port "$port" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
fi

# Columns: version cluster port status owner data-directory log-file.
read -r _ _ cluster_port status _ <<<"$(pg_lsclusters -h "$version" "$cluster")"
if [ "$status" != online ]; then
  log "starting cluster $version/$cluster (port $cluster_port, loopback only)"
  # listen_addresses is pinned to loopback whatever the cluster's configuration says.
  pg_ctlcluster "$version" "$cluster" start -- -o "-c listen_addresses=127.0.0.1"
fi
port="$cluster_port"

for _ in $(seq 1 30); do
  if as_postgres psql -p "$port" -qAtc 'SELECT 1' >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

# Idempotent: the role and its database are created once; the password is reset to the known one.
as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB', '$role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') \gexec
ALTER ROLE $role WITH LOGIN CREATEDB PASSWORD '$password';
SELECT format('CREATE DATABASE %I OWNER %I', '$database', '$role')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$database') \gexec
SQL

connection="Host=127.0.0.1;Port=$port;Database=$database;Username=$role;Password=$password"
printf '%s\n' "$connection" >"$connection_file"
if ! PGPASSWORD="$password" psql "host=127.0.0.1 port=$port dbname=$database user=$role" -qAtc 'SELECT 1' >/dev/null; then
  log "cannot connect as $role over TCP on 127.0.0.1:$port" >&2
  exit 1
fi
log "PostgreSQL $version/$cluster is running on 127.0.0.1:$port"
log "connection string (written to $connection_file): $connection"

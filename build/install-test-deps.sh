#!/usr/bin/env bash
# Installs everything the test suite needs on a clean machine; safe to run again.
#  - graphql-js and graphql-http (tests/conformance), pinned by package-lock.json, for the conformance tests.
#  - a PostgreSQL server (build/install-postgres.sh) for the Api tests' second run.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "install-test-deps: installing Node.js from Debian's packages"
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -d tests/conformance/node_modules/graphql ] || [ tests/conformance/package-lock.json -nt tests/conformance/node_modules/.package-lock.json ]; then
  echo "install-test-deps: npm ci in tests/conformance"
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
fi

# PostgreSQL from Debian's packages, running on loopback, with a role for the tests; writes the connection
# string to build/.postgres-connection, where build/test.sh finds it for the PostgreSQL run.
bash build/install-postgres.sh

#!/usr/bin/env bash
# The README's test command: installs what the tests need (idempotent), then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/install-test-deps.sh
# Every test project on the embedded default, SQLite; tests that need a database server are left out.
dotnet test Commissioning.sln -c Release --filter "DatabaseEngine!=PostgresOnly" "$@"

# The Api tests again, each on a fresh database of its own on the PostgreSQL server install-postgres.sh
# started (see tests/Commissioning.Api.Tests/Data/TestDatabase.cs). Tests of SQLite-only behaviour (the
# file, PRAGMAs, WAL) are left out; they already ran above.
# The run takes about as long again as the SQLite one.
COMMISSIONING_TEST_POSTGRES="$(cat build/.postgres-connection)" \
  dotnet test tests/Commissioning.Api.Tests -c Release --no-build --filter "DatabaseEngine!=SqliteOnly" "$@"

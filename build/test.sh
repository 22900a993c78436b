#!/usr/bin/env bash
# The README's test command: installs what the tests need (idempotent), then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/install-test-deps.sh
dotnet test Commissioning.sln -c Release "$@"

# The Api tests again, each on a fresh database of its own on the PostgreSQL server install-postgres.sh
# started (see tests/Commissioning.Api.Tests/Data/TestDatabase.cs). Tests of SQLite-only behaviour (the
# file, PRAGMAs, WAL) are left out; they already ran above.
COMMISSIONING_TEST_POSTGRES="$(cat build/.postgres-connection)" \
  dotnet test tests/Commissioning.Api.Tests -c Release --no-build --filter "DatabaseEngine!=SqliteOnly" "$@"

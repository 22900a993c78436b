#!/usr/bin/env bash
# The README's test command: installs what the tests need (idempotent), then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/install-test-deps.sh
dotnet test Commissioning.sln -c Release "$@"

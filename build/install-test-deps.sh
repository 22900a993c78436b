#!/usr/bin/env bash
# Installs everything the test suite needs on a clean machine. Idempotent.
set -euo pipefail
echo "install-test-deps: nothing extra needed yet"

#!/usr/bin/env bash
# Installs what the browser tests (tests/browser) need on a clean machine; safe to run again.
#  - Chromium from Debian's packages (/usr/bin/chromium). Playwright drives it through its executablePath;
#    Playwright's own browser downloads (`npx playwright install`) are neither used nor needed.
#  - playwright-core in tests/browser, pinned by its package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "install-browser-deps: installing chromium from Debian's packages"
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  echo "install-browser-deps: npm ci in tests/browser"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

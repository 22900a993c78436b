#!/usr/bin/env bash
# Engine benchmark: the same schema, data and query (bench/engine/schema.graphql, query.graphql) served by
# graphql-js (node/server.mjs, graphql-http's handler) and by our engine (dotnet/, Kestrel), both on loopback,
# measured with wrk in one run under the same settings. Prints requests/s for each and the ratio.
# Settings (environment): DURATION (10s), WARMUP (5s), THREADS (2), CONNECTIONS (32), BENCH_FIRST (50 authors).
set -euo pipefail
cd "$(dirname "$0")"

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
NODE_PORT=${NODE_PORT:-5090}
DOTNET_PORT=${DOTNET_PORT:-5091}
export BENCH_FIRST=${BENCH_FIRST:-50}
export BENCH_QUERY_FILE=query.graphql

if ! command -v wrk >/dev/null; then
  echo "installing wrk from Debian's packages" >&2
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
[ -d node/node_modules/graphql-http ] || (cd node && npm ci --no-audit --no-fund --silent)
dotnet build -c Release dotnet -v quiet -nologo >/dev/null

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

node node/server.mjs "$NODE_PORT" >/dev/null & pids+=($!)
dotnet run -c Release --no-build --project dotnet -- "$DOTNET_PORT" >/dev/null & pids+=($!)

body=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync("query.graphql","utf8"),variables:{first:Number(process.env.BENCH_FIRST)}}))')
ask() { curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data "$body" "http://127.0.0.1:$1/graphql"; }
for port in "$NODE_PORT" "$DOTNET_PORT"; do
  for _ in $(seq 1 120); do ask "$port" >/dev/null 2>&1 && break; sleep 0.5; done
  ask "$port" >/dev/null || { echo "server on port $port did not come up" >&2; exit 1; }
done

# The comparison only means something if both servers give the same answer.
if [ "$(ask "$NODE_PORT")" != "$(ask "$DOTNET_PORT")" ]; then
  echo "the two servers answer the benchmark query differently" >&2
  exit 1
fi

measure() { # name port -> requests per second
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s post.lua "http://127.0.0.1:$2/graphql" >/dev/null
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s post.lua "http://127.0.0.1:$2/graphql" | grep '^RESULT')
  echo "$1 $line" >&2
  sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, $WARMUP warm-up then $DURATION per server, $BENCH_FIRST authors x 10 books" >&2
node_rps=$(measure graphql-js "$NODE_PORT")
dotnet_rps=$(measure Commissioning.GraphQL "$DOTNET_PORT")
awk -v n="$node_rps" -v d="$dotnet_rps" 'BEGIN { printf "graphql-js:            %10.1f requests/s\nCommissioning.GraphQL: %10.1f requests/s\nratio:                 %10.2fx\n", n, d, d / n }'

#!/usr/bin/env bash
# Compares two builds of the API (or one build under two runtime settings, or a build against the hand-written
# baseline) on one read operation, both servers up at once and measured in alternating rounds, so that whatever else
# the machine is doing falls on both alike. Prints requests per second and CPU milliseconds per request (utime+stime
# of the server process from /proc over the measured windows only) for each side and B's ratios to A.
#
#   bash bench/scale/compare.sh <A> <B> <scale> <operation>
#     A, B        a folder holding a built Commissioning.Api.dll (e.g. src/Commissioning.Api/bin/Release/net10.0 of
#                 two worktrees), or "baseline" for A: the hand-written baseline of bench/scale/tool
#     scale       40, 500 or 5000: the seeded file bench/.data/scale-<scale>-plans-70.db (bash bench/run.sh seeds it);
#                 each API gets a copy of it
#     operation   compliance-summary, plan-tree or exceptions-page (bench/scale/queries/<operation>.graphql)
#
# Settings (environment): COMPARE_ROUNDS (6), COMPARE_DURATION (4s per round and side), COMPARE_WARMUP (20s per side,
# before the first round), COMPARE_CONNECTIONS (16), COMPARE_THREADS (2), COMPARE_PORT (5296; B uses the next port),
# COMPARE_ENV_A / COMPARE_ENV_B (settings for that side's process, e.g. "DOTNET_GCDynamicAdaptationMode=0").
# The bench tool must be built (bash bench/run.sh builds it, or dotnet build bench/scale/tool -c Release).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -eq 4 ] || { sed -n '2,20p' "$0" >&2; exit 2; }
a=$1 b=$2 scale=$3 op=$4
rounds=${COMPARE_ROUNDS:-6} duration=${COMPARE_DURATION:-4s} warmup=${COMPARE_WARMUP:-20s}
connections=${COMPARE_CONNECTIONS:-16} threads=${COMPARE_THREADS:-2}
port_a=${COMPARE_PORT:-5296}
port_b=$((port_a + 1))
tool="dotnet $root/bench/scale/tool/bin/Release/net10.0/Commissioning.Bench.Scale.dll"
db=$root/bench/.data/scale-$scale-plans-70.db
[ -f "$db" ] || { echo "no seeded database $db: run bash bench/run.sh with BENCH_SCALES=$scale first" >&2; exit 1; }
[ -f "$root/bench/scale/queries/$op.graphql" ] || { echo "unknown operation $op" >&2; exit 1; }
[ "$b" != baseline ] || { echo "the baseline can only be A" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start() { # folder port settings -> pid of the server process itself
  if [ "$1" = baseline ]; then
    $tool serve-baseline "$db" "$2" >"$work/baseline.log" 2>&1 &
    echo $!
    return
  fi
  cp "$db" "$work/$2.db"
  # shellcheck disable=SC2086 # the settings are words
  (cd "$1" && exec env $3 ASPNETCORE_ENVIRONMENT=Development dotnet Commissioning.Api.dll --urls "http://127.0.0.1:$2" \
    --Logging:LogLevel:Default=Warning --Commissioning:Database:SqlitePath="$work/$2.db" --Commissioning:DemoData:Enabled=false \
    --Commissioning:Database:ThreadSafetyChecks=false \
    >"$work/api-$2.log" 2>&1) &
  echo $!
}
url() { if [ "$1" = "$port_a" ] && [ "$a" = baseline ]; then echo "http://127.0.0.1:$1/$op"; else echo "http://127.0.0.1:$1/graphql"; fi; }

for port in "$port_a" "$port_b"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then echo "port $port is in use; set COMPARE_PORT" >&2; exit 1; fi
done
pid_a=$(start "$a" "$port_a" "${COMPARE_ENV_A:-}"); pids+=("$pid_a")
pid_b=$(start "$b" "$port_b" "${COMPARE_ENV_B:-}"); pids+=("$pid_b")
for port in "$port_a" "$port_b"; do
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
done
# An API measures once its exception report has warmed up (every /health check Healthy), as bench/run.sh does.
for port in "$port_a" "$port_b"; do
  [ "$port" = "$port_a" ] && [ "$a" = baseline ] && continue
  for _ in $(seq 1 1800); do curl -s "http://127.0.0.1:$port/health" | grep -q '^{"status":"Healthy"' && break; sleep 0.5; done
done
token=$(cd "$b" && ASPNETCORE_ENVIRONMENT=Development dotnet Commissioning.Api.dll token --role QUALITY_TEAM 2>/dev/null | tail -1)
read -r _ provider_node <<<"$($tool pick-provider "$db")"
case $op in
  compliance-summary) variables="{\"quarter\":\"$($tool previous-quarter)\",\"first\":20}" ;;
  plan-tree) variables="{\"provider\":\"$provider_node\"}" ;;
  *) variables='{"first":20}' ;;
esac
python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}))' \
  "$root/bench/scale/queries/$op.graphql" "$variables" >"$work/body.json"

drive() { # port duration -> requests completed
  BENCH_BODY_FILE=$work/body.json BENCH_TOKEN=$token wrk -t"$threads" -c"$connections" -d"$2" --timeout 30s \
    -s "$root/bench/scale/read.lua" "$(url "$1")" | awk '/^RESULT/ { sub(/.*requests=/, ""); sub(/ .*/, ""); print }'
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

drive "$port_a" "$warmup" >/dev/null
drive "$port_b" "$warmup" >/dev/null
requests_a=0 requests_b=0 ticks_a=0 ticks_b=0
for _ in $(seq 1 "$rounds"); do
  before=$(ticks "$pid_a"); n=$(drive "$port_a" "$duration"); after=$(ticks "$pid_a")
  requests_a=$((requests_a + n)); ticks_a=$((ticks_a + after - before))
  before=$(ticks "$pid_b"); n=$(drive "$port_b" "$duration"); after=$(ticks "$pid_b")
  requests_b=$((requests_b + n)); ticks_b=$((ticks_b + after - before))
done
seconds=$(awk -v d="${duration%s}" -v r="$rounds" 'BEGIN { print d * r }')
awk -v ra="$requests_a" -v rb="$requests_b" -v ta="$ticks_a" -v tb="$ticks_b" -v hz="$(getconf CLK_TCK)" -v s="$seconds" \
  -v op="$op" -v scale="$scale" -v ha="$(awk '/^VmHWM/ { print $2 }' "/proc/$pid_a/status")" \
  -v hb="$(awk '/^VmHWM/ { print $2 }' "/proc/$pid_b/status")" 'BEGIN {
  ca = ta * 1000 / hz / ra; cb = tb * 1000 / hz / rb
  printf "%s providers, %s: A %.1f req/s, %.3f CPU ms/request, peak RSS %d MB | B %.1f req/s, %.3f CPU ms/request, peak RSS %d MB\n",
    scale, op, ra / s, ca, ha / 1024, rb / s, cb, hb / 1024
  printf "B/A: throughput %.2fx, CPU per request %.2fx\n", rb / ra, cb / ca }'

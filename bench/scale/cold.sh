#!/usr/bin/env bash
# The exceptions report from cold (bench/README.md "Cold exceptions"): per scale, start the API on a copy of the seeded
# SQLite file and time its first `exceptions` request, then the first after a commit, with the API's peak memory and
# CPU time; then time the hand-written baseline (which reads and computes afresh on every request) on the same file, and
# check both return the same data. Run it under the bench lock, as bench/run.sh:
#   flock /tmp/bench.lock env BENCH_PORT=5310 bash bench/scale/cold.sh
#
# Settings (environment):
#   BENCH_SCALES ("500 5000")          providers per scale; the files must have been seeded by bench/run.sh
#   BENCH_PLANS_PER_PROVIDER (70)      which seeded file
#   BENCH_PORT (5271)                  the API; the baseline listens on BENCH_PORT+1
#   BENCH_REQUEST_TIMEOUT (00:10:00)   the API's GraphQL:RequestTimeout for the run, so that a first request slower
#                                      than the default 30 s is timed to its end instead of ending in HTTP 503
#   BENCH_SEQUENTIAL_REQUESTS (2)      baseline requests, one after another
#   BENCH_API_ARGS ("")                more API settings, e.g. --Commissioning:Reporting:WarmUp=false
#   BENCH_BUILD (1)                    0 uses the existing Release builds
#   BENCH_RESULTS (bench/results/cold-<UTC time>)
#
# "After a write": a provider submits one quarterly progress report through the API (submitQuarterlyProgress, on the
# plan `write-targets` names first), so the next request brings the cached snapshot up to date by reading that
# provider's records again (the change log, src/Commissioning.Api/Reporting/README.md). "After a commit": then the
# DataVersions counter of the copy is advanced with sqlite3 and no change-log entry, as a write the log cannot
# attribute does (and as every write did before the change log), so the next request reads every provider's records.
# The baseline then reads the same copy, writes included, so the same-data checks compare like with like.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

scales=${BENCH_SCALES:-500 5000}
plans_per_provider=${BENCH_PLANS_PER_PROVIDER:-70}
api_port=${BENCH_PORT:-5271}
baseline_port=$((api_port + 1))
request_timeout=${BENCH_REQUEST_TIMEOUT:-00:10:00}
run_dir=${BENCH_RESULTS:-$root/bench/results/cold-$(date -u +%Y%m%dT%H%M%SZ)}
data_dir=$root/bench/.data
scale_dir=$root/bench/scale
api_dir=$root/src/Commissioning.Api/bin/Release/net10.0
tool="dotnet $scale_dir/tool/bin/Release/net10.0/Commissioning.Bench.Scale.dll"
mkdir -p "$run_dir/responses"
raw=$run_dir/raw.tsv
: >"$raw"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$run_dir/run.log" >&2; }
# shellcheck source=common.sh
. "$root/bench/scale/common.sh"

command -v sqlite3 >/dev/null || { log "sqlite3 is needed (Debian package sqlite3)"; exit 1; }
if [ "${BENCH_BUILD:-1}" = 1 ]; then
  log "building the API and the bench tool (Release)"
  dotnet build src/Commissioning.Api -c Release -nologo -v quiet -p:SkipWebBuild=true >/dev/null
  dotnet build bench/scale/tool -c Release -nologo -v quiet >/dev/null
fi
(git rev-parse --short HEAD 2>/dev/null || echo "not a git checkout") >"$run_dir/commit.txt"

pids=()
work=
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$work" ] && rm -f "$work" "$work-wal" "$work-shm"
}
trap cleanup EXIT

vmhwm_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
mint() { (cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Development dotnet Commissioning.Api.dll token --role "$1" ${2:+--provider "$2"} 2>/dev/null | tail -1); }

body=$run_dir/responses/exceptions-page.body.json
$tool body "$scale_dir/queries/exceptions-page.graphql" '{"first":20}' >"$body"
token=$(mint QUALITY_TEAM)
quarter=$($tool current-quarter)

for scale in $scales; do
  db=$data_dir/scale-$scale-plans-$plans_per_provider.db
  [ -f "$db.complete" ] || { log "scale $scale: $db is not seeded (run bench/run.sh first)"; exit 1; }
  work=${TMPDIR:-/tmp}/commissioning-cold-$scale-$$.db
  cp "$db" "$work"
  log "scale $scale: starting the API on a copy"
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Development exec dotnet Commissioning.Api.dll --urls "http://127.0.0.1:$api_port" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Commissioning=Information \
    --Commissioning:Database:SqlitePath="$work" --Commissioning:DemoData:Enabled=false \
    --GraphQL:RequestTimeout="$request_timeout" ${BENCH_API_ARGS:-} >>"$run_dir/api.log" 2>&1) &
  api=$!
  pids+=("$api")
  wait_healthy "http://127.0.0.1:$api_port/health" "$api" "the API"
  healthy_ms=$(ms_since "$started")
  read -r status bytes _ first_ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" "$run_dir/responses/$scale-first.api.json" "$token")"
  log "  healthy after $healthy_ms ms; first exceptions request: $first_ms ms, HTTP $status, $bytes bytes"
  record "$scale" api healthy_ms "$healthy_ms" ""
  record "$scale" api first_request_ms "$first_ms" "$status"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" /dev/null "$token")"
  log "  second request: $ms ms, HTTP $status"
  record "$scale" api second_request_ms "$ms" "$status"
  targets=$run_dir/responses/$scale-write-targets.txt
  $tool write-targets "$work" >"$targets"
  writer=$(awk '/^provider / { print $2 }' "$targets")
  read -r plan version <<<"$(awk '!/^provider / { print $1, $2; exit }' "$targets")"
  write_body=$run_dir/responses/$scale-submit-progress.body.json
  $tool body "$scale_dir/queries/submit-progress.graphql" \
    "{\"input\":{\"actionPlanId\":\"$plan\",\"expectedVersion\":$version,\"quarter\":\"$quarter\",\"overallNarrative\":\"Cold benchmark progress report.\",\"actions\":[]}}" >"$write_body"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$write_body" "$run_dir/responses/$scale-submit-progress.api.json" "$(mint PROVIDER "$writer")")"
  grep -q '"code"' "$run_dir/responses/$scale-submit-progress.api.json" && status=refused
  log "  submitQuarterlyProgress (provider $writer): $ms ms, HTTP $status"
  record "$scale" api write_ms "$ms" "$status"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" "$run_dir/responses/$scale-after-write.api.json" "$token")"
  log "  first request after the write: $ms ms, HTTP $status"
  record "$scale" api after_write_ms "$ms" "$status"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" /dev/null "$token")"
  log "  the request after it: $ms ms, HTTP $status"
  record "$scale" api after_write_second_ms "$ms" "$status"
  sqlite3 -cmd ".timeout 10000" "$work" "UPDATE DataVersions SET Value = Value + 1 WHERE Id = (SELECT MIN(Id) FROM DataVersions);"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" "$run_dir/responses/$scale-after-commit.api.json" "$token")"
  log "  first request after a commit: $ms ms, HTTP $status"
  record "$scale" api after_commit_ms "$ms" "$status"
  read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" /dev/null "$token")"
  log "  the request after it: $ms ms, HTTP $status"
  record "$scale" api after_commit_second_ms "$ms" "$status"
  hwm=$(vmhwm_mb "$api"); cpu=$(cpu_s "$api")
  log "  API peak RSS (VmHWM) $hwm MB, CPU $cpu s since start"
  record "$scale" api vmhwm_mb "$hwm" ""
  record "$scale" api cpu_s "$cpu" ""
  stop "$api"

  $tool serve-baseline "$work" "$baseline_port" >>"$run_dir/baseline.log" 2>&1 &
  baseline=$!
  pids+=("$baseline")
  wait_healthy "http://127.0.0.1:$baseline_port/health" "$baseline" "the baseline"
  total=0
  for i in $(seq 1 "${BENCH_SEQUENTIAL_REQUESTS:-2}"); do
    read -r status _ _ ms <<<"$($tool probe "http://127.0.0.1:$baseline_port/exceptions-page" "$body" "$run_dir/responses/$scale.baseline.json")"
    log "  baseline request $i: $ms ms, HTTP $status"
    record "$scale" baseline "request_${i}_ms" "$ms" "$status"
    total=$(awk -v a="$total" -v b="$ms" 'BEGIN { print a + b }')
  done
  mean=$(awk -v t="$total" -v n="${BENCH_SEQUENTIAL_REQUESTS:-2}" 'BEGIN { printf "%.0f", t / n }')
  log "  baseline peak RSS (VmHWM) $(vmhwm_mb "$baseline") MB; mean $mean ms per request"
  record "$scale" baseline vmhwm_mb "$(vmhwm_mb "$baseline")" ""
  record "$scale" baseline mean_ms "$mean" ""
  stop "$baseline"
  rm -f "$work" "$work-wal" "$work-shm"; work=
  for case in first after-write after-commit; do
    if $tool same-data "$run_dir/responses/$scale-$case.api.json" "$run_dir/responses/$scale.baseline.json"; then
      log "  same data ($case): yes"
    else
      log "  same data ($case): NO"
    fi
  done
  figure() { awk -v s="$scale" -v k="$1" '$1 == s && $3 == k { print $4 }' "$raw"; }
  log "  ratios: first request / baseline $(awk -v a="$first_ms" -v b="$mean" 'BEGIN { printf "%.2f", a / b }'),"\
" after a write / baseline $(awk -v a="$(figure after_write_ms)" -v b="$mean" 'BEGIN { printf "%.2f", a / b }'),"\
" after a commit / baseline $(awk -v a="$(figure after_commit_ms)" -v b="$mean" 'BEGIN { printf "%.2f", a / b }')"
done
log "results in $run_dir"

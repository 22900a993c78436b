#!/usr/bin/env bash
# Scale benchmark (bench/README.md "scale/"): for each scale, seed the demo commissioner into a SQLite file (once;
# kept under bench/.data), start the API and the hand-written baseline on loopback, check they give the same data,
# drive both with wrk using the same settings, measure quarterly-progress writes, record peak memory, then write
# bench/results/<run>/results.md and print the summary with the API/baseline ratios.
#
# Settings (environment):
#   BENCH_SCALES ("40 500 5000")        providers per scale
#   BENCH_PLANS_PER_PROVIDER (70)       action plans per provider: 5,000 x 70 gives ~1.06M progress updates
#   BENCH_DURATION (20s), BENCH_WARMUP (5s)   wrk per measurement (BENCH_DURATION=5s for a quick try)
#   BENCH_THREADS (2), BENCH_CONNECTIONS (16)  wrk threads and connections for reads
#   BENCH_WRITE_CONNECTIONS (8)         connections for the write test (each needs open plans of its own)
#   BENCH_OPERATIONS ("compliance-summary exceptions-page plan-tree")  reads to measure
#   BENCH_WRITES (1)                    0 skips the write test
#   BENCH_PORT (5271)                   the API; the baseline listens on BENCH_PORT+1
#   BENCH_BASELINE_SEQUENTIAL ("500:exceptions-page 5000:exceptions-page")  scale:operation pairs whose baseline is
#                                       timed by BENCH_SEQUENTIAL_REQUESTS (3) requests one after another instead of
#                                       wrk: the exceptions baseline reloads every provider per request and serves one
#                                       request at a time, so its throughput is 1 / time per request either way, and
#                                       at 500+ providers a request outlasts the measurement
#   BENCH_RESULTS (bench/results/<UTC time>)   where the run's files go
#   BENCH_POSTGRES (build/.postgres-connection's string when that file exists)  a PostgreSQL server for the write test
#                                       there too; "off" skips it. Each scale is seeded once into its own database
#                                       (commissioning_bench_<providers>_plans_<n>) by the API itself, and each run
#                                       writes to a copy of it (CREATE DATABASE ... TEMPLATE)
#   BENCH_POSTGRES_SCALES ("40 500")    scales whose writes are measured on PostgreSQL too
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

scales=${BENCH_SCALES:-40 500 5000}
plans_per_provider=${BENCH_PLANS_PER_PROVIDER:-70}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
write_connections=${BENCH_WRITE_CONNECTIONS:-8}
operations=${BENCH_OPERATIONS:-compliance-summary exceptions-page plan-tree}
api_port=${BENCH_PORT:-5271}
baseline_port=$((api_port + 1))
run_dir=${BENCH_RESULTS:-$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
postgres=${BENCH_POSTGRES:-$(cat "$root/build/.postgres-connection" 2>/dev/null || true)}
[ "$postgres" = off ] && postgres=
postgres_scales=${BENCH_POSTGRES_SCALES:-40 500}
data_dir=$root/bench/.data
scale_dir=$root/bench/scale
api_dir=$root/src/Commissioning.Api/bin/Release/net10.0
tool="dotnet $scale_dir/tool/bin/Release/net10.0/Commissioning.Bench.Scale.dll"
mkdir -p "$run_dir/responses" "$data_dir"
raw=$run_dir/raw.tsv
: >"$raw"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$raw"; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian's packages"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi

log "building the API and the bench tool (Release)"
dotnet build src/Commissioning.Api -c Release -nologo -v quiet >/dev/null
dotnet build bench/scale/tool -c Release -nologo -v quiet >/dev/null

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# The API runs from its output folder so it reads its appsettings.json; settings after it on the command line win.
start_api_with() { # environment settings... -> pid
  local environment=$1; shift
  # Another engineer's server on the port would answer the health check in our place.
  if curl -s -o /dev/null "http://127.0.0.1:$api_port/health"; then log "port $api_port is in use; set BENCH_PORT"; exit 1; fi
  (cd "$api_dir" && ASPNETCORE_ENVIRONMENT=$environment exec dotnet Commissioning.Api.dll --urls "http://127.0.0.1:$api_port" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Commissioning=Information "$@" >>"$run_dir/api.log" 2>&1) &
  echo $!
}
start_api() { # db environment -> pid: on a SQLite file
  local db=$1 environment=$2; shift 2
  start_api_with "$environment" --Commissioning:Database:SqlitePath="$db" "$@"
}
start_api_postgres() { # connection-string environment -> pid
  local connection=$1 environment=$2; shift 2
  start_api_with "$environment" --Commissioning:Database:Provider=PostgreSql --ConnectionStrings:Commissioning="$connection" "$@"
}
wait_healthy() { # url pid what
  for _ in $(seq 1 3600); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { log "$3 exited; see $run_dir/api.log"; exit 1; }
    sleep 0.5
  done
  log "$3 did not become healthy"; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
vmhwm() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

measure() { # scale operation target url body-file token
  local line
  BENCH_BODY_FILE=$5 BENCH_TOKEN=$6 wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 30s -s "$scale_dir/read.lua" "$4" >/dev/null
  line=$(BENCH_BODY_FILE=$5 BENCH_TOKEN=$6 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s "$scale_dir/read.lua" "$4" | grep '^RESULT')
  log "  $2 $3: ${line#RESULT }"
  for pair in ${line#RESULT }; do record "$1" "$2" "$3" "${pair%%=*}" "${pair#*=}"; done
}

measure_sequential() { # scale operation target url body-file: n requests in turn; rps = 1000 / mean ms
  local times=() ms
  for _ in $(seq 1 "${BENCH_SEQUENTIAL_REQUESTS:-3}"); do
    read -r _ _ _ ms <<<"$($tool probe "$4" "$5" /dev/null)"
    times+=("$ms")
  done
  local line
  line=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1; s += $1 } END {
    printf "requests=%d rps=%.3f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=0 sequential=1", NR, 1000 * NR / s, t[int((NR + 1) / 2)], t[NR], t[NR] }')
  log "  $2 $3 (sequential): $line"
  for pair in $line; do record "$1" "$2" "$3" "${pair%%=*}" "${pair#*=}"; done
}

mint() { # role [provider id]: a development token, or nothing when this build has no token command
  (cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Development dotnet Commissioning.Api.dll token --role "$1" ${2:+--provider "$2"} 2>/dev/null | tail -1) || true
}

# submitQuarterlyProgress under wrk as the provider with most open plans; rows counted before and after.
write_test() { # scale database(sqlite|postgresql) target(SQLite file or connection string)
  local targets=$run_dir/responses/$1-$2-write-targets.txt writer write_token before after line result writes
  $tool write-targets "$3" >"$targets"
  writer=$(awk '/^provider / { print $2 }' "$targets")
  write_token=$(mint PROVIDER "$writer")
  if [ -z "$write_token" ]; then
    log "  writes skipped: this build has no token command, and the API refuses anonymous mutations"
    return
  fi
  # Warm-up, as for reads: the first mutations compile the write path, which on a loaded machine outlasted a short
  # measurement (0 answers in 10 s at 500 providers). Its rows are written before the count; the plans' versions
  # are read again afterwards.
  BENCH_TARGETS_FILE=$targets BENCH_TOKEN=$write_token BENCH_QUARTER=$quarter BENCH_THREADS=$threads \
    BENCH_QUERY_FILE=$scale_dir/queries/submit-progress.graphql \
    wrk -t"$threads" -c"$write_connections" -d"$warmup" --timeout 30s -s "$scale_dir/submit.lua" "http://127.0.0.1:$api_port/graphql" >/dev/null
  sleep 2
  $tool write-targets "$3" >"$targets"
  before=$($tool count "$3" ProgressUpdates)
  line=$(BENCH_TARGETS_FILE=$targets BENCH_TOKEN=$write_token BENCH_QUARTER=$quarter BENCH_THREADS=$threads \
    BENCH_QUERY_FILE=$scale_dir/queries/submit-progress.graphql \
    wrk -t"$threads" -c"$write_connections" -d"$duration" --timeout 30s -s "$scale_dir/submit.lua" "http://127.0.0.1:$api_port/graphql")
  # Requests still in flight when wrk stops may commit after it: wait for them before counting.
  sleep 2
  after=$($tool count "$3" ProgressUpdates)
  result=$(grep '^RESULT' <<<"$line")
  writes=$(grep '^WRITES' <<<"$line")
  log "  submit-progress on $2: ${result#RESULT } ${writes#WRITES } rows added $((after - before))"
  for pair in ${result#RESULT } ${writes#WRITES }; do record "$1" submit-progress "$2" "${pair%%=*}" "${pair#*=}"; done
  record "$1" submit-progress "$2" rows_added $((after - before))
}

{
  echo "Run $(basename "$run_dir"): scales $scales; $plans_per_provider action plans per provider; wrk $threads threads, $connections connections,"
  echo "$warmup warm-up then $duration per measurement; writes with $write_connections connections; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)');"
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start."
} >"$run_dir/settings.txt"
quarter=$($tool current-quarter)

for scale in $scales; do
  record "$scale" settings - connections "$connections"
  db=$data_dir/scale-$scale-plans-$plans_per_provider.db
  if [ ! -f "$db.complete" ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    log "seeding $scale providers into $db"
    started=$(date +%s.%N)
    pid=$(start_api "$db" Production --Commissioning:DemoData:Providers="$scale" \
      --Commissioning:DemoData:ActionPlansPerProvider="$plans_per_provider" --Commissioning:DemoData:SeedBatchSize=100)
    wait_healthy "http://127.0.0.1:$api_port/health" "$pid" "the seeding API"
    seeded=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    stop "$pid"
    echo "$seeded" >"$db.complete"
    record "$scale" data - seed_seconds "$seeded"
    log "seeded in $seeded s (API start to healthy, migrations included)"
  fi
  record "$scale" data - progress_updates "$($tool count "$db" ProgressUpdates)"
  record "$scale" data - rows "$($tool count "$db" '*')"
  record "$scale" data - db_kb "$(du -k "$db" | cut -f1)"

  # The API gets a copy, so the write test never changes the seeded data; the baseline only reads.
  work=$data_dir/work-$scale.db
  rm -f "$work" "$work-wal" "$work-shm"
  cp "$db" "$work"
  log "scale $scale: starting the API and the baseline"
  api=$(start_api "$work" Development --Commissioning:DemoData:Enabled=false --Commissioning:GraphQL:ReportSqlStatements=true)
  pids+=("$api")
  if curl -s -o /dev/null "http://127.0.0.1:$baseline_port/health"; then log "port $baseline_port is in use; set BENCH_PORT"; exit 1; fi
  $tool serve-baseline "$db" "$baseline_port" >>"$run_dir/baseline.log" 2>&1 &
  baseline=$!
  pids+=("$baseline")
  wait_healthy "http://127.0.0.1:$api_port/health" "$api" "the API"
  wait_healthy "http://127.0.0.1:$baseline_port/health" "$baseline" "the baseline"

  read -r provider_id provider_node <<<"$($tool pick-provider "$db")"
  read_token=$(mint "${BENCH_READ_ROLE:-QUALITY_TEAM}")
  declare -A variables=(
    [compliance-summary]="{\"quarter\":\"$($tool previous-quarter)\",\"first\":20}"
    [exceptions-page]="{\"first\":20}"
    [plan-tree]="{\"provider\":\"$provider_node\"}"
  )
  for op in $operations; do
    body=$run_dir/responses/$op.body.json
    $tool body "$scale_dir/queries/$op.graphql" "${variables[$op]}" >"$body"
    # The first request compiles the query and, for exceptions, loads the records the cache then shares; at
    # 5,000 providers that outlasts the API's request timeout, so ask again until the load has finished.
    for attempt in $(seq 1 60); do
      read -r status bytes statements ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" "$run_dir/responses/$scale-$op.api.json" "$read_token")"
      log "  $op: request $attempt took $ms ms: HTTP $status, $bytes bytes, $statements SQL statements"
      [ "$status" = 200 ] && break
      sleep 10
    done
    record "$scale" "$op" api bytes "$bytes"
    record "$scale" "$op" api first_request_ms "$ms"
    # Measured again once warm: the first request includes compiling the query.
    read -r status bytes statements ms <<<"$($tool probe "http://127.0.0.1:$api_port/graphql" "$body" "$run_dir/responses/$scale-$op.api.json" "$read_token")"
    record "$scale" "$op" api sql_statements "$statements"
    has_baseline=0
    if $tool probe "http://127.0.0.1:$baseline_port/$op" "$body" "$run_dir/responses/$scale-$op.baseline.json" >/dev/null 2>&1; then
      $tool same-data "$run_dir/responses/$scale-$op.api.json" "$run_dir/responses/$scale-$op.baseline.json" || exit 1
      has_baseline=1
    fi
    measure "$scale" "$op" api "http://127.0.0.1:$api_port/graphql" "$body" "$read_token"
    if [ "$has_baseline" = 1 ]; then
      if [[ " ${BENCH_BASELINE_SEQUENTIAL-500:exceptions-page 5000:exceptions-page} " == *" $scale:$op "* ]]; then
        measure_sequential "$scale" "$op" baseline "http://127.0.0.1:$baseline_port/$op" "$body"
      else
        measure "$scale" "$op" baseline "http://127.0.0.1:$baseline_port/$op" "$body" ""
      fi
    fi
  done

  [ "${BENCH_WRITES:-1}" = 1 ] && write_test "$scale" sqlite "$work"

  record "$scale" memory api vmhwm_kb "$(vmhwm "$api")"
  record "$scale" memory baseline vmhwm_kb "$(vmhwm "$baseline")"
  stop "$api"
  stop "$baseline"
  rm -f "$work" "$work-wal" "$work-shm"

  if [ "${BENCH_WRITES:-1}" = 1 ] && [ -n "$postgres" ] && [[ " $postgres_scales " == *" $scale "* ]]; then
    # The same write test against the API on PostgreSQL, over the same demo data (same generator, same settings).
    seed_db=commissioning_bench_${scale}_plans_${plans_per_provider}
    work_db=commissioning_bench_${scale}_work
    if ! $tool postgres-seeded "$postgres" "$seed_db" >/dev/null; then
      $tool postgres-drop "$postgres" "$seed_db"
      log "seeding $scale providers into PostgreSQL database $seed_db"
      started=$(date +%s.%N)
      pid=$(start_api_postgres "$($tool postgres-database "$postgres" "$seed_db")" Production --Commissioning:DemoData:Providers="$scale" \
        --Commissioning:DemoData:ActionPlansPerProvider="$plans_per_provider" --Commissioning:DemoData:SeedBatchSize=100)
      wait_healthy "http://127.0.0.1:$api_port/health" "$pid" "the seeding API (PostgreSQL)"
      stop "$pid"
      seeded=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
      $tool postgres-mark-seeded "$postgres" "$seed_db" "$seeded"
      log "seeded PostgreSQL in $seeded s"
    fi
    record "$scale" data postgresql seed_seconds "$($tool postgres-seeded "$postgres" "$seed_db")"
    $tool postgres-copy "$postgres" "$seed_db" "$work_db"
    work_connection=$($tool postgres-database "$postgres" "$work_db")
    log "scale $scale: starting the API on PostgreSQL ($work_db, a copy of $seed_db)"
    api=$(start_api_postgres "$work_connection" Development --Commissioning:DemoData:Enabled=false)
    pids+=("$api")
    wait_healthy "http://127.0.0.1:$api_port/health" "$api" "the API (PostgreSQL)"
    write_test "$scale" postgresql "$work_connection"
    record "$scale" memory api-postgresql vmhwm_kb "$(vmhwm "$api")"
    stop "$api"
    $tool postgres-drop "$postgres" "$work_db"
  fi
done

$tool report "$run_dir" "$run_dir/results.md"
log "results: $run_dir/results.md"

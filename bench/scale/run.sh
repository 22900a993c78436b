#!/usr/bin/env bash
# Scale benchmark (bench/README.md "scale/"): for each scale, seed the demo commissioner into a SQLite file (once;
# kept under bench/.data), start the API and the hand-written baseline on loopback, check they give the same data,
# drive both with wrk using the same settings in alternating rounds, recording the CPU time each server spends per
# request, measure quarterly-progress writes, record peak memory, then write bench/results/<run>/results.md and print
# the summary with the API/baseline ratios (time and CPU).
#
# Settings (environment):
#   BENCH_SCALES ("40 500 5000")        providers per scale
#   BENCH_PLANS_PER_PROVIDER (70)       action plans per provider: 5,000 x 70 gives ~1.06M progress updates
#   BENCH_DURATION (20s), BENCH_WARMUP (5s)   wrk per measurement (BENCH_DURATION=5s for a quick try); the API's JIT
#                                       needs BENCH_WARMUP=25s or more before its figures mean anything
#   BENCH_ROUNDS (2)                    rounds per read operation: API, baseline, API, baseline, ...; the results show
#                                       the median of the rounds (with 2 rounds: their mean), raw.tsv every round
#                                       (target api#<round>, baseline#<round>)
#   BENCH_ROUND_WARMUP (3s)             warm-up of rounds after the first: both servers have served the same request
#                                       for BENCH_WARMUP + BENCH_DURATION already, so only wrk's new connections and
#                                       the thread pool need warming (see bench/README.md)
#   BENCH_ROUND_ORDER (abab)            abab: the API first in every round; abba: the baseline first in even rounds
#                                       (API, baseline, baseline, API), which cancels a steady drift between rounds
#   BENCH_THREADS (2), BENCH_CONNECTIONS (16)  wrk threads and connections for reads
#   BENCH_WRITE_CONNECTIONS (8)         connections for the write test (each needs open plans of its own)
#   BENCH_OPERATIONS ("compliance-summary exceptions-page plan-tree")  reads to measure
#   BENCH_WRITES (1)                    0 skips the write test
#   BENCH_API_DIR (src/Commissioning.Api/bin/Release/net10.0)  the built API to measure, e.g. another checkout's build
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
# Every measurement window (not its warm-up) also reads the CPU time (utime + stime from /proc/<pid>/stat) of the API's
# and the baseline's dotnet processes before and after it, and records CPU ms per completed request.
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
rounds=${BENCH_ROUNDS:-2}
round_warmup=${BENCH_ROUND_WARMUP:-3s}
round_order=${BENCH_ROUND_ORDER:-abab}
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS must be a whole number of rounds, 1 or more (got '$rounds')" >&2; exit 1; }
case $round_order in abab | abba) ;; *) echo "BENCH_ROUND_ORDER must be abab or abba (got '$round_order')" >&2; exit 1 ;; esac
api_port=${BENCH_PORT:-5271}
baseline_port=$((api_port + 1))
run_dir=${BENCH_RESULTS:-$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
postgres=${BENCH_POSTGRES:-$(cat "$root/build/.postgres-connection" 2>/dev/null || true)}
[ "$postgres" = off ] && postgres=
postgres_scales=${BENCH_POSTGRES_SCALES:-40 500}
data_dir=$root/bench/.data
scale_dir=$root/bench/scale
api_dir=${BENCH_API_DIR:-$root/src/Commissioning.Api/bin/Release/net10.0}
tool="dotnet $scale_dir/tool/bin/Release/net10.0/Commissioning.Bench.Scale.dll"
mkdir -p "$run_dir/responses" "$data_dir"
raw=$run_dir/raw.tsv
: >"$raw"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
# shellcheck source=common.sh
. "$root/bench/scale/common.sh"
clock_ticks=$(getconf CLK_TCK)

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
vmhwm() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# CPU time of a whole process (every thread, user + system) in clock ticks: fields 14 and 15 of /proc/<pid>/stat.
# The command name (field 2) is in parentheses and may hold spaces, so fields are counted after its closing ')'.
cpu_ticks() { # pid
  local stat
  stat=$(<"/proc/$1/stat") || { log "process $1 has gone"; exit 1; }
  stat=${stat##*) }
  set -- $stat # now $1 is field 3 (state), so utime is ${12} and stime ${13}
  echo $((${12} + ${13}))
}
# The pid must be the server itself, not a shell around it: start_api_with's subshell execs dotnet, and the baseline's
# `$tool ... &` is a simple command, which bash runs by exec in the forked child. Checked, since CPU is read by pid.
check_server_pid() { # pid dll what
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline")
  if [[ "$(readlink "/proc/$1/exe")" != */dotnet || "$cmdline" != *"$2"* ]]; then
    log "pid $1 is not $3's dotnet process ($cmdline); CPU per request would be read from the wrong process"; exit 1
  fi
}
# One measurement window's figures: wrk's RESULT pairs, then the measured server's CPU time, per completed request,
# and the other server's CPU time over the same window (it should idle; "-" when there is no other server).
record_window() { # scale operation target "RESULT pairs" requests ticks other-ticks
  local pairs=$4 cpu_ms per_request
  cpu_ms=$(awk -v t="$6" -v hz="$clock_ticks" 'BEGIN { printf "%.0f", t * 1000 / hz }')
  per_request=$(awk -v t="$6" -v hz="$clock_ticks" -v n="$5" 'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n; else print "-" }')
  pairs="$pairs cpu_ms=$cpu_ms cpu_ms_per_request=$per_request"
  [ "$7" = - ] || pairs="$pairs other_cpu_ms=$(awk -v t="$7" -v hz="$clock_ticks" 'BEGIN { printf "%.0f", t * 1000 / hz }')"
  log "  $2 $3: $pairs"
  for pair in $pairs; do record "$1" "$2" "$3" "${pair%%=*}" "${pair#*=}"; done
}

measure() { # scale operation target warm-up url body-file token server-pid other-server-pid
  local line before other_before after other_after requests
  BENCH_BODY_FILE=$6 BENCH_TOKEN=$7 wrk -t"$threads" -c"$connections" -d"$4" --timeout 30s -s "$scale_dir/read.lua" "$5" >/dev/null
  before=$(cpu_ticks "$8")
  other_before=$(cpu_ticks "$9")
  line=$(BENCH_BODY_FILE=$6 BENCH_TOKEN=$7 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s "$scale_dir/read.lua" "$5" | grep '^RESULT')
  after=$(cpu_ticks "$8")
  other_after=$(cpu_ticks "$9")
  requests=$(grep -o 'requests=[0-9]*' <<<"$line")
  record_window "$1" "$2" "$3" "${line#RESULT } warmup=$4" "${requests#requests=}" $((after - before)) $((other_after - other_before))
}

measure_sequential() { # scale operation target url body-file server-pid other-server-pid: n requests in turn; rps = 1000 / mean ms
  local times=() ms before other_before after other_after line
  before=$(cpu_ticks "$6")
  other_before=$(cpu_ticks "$7")
  for _ in $(seq 1 "${BENCH_SEQUENTIAL_REQUESTS:-3}"); do
    read -r _ _ _ ms <<<"$($tool probe "$4" "$5" /dev/null)"
    times+=("$ms")
  done
  after=$(cpu_ticks "$6")
  other_after=$(cpu_ticks "$7")
  line=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1; s += $1 } END {
    printf "requests=%d rps=%.3f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=0 sequential=1", NR, 1000 * NR / s, t[int((NR + 1) / 2)], t[NR], t[NR] }')
  record_window "$1" "$2" "$3" "$line" "${#times[@]}" $((after - before)) $((other_after - other_before))
}

mint() { # role [provider id]: a development token, or nothing when this build has no token command
  (cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Development dotnet Commissioning.Api.dll token --role "$1" ${2:+--provider "$2"} 2>/dev/null | tail -1) || true
}

# submitQuarterlyProgress under wrk as the provider with most open plans; rows counted before and after.
write_test() { # scale database(sqlite|postgresql) target(SQLite file or connection string) api-pid
  local targets=$run_dir/responses/$1-$2-write-targets.txt writer write_token before after line result writes cpu_before cpu_after
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
  cpu_before=$(cpu_ticks "$4")
  line=$(BENCH_TARGETS_FILE=$targets BENCH_TOKEN=$write_token BENCH_QUARTER=$quarter BENCH_THREADS=$threads \
    BENCH_QUERY_FILE=$scale_dir/queries/submit-progress.graphql \
    wrk -t"$threads" -c"$write_connections" -d"$duration" --timeout 30s -s "$scale_dir/submit.lua" "http://127.0.0.1:$api_port/graphql")
  cpu_after=$(cpu_ticks "$4")
  # Requests still in flight when wrk stops may commit after it: wait for them before counting.
  sleep 2
  after=$($tool count "$3" ProgressUpdates)
  result=$(grep '^RESULT' <<<"$line")
  writes=$(grep '^WRITES' <<<"$line")
  # CPU per request of the API alone: with PostgreSQL the server's own processes do part of the work, uncounted.
  local requests
  requests=$(grep -o 'requests=[0-9]*' <<<"$result")
  record_window "$1" submit-progress "$2" "${result#RESULT } ${writes#WRITES } rows_added=$((after - before))" "${requests#requests=}" \
    $((cpu_after - cpu_before)) -
}

{
  echo "Run $(basename "$run_dir"): scales $scales; $plans_per_provider action plans per provider; wrk $threads threads, $connections connections,"
  echo "$warmup warm-up then $duration per measurement; $rounds rounds per read ($round_order; later rounds $round_warmup warm-up);"
  echo "writes with $write_connections connections; commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)');"
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
  # Development only so that the token command's tokens are accepted; what differs by environment is set as in
  # production (EF's thread-safety check is on in Development only).
  api=$(start_api "$work" Development --Commissioning:DemoData:Enabled=false --Commissioning:GraphQL:ReportSqlStatements=true \
    --Commissioning:Database:ThreadSafetyChecks=false)
  pids+=("$api")
  if curl -s -o /dev/null "http://127.0.0.1:$baseline_port/health"; then log "port $baseline_port is in use; set BENCH_PORT"; exit 1; fi
  $tool serve-baseline "$db" "$baseline_port" >>"$run_dir/baseline.log" 2>&1 &
  baseline=$!
  pids+=("$baseline")
  wait_healthy "http://127.0.0.1:$api_port/health" "$api" "the API"
  wait_healthy "http://127.0.0.1:$baseline_port/health" "$baseline" "the baseline"
  wait_warm "http://127.0.0.1:$api_port/health" "$api" "the API"
  check_server_pid "$api" Commissioning.Api.dll "the API"
  check_server_pid "$baseline" Commissioning.Bench.Scale.dll "the baseline"

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
    # Rounds alternate the two servers, so drift of the machine's load during the run falls on both sides. The
    # first round warms each server for BENCH_WARMUP (the API's JIT needs it); later rounds repeat the same request
    # on warm servers, so BENCH_ROUND_WARMUP only reopens wrk's connections and wakes the thread pool.
    for round in $(seq 1 "$rounds"); do
      round_warm=$warmup
      [ "$round" -gt 1 ] && round_warm=$round_warmup
      order="api baseline"
      [ "$round_order" = abba ] && [ $((round % 2)) = 0 ] && order="baseline api"
      for target in $order; do
        if [ "$target" = api ]; then
          measure "$scale" "$op" "api#$round" "$round_warm" "http://127.0.0.1:$api_port/graphql" "$body" "$read_token" "$api" "$baseline"
        elif [ "$has_baseline" = 1 ]; then
          if [[ " ${BENCH_BASELINE_SEQUENTIAL-500:exceptions-page 5000:exceptions-page} " == *" $scale:$op "* ]]; then
            measure_sequential "$scale" "$op" "baseline#$round" "http://127.0.0.1:$baseline_port/$op" "$body" "$baseline" "$api"
          else
            measure "$scale" "$op" "baseline#$round" "$round_warm" "http://127.0.0.1:$baseline_port/$op" "$body" "" "$baseline" "$api"
          fi
        fi
      done
    done
  done

  [ "${BENCH_WRITES:-1}" = 1 ] && write_test "$scale" sqlite "$work" "$api"

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
    api=$(start_api_postgres "$work_connection" Development --Commissioning:DemoData:Enabled=false --Commissioning:Database:ThreadSafetyChecks=false)
    pids+=("$api")
    wait_healthy "http://127.0.0.1:$api_port/health" "$api" "the API (PostgreSQL)"
    wait_warm "http://127.0.0.1:$api_port/health" "$api" "the API (PostgreSQL)"
    check_server_pid "$api" Commissioning.Api.dll "the API (PostgreSQL)"
    write_test "$scale" postgresql "$work_connection" "$api"
    record "$scale" memory api-postgresql vmhwm_kb "$(vmhwm "$api")"
    stop "$api"
    $tool postgres-drop "$postgres" "$work_db"
  fi
done

$tool report "$run_dir" "$run_dir/results.md"
log "results: $run_dir/results.md"

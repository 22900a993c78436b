# Shell functions the scale scripts share (run.sh, cold.sh). Source after setting raw (the raw.tsv path) and run_dir,
# and after defining log.
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$raw"; }
wait_healthy() { # url pid what: until the url answers; stops the script if the process exits or an hour passes
  for _ in $(seq 1 7200); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { log "$3 exited; see $run_dir/api.log"; exit 1; }
    sleep 0.5
  done
  log "$3 did not become healthy"; exit 1
}
wait_warm() { # url pid what: until /health reports every check Healthy (the exception report's warm-up has loaded)
  # The warm-up loads every provider's records in the background (up to a minute or more at 5,000 providers); measured
  # while it runs, a read would share the machine with it. The seconds waited go to the log.
  local started=$SECONDS
  for _ in $(seq 1 7200); do
    curl -s "$1" 2>/dev/null | grep -q '^{"status":"Healthy"' && { log "$3 warm after $((SECONDS - started)) s"; return 0; }
    kill -0 "$2" 2>/dev/null || { log "$3 exited; see $run_dir/api.log"; exit 1; }
    sleep 0.5
  done
  log "$3 did not warm up"; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

#!/usr/bin/env bash
# The benchmark command: bash bench/run.sh (quick try: BENCH_DURATION=5s BENCH_WARMUP=2s bash bench/run.sh).
# Runs the scale benchmark (scale/run.sh); the engine comparison with graphql-js is bash bench/engine/run.sh.
exec bash "$(dirname "$0")/scale/run.sh" "$@"

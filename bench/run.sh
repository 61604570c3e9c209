#!/usr/bin/env bash
# npm run bench [-- name...] — builds the production app into .next-bench, starts PostgreSQL and
# livekit-server on free loopback ports (as scripts/test.sh does), serves the app, runs each named
# benchmark (all by default), writes bench/results/<name>.json and prints one markdown table.
# Everything it starts is stopped on exit; all traffic goes to 127.0.0.1.
set -uo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib/services.sh"
cd "$ROOT"
# Other work on the machine, before this run adds its own (see bench/lib/machine.ts).
export BENCH_LOAD_BEFORE_RUN="$(cut -d' ' -f1 /proc/loadavg)"

ALL=(bundle token hallway search join latency fanout hand stage match failover storm lighthouse)
SELECTED=("$@")
[ ${#SELECTED[@]} -eq 0 ] && SELECTED=("${ALL[@]}")
for name in "${SELECTED[@]}"; do
  [ -f "bench/$name/main.ts" ] || die "unknown benchmark '$name' (known: ${ALL[*]})"
done
needs() { local n; for n in "${SELECTED[@]}"; do [[ " $* " == *" $n "* ]] && return 0; done; return 1; }

DIST_DIR=".next-bench"
RUN_DIR="$(mktemp -d /tmp/hearth-bench.XXXXXX)"
PG_DIR=""
PIDS=()
stop_started_on_exit

ensure_node_modules
ensure_prisma_client
PG_BIN="$(ensure_postgres)"
LIVEKIT_BIN="$(ensure_livekit)"
needs join latency hand stage match lighthouse && ensure_chromium
needs fanout && ensure_portaudio

PG_PORT="$(free_port)"
PG_DIR="$(mktemp -d /tmp/hearth-bench-pg.XXXXXX)"
start_postgres "$PG_BIN" "$PG_PORT" "$PG_DIR" "$RUN_DIR/postgres.log"
ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
psql "$ADMIN_URL" -qc "CREATE DATABASE hearth_bench" >/dev/null || die "cannot create the bench database"

APP_PORT="$(free_port)"
LK_PORT="$(free_port)"
start_livekit_bench "$LIVEKIT_BIN" "$LK_PORT" "http://127.0.0.1:$APP_PORT/api/livekit/webhook" "$RUN_DIR/livekit.log"
PIDS+=("$LIVEKIT_PID")

export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/hearth_bench"
export LIVEKIT_URL="ws://127.0.0.1:$LK_PORT" LIVEKIT_API_KEY="devkey" LIVEKIT_API_SECRET="secret"
export AUTH_SECRET="bench-secret-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
export APP_URL="http://127.0.0.1:$APP_PORT"
export BENCH_ADMIN_DATABASE_URL="$ADMIN_URL" BENCH_RUN_DIR="$RUN_DIR" BENCH_DIST_DIR="$DIST_DIR"
export BENCH_LIVEKIT_PID="$LIVEKIT_PID" BENCH_POSTGRES_LOG="$RUN_DIR/postgres.log"
say "PostgreSQL on $PG_PORT, livekit-server on $LK_PORT, app on $APP_PORT (logs: $RUN_DIR)"
npm run --silent db:migrate >"$RUN_DIR/migrate.log" 2>&1 || die "db:migrate failed (log: $RUN_DIR/migrate.log)"

# failover and storm serve this build from their own cluster (bench/failover/start-cluster.ts).
if needs bundle token join fanout hand stage match failover storm lighthouse; then
  # BENCH_REUSE_BUILD=1 keeps an existing build even when sources changed (re-running one benchmark).
  if [ -n "${BENCH_REUSE_BUILD:-}" ] && [ -f "$DIST_DIR/BUILD_ID" ]; then
    say "reusing $DIST_DIR as asked (BENCH_REUSE_BUILD)"
  elif bench_build_is_stale "$DIST_DIR" || [ -n "${BENCH_REBUILD:-}" ]; then
    say "building the production app into $DIST_DIR"
    NEXT_DIST_DIR="$DIST_DIR" NODE_ENV=production node_modules/.bin/next build >"$RUN_DIR/build.log" 2>&1 ||
      die "next build failed (log: $RUN_DIR/build.log)"
  else
    say "$DIST_DIR is newer than the sources; reusing it (BENCH_REBUILD=1 forces a build)"
  fi
  serve_production "$APP_PORT" "$DIST_DIR" >"$RUN_DIR/app.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  export BENCH_APP_PID="$APP_PID"
  wait_for_port 127.0.0.1 "$APP_PORT" 60 "the app (log: $RUN_DIR/app.log)"
fi

FAILED=()
for name in "${SELECTED[@]}"; do
  say "benchmark: $name"
  # A hung benchmark must not keep the machine busy: each one gets a hard time limit. Fanout's
  # steps grow to 2,000 listeners and, when every step holds, take about 20 minutes; a step whose
  # testers fail takes longer (lk tries each one 10 times).
  limit=1800
  [ "$name" = fanout ] && limit=3000
  if ! timeout --kill-after=10 "$limit" node_modules/.bin/tsx --conditions=react-server "bench/$name/main.ts" \
    2> >(tee "$RUN_DIR/$name.log" >&2); then
    FAILED+=("$name")
    say "$name failed (log: $RUN_DIR/$name.log)"
    node_modules/.bin/tsx bench/lib/mark-failed.ts "$name" "$RUN_DIR/$name.log"
  fi
done

node_modules/.bin/tsx bench/lib/print-table.ts "${SELECTED[@]}"
[ ${#FAILED[@]} -eq 0 ] || die "failed: ${FAILED[*]}"

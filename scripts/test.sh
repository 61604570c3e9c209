#!/usr/bin/env bash
# The whole test suite: installs what is missing (npm packages, PostgreSQL, Chromium,
# livekit-server), starts them on free loopback ports, runs typecheck, lint, unit, integration and
# end-to-end tests, stops what it started (even on failure) and prints `N passed, N failed`.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/cluster.sh"
cd "$ROOT"

RUN_DIR="$ROOT/.test-run"
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR/reports"
# What git sees as changed now; at the end the run must have added nothing (installing, building into
# any dist folder and testing write only ignored folders).
node scripts/lib/tree-guard.mjs snapshot "$RUN_DIR/tree-before.json"

PG_DIR=""
CLUSTER_PG_DIR=""
PIDS=()
cleanup() {
  trap - EXIT INT TERM
  [ -d "$RUN_DIR/cluster" ] && stop_cluster "$RUN_DIR/cluster"
  [ -n "$CLUSTER_PG_DIR" ] && rm -rf "$CLUSTER_PG_DIR"
  stop_started
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_node_modules
ensure_prisma_client
ensure_chromium
PG_BIN="$(ensure_postgres)"
LIVEKIT_BIN="$(ensure_livekit)"
ensure_recording_packages
EGRESS_BIN="$(ensure_egress)"

PG_PORT="$(free_port)"
PG_DIR="$(mktemp -d /tmp/hearth-pg.XXXXXX)"
start_postgres "$PG_BIN" "$PG_PORT" "$PG_DIR" "$RUN_DIR/postgres.log"
export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"

APP_PORT="$(free_port)"
start_live_stack "$LIVEKIT_BIN" "$EGRESS_BIN" "http://127.0.0.1:$APP_PORT/api/livekit/webhook" "$RUN_DIR"
export AUTH_SECRET="test-run-secret-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
export APP_URL="http://127.0.0.1:$APP_PORT"
# Replays on S3: a real S3 server for tests/integration/replays-s3.test.ts (exports TEST_S3_*).
S3_BIN="$(ensure_s3_server)" || die "no S3 server for the replays-on-S3 test"
start_s3_server "$S3_BIN" "$(free_port)" "$RUN_DIR/s3" "$RUN_DIR/s3.log"
PIDS+=("$S3_PID")
# Email: Mailpit on free loopback ports; the app sends through SMTP_URL and the tests read what
# arrived through its API at MAILPIT_URL (tests/support/mailpit.ts).
MAILPIT_BIN="$(ensure_mailpit)" || die "no Mailpit for the email tests"
start_mailpit "$MAILPIT_BIN" "$(free_port)" "$(free_port)" "$RUN_DIR/mailpit.db" "$RUN_DIR/mailpit.log"
PIDS+=("$MAILPIT_PID")
say "PostgreSQL on $PG_PORT, livekit-server on $LK_PORT, app on $APP_PORT"

# Each check records its own outcome; every suite runs even when an earlier one failed.
check() { # name command...
  local name="$1"; shift
  say "$name"
  if "$@"; then echo pass >"$RUN_DIR/reports/check-$name"; else echo fail >"$RUN_DIR/reports/check-$name"; fi
}

node_modules/.bin/next typegen >/dev/null 2>&1
E2E_DB="hearth_e2e"
psql "$TEST_DATABASE_URL" -qc "CREATE DATABASE $E2E_DB" >/dev/null
E2E_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$E2E_DB"
# Two lanes, one per core, each mostly one single-threaded process at a time: the type check then
# the production build; lint then the unit and integration tests (mostly waiting on PostgreSQL and
# livekit-server). Lint takes about twice the type check, so the build starts as soon as the type
# check is done instead of waiting for lint. The build skips its own type check (the lane's tsc
# has just covered the whole project) and writes no Turbopack cache: see next.config.ts. It builds
# into its own folder, so lint, reading .next/types beside it, never sees a half-written .next (and
# a build that `bash scripts/run.sh` made is left alone).
TEST_DIST=".next-test"
(check typecheck node_modules/.bin/tsc --noEmit
  say "building the production app, beside lint and the unit and integration tests"
  (DATABASE_URL="$E2E_DATABASE_URL" HEARTH_TEST_BUILD=1 NEXT_DIST_DIR="$TEST_DIST" NODE_ENV=production \
    node_modules/.bin/next build &&
    DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:migrate) >"$RUN_DIR/build.log" 2>&1) &
BUILD_PID=$!
check lint npm run --silent lint
say "unit and integration tests"
node_modules/.bin/vitest run --project unit --project integration --project surface \
  --reporter=default --reporter=json --outputFile.json="$RUN_DIR/reports/vitest.json"
wait "$BUILD_PID"
BUILD_STATUS=$?
# The recording tests run after both lanes: a loaded machine skews their alignment.
say "recording tests (Egress), on their own"
node_modules/.bin/vitest run --project recording \
  --reporter=default --reporter=json --outputFile.json="$RUN_DIR/reports/recording.json"

export DATABASE_URL="$E2E_DATABASE_URL"
# Before the app starts, so their room_finished webhooks go nowhere: see the script.
node scripts/lib/clear-livekit-rooms.mjs
if [ "$BUILD_STATUS" -eq 0 ]; then
  serve_production "$APP_PORT" "$TEST_DIST" >"$RUN_DIR/app.log" 2>&1 &
  PIDS+=("$!")
  wait_for_port 127.0.0.1 "$APP_PORT" 60 "the app (log: $RUN_DIR/app.log)"
  say "end-to-end tests (Chromium)"
  # The react-server condition lets test fixtures import server modules (`server-only` is a no-op).
  E2E_BASE_URL="$APP_URL" PLAYWRIGHT_JSON_OUTPUT_NAME="$RUN_DIR/reports/playwright.json" \
    NODE_OPTIONS="--conditions=react-server" node_modules/.bin/playwright test
else
  tail -n 40 "$RUN_DIR/build.log" >&2
  echo fail >"$RUN_DIR/reports/check-build"
fi

# ---- Cluster fault tests (docs/deploy.md) --------------------------------------------------------
# Their own cluster, started only for them and stopped right after: Redis, two livekit-server nodes,
# two app instances on the build above, HAProxy and a PostgreSQL of its own (the tests restart it).
# They run beside the newcomer's run below: they mostly wait for sweeps and failovers, the
# newcomer's run mostly for its build and its browsers, and neither shares a service with the other.
cluster_tests() {
  if [ -f "$TEST_DIST/standalone/server.js" ] && [ ! -f "$RUN_DIR/reports/check-build" ]; then
    say "cluster fault tests (Redis, 2 LiveKit nodes, 2 app instances, HAProxy), beside the newcomer's run"
    # Its PostgreSQL data lives under /tmp like the main one's: the postgres user may not be able
    # to enter the checkout (a clone in a private directory).
    CLUSTER_PG_DIR="$(mktemp -d /tmp/hearth-cluster-pg.XXXXXX)"
    if (DATABASE_URL="" CLUSTER_PG_DIR="$CLUSTER_PG_DIR" CLUSTER_SWEEP_SECONDS=10 start_cluster "$RUN_DIR/cluster" "$TEST_DIST") \
      >"$RUN_DIR/cluster-start.log" 2>&1; then
      echo pass >"$RUN_DIR/reports/check-cluster-up"
      (source "$RUN_DIR/cluster/cluster.env" &&
        timeout --kill-after=10 420 node_modules/.bin/vitest run --config tests/cluster/vitest.config.ts \
          --reporter=default --reporter=json --outputFile.json="$RUN_DIR/reports/cluster.json")
    else
      tail -n 20 "$RUN_DIR/cluster-start.log" >&2
      echo fail >"$RUN_DIR/reports/check-cluster-up"
    fi
    stop_cluster "$RUN_DIR/cluster"
  fi
}
cluster_tests >"$RUN_DIR/cluster-tests.log" 2>&1 &
CLUSTER_TESTS_PID=$!

# ---- The newcomer's run (tests/newcomer) ----------------------------------------------------------
# `bash scripts/run.sh` exactly as the README starts it, in a throwaway copy of this checkout, on
# localhost:3000 with its own PostgreSQL and LiveKit, walked in Chromium, stopped and started again.
say "the newcomer's run: the run command as the README starts it (it builds the app once)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$RUN_DIR/reports/newcomer.json" NODE_OPTIONS="--conditions=react-server" \
  node_modules/.bin/playwright test --config tests/newcomer/playwright.config.ts

wait "$CLUSTER_TESTS_PID"
cat "$RUN_DIR/cluster-tests.log"

say "checking that the run left every tracked file as it was"
check clean-checkout node scripts/lib/tree-guard.mjs compare "$RUN_DIR/tree-before.json"

node scripts/lib/summarize-tests.mjs "$RUN_DIR/reports"

#!/usr/bin/env bash
# bash bench/replays/run.sh — what recording costs (docs/replays.md): starts PostgreSQL, Redis,
# livekit-server (with Redis) and Egress under its supervisor on free loopback ports, records one
# room with three speakers (RECORD_SECONDS, default 120) sampling Egress and its handlers from
# /proc, then times mixing (three MIX_MINUTES tracks, default 10). Prints two JSON lines.
set -uo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$ROOT"

RUN_DIR="$(mktemp -d /tmp/hearth-replays-bench.XXXXXX)"
PG_DIR=""
PIDS=()
stop_started_on_exit

ensure_node_modules
ensure_prisma_client
PG_BIN="$(ensure_postgres)"
LIVEKIT_BIN="$(ensure_livekit)"
ensure_recording_packages
EGRESS_BIN="$(ensure_egress)"

PG_PORT="$(free_port)"
PG_DIR="$(mktemp -d /tmp/hearth-replays-bench-pg.XXXXXX)"
start_postgres "$PG_BIN" "$PG_PORT" "$PG_DIR" "$RUN_DIR/postgres.log"
export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
APP_PORT="$(free_port)"
start_live_stack "$LIVEKIT_BIN" "$EGRESS_BIN" "http://127.0.0.1:$APP_PORT/api/livekit/webhook" "$RUN_DIR"
export EGRESS_BIN
export AUTH_SECRET="replays-bench-secret-0123456789abcdef0123456789" APP_URL="http://127.0.0.1:$APP_PORT"
say "recording for ${RECORD_SECONDS:-120} s, then mixing (logs: $RUN_DIR)"
node_modules/.bin/vitest run --config bench/replays/vitest.config.ts

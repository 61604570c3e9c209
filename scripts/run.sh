#!/usr/bin/env bash
# Runs Hearth on http://localhost:3000: installs what is missing, starts its own PostgreSQL
# (unless DATABASE_URL is set) and livekit-server (unless LIVEKIT_URL is set), migrates, seeds an
# admin and an invite, then serves the production build. `--dev` serves the Next.js dev server;
# `--cluster` runs the scaled-out topology of docs/deploy.md on this machine.
# Ctrl-C stops everything this script started.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

# `--cluster`: Redis, two LiveKit nodes, two app instances and HAProxy (scripts/run-cluster.sh).
[ "${1:-}" = "--cluster" ] && exec bash "$ROOT/scripts/run-cluster.sh"

MODE="production"
[ "${1:-}" = "--dev" ] && MODE="development"

PIDS=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${LOCAL_PG_BIN:-}" ] && stop_local_postgres "$ROOT/.data/postgres"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_node_modules
ensure_prisma_client
mkdir -p .data
ensure_auth_secret
ensure_vapid_keys

PORT="${PORT:-3000}"
export APP_URL="${APP_URL:-http://localhost:$PORT}"

if [ -z "${DATABASE_URL:-}" ]; then
  start_local_postgres "$ROOT/.data/postgres"
  say "PostgreSQL with its data in .data/postgres (log: .data/postgres/server.log)"
fi

if [ -z "${LIVEKIT_URL:-}" ]; then
  livekit_bin="$(ensure_livekit)"
  # Recording replays: Redis joins livekit-server and Egress; Egress is supervised (restarted).
  ensure_recording_packages
  egress_bin="$(ensure_egress)"
  redis_port="$(free_port)"
  start_redis "$redis_port" .data/redis.log
  PIDS+=("$REDIS_PID")
  lk_port=7880
  (exec 3<>/dev/tcp/127.0.0.1/7880) 2>/dev/null && lk_port="$(free_port)"
  start_livekit "$livekit_bin" "$lk_port" "http://127.0.0.1:$PORT/api/livekit/webhook" .data/livekit.log "$redis_port"
  PIDS+=("$LIVEKIT_PID")
  export LIVEKIT_URL="ws://127.0.0.1:$lk_port"
  say "livekit-server on $LIVEKIT_URL (log: .data/livekit.log)"
  start_egress "$egress_bin" "$LIVEKIT_URL" "$redis_port" .data/egress .data/egress.log
  PIDS+=("$EGRESS_PID")
  say "LiveKit Egress for replays (log: .data/egress.log)"
fi

# Email: without SMTP_URL, Mailpit catches every email Hearth sends and shows it in a web inbox.
if [ -z "${SMTP_URL:-}" ]; then
  mailpit_bin="$(ensure_mailpit)"
  start_mailpit "$mailpit_bin" "$(free_port)" "$(free_port)" .data/mailpit.db .data/mailpit.log
  PIDS+=("$MAILPIT_PID")
  say "Mailpit catches Hearth's email: its inbox is $MAILPIT_URL (log: .data/mailpit.log)"
fi

npm run --silent db:migrate
node_modules/.bin/tsx --conditions=react-server scripts/seed.ts

if [ "$MODE" = "development" ]; then
  node_modules/.bin/next dev -p "$PORT" -H 127.0.0.1 &
else
  build_if_changed
  serve_production "$PORT" &
fi
PIDS+=("$!")
say "Hearth is on $APP_URL (Ctrl-C stops it)"
if [ -n "${MAILPIT_PID:-}" ]; then say "Email Hearth sends lands in Mailpit's inbox: $MAILPIT_URL"; fi
wait "${PIDS[-1]}"

#!/usr/bin/env bash
# `bash scripts/run.sh --cluster`: Hearth scaled out on this machine, on loopback only, as
# docs/deploy.md describes it for production: Redis (Debian's redis-server), two livekit-server
# nodes sharing it, PostgreSQL (Debian's; kept in .data/cluster-postgres unless DATABASE_URL names
# one), two app instances, and HAProxy in front of the LiveKit nodes' signal ports and of the app
# instances, with health checks. Prints the addresses; Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/cluster.sh"
cd "$ROOT"

CLUSTER_RUN_DIR="$ROOT/.data/cluster"
cleanup() {
  trap - EXIT INT TERM
  stop_cluster "$CLUSTER_RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_node_modules
ensure_prisma_client
mkdir -p .data
ensure_auth_secret
build_if_changed

# A previous run's processes, if it was killed without cleaning up, would hold the data dirs.
stop_cluster "$CLUSTER_RUN_DIR" >/dev/null 2>&1 || true
rm -rf "$CLUSTER_RUN_DIR"
say "starting Redis, 2 livekit-server nodes, PostgreSQL, 2 app instances and HAProxy"
CLUSTER_PG_DIR="$ROOT/.data/cluster-postgres" start_cluster "$CLUSTER_RUN_DIR" .next
# shellcheck source=/dev/null
source "$CLUSTER_RUN_DIR/cluster.env"

DATABASE_URL="$CLUSTER_DATABASE_URL" APP_URL="$CLUSTER_APP_URL" LIVEKIT_URL="$CLUSTER_LIVEKIT_URL" \
  LIVEKIT_API_KEY="$CLUSTER_LIVEKIT_API_KEY" LIVEKIT_API_SECRET="$CLUSTER_LIVEKIT_API_SECRET" \
  node_modules/.bin/tsx --conditions=react-server scripts/seed.ts

cat >&2 <<INFO

  Hearth (cluster) is on $CLUSTER_APP_URL  (Ctrl-C stops everything)

  load balancer (HAProxy)  app $CLUSTER_APP_URL   LiveKit $CLUSTER_LIVEKIT_URL
  app instances            $CLUSTER_APP1_URL   $CLUSTER_APP2_URL
  LiveKit nodes            $CLUSTER_LK1_URL   $CLUSTER_LK2_URL
  Redis                    127.0.0.1:$CLUSTER_REDIS_PORT
  PostgreSQL               $CLUSTER_DATABASE_URL
  webhooks (LiveKit → app) $CLUSTER_WEBHOOK_URL
  logs                     $CLUSTER_RUN_DIR/logs/

INFO
# Stays in the foreground until Ctrl-C; the trap stops the cluster.
while true; do sleep 3600; done

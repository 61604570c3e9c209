# The cluster topology on one machine, on loopback only: Redis, two livekit-server nodes sharing it,
# PostgreSQL (unless DATABASE_URL names one), two app instances, and HAProxy in front of both the
# LiveKit signal ports and the app instances, with health checks. Used by `run.sh --cluster`, the
# cluster block of scripts/test.sh and `npm run bench -- failover`.
#
# Every process is started by a small launcher in $CLUSTER_DIR/bin/<name>.sh that records its pid in
# $CLUSTER_DIR/pids/<name>.pid, so fault tests can kill one (kill -9 its pid) and start it again
# (bash bin/<name>.sh), and stop_cluster stops whatever runs now. Addresses go to cluster.env.
# shellcheck shell=bash

# Starts a detached launcher (its own session, so Ctrl-C reaches the parent script's trap, not it).
cluster_launch() { # name
  setsid bash "$CLUSTER_DIR/bin/$1.sh" </dev/null >/dev/null 2>&1 &
}

cluster_write_launcher() { # name command...
  local name="$1"; shift
  {
    echo '#!/usr/bin/env bash'
    echo "echo \$\$ >'$CLUSTER_DIR/pids/$name.pid'"
    printf 'exec'; printf ' %q' "$@"; echo " >>'$CLUSTER_DIR/logs/$name.log' 2>&1"
  } >"$CLUSTER_DIR/bin/$name.sh"
}

# PostgreSQL with durable commits (unlike the test suite's throwaway one): the restart test checks
# that nothing acknowledged is lost, so synchronous_commit stays on.
cluster_start_postgres() { # bindir datadir port
  local data="$2/data"
  mkdir -p "$2"
  [ "$(id -u)" -eq 0 ] && chown postgres "$2" 2>/dev/null
  if [ ! -f "$data/PG_VERSION" ]; then
    as_db_user "$1/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$CLUSTER_DIR/logs/initdb.log" 2>&1 ||
      die "initdb failed (log: $CLUSTER_DIR/logs/initdb.log)"
  fi
  cat >"$CLUSTER_DIR/bin/postgres.sh" <<EOF
#!/usr/bin/env bash
# bash postgres.sh start | stop [fast|immediate]
source '$ROOT/scripts/lib/common.sh'
case "\$1" in
  start) as_db_user '$1/pg_ctl' -D '$data' -l '$2/postgres.log' -w -t 30 \\
    -o "-h 127.0.0.1 -p $3 -k '$2' -c max_connections=200" start >/dev/null ;;
  stop) as_db_user '$1/pg_ctl' -D '$data' -m "\${2:-fast}" -w stop >/dev/null ;;
esac
EOF
  bash "$CLUSTER_DIR/bin/postgres.sh" start || die "PostgreSQL did not start (log: $2/postgres.log)"
}

start_cluster() { # run_dir dist_dir ; env: DATABASE_URL (optional), CLUSTER_PG_DIR, CLUSTER_SWEEP_SECONDS
  CLUSTER_DIR="$1"
  local dist="$ROOT/$2" lk_bin pg_bin redis_port lb_lk lb_app lb_hook udp key secret auth_secret db_url
  mkdir -p "$CLUSTER_DIR/bin" "$CLUSTER_DIR/pids" "$CLUSTER_DIR/logs"
  ensure_redis
  ensure_haproxy
  lk_bin="$(ensure_livekit)"
  [ -f "$dist/standalone/server.js" ] || die "no production build in $2 (next build first)"

  db_url="${DATABASE_URL:-}"
  if [ -z "$db_url" ]; then
    pg_bin="$(ensure_postgres)"
    local pg_port; pg_port="$(free_port)"
    cluster_start_postgres "$pg_bin" "${CLUSTER_PG_DIR:-$CLUSTER_DIR/postgres}" "$pg_port"
    as_db_user "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qtAc \
      "SELECT 1 FROM pg_database WHERE datname = 'hearth'" | grep -q 1 ||
      as_db_user "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE hearth" >/dev/null
    db_url="postgresql://postgres@127.0.0.1:$pg_port/hearth"
  fi

  redis_port="$(free_port)"
  lb_lk="$(free_port)"; lb_app="$(free_port)"; lb_hook="$(free_port)"
  local lk1="$(free_port)" lk2="$(free_port)" app1="$(free_port)" app2="$(free_port)"
  # LiveKit logs an error for secrets shorter than 32 characters; this one is 64.
  key="hearth-cluster"
  secret="$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')"
  auth_secret="${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')}"
  udp=$((20000 + RANDOM % 20000))

  # Keyspace events on hashes tell the room map below when LiveKit places or moves a room.
  cluster_write_launcher redis redis-server --bind 127.0.0.1 --port "$redis_port" --save "" \
    --appendonly no --dir "$CLUSTER_DIR" --notify-keyspace-events Kh
  local n port
  for n in 1 2; do
    port="lk$n"; port="${!port}"
    node "$ROOT/scripts/lib/livekit-cluster-config.mjs" "$port" "$(free_port)" \
      $((udp + (n - 1) * 2000)) $((udp + (n - 1) * 2000 + 1999)) "127.0.0.1:$redis_port" \
      "$key" "$secret" "http://127.0.0.1:$lb_hook/api/livekit/webhook" >"$CLUSTER_DIR/lk$n.yaml" ||
      die "cannot write the LiveKit config for node $n"
    cluster_write_launcher "lk$n" "$lk_bin" --config "$CLUSTER_DIR/lk$n.yaml"
  done
  # Beside the nodes: drops a node whose process died from Redis, so its rooms move without waiting.
  cluster_write_launcher reaper bash "$ROOT/scripts/lib/livekit-node-reaper.sh" "$redis_port" \
    "$CLUSTER_DIR/logs/lk1.log:$lk1" "$CLUSTER_DIR/logs/lk2.log:$lk2"
  # Keeps HAProxy's room → node map equal to LiveKit's, so signal connections reach their room's
  # node directly (see the script for why that matters when a node dies).
  : >"$CLUSTER_DIR/livekit-rooms.map"
  cluster_write_launcher roommap node "$ROOT/scripts/lib/livekit-room-map.mjs" "$redis_port" \
    "$CLUSTER_DIR/haproxy.sock" "$CLUSTER_DIR/livekit-rooms.map" \
    "lk1:$CLUSTER_DIR/logs/lk1.log" "lk2:$CLUSTER_DIR/logs/lk2.log"

  # Next.js standalone output serves its static files from inside the standalone folder.
  rm -rf "$dist/standalone/$2/static" "$dist/standalone/public"
  cp -r "$dist/static" "$dist/standalone/$2/static"
  cp -r "$ROOT/public" "$dist/standalone/public"
  for n in 1 2; do
    port="app$n"; port="${!port}"
    cluster_write_launcher "app$n" env NODE_ENV=production PORT="$port" HOSTNAME=127.0.0.1 \
      DATABASE_URL="$db_url" AUTH_SECRET="$auth_secret" APP_URL="http://127.0.0.1:$lb_app" \
      LIVEKIT_URL="ws://127.0.0.1:$lb_lk" LIVEKIT_API_KEY="$key" LIVEKIT_API_SECRET="$secret" \
      PRESENCE_SWEEP_SECONDS="${CLUSTER_SWEEP_SECONDS:-30}" TRUSTED_PROXY_HOPS=1 \
      node "$dist/standalone/server.js"
  done

  cat >"$CLUSTER_DIR/haproxy.cfg" <<EOF
global
  maxconn 4096
  stats socket $CLUSTER_DIR/haproxy.sock mode 600 level admin

defaults
  mode http
  option httplog
  option forwardfor
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # WebSocket signalling lives as long as the call; HAProxy upgrades it and keeps the tunnel open.
  timeout tunnel 2h
  # A request that could not reach an instance (it died, or is starting) goes to another one.
  option redispatch
  retries 3
  retry-on conn-failure empty-response response-timeout 502 503

# LiveKit signalling and server API: any node takes a connection and relays to the room's node.
# A signal connection goes straight to its room's node when the room map knows it; the room is
# named in the join token (browsers send it in the URL, the Rust SDK in a header), read here without
# verifying it: LiveKit verifies it.
frontend livekit
  bind 127.0.0.1:$lb_lk
  http-request set-var(txn.room) url_param(access_token),jwt_payload_query('\$.video.room')
  http-request set-var(txn.room) http_auth_bearer,jwt_payload_query('\$.video.room') unless { var(txn.room) -m found }
  default_backend livekit
backend livekit
  balance leastconn
  use-server lk1 if { var(txn.room),map($CLUSTER_DIR/livekit-rooms.map) -m str lk1 }
  use-server lk2 if { var(txn.room),map($CLUSTER_DIR/livekit-rooms.map) -m str lk2 }
  # After a node dies its clients reconnect at once, before the health check has marked it down.
  # A refused connection is tried once more after 250 ms (not the default 1 s), then sent to
  # another node: by then the node reaper has taken the dead one out of Redis, so LiveKit moves
  # the room instead of relaying the join to the dead node and timing out after 3 s.
  timeout connect 250ms
  retries 2
  option httpchk GET /
  http-check expect status 200
  default-server check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server lk1 127.0.0.1:$lk1
  server lk2 127.0.0.1:$lk2

# The app, for browsers and API clients.
frontend app
  bind 127.0.0.1:$lb_app
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
  default-server check inter 1s fall 2 rise 2
  server app1 127.0.0.1:$app1
  server app2 127.0.0.1:$app2

# LiveKit's webhooks to the app, on their own port so operators (and the presence test) can cut
# them off without touching users' traffic.
frontend webhooks
  bind 127.0.0.1:$lb_hook
  default_backend webhooks
backend webhooks
  balance roundrobin
  option httpchk GET /api/health
  default-server check inter 1s fall 2 rise 2
  server app1 127.0.0.1:$app1
  server app2 127.0.0.1:$app2
EOF
  haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "HAProxy rejected $CLUSTER_DIR/haproxy.cfg"
  cluster_write_launcher haproxy haproxy -db -f "$CLUSTER_DIR/haproxy.cfg"

  cat >"$CLUSTER_DIR/cluster.env" <<EOF
export CLUSTER_DIR='$CLUSTER_DIR'
export CLUSTER_APP_URL='http://127.0.0.1:$lb_app'
export CLUSTER_APP1_URL='http://127.0.0.1:$app1' CLUSTER_APP2_URL='http://127.0.0.1:$app2'
export CLUSTER_LIVEKIT_URL='ws://127.0.0.1:$lb_lk'
export CLUSTER_LK1_URL='ws://127.0.0.1:$lk1' CLUSTER_LK2_URL='ws://127.0.0.1:$lk2'
export CLUSTER_LIVEKIT_API_KEY='$key' CLUSTER_LIVEKIT_API_SECRET='$secret'
export CLUSTER_AUTH_SECRET='$auth_secret'
export CLUSTER_DATABASE_URL='$db_url'
export CLUSTER_REDIS_PORT='$redis_port'
export CLUSTER_WEBHOOK_URL='http://127.0.0.1:$lb_hook/api/livekit/webhook'
export CLUSTER_HAPROXY_SOCKET='$CLUSTER_DIR/haproxy.sock'
export CLUSTER_SWEEP_SECONDS='${CLUSTER_SWEEP_SECONDS:-30}'
EOF

  cluster_launch redis
  wait_for_port 127.0.0.1 "$redis_port" 20 "redis-server (log: $CLUSTER_DIR/logs/redis.log)"
  cluster_launch lk1
  cluster_launch lk2
  cluster_launch reaper
  DATABASE_URL="$db_url" npm run --silent db:migrate >"$CLUSTER_DIR/logs/migrate.log" 2>&1 ||
    die "db:migrate failed (log: $CLUSTER_DIR/logs/migrate.log)"
  cluster_launch app1
  cluster_launch app2
  cluster_launch haproxy
  cluster_launch roommap
  wait_for_port 127.0.0.1 "$lk1" 30 "livekit-server node 1 (log: $CLUSTER_DIR/logs/lk1.log)"
  wait_for_port 127.0.0.1 "$lk2" 30 "livekit-server node 2 (log: $CLUSTER_DIR/logs/lk2.log)"
  wait_for_port 127.0.0.1 "$app1" 60 "app instance 1 (log: $CLUSTER_DIR/logs/app1.log)"
  wait_for_port 127.0.0.1 "$app2" 60 "app instance 2 (log: $CLUSTER_DIR/logs/app2.log)"
  wait_for_port 127.0.0.1 "$lb_app" 20 "HAProxy (log: $CLUSTER_DIR/logs/haproxy.log)"
  # Health checks need a couple of rounds before HAProxy sends traffic to a server.
  local deadline=$((SECONDS + 20))
  until curl -fsS "http://127.0.0.1:$lb_app/api/health" >/dev/null 2>&1 &&
    curl -fsS "http://127.0.0.1:$lb_lk/" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || die "HAProxy has no healthy backend (logs: $CLUSTER_DIR/logs)"
    sleep 0.3
  done
}

# Stops whatever the launchers started (including instances a fault test restarted).
stop_cluster() { # run_dir
  local pidfile pid
  for pidfile in "$1"/pids/*.pid; do
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
  done
  [ -f "$1/bin/postgres.sh" ] && bash "$1/bin/postgres.sh" stop immediate 2>/dev/null
  return 0
}

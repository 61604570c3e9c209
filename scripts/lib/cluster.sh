# The cluster topology on one machine, on loopback only: Redis, two livekit-server nodes sharing it,
# PostgreSQL (unless DATABASE_URL names one), two app instances, and HAProxy in front of both the
# LiveKit signal ports and the app instances, with health checks. Used by `run.sh --cluster`, the
# cluster block of scripts/test.sh and `npm run bench -- failover`.
#
# Every process is started by a small launcher in $CLUSTER_DIR/bin/<name>.sh that records its pid in
# $CLUSTER_DIR/pids/<name>.pid, so fault tests can kill one (kill -9 its pid) and start it again
# (bash bin/<name>.sh), and stop_cluster stops whatever runs now. Addresses go to cluster.env.
#
# The load balancer and the LiveKit nodes run the configuration docker-compose.yml's `cluster`
# profile runs: HAProxy reads docker/haproxy-cluster.cfg as it is, with this cluster's addresses in
# its environment (recorded in haproxy.env), and each node's config is the compose file's
# x-livekit-cluster-node block with loopback addresses (livekit-cluster-config.mjs).
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

# Writes what the load balancer and the LiveKit nodes run with, starting nothing: each node's config
# (lk<n>.yaml) and launcher, and HAProxy's environment (haproxy.env, one NAME=value a line) and
# launcher. start_cluster uses it; tests/integration/cluster-config.test.ts calls it to compare
# with what docker-compose.yml's `cluster` profile runs.
cluster_write_configs() { # lk_bin redis_port lb_lk lb_app lb_hook lk1 lk2 app1 app2 udp key secret
  local lk_bin="$1" redis_port="$2" lb_lk="$3" lb_app="$4" lb_hook="$5" lk1="$6" lk2="$7"
  local app1="$8" app2="$9" udp="${10}" key="${11}" secret="${12}" n port
  for n in 1 2; do
    port="lk$n"; port="${!port}"
    node "$ROOT/scripts/lib/livekit-cluster-config.mjs" "$port" "$(free_port)" \
      $((udp + (n - 1) * 2000)) $((udp + (n - 1) * 2000 + 1999)) "127.0.0.1:$redis_port" \
      "$key" "$secret" "http://127.0.0.1:$lb_hook/api/livekit/webhook" >"$CLUSTER_DIR/lk$n.yaml" ||
      die "cannot write the LiveKit config for node $n"
    cluster_write_launcher "lk$n" "$lk_bin" --config "$CLUSTER_DIR/lk$n.yaml"
  done
  # The addresses docker/haproxy-cluster.cfg expands (docker-compose.yml's lb service sets its own).
  cat >"$CLUSTER_DIR/haproxy.env" <<EOF
HEARTH_LB_APP_BIND=127.0.0.1:$lb_app
HEARTH_LB_LIVEKIT_BIND=127.0.0.1:$lb_lk
HEARTH_LB_WEBHOOK_BIND=127.0.0.1:$lb_hook
HEARTH_LB_APP1=127.0.0.1:$app1
HEARTH_LB_APP2=127.0.0.1:$app2
HEARTH_LB_LK1=127.0.0.1:$lk1
HEARTH_LB_LK2=127.0.0.1:$lk2
HEARTH_LB_ADMIN_SOCKET=$CLUSTER_DIR/haproxy.sock
EOF
  # shellcheck disable=SC2046 # one NAME=value word per line of haproxy.env
  cluster_write_launcher haproxy env $(cat "$CLUSTER_DIR/haproxy.env") \
    haproxy -db -f "$ROOT/docker/haproxy-cluster.cfg"
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
  cluster_write_configs "$lk_bin" "$redis_port" "$lb_lk" "$lb_app" "$lb_hook" "$lk1" "$lk2" \
    "$app1" "$app2" "$udp" "$key" "$secret"
  # Beside the nodes: drops a node whose process died from Redis, so its rooms move without waiting.
  cluster_write_launcher reaper bash "$ROOT/scripts/lib/livekit-node-reaper.sh" "$redis_port" \
    "$CLUSTER_DIR/logs/lk1.log:$lk1" "$CLUSTER_DIR/logs/lk2.log:$lk2"
  # Keeps HAProxy's room → node map equal to LiveKit's, so signal connections reach their room's
  # node directly (see the script for why that matters when a node dies).
  # The map as docker/haproxy-cluster.cfg names it (read beside that file, empty on disk).
  cluster_write_launcher roommap node "$ROOT/scripts/lib/livekit-room-map.mjs" "$redis_port" \
    "$CLUSTER_DIR/haproxy.sock" livekit-rooms.map \
    "lk1:$CLUSTER_DIR/logs/lk1.log" "lk2:$CLUSTER_DIR/logs/lk2.log"

  # Next.js standalone output serves its static files from inside the standalone folder.
  rm -rf "$dist/standalone/$2/static" "$dist/standalone/public"
  cp -r "$dist/static" "$dist/standalone/$2/static"
  cp -r "$ROOT/public" "$dist/standalone/public"
  local n port
  for n in 1 2; do
    port="app$n"; port="${!port}"
    cluster_write_launcher "app$n" env NODE_ENV=production PORT="$port" HOSTNAME=127.0.0.1 \
      DATABASE_URL="$db_url" AUTH_SECRET="$auth_secret" APP_URL="http://127.0.0.1:$lb_app" \
      LIVEKIT_URL="ws://127.0.0.1:$lb_lk" LIVEKIT_API_KEY="$key" LIVEKIT_API_SECRET="$secret" \
      PRESENCE_SWEEP_SECONDS="${CLUSTER_SWEEP_SECONDS:-30}" TRUSTED_PROXY_HOPS=1 \
      node "$dist/standalone/server.js"
  done

  # shellcheck disable=SC2046 # one NAME=value word per line of haproxy.env
  env $(cat "$CLUSTER_DIR/haproxy.env") haproxy -c -q -f "$ROOT/docker/haproxy-cluster.cfg" ||
    die "HAProxy rejected docker/haproxy-cluster.cfg with $CLUSTER_DIR/haproxy.env"

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

# Shared by scripts/run.sh and scripts/test.sh: find or install what Hearth needs, start services.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIVEKIT_VERSION="1.13.5"
# Debian's chromium-headless-shell package; playwright.config.ts names the same path.
HEADLESS_CHROMIUM="/usr/lib/chromium/chromium-headless-shell"

# Each line carries the seconds since the script started, so a slow step shows in any log.
say() { printf '\033[1m[hearth %4ds]\033[0m %s\n' "$SECONDS" "$*" >&2; }
die() { say "error: $*"; exit 1; }

# AUTH_SECRET from the environment, else the one kept in .data/auth-secret (made on first run), so
# sessions survive restarts of the run commands.
ensure_auth_secret() {
  [ -n "${AUTH_SECRET:-}" ] && return 0
  mkdir -p "$ROOT/.data"
  if [ ! -s "$ROOT/.data/auth-secret" ]; then
    (umask 077 && node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))' >"$ROOT/.data/auth-secret")
  fi
  AUTH_SECRET="$(cat "$ROOT/.data/auth-secret")"
  export AUTH_SECRET
}

# Web Push's VAPID key pair (docs/push.md): from the environment, else made once into .data/.
ensure_vapid_keys() {
  [ -n "${VAPID_PUBLIC_KEY:-}" ] && [ -n "${VAPID_PRIVATE_KEY:-}" ] && return 0
  mkdir -p "$ROOT/.data"
  if [ ! -s "$ROOT/.data/vapid-keys" ]; then
    (cd "$ROOT" && umask 077 && node -e 'const k = require("web-push").generateVAPIDKeys();
      console.log(k.publicKey + "\n" + k.privateKey)' >"$ROOT/.data/vapid-keys")
  fi
  VAPID_PUBLIC_KEY="$(sed -n 1p "$ROOT/.data/vapid-keys")"
  VAPID_PRIVATE_KEY="$(sed -n 2p "$ROOT/.data/vapid-keys")"
  export VAPID_PUBLIC_KEY VAPID_PRIVATE_KEY
}

# Builds the production app into .next only when a source changed since the last build (the
# generated Prisma client is rewritten on every run, so it does not count).
build_if_changed() {
  if [ ! -f "$ROOT/.next/BUILD_ID" ] || [ -n "$(cd "$ROOT" && find src public prisma package-lock.json \
    next.config.ts -path src/generated -prune -o -newer .next/BUILD_ID -print -quit)" ]; then
    say "building the production app"
    (cd "$ROOT" && NODE_ENV=production node_modules/.bin/next build >.data/build.log 2>&1) ||
      die "next build failed (log: .data/build.log)"
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install $* by hand"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# A free TCP port below the kernel's ephemeral range (32768+): a server restarted by a fault test
# must find its port still free, and an outgoing connection may take any ephemeral port meanwhile.
free_port() {
  node -e '
    const net = require("net");
    const attempt = (left) => {
      const port = 10000 + Math.floor(Math.random() * 22000);
      const server = net.createServer();
      server.once("error", () => (left > 0 ? attempt(left - 1) : process.exit(1)));
      server.listen(port, "127.0.0.1", () => server.close(() => console.log(port)));
    };
    attempt(50);'
}

wait_for_port() { # host port seconds what
  local deadline=$((SECONDS + $3))
  until (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || die "$4 did not start listening on $1:$2 within $3 s"
    sleep 0.2
  done
}

# Installs exactly the lockfile when node_modules is missing or stale. The lockfile is written by
# npm 11 and lists every platform's optional binaries, so `npm ci` installs this machine's and never
# rewrites it; --ignore-scripts because nothing may depend on an install script (one would download
# a Prisma engine); --prefer-offline reuses the npm cache without asking the registry about each package.
ensure_node_modules() {
  local stamp="$ROOT/node_modules/.hearth-lock"
  local want; want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages (npm ci)"
    (cd "$ROOT" && npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    echo "$want" >"$stamp"
  fi
}

# prisma generate needs no engine, but the CLI looks for one: any existing file keeps it offline.
ensure_prisma_client() {
  (cd "$ROOT" && PRISMA_SCHEMA_ENGINE_BINARY="$ROOT/package.json" PRISMA_HIDE_UPDATE_MESSAGE=1 \
    npx --no-install prisma generate >/dev/null) || die "prisma generate failed"
}

livekit_is_pinned() { "$1" --version 2>/dev/null | grep -q "$LIVEKIT_VERSION"; }

# Prints the path of livekit-server v1.13.5: PATH first, then a Go build (cached after the first).
ensure_livekit() {
  local candidate gobin
  candidate="$(command -v livekit-server || true)"
  if [ -n "$candidate" ] && livekit_is_pinned "$candidate"; then echo "$candidate"; return; fi
  if command -v go >/dev/null; then
    gobin="$(go env GOPATH)/bin"
    if [ -x "$gobin/server" ] && livekit_is_pinned "$gobin/server"; then echo "$gobin/server"; return; fi
    say "building livekit-server v$LIVEKIT_VERSION with go install (first time only, a few minutes)"
    go install "github.com/livekit/livekit-server/cmd/server@v$LIVEKIT_VERSION" >&2 ||
      die "go install of livekit-server failed"
    echo "$gobin/server"
    return
  fi
  die "livekit-server v$LIVEKIT_VERSION not found. Either install Go (then this script builds it),
  put livekit-server v$LIVEKIT_VERSION on PATH, set LIVEKIT_URL to a LiveKit server you run
  (LiveKit Cloud works), or use 'docker compose up'."
}

# livekit.yaml with this run's ports and webhook target.
livekit_config() { # port tcp_port udp_start udp_end webhook_url
  sed -e "s/^port: .*/port: $1/" \
    -e "s/tcp_port: .*/tcp_port: $2/" \
    -e "s/port_range_start: .*/port_range_start: $3/" \
    -e "s/port_range_end: .*/port_range_end: $4/" \
    -e "s#http://127.0.0.1:3000/api/livekit/webhook#$5#" \
    "$ROOT/livekit.yaml"
}

start_livekit() { # binary port webhook_url logfile [redis_port] ; sets LIVEKIT_PID
  local tcp udp config
  tcp="$(free_port)"
  udp=$((30000 + RANDOM % 28000))
  config="$(livekit_config "$2" "$tcp" "$udp" $((udp + 1999)) "$3")"
  # With Redis, livekit-server hands recordings to Egress (they meet through Redis).
  if [ -n "${5:-}" ]; then config="$config"$'\n'"redis:"$'\n'"  address: 127.0.0.1:$5"; fi
  "$1" --dev --bind 127.0.0.1 --config-body "$config" \
    >"$4" 2>&1 &
  LIVEKIT_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "livekit-server (log: $4)"
}

EGRESS_VERSION="1.8.6"
# GStreamer for Egress's pipelines (dev headers for its cgo build), Redis for Egress <-> LiveKit,
# FFmpeg for mixing replays. Plugins-ugly/libav carry the Opus/Ogg pieces Egress links against.
RECORDING_DEBS="libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev gstreamer1.0-plugins-base
  gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly gstreamer1.0-libav
  redis-server ffmpeg"

ensure_recording_packages() {
  local missing=() pkg
  for pkg in $RECORDING_DEBS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  say "installing ${missing[*]} (Debian packages, for recording replays)"
  apt_install "${missing[@]}"
}

# Prints the path of an `egress` v1.8.6 binary, built once from the Go module cache.
# `go install .../cmd/server@v1.8.6` cannot work: the module lacks cmd/server/templates, which a
# //go:embed needs, so the module is copied out of the cache and given a placeholder template.
# The checksum database does not answer for livekit/go-gst modules, hence GONOSUMDB.
ensure_egress() {
  local dir="${HEARTH_CACHE:-$HOME/.cache/hearth}/egress-v$EGRESS_VERSION" src modpath
  if [ -x "$dir/egress" ]; then echo "$dir/egress"; return; fi
  command -v go >/dev/null || die "Egress v$EGRESS_VERSION is built with Go, which is not installed.
  Install Go, or run recording with 'docker compose up' (LiveKit's egress image)."
  say "building LiveKit Egress v$EGRESS_VERSION from the Go module cache (first time only, ~2-4 min, ~1 GB RAM)"
  export GONOSUMDB="github.com/livekit,github.com/go-gst" GOFLAGS="-buildvcs=false"
  modpath="$(cd /tmp && go mod download -json "github.com/livekit/egress@v$EGRESS_VERSION" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).Dir))')" ||
    die "go mod download of github.com/livekit/egress@v$EGRESS_VERSION failed"
  src="$(mktemp -d /tmp/hearth-egress-src.XXXXXX)"
  cp -r "$modpath/." "$src" && chmod -R u+w "$src"
  mkdir -p "$src/cmd/server/templates"
  echo '<!doctype html><title>egress</title>' >"$src/cmd/server/templates/index.html"
  mkdir -p "$dir"
  (cd "$src" && CGO_ENABLED=1 go build -o "$dir/egress.tmp" ./cmd/server) >&2 ||
    { rm -rf "$src"; die "building Egress failed"; }
  mv "$dir/egress.tmp" "$dir/egress"
  rm -rf "$src"
  echo "$dir/egress"
}

# Redis for Egress <-> livekit-server (and a LiveKit cluster); sets REDIS_PID.
start_redis() { # port logfile
  redis-server --bind 127.0.0.1 --port "$1" --save '' --appendonly no >"$2" 2>&1 &
  REDIS_PID=$!
  wait_for_port 127.0.0.1 "$1" 30 "redis-server (log: $2)"
}

# Egress's configuration for one livekit-server. Track egress of Opus audio is cheap (about 3% of a
# core), but Egress's default CPU costs assume big machines and would refuse work on 2 cores. Egress
# also kills the recording most over its cost when the machine is saturated: a cost of 0.2 core
# (ten speakers per 2 cores) keeps a 3%-recording clear of that, and utilisation 1.0 moves the kill
# threshold to a fully busy machine. The template server (Room Composite only, unused) is off, so
# its default port 7980 cannot collide with LiveKit's.
egress_config() { # livekit_ws_url redis_port api_key api_secret
  cat <<YAML
api_key: $3
api_secret: $4
ws_url: $1
redis:
  address: 127.0.0.1:$2
health_port: 0
template_port: 0
prometheus_port: 0
logging:
  level: info
cpu_cost:
  max_cpu_utilization: 1.0
  track_cpu_cost: 0.2
  track_composite_cpu_cost: 0.2
  participant_cpu_cost: 0.5
YAML
}

# Starts Egress under scripts/lib/egress-supervisor.mjs (restarted after a crash); sets EGRESS_PID
# (the supervisor's). The current Egress process id is written to <dir>/egress.pid.
start_egress() { # binary livekit_ws_url redis_port dir logfile
  mkdir -p "$4"
  egress_config "$2" "$3" "${LIVEKIT_API_KEY:-devkey}" "${LIVEKIT_API_SECRET:-secret}" >"$4/egress.yaml"
  node "$ROOT/scripts/lib/egress-supervisor.mjs" "$1" "$4/egress.yaml" "$5" "$4/egress.pid" &
  EGRESS_PID=$!
  local deadline=$((SECONDS + 30))
  until grep -q "service ready" "$5" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || die "Egress did not start within 30 s (log: $5)"
    sleep 0.2
  done
}

# The live stack a test or benchmark runs against, on free loopback ports: Redis, livekit-server
# joined to it (webhooks to webhook_url) and Egress under its supervisor, logging into run_dir.
# Appends their pids to PIDS; exports LIVEKIT_URL (devkey/secret), REPLAY_STORAGE_DIR and
# EGRESS_PID_FILE; sets LK_PORT.
start_live_stack() { # livekit_bin egress_bin webhook_url run_dir
  local redis_port
  redis_port="$(free_port)"
  LK_PORT="$(free_port)"
  start_redis "$redis_port" "$4/redis.log"
  PIDS+=("$REDIS_PID")
  start_livekit "$1" "$LK_PORT" "$3" "$4/livekit.log" "$redis_port"
  PIDS+=("$LIVEKIT_PID")
  export LIVEKIT_URL="ws://127.0.0.1:$LK_PORT" LIVEKIT_API_KEY="devkey" LIVEKIT_API_SECRET="secret"
  # Recording: Egress writes speakers' tracks where the app mixes and serves replays.
  start_egress "$2" "$LIVEKIT_URL" "$redis_port" "$4/egress" "$4/egress.log"
  PIDS+=("$EGRESS_PID")
  export REPLAY_STORAGE_DIR="$4/replays" EGRESS_PID_FILE="$4/egress/egress.pid"
}

# ---- S3-compatible object store (replays on S3, docs/replays.md) ---------------------------------
# versitygw (Versity's S3 gateway, Apache-2.0) over a plain directory: one static Go binary, built
# once with `go install` from the Go module proxy (81 modules; SeaweedFS's go.mod has a `replace`,
# so `go install …@version` refuses it, and it pulls ~490 modules; MinIO ~260) and cached like Egress.
S3_SERVER_VERSION="1.8.0"
S3_SERVER_ACCESS_KEY="hearth-test"
S3_SERVER_SECRET_KEY="hearth-test-secret-key"

# Prints the path of versitygw v1.8.0, built once into the cache.
ensure_s3_server() {
  local dir="${HEARTH_CACHE:-$HOME/.cache/hearth}/versitygw-v$S3_SERVER_VERSION" gobin
  if [ -x "$dir/versitygw" ]; then echo "$dir/versitygw"; return; fi
  command -v go >/dev/null || die "versitygw v$S3_SERVER_VERSION (the tests' S3 server) is built with Go, which is not installed."
  say "building versitygw v$S3_SERVER_VERSION, the tests' S3 server, with go install (first time only, ~5 min)"
  gobin="$(mktemp -d /tmp/hearth-versitygw.XXXXXX)"
  GOBIN="$gobin" GOFLAGS="-buildvcs=false" \
    go install "github.com/versity/versitygw/cmd/versitygw@v$S3_SERVER_VERSION" >&2 ||
    { rm -rf "$gobin"; die "go install of versitygw v$S3_SERVER_VERSION failed"; }
  mkdir -p "$dir" && mv "$gobin/versitygw" "$dir/versitygw" && rm -rf "$gobin"
  echo "$dir/versitygw"
}

# Starts versitygw on 127.0.0.1:port storing buckets as folders under <dir>/data; sets S3_PID and
# exports TEST_S3_ENDPOINT, TEST_S3_REGION, TEST_S3_ACCESS_KEY_ID and TEST_S3_SECRET_ACCESS_KEY (a
# test makes its own bucket). Not REPLAY_S3_*: the rest of the suite keeps the directory backend.
start_s3_server() { # binary port dir logfile
  mkdir -p "$3/data"
  ROOT_ACCESS_KEY_ID="$S3_SERVER_ACCESS_KEY" ROOT_SECRET_ACCESS_KEY="$S3_SERVER_SECRET_KEY" \
    "$1" --port "127.0.0.1:$2" --region us-east-1 posix "$3/data" >"$4" 2>&1 &
  S3_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "versitygw (log: $4)"
  export TEST_S3_ENDPOINT="http://127.0.0.1:$2" TEST_S3_REGION="us-east-1" \
    TEST_S3_ACCESS_KEY_ID="$S3_SERVER_ACCESS_KEY" TEST_S3_SECRET_ACCESS_KEY="$S3_SERVER_SECRET_KEY"
}

# ---- SMTP: Mailpit (docs/email.md) --------------------------------------------------------------
# An SMTP server with a web inbox and an HTTP API (the tests read what arrived through it). One static
# Go binary built once from the Go module proxy and cached like Egress. The module carries the
# inbox's sources but not its built assets (Mailpit's releases build them with npm and esbuild), so
# `go install …@v1.33.1` alone serves a blank page: the module is copied out of the cache, the inbox
# is built with npm (its API docs page, which needs a rapidoc the registry may not have, is left
# out), then the binary. Mailpit's lockfile pins packages the registry may have withdrawn, so npm
# resolves its ranges afresh. Without npm's packages the binary is built anyway: SMTP and the API
# (all the tests use) work, and only the inbox page stays blank.
MAILPIT_VERSION="1.33.1"

# Prints the path of mailpit v1.33.1, built once into the cache.
ensure_mailpit() {
  local dir="${HEARTH_CACHE:-$HOME/.cache/hearth}/mailpit-v$MAILPIT_VERSION" modpath src
  if [ -x "$dir/mailpit" ]; then echo "$dir/mailpit"; return; fi
  command -v go >/dev/null || die "Mailpit v$MAILPIT_VERSION (the local SMTP server) is built with Go, which is not installed.
  Install Go, or set SMTP_URL to an SMTP server you run."
  say "building Mailpit v$MAILPIT_VERSION, the local SMTP server and inbox, from the Go module proxy (first time only, a few minutes)"
  modpath="$(cd /tmp && GOFLAGS="-buildvcs=false" go mod download -json "github.com/axllent/mailpit@v$MAILPIT_VERSION" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).Dir))')" ||
    die "go mod download of github.com/axllent/mailpit@v$MAILPIT_VERSION failed"
  src="$(mktemp -d /tmp/hearth-mailpit-src.XXXXXX)"
  cp -r "$modpath/." "$src" && chmod -R u+w "$src"
  if ! (cd "$src" && rm -f package-lock.json && npm pkg delete dependencies.rapidoc &&
    sed -i 's#, "server/ui-src/docs.js"##' esbuild.config.mjs &&
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error &&
    MINIFY=true node esbuild.config.mjs) >"$src.ui.log" 2>&1; then
    say "warning: Mailpit's inbox page could not be built (log: $src.ui.log); SMTP and its API work"
  else
    rm -f "$src.ui.log"
  fi
  mkdir -p "$dir"
  (cd "$src" && CGO_ENABLED=0 GOFLAGS="-buildvcs=false" go build \
    -ldflags "-s -w -X github.com/axllent/mailpit/config.Version=v$MAILPIT_VERSION" \
    -o "$dir/mailpit.tmp" .) >&2 || { rm -rf "$src"; die "building Mailpit v$MAILPIT_VERSION failed"; }
  mv "$dir/mailpit.tmp" "$dir/mailpit"
  rm -rf "$src"
  echo "$dir/mailpit"
}

# Starts Mailpit on 127.0.0.1 (SMTP on smtp_port, web inbox and API on http_port), keeping its mail
# in <db_file>; sets MAILPIT_PID and exports SMTP_URL (the app's setting) and MAILPIT_URL (its API).
start_mailpit() { # binary smtp_port http_port db_file logfile
  # Nothing leaves the machine: no update check, no reverse DNS of senders.
  "$1" --smtp "127.0.0.1:$2" --listen "127.0.0.1:$3" --database "$4" \
    --smtp-auth-accept-any --smtp-auth-allow-insecure --disable-version-check \
    --smtp-disable-rdns >"$5" 2>&1 &
  MAILPIT_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "Mailpit SMTP (log: $5)"
  wait_for_port 127.0.0.1 "$3" 30 "Mailpit web (log: $5)"
  export SMTP_URL="smtp://127.0.0.1:$2" MAILPIT_URL="http://127.0.0.1:$3"
}

# Stops what a script started: every pid in PIDS, then the PostgreSQL in PG_DIR (its data removed).
stop_started() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${PG_DIR:-}" ]; then as_db_user "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m immediate >/dev/null 2>&1; fi
  wait 2>/dev/null || true
  if [ -n "${PG_DIR:-}" ]; then rm -rf "$PG_DIR"; fi
}

# Runs stop_started when the script exits, however it exits (Ctrl-C included).
stop_started_on_exit() {
  trap 'trap - EXIT INT TERM; stop_started' EXIT
  trap 'exit 130' INT TERM
}

# Prints the bin directory of a PostgreSQL server, installing Debian's package where missing.
ensure_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    say "installing PostgreSQL (Debian package postgresql)"
    apt_install postgresql
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$bin"
}

# The end-to-end tests drive chromium-headless-shell, the same Chromium build without the browser's
# windowing layers (Playwright's own choice for headless runs): the suite is CPU-bound on two cores
# and the shell does the same tests with about a sixth less CPU. The benchmarks drive the full browser.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && [ -x "$HEADLESS_CHROMIUM" ] && return
  say "installing Chromium (Debian packages chromium and chromium-headless-shell)"
  apt_install chromium chromium-headless-shell
}

# Redis and HAProxy carry the LiveKit cluster (run.sh --cluster, the cluster tests, bench failover).
ensure_redis() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return
  say "installing Redis (Debian package redis-server)"
  apt_install redis-server
}

ensure_haproxy() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] && return
  say "installing HAProxy (Debian package haproxy)"
  apt_install haproxy
}

# PostgreSQL refuses to run as root; as root, run it as the postgres system user.
as_db_user() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    # From /, which the postgres user may enter (the checkout may be private to root).
    (cd / && exec runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# A throwaway cluster tuned for tests (no fsync); sets POSTGRES_PID.
start_postgres() { # bindir port dir logfile
  mkdir -p "$3"
  [ "$(id -u)" -eq 0 ] && chown postgres "$3" 2>/dev/null
  as_db_user "$1/initdb" -D "$3/data" -U postgres --auth=trust -E UTF8 --no-sync >"$4" 2>&1 ||
    die "initdb failed (log: $4)"
  as_db_user "$1/postgres" -D "$3/data" -h 127.0.0.1 -p "$2" -k "$3" \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 \
    >>"$4" 2>&1 &
  POSTGRES_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "PostgreSQL (log: $4)"
}

# The run command's own PostgreSQL (docs/decisions.md, "One database engine"): one cluster kept
# across runs, with fsync on and a password, listening on a free loopback port, upgraded by the
# migrations the run command applies on every start. Its data is in .data/postgres. As root the
# server runs as the postgres user, who may not be able to enter a private checkout: the data then
# lives in /var/lib/hearth/<checkout id> and .data/postgres links to it.
local_postgres_data() { # data_link
  local link="$1" dir
  if [ -L "$link" ]; then readlink -f "$link"; return; fi
  if [ "$(id -u)" -ne 0 ]; then echo "$link"; return; fi
  mkdir -p "$link" && chown postgres "$link" && chmod 700 "$link"
  if as_db_user test -w "$link"; then echo "$link"; return; fi
  dir="/var/lib/hearth/$(printf '%s' "$link" | sha256sum | cut -c1-16)"
  mkdir -p "$dir" && chown postgres "$dir" && chmod 700 "$dir"
  rmdir "$link" && ln -s "$dir" "$link"
  echo "$dir"
}

# The bin directory for a cluster: the version it was made with (its PG_VERSION file), else the
# newest installed. A cluster from another major version needs pg_upgrade, which is the user's call.
local_postgres_bin() { # data_dir
  local version
  [ -f "$1/PG_VERSION" ] || { ensure_postgres; return; }
  version="$(cat "$1/PG_VERSION")"
  ensure_postgres >/dev/null
  [ -x "/usr/lib/postgresql/$version/bin/postgres" ] ||
    die "the database in $1 was made by PostgreSQL $version, which is not installed: install
  postgresql-$version, or upgrade the data with pg_upgrade"
  echo "/usr/lib/postgresql/$version/bin"
}

# Starts the cluster kept at data_link (made on first use) and waits until it accepts connections;
# exports DATABASE_URL. The server's log is server.log in its data directory, where its user writes.
start_local_postgres() { # data_link
  local data password_file password port pwfile
  ensure_postgres >/dev/null
  data="$(local_postgres_data "$1")" || die "cannot prepare the database directory $1"
  LOCAL_PG_BIN="$(local_postgres_bin "$data")" || exit 1
  password_file="$(dirname "$1")/postgres-password"
  if [ ! -s "$password_file" ]; then
    (umask 077 && node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))' >"$password_file")
  fi
  password="$(cat "$password_file")"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "creating the database in $1 (PostgreSQL, first run only)"
    # initdb reads the password from a file the postgres user can open.
    pwfile="$(mktemp /tmp/hearth-pw.XXXXXX)"
    printf '%s\n' "$password" >"$pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
    if ! as_db_user "$LOCAL_PG_BIN/initdb" -D "$data" -U hearth --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 >"$1-initdb.log" 2>&1; then
      rm -f "$pwfile"
      die "initdb failed (log: $1-initdb.log)"
    fi
    rm -f "$pwfile"
  fi
  # A server left running by a run that was killed outright holds the data directory: stop it.
  as_db_user "$LOCAL_PG_BIN/pg_ctl" status -D "$data" >/dev/null 2>&1 &&
    as_db_user "$LOCAL_PG_BIN/pg_ctl" stop -D "$data" -m fast >/dev/null 2>&1
  port="$(free_port)"
  # No Unix socket: the directory it would need may not be writable by the server's user.
  as_db_user "$LOCAL_PG_BIN/pg_ctl" start -D "$data" -w -t 60 -l "$data/server.log" \
    -o "-h 127.0.0.1 -p $port -c unix_socket_directories=''" >/dev/null ||
    die "PostgreSQL did not start (log: $1/server.log)"
  export DATABASE_URL="postgresql://hearth:$password@127.0.0.1:$port/hearth"
  as_psql "postgresql://hearth:$password@127.0.0.1:$port/postgres" \
    "SELECT 1 FROM pg_database WHERE datname = 'hearth'" | grep -q 1 ||
    as_psql "postgresql://hearth:$password@127.0.0.1:$port/postgres" "CREATE DATABASE hearth" >/dev/null
}

stop_local_postgres() { # data_link
  local data
  data="$(readlink -f "$1")"
  [ -f "$data/postmaster.pid" ] || return 0
  as_db_user "/usr/lib/postgresql/$(cat "$data/PG_VERSION")/bin/pg_ctl" stop -D "$data" -m fast \
    >/dev/null 2>&1 || true
}

as_psql() { # url sql
  "$LOCAL_PG_BIN/psql" "$1" -Atqc "$2"
}

# Serves the production build with Next.js standalone output (what the Docker image runs too).
serve_production() { # port [distDir, default .next]
  local dir="${2:-.next}"
  local dist="$ROOT/$dir" standalone="$ROOT/$dir/standalone"
  rm -rf "$standalone/$dir/static" "$standalone/public"
  cp -r "$dist/static" "$standalone/$dir/static"
  cp -r "$ROOT/public" "$standalone/public"
  ensure_vapid_keys
  NODE_ENV=production PORT="$1" HOSTNAME=127.0.0.1 exec node "$standalone/server.js"
}

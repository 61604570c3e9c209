# Bench-only service helpers on top of scripts/lib/common.sh.
# shellcheck shell=bash

# The app is rebuilt when anything it is built from changed since the last bench build.
bench_build_is_stale() { # distDir
  local stamp="$ROOT/$1/BUILD_ID"
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$ROOT/src" "$ROOT/public" "$ROOT/prisma" "$ROOT/package-lock.json" "$ROOT/next.config.ts" \
    -newer "$stamp" -print -quit)" ]
}

# lk (livekit-cli) links PortAudio; its Go module lacks the vendored sources, so it is built with
# -tags portaudio_system against Debian's library.
ensure_portaudio() {
  command -v pkg-config >/dev/null && pkg-config --exists portaudio-2.0 && return
  say "installing PortAudio headers for lk (Debian packages portaudio19-dev, pkg-config)"
  apt_install portaudio19-dev pkg-config
}

# Like start_livekit in common.sh, but with 4,000 UDP ports instead of 100: every participant holds
# two peer connections, each on its own port, so the shared config's range admits about 50
# participants and would cap the fanout benchmark at the config, not at the server. (LiveKit's
# single-port mux offers no loopback candidate, so it does not work on 127.0.0.1.)
start_livekit_bench() { # binary port webhook_url logfile ; sets LIVEKIT_PID
  local tcp udp
  tcp="$(free_port)"
  udp=$((20000 + RANDOM % 8000))
  "$1" --dev --bind 127.0.0.1 --config-body "$(livekit_config "$2" "$tcp" "$udp" $((udp + 3999)) "$3")" \
    >"$4" 2>&1 &
  LIVEKIT_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "livekit-server (log: $4)"
}

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

# Like start_livekit in common.sh, with three bench-only changes for the fanout benchmark's 2,000
# listeners in one room (docs/performance.md, fanout):
# - 10,000 UDP ports instead of 2,000, below the kernel's ephemeral range (32768 and up) where lk's
#   own sockets land: every participant holds two peer connections, each on its own port.
#   (LiveKit's single-port mux, rtc.udp_port, offers no loopback candidate, so it does not work on
#   127.0.0.1.)
# - ICE candidates on 127.0.0.1 only (rtc.ips): by default every peer connection binds a port on
#   each of the machine's four addresses, though the clients reach it on loopback alone, which took
#   four of the range's ports and four file descriptors per peer connection.
# Its open files stay at the machine's hard limit (20,000 here; Go raises the soft limit to it, and
# raising the hard one needs a privilege the bench does not have), which four descriptors per peer
# connection met near 2,000 participants.
start_livekit_bench() { # binary port webhook_url logfile ; sets LIVEKIT_PID
  local tcp udp config
  tcp="$(free_port)"
  udp=$((12000 + RANDOM % 10000))
  config="$(livekit_config "$2" "$tcp" "$udp" $((udp + 9999)) "$3" |
    sed -e 's/^rtc:$/rtc:\n  ips:\n    includes:\n      - 127.0.0.1\/32/')"
  "$1" --dev --bind 127.0.0.1 --config-body "$config" >"$4" 2>&1 &
  LIVEKIT_PID=$!
  wait_for_port 127.0.0.1 "$2" 30 "livekit-server (log: $4)"
}

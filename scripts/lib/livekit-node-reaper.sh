#!/usr/bin/env bash
# Takes a dead livekit-server node out of the cluster's Redis at once, so the rooms it hosted come
# back on a live node as soon as their people reconnect. LiveKit alone treats a node as dead only
# when its stats in Redis are 5 s old (selector.AvailableSeconds in v1.13, not configurable), and
# until then it sends every rejoin of those rooms to the dead node.
#
# Dead means the node's HTTP port refuses connections: its process is gone. A slow or starved node
# still accepts them, so it is never removed. A node that starts again registers itself anew.
#
# usage: livekit-node-reaper.sh REDIS_PORT LOG:HTTP_PORT...   (each node's log and HTTP port)
set -uo pipefail
redis_port="$1"
shift

node_id() { # the id the node's last start logged
  grep -o '"nodeID": "ND_[A-Za-z0-9]*"' "$1" 2>/dev/null | tail -n 1 | cut -d'"' -f4
}

while sleep 0.05; do
  for node in "$@"; do
    log="${node%:*}" port="${node##*:}"
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    id="$(node_id "$log")"
    [ -n "$id" ] || continue
    if [ "$(redis-cli -p "$redis_port" HDEL nodes "$id" 2>/dev/null)" = "1" ]; then
      echo "$(date -u +%FT%T.%3NZ) removed dead node $id (port $port) from Redis"
    fi
  done
done

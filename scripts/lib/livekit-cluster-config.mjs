// Prints one cluster node's livekit-server config for scripts/lib/cluster.sh: the node configuration
// of docker-compose.yml's `cluster` profile (its x-livekit-cluster-node block), with only what places
// the node on this machine replaced: its own ports on loopback, Redis, its IP, the keys and the
// webhook. Everything else (room settings, node selection, logging) is what Compose runs.
// usage: node livekit-cluster-config.mjs <port> <tcp_port> <udp_start> <udp_end> <redis host:port>
//          <api_key> <api_secret> <webhook_url>
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [port, tcpPort, udpStart, udpEnd, redis, apiKey, apiSecret, webhookUrl] =
  process.argv.slice(2);
if (!webhookUrl) {
  console.error(
    "usage: livekit-cluster-config.mjs port tcp udp_start udp_end redis key secret webhook",
  );
  process.exit(2);
}

const compose = parse(
  readFileSync(path.resolve(import.meta.dirname, "../../docker-compose.yml"), "utf8"),
);
const block = compose["x-livekit-cluster-node"];
if (typeof block !== "string") {
  console.error("docker-compose.yml has no x-livekit-cluster-node block");
  process.exit(1);
}
// Compose's variables are not interpolated here: every value that holds one is replaced below.
const base = parse(block);
const config = {
  ...base,
  port: Number(port),
  bind_addresses: ["127.0.0.1"],
  rtc: {
    ...base.rtc,
    tcp_port: Number(tcpPort),
    port_range_start: Number(udpStart),
    port_range_end: Number(udpEnd),
    // Every node is on this machine: clients reach each one on loopback, never a discovered IP.
    node_ip: "127.0.0.1",
    enable_loopback_candidate: true,
  },
  // Database 0 of a Redis of its own: the room map and the node reaper read LiveKit's keys there.
  redis: { ...base.redis, address: redis, db: 0 },
  keys: { [apiKey]: apiSecret },
  webhook: { ...base.webhook, api_key: apiKey, urls: [webhookUrl] },
};

const text = stringify(config);
// A Compose variable left in the output is a setting added to the block without a local value.
if (text.includes("${")) {
  console.error(`a Compose variable is left in the node config:\n${text}`);
  process.exit(1);
}
process.stdout.write(text);

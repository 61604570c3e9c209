// Prints one cluster node's livekit-server config, derived from the repo's livekit.yaml so room
// settings (timeouts, auto_create, logging) stay the same as a single node's; only what makes it a
// cluster member changes: its own ports, Redis, the node's IP, a long API secret and the webhook.
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

const base = parse(readFileSync(path.resolve(import.meta.dirname, "../../livekit.yaml"), "utf8"));
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
    use_external_ip: false,
  },
  redis: { address: redis },
  keys: { [apiKey]: apiSecret },
  webhook: { ...base.webhook, api_key: apiKey, urls: [webhookUrl] },
  // A new room goes to the node hosting the fewest, so rooms spread instead of piling on one.
  node_selector: { kind: "any", sort_by: "rooms" },
};
process.stdout.write(stringify(config));

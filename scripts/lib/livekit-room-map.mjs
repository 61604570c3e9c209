// Keeps HAProxy's room map (room name → the HAProxy server of the node hosting it) equal to
// LiveKit's own record in Redis (`room_node_map`), so the load balancer sends each signal
// connection straight to its room's node instead of to any node, which would relay it.
//
// Why it matters when a node dies: a relayed connection sits on a surviving node, and that node
// notices the loss only when the client's next ping (every 5 s) fails to go through, 5–12 s later.
// A connection on the room's own node is closed by the node's death at once, and its client
// reconnects within a second or two. Rooms on the surviving nodes are untouched.
//
// A room the map does not know yet (created a moment ago) is balanced as before and relayed by
// LiveKit: correct, only slower to recover. Redis tells this process of every change to LiveKit's
// record (keyspace notifications), and it checks the whole map every second as well.
//
// usage: node livekit-room-map.mjs REDIS_PORT HAPROXY_SOCKET MAP_FILE NAME:NODE_LOG...
//   (each node's server name in HAProxy's `livekit` backend and its log, which names its node id)
import { execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import net from "node:net";
import { promisify } from "node:util";

const [redisPort, haproxySocket, mapFile, ...nodes] = process.argv.slice(2);
if (!mapFile || nodes.length === 0) {
  console.error("usage: livekit-room-map.mjs REDIS_PORT HAPROXY_SOCKET MAP_FILE NAME:NODE_LOG...");
  process.exit(2);
}
const run = promisify(execFile);
const redis = (...args) =>
  run("redis-cli", ["-h", "127.0.0.1", "-p", redisPort, "--raw", ...args]).then(
    ({ stdout }) => stdout,
  );

function haproxy(command) {
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = net.connect(haproxySocket, () => socket.end(`${command}\n`));
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** Node id → HAProxy server name, from the id each node logged when it last started. */
async function serversByNodeId() {
  const servers = new Map();
  for (const node of nodes) {
    const [name, log] = [node.slice(0, node.indexOf(":")), node.slice(node.indexOf(":") + 1)];
    const text = await readFile(log, "utf8").catch(() => "");
    const id = [...text.matchAll(/"nodeID": ?"(ND_\w+)"/g)].at(-1)?.[1];
    if (id) servers.set(id, name);
  }
  return servers;
}

function pairs(lines) {
  const map = new Map();
  for (let i = 0; i + 1 < lines.length; i += 2) map.set(lines[i], lines[i + 1]);
  return map;
}

// Node ids change only when a node starts, so the logs are read again only for an id not seen yet.
let servers = new Map();

async function sync() {
  const rooms = pairs((await redis("HGETALL", "room_node_map")).split("\n").filter(Boolean));
  if ([...rooms.values()].some((nodeId) => !servers.has(nodeId))) servers = await serversByNodeId();
  const wanted = new Map();
  for (const [room, nodeId] of rooms) {
    const server = servers.get(nodeId);
    // The app names rooms by id; anything else could not travel safely in a CLI command.
    if (server && /^[\w-]+$/.test(room)) wanted.set(room, server);
  }
  const current = new Map(
    (await haproxy(`show map ${mapFile}`))
      .split("\n")
      .map((line) => line.split(" "))
      .filter((fields) => fields.length === 3)
      .map(([, room, server]) => [room, server]),
  );
  const commands = [];
  for (const [room, server] of wanted) {
    if (!current.has(room)) commands.push(`add map ${mapFile} ${room} ${server}`);
    else if (current.get(room) !== server) commands.push(`set map ${mapFile} ${room} ${server}`);
  }
  for (const room of current.keys()) {
    if (!wanted.has(room)) commands.push(`del map ${mapFile} ${room}`);
  }
  if (commands.length > 0) await haproxy(commands.join(";"));
}

let running = false;
let again = false;
async function syncSoon() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    await sync().catch((error) => console.error(`room map: ${error.message}`));
  } while (again);
  running = false;
}

const events = spawn("redis-cli", [
  "-h",
  "127.0.0.1",
  "-p",
  redisPort,
  "--csv",
  "SUBSCRIBE",
  "__keyspace@0__:room_node_map",
]);
events.stdout.on("data", () => void syncSoon());
events.on("exit", (code) => {
  console.error(`redis-cli subscription ended (${code}); stopping`);
  process.exit(1);
});
setInterval(() => void syncSoon(), 1_000);
void syncSoon();
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    events.kill();
    process.exit(0);
  });
}

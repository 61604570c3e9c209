// Handles on the processes of the cluster under test: their addresses, killing and restarting
// them through the launchers scripts/lib/cluster.sh wrote, and reading Redis and HAProxy state.
import { execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const cluster = {
  dir: setting("CLUSTER_DIR"),
  appUrl: setting("CLUSTER_APP_URL"),
  appUrls: { app1: setting("CLUSTER_APP1_URL"), app2: setting("CLUSTER_APP2_URL") },
  livekitUrl: setting("CLUSTER_LIVEKIT_URL"),
  nodeUrls: { lk1: setting("CLUSTER_LK1_URL"), lk2: setting("CLUSTER_LK2_URL") },
  redisPort: setting("CLUSTER_REDIS_PORT"),
  haproxySocket: setting("CLUSTER_HAPROXY_SOCKET"),
  sweepSeconds: Number(setting("CLUSTER_SWEEP_SECONDS")),
};

export type NodeName = "lk1" | "lk2";
export type AppName = "app1" | "app2";
export type ProcessName = NodeName | AppName;

async function pidOf(name: ProcessName): Promise<number> {
  return Number((await readFile(path.join(cluster.dir, "pids", `${name}.pid`), "utf8")).trim());
}

/** kill -9: the process gets no chance to hand anything over, as when a machine dies. */
export async function killHard(name: ProcessName): Promise<void> {
  process.kill(await pidOf(name), "SIGKILL");
}

function portOf(name: ProcessName): number {
  const url = name.startsWith("lk")
    ? cluster.nodeUrls[name as NodeName]
    : cluster.appUrls[name as AppName];
  return Number(new URL(url).port);
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts a killed process again with its launcher and waits until it listens. */
export async function restart(name: ProcessName): Promise<void> {
  spawn("setsid", ["bash", path.join(cluster.dir, "bin", `${name}.sh`)], {
    detached: true,
    stdio: "ignore",
  }).unref();
  await waitFor(`${name} to listen again`, () => isListening(portOf(name)), 60_000);
}

export async function postgres(action: "start" | "stop"): Promise<void> {
  await run("bash", [path.join(cluster.dir, "bin", "postgres.sh"), action, "immediate"]);
}

export async function redis(...args: string[]): Promise<string> {
  const { stdout } = await run("redis-cli", ["-h", "127.0.0.1", "-p", cluster.redisPort, ...args]);
  return stdout.trim();
}

/** One command on HAProxy's admin socket (e.g. "disable server webhooks/app1"). */
export async function haproxy(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = net.connect(cluster.haproxySocket, () => socket.end(`${command}\n`));
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** Connections HAProxy holds open to a LiveKit node now: its clients' signal sockets. */
export async function signalConnections(name: NodeName): Promise<number> {
  const rows = (await haproxy("show stat")).split("\n").map((line) => line.split(","));
  const header = rows[0] ?? [];
  const current = header.indexOf("scur");
  const row = rows.find((fields) => fields[0] === "livekit-signal" && fields[1] === name);
  if (current < 0 || !row) throw new Error(`HAProxy has no stats for livekit-signal/${name}`);
  return Number(row[current]);
}

/** The LiveKit node id the named node logged when it last started. */
export async function nodeIdOf(name: NodeName): Promise<string> {
  const log = await readFile(path.join(cluster.dir, "logs", `${name}.log`), "utf8");
  const ids = [...log.matchAll(/"nodeID": ?"(\w+)"/g)].map((match) => match[1]);
  const id = ids.at(-1);
  if (!id) throw new Error(`no node id in ${name}'s log yet`);
  return id;
}

/** Which node hosts a room, from LiveKit's own room → node map in Redis. */
export async function hostingNode(roomId: string): Promise<NodeName | undefined> {
  const nodeId = await redis("HGET", "room_node_map", roomId);
  if (!nodeId) return undefined;
  if (nodeId === (await nodeIdOf("lk1"))) return "lk1";
  if (nodeId === (await nodeIdOf("lk2"))) return "lk2";
  return undefined;
}

/** Lines the app instances logged so far, both of them. */
export async function appLogLines(): Promise<string[]> {
  const logs = await Promise.all(
    (["app1", "app2"] as const).map((name) =>
      readFile(path.join(cluster.dir, "logs", `${name}.log`), "utf8").catch(() => ""),
    ),
  );
  return logs.flatMap((log) => log.split("\n"));
}

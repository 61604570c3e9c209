// One configuration for the cluster (docs/deploy.md): docker-compose.yml's `cluster` profile, rendered
// as Compose would without a Docker engine (its interpolation, the files it mounts, the environment
// it sets), against what scripts/lib/cluster.sh writes for `run.sh --cluster`, the cluster fault
// tests and the failover bench (its cluster_write_configs, the function start_cluster calls).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { interpolateCompose } from "../support/compose-interpolation";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

type Service = {
  environment?: Record<string, string | number | null>;
  volumes?: string[];
  ports?: string[];
};
type ComposeFile = { services: Record<string, Service> };
type Settings = Record<string, unknown>;

// What .env must give compose; the cluster profile has no other required variable.
const composeEnv = {
  AUTH_SECRET: "a".repeat(64),
  LIVEKIT_API_KEY: "APIhearthcluster",
  LIVEKIT_API_SECRET: "d".repeat(40),
  POSTGRES_PASSWORD: "e".repeat(24),
};
// Where the haproxy image reads its configuration.
const IMAGE_CONFIG = "/usr/local/etc/haproxy/haproxy.cfg";

async function composeService(name: string): Promise<Service> {
  const text = await readFile(path.join(root, "docker-compose.yml"), "utf8");
  const compose = interpolateCompose(parse(text), composeEnv) as ComposeFile;
  const service = compose.services[name];
  if (!service) throw new Error(`docker-compose.yml has no ${name} service`);
  return service;
}

function environmentOf(service: Service): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [name, String(value ?? "")]),
  );
}

/** The host file a service mounts at a path inside its container, resolved in the repository. */
function mountedAt(service: Service, target: string): string | undefined {
  const volume = service.volumes?.find((entry) => entry.split(":")[1] === target);
  const source = volume?.split(":")[0];
  return source?.startsWith(".") ? path.resolve(root, source) : source;
}

/** HAProxy's expansion of environment variables, which happens only inside double quotes. */
function expandHaproxy(text: string, env: Record<string, string>): string {
  return text.replace(/"([^"\n]*)"/g, (_quoted, inside: string) =>
    inside.replace(/\$\{(\w+)\}|\$(\w+)/g, (_match, braced?: string, bare?: string) => {
      return env[braced ?? bare ?? ""] ?? "";
    }),
  );
}

function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/"[^"\n]*\$\{(\w+)\}[^"\n]*"/g)].map((m) => m[1] ?? ""))];
}

/** A launcher's command line (scripts/lib/cluster.sh writes `exec <words> >>'<log>' 2>&1`). */
async function launcherWords(dir: string, name: string): Promise<string[]> {
  const script = await readFile(path.join(dir, "bin", `${name}.sh`), "utf8");
  const line = script.split("\n").find((one) => one.startsWith("exec "));
  if (!line) throw new Error(`bin/${name}.sh has no exec line`);
  return line
    .replace(/ >>'.*$/, "")
    .split(" ")
    .slice(1);
}

// Addresses, ports and keys: the only settings a node's configuration may take from where it runs.
const PLACEMENT = [
  "port",
  "bind_addresses",
  "rtc.tcp_port",
  "rtc.port_range_start",
  "rtc.port_range_end",
  "rtc.node_ip",
  "rtc.enable_loopback_candidate",
  "redis.address",
  "redis.db",
  "keys",
  "webhook.api_key",
  "webhook.urls",
];
// LiveKit's own variables for its settings (livekit-server's generated flags, LIVEKIT_<PATH>).
const LIVEKIT_VARIABLES: Record<string, string> = {
  LIVEKIT_PORT: "port",
  LIVEKIT_RTC_TCP_PORT: "rtc.tcp_port",
  LIVEKIT_RTC_PORT_RANGE_START: "rtc.port_range_start",
  LIVEKIT_RTC_PORT_RANGE_END: "rtc.port_range_end",
};

function setPath(settings: Settings, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  const last = keys.pop() ?? "";
  let node = settings;
  for (const key of keys) {
    const next = node[key];
    node[key] = typeof next === "object" && next !== null ? next : {};
    node = node[key] as Settings;
  }
  node[last] = value;
}

/** A Compose node's effective settings: its LIVEKIT_CONFIG, then LiveKit's own variables. */
function composeNodeSettings(service: Service): Settings {
  const { LIVEKIT_CONFIG: config = "", ...overrides } = environmentOf(service);
  const settings = parse(config) as Settings;
  for (const [name, value] of Object.entries(overrides)) {
    const setting = LIVEKIT_VARIABLES[name];
    if (!setting) throw new Error(`${name} is not a LiveKit variable this test knows`);
    setPath(settings, setting, Number(value));
  }
  return settings;
}

function withoutPlacement(settings: Settings): Settings {
  const copy = structuredClone(settings);
  for (const setting of PLACEMENT) setPath(copy, setting, "(placement)");
  return copy;
}

let clusterDir = "";

beforeAll(async () => {
  clusterDir = await mkdtemp(path.join(tmpdir(), "hearth-cluster-config."));
  // The ports and keys are made up: nothing is started.
  const write = `source scripts/lib/common.sh && source scripts/lib/cluster.sh &&
    CLUSTER_DIR="$1" && mkdir -p "$1/bin" && cluster_write_configs livekit-server \
    16379 17880 13000 18090 17001 17002 13001 13002 30000 hearth-cluster "${"s".repeat(64)}"`;
  await run("bash", ["-c", write, "write-configs", clusterDir], { cwd: root });
});

afterAll(async () => {
  await rm(clusterDir, { recursive: true, force: true });
});

async function clusterLoadBalancer() {
  const words = await launcherWords(clusterDir, "haproxy");
  const haproxyAt = words.indexOf("haproxy");
  const env = Object.fromEntries(
    words.slice(words[0] === "env" ? 1 : 0, haproxyAt).map((word) => {
      const at = word.indexOf("=");
      return [word.slice(0, at), word.slice(at + 1)];
    }),
  );
  const file = words[words.indexOf("-f", haproxyAt) + 1] ?? "";
  return { env, file };
}

async function composeLoadBalancer() {
  const lb = await composeService("lb");
  const file = mountedAt(lb, IMAGE_CONFIG) ?? "";
  return {
    env: environmentOf(lb),
    file,
    map: mountedAt(lb, "/usr/local/etc/haproxy/livekit-rooms.map"),
  };
}

describe("one cluster configuration", () => {
  it("the compose cluster profile and the cluster tests use the same load balancer configuration", async () => {
    const composed = await composeLoadBalancer();
    const tested = await clusterLoadBalancer();
    // One file: the one Compose mounts is the one the cluster's HAProxy reads.
    expect(tested.file).toBe(path.join(root, "docker/haproxy-cluster.cfg"));
    expect(composed.file).toBe(tested.file);
    // The room map is read beside it (`default-path config`), in Compose as on this machine.
    expect(composed.map).toBe(path.join(path.dirname(tested.file), "livekit-rooms.map"));
    // start_cluster's record of the environment is the one its HAProxy gets.
    const recorded = (await readFile(path.join(clusterDir, "haproxy.env"), "utf8")).trim();
    expect(recorded.split("\n")).toEqual(Object.entries(tested.env).map(([k, v]) => `${k}=${v}`));

    // Both set every address the file names, and nothing else, each to a value.
    const template = await readFile(tested.file, "utf8");
    const variables = variablesIn(template).sort();
    expect(variables.length).toBeGreaterThan(0);
    expect(Object.keys(composed.env).sort()).toEqual(variables);
    expect(Object.keys(tested.env).sort()).toEqual(variables);
    for (const env of [composed.env, tested.env]) {
      for (const name of variables) expect(env[name], name).not.toBe("");
    }

    // What the cluster tests ran is what Compose runs, with the cluster's addresses in it.
    const composeTemplate = await readFile(composed.file, "utf8");
    const composeRendered = expandHaproxy(composeTemplate, composed.env);
    const testedRendered = expandHaproxy(template, tested.env);
    expect(testedRendered).toBe(expandHaproxy(composeTemplate, tested.env));
    // And it carries what the fault tests rely on, in both renderings.
    for (const rendered of [composeRendered, testedRendered]) {
      expect(rendered).toMatch(/use-server lk1 if \{ var\(txn\.room\),map\(livekit-rooms\.map\)/);
      expect(rendered).toMatch(/^ {2}retry-on conn-failure /m);
      expect(rendered).toMatch(/^ {2}timeout connect 250ms$/m);
      expect(rendered).toMatch(/^frontend webhooks$/m);
      expect(rendered).toMatch(/^ {2}stats socket \/\S+ mode 600 level admin$/m);
      expect(rendered).not.toContain("${");
    }
  });

  it("the compose cluster profile and the cluster tests run the same LiveKit node configuration", async () => {
    const [one, two] = await Promise.all([
      composeService("livekit-1"),
      composeService("livekit-2"),
    ]);
    // One block for both nodes; only LiveKit's own port variables tell them apart.
    expect(environmentOf(one).LIVEKIT_CONFIG).toBe(environmentOf(two).LIVEKIT_CONFIG);
    const single = parse(await readFile(path.join(root, "livekit.yaml"), "utf8")) as Settings;

    for (const [n, service] of [one, two].entries()) {
      const composed = composeNodeSettings(service);
      const words = await launcherWords(clusterDir, `lk${n + 1}`);
      const file = words[words.indexOf("--config") + 1] ?? "";
      const tested = parse(await readFile(file, "utf8")) as Settings;

      expect(withoutPlacement(tested), `node ${n + 1}`).toEqual(withoutPlacement(composed));
      // Rooms behave as on a single node (livekit.yaml), in every topology.
      expect(composed.room).toEqual(single.room);
      // Media ports are published on the same numbers, since LiveKit advertises its own.
      const rtc = composed.rtc as Settings;
      const ports = service.ports ?? [];
      expect(ports.join(" ")).toContain(`:${String(rtc.tcp_port)}:${String(rtc.tcp_port)}`);
      const udp = `${String(rtc.port_range_start)}-${String(rtc.port_range_end)}`;
      expect(ports.join(" ")).toContain(`:${udp}:${udp}/udp`);
    }
  });

  const haproxy = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"].find((file) => existsSync(file));
  it.skipIf(!haproxy)(
    "HAProxy accepts the configuration with Compose's and with the cluster's addresses",
    async () => {
      for (const { env, file } of [await composeLoadBalancer(), await clusterLoadBalancer()]) {
        // Compose's container names do not resolve here: HAProxy starts such a server unresolved.
        const checked = await run(haproxy ?? "haproxy", ["-c", "-f", file], {
          env: { PATH: process.env.PATH, NODE_ENV: "test", ...env },
        });
        expect(checked.stdout).toContain("Configuration file is valid");
      }
    },
  );
});

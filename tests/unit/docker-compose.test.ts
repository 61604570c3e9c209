// The compose file, the Dockerfile and .dockerignore, checked without a Docker engine: against the
// Compose Specification's JSON schema (tests/fixtures/compose-spec.schema.json, from the
// compose-spec/compose-spec repository, schema/compose-spec.json) and the spec's interpolation rules.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  bracedExpressions,
  ComposeInterpolationError,
  interpolateCompose,
} from "../support/compose-interpolation";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string): string => readFileSync(path.join(root, file), "utf8");
const composeText = read("docker-compose.yml");

type Service = {
  image?: string;
  user?: string;
  entrypoint?: string[];
  network_mode?: string;
  ports?: string[];
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string; restart?: boolean }>;
  healthcheck?: { test: string[] };
  restart?: string;
  init?: boolean;
  volumes?: string[];
  profiles?: string[];
};
type ComposeFile = { services: Record<string, Service>; volumes: Record<string, unknown> };

const secrets = {
  AUTH_SECRET: "a".repeat(16) + "b".repeat(16) + "c".repeat(32),
  LIVEKIT_API_KEY: "APIhearthtest",
  LIVEKIT_API_SECRET: "d".repeat(40),
  POSTGRES_PASSWORD: "e".repeat(24),
};

function composeWith(env: Record<string, string | undefined>): ComposeFile {
  return interpolateCompose(parse(composeText), env) as ComposeFile;
}

function service(compose: ComposeFile, name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`);
  return found;
}

// The spec's schema names a draft-07 meta-schema URL Ajv does not know by that spelling, and custom
// formats (durations) that are not validated here: structure is what matters. Compiled once.
const validateSpec = new Ajv({
  allErrors: true,
  strict: false,
  validateSchema: false,
  validateFormats: false,
}).compile(JSON.parse(read("tests/fixtures/compose-spec.schema.json")) as object);

function validateAgainstSpec(document: unknown): string[] {
  if (validateSpec(document)) return [];
  return (validateSpec.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

describe("docker compose", () => {
  it("the compose file validates against the Compose Specification schema", () => {
    expect(validateAgainstSpec(parse(composeText))).toEqual([]);
    expect(validateAgainstSpec(composeWith(secrets))).toEqual([]);
  });

  it("docker compose refuses to start without AUTH_SECRET", () => {
    const withoutAuthSecret = { ...secrets, AUTH_SECRET: undefined };
    expect(() => composeWith(withoutAuthSecret)).toThrow(ComposeInterpolationError);
    expect(() => composeWith(withoutAuthSecret)).toThrow(/AUTH_SECRET/);
    // `:?` also refuses an empty value, which a blank line in .env would give.
    expect(() => composeWith({ ...secrets, AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
    expect(service(composeWith(secrets), "app").environment?.AUTH_SECRET).toBe(secrets.AUTH_SECRET);
  });

  it("refuses to start without any other secret, and defaults none", () => {
    for (const name of Object.keys(secrets)) {
      expect(() => composeWith({ ...secrets, [name]: undefined }), name).toThrow(name);
    }
    // Every reference to a secret is required (`:?`), never defaulted or left to expand to "".
    // Push's private key is the one optional secret (the app enforces it off loopback): blank when
    // unset, never a default.
    const secretLike = /SECRET|PASSWORD|API_KEY|PRIVATE_KEY/;
    for (const expression of bracedExpressions(composeText)) {
      const name = expression.split(/[:?-]/)[0] ?? "";
      if (!secretLike.test(name) || name.startsWith("SEED_")) continue;
      if (name === "VAPID_PRIVATE_KEY") expect(expression).toBe("VAPID_PRIVATE_KEY:-");
      else expect(expression, expression).toMatch(/^[A-Z_]+:\?/);
    }
  });

  it("passes email and push settings to the app when set, and leaves them blank (unset) when not", () => {
    const optional = {
      SMTP_URL: "smtp://mailer:pw@smtp.example:587",
      SMTP_FROM: "Hearth <hearth@hearth.example>",
      VAPID_PUBLIC_KEY: "B".repeat(87),
      VAPID_PRIVATE_KEY: "p".repeat(43),
      VAPID_SUBJECT: "mailto:ops@hearth.example",
    };
    const set = service(composeWith({ ...secrets, ...optional }), "app").environment ?? {};
    expect(set).toMatchObject(optional);
    // Blank values are unset to the app (parseEnv), so email stays off and push's keys are absent.
    const unset = service(composeWith(secrets), "app").environment ?? {};
    for (const name of Object.keys(optional)) expect(unset[name], name).toBe("");
  });

  it("runs on a bridge network and publishes the app, LiveKit's signalling, TCP and UDP media", () => {
    const compose = composeWith(secrets);
    for (const [name, svc] of Object.entries(compose.services)) {
      expect(svc.network_mode, name).toBeUndefined();
    }
    expect(service(compose, "app").ports).toEqual(["127.0.0.1:3000:3000"]);
    expect(service(compose, "livekit").ports).toEqual([
      "127.0.0.1:7880:7880",
      "127.0.0.1:7881:7881",
      "127.0.0.1:50000-50199:50000-50199/udp",
    ]);
    // Postgres is reachable by the app on the network only; 5432 on the host is often taken.
    expect(service(compose, "postgres").ports).toBeUndefined();

    const lan = composeWith({
      ...secrets,
      HEARTH_HOST_IP: "0.0.0.0",
      NODE_IP: "192.168.1.20",
      LIVEKIT_UDP_PORT_START: "40000",
      LIVEKIT_UDP_PORT_END: "40999",
      LIVEKIT_PUBLIC_URL: "wss://hearth.example",
      APP_URL: "https://hearth.example",
    });
    expect(service(lan, "livekit").ports).toContain("0.0.0.0:40000-40999:40000-40999/udp");
    // The app stays on loopback even then: Caddy is the LAN's and the internet's way in, and the
    // app trusts its X-Forwarded-For (TRUSTED_PROXY_HOPS=1), so nothing may reach the app around it.
    expect(service(lan, "app").ports).toEqual(["127.0.0.1:3000:3000"]);
    const app = service(lan, "app").environment ?? {};
    expect(app.LIVEKIT_URL).toBe("wss://hearth.example");
    expect(app.LIVEKIT_SERVER_URL).toBe("http://livekit:7880");
    expect(app.APP_URL).toBe("https://hearth.example");

    const config = parse(service(lan, "livekit").environment?.LIVEKIT_CONFIG ?? "") as {
      port: number;
      rtc: Record<string, unknown>;
      keys: Record<string, string>;
      webhook: { api_key: string; urls: string[] };
      room: Record<string, unknown>;
    };
    expect(config.port).toBe(7880);
    expect(config.rtc).toMatchObject({
      tcp_port: 7881,
      port_range_start: 40000,
      port_range_end: 40999,
      node_ip: "192.168.1.20",
      use_external_ip: false,
    });
    expect(config.keys).toEqual({ [secrets.LIVEKIT_API_KEY]: secrets.LIVEKIT_API_SECRET });
    expect(config.webhook).toEqual({
      api_key: secrets.LIVEKIT_API_KEY,
      urls: ["http://app:3000/api/livekit/webhook"],
    });
    // As in livekit.yaml: only the app creates rooms, so a replayed token cannot revive an ended one.
    expect(config.room).toMatchObject({ auto_create: false });
  });

  it("starts reliably: Postgres is checked over TCP, the app waits for it and restarts", () => {
    const compose = composeWith(secrets);
    const test = service(compose, "postgres").healthcheck?.test ?? [];
    expect(test.join(" ")).toMatch(/pg_isready -h 127\.0\.0\.1/);
    const app = service(compose, "app");
    expect(app.depends_on?.postgres).toEqual({ condition: "service_healthy", restart: true });
    expect(app.restart).toBe("unless-stopped");
    expect(app.init).toBe(true);
    expect(app.volumes).toContain("hearth-data:/app/.data");
    expect(Object.keys(compose.volumes)).toContain("hearth-data");
    expect(app.environment).toHaveProperty("SEED_ADMIN_EMAIL", null);
    expect(app.environment).toHaveProperty("SEED_ADMIN_PASSWORD", null);
    expect(service(compose, "caddy").profiles).toEqual(["https"]);
  });
});

describe("recording in docker compose", () => {
  it("records with LiveKit's Egress through Redis, into the volume the app serves replays from", () => {
    const compose = composeWith(secrets);
    const redis = service(compose, "redis");
    const egress = service(compose, "egress");
    const app = service(compose, "app");
    // Part of the default stack now, not only the cluster profile.
    expect(redis.profiles).toBeUndefined();
    expect(egress.profiles).toBeUndefined();
    expect(egress.image).toBe("livekit/egress:v1.8.6");

    const livekit = parse(service(compose, "livekit").environment?.LIVEKIT_CONFIG ?? "") as {
      redis?: { address: string };
    };
    expect(livekit.redis).toEqual({ address: "redis:6379" });
    for (const node of ["livekit-1", "livekit-2"]) {
      const config = parse(service(compose, node).environment?.LIVEKIT_CONFIG ?? "") as {
        redis?: { address: string; db?: number };
      };
      // A database of its own, so the cluster profile's nodes never join the main node's cluster.
      expect(config.redis, node).toEqual({ address: "redis:6379", db: 1 });
    }

    const config = parse(egress.environment?.EGRESS_CONFIG_BODY ?? "") as {
      api_key: string;
      api_secret: string;
      ws_url: string;
      redis: { address: string };
      cpu_cost: Record<string, number>;
    };
    expect(config.api_key).toBe(secrets.LIVEKIT_API_KEY);
    expect(config.api_secret).toBe(secrets.LIVEKIT_API_SECRET);
    expect(config.ws_url).toBe("ws://livekit:7880");
    expect(config.redis).toEqual({ address: "redis:6379" });
    expect(config.cpu_cost.track_cpu_cost).toBeLessThan(1);

    // Egress writes at the path the app names (REPLAY_STORAGE_DIR resolved in the app's /app), as
    // the app's user, so the app can read, mix and delete what it wrote.
    expect(app.environment?.REPLAY_STORAGE_DIR).toBe("/app/.data/replays");
    expect(egress.volumes).toEqual(["hearth-data:/app/.data"]);
    expect(egress.user).toBe("1000:1000");
    expect(egress.entrypoint).toEqual(["egress"]);
  });
});

describe("the app image", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? "";

  it("installs from the lockfile without install scripts, on a current Node.js LTS", () => {
    expect(dockerfile).toMatch(/npm ci --ignore-scripts/);
    const base = /^ARG NODE_IMAGE=node:(\d+)-/m.exec(dockerfile)?.[1];
    expect(Number(base)).toBeGreaterThanOrEqual(24);
  });

  it("runs as a non-root user with production files only and hands signals to the server", () => {
    expect(runtime).toMatch(/^USER node$/m);
    // Only the standalone output's traced node_modules: no full (dev) node_modules copy, no sources.
    expect(runtime).not.toMatch(/COPY --from=\w+ \/app\/node_modules/);
    expect(runtime).not.toMatch(/\/app\/src\b/);
    expect(runtime).not.toMatch(/tsx/);
    expect(read("docker/entrypoint.sh")).toMatch(/^exec "\$@"$/m);
  });

  it("carries Debian's ffmpeg, which mixes replays", () => {
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends ffmpeg/);
  });

  it("keeps secrets, local data, other builds and test output out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of [
      ".env",
      ".data",
      ".next",
      ".next-*",
      "node_modules",
      "test-results",
      ".test-run",
    ]) {
      expect(ignored, entry).toContain(entry);
    }
  });
});

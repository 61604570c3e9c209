// LiveKit Meet (github.com/livekit-examples/meet), the reference join the join benchmark measures
// Hearth against. It is never one of the app's dependencies: a checkout of Meet at MEET_COMMIT is
// installed from its own lockfile with pnpm (fetched by npx from the npm registry), built with its
// own `next build`, and served with `next start` against the bench's livekit-server.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import path from "node:path";
import { benchEnv } from "../lib/env";

/** The commit of livekit-examples/meet the recorded figures were measured on. */
export const MEET_COMMIT = "6da2b8eb649e815b8886a01aeafd7d23c489152b";
// Meet's own packageManager field at MEET_COMMIT: its lockfile is read by this pnpm.
const PNPM = "pnpm@10.18.2";
const CACHE = path.join(homedir(), ".cache", "hearth");
const START_TIMEOUT_MS = 60_000;

export type MeetServer = { url: string; dir: string; close: () => Promise<void> };
export type MeetLookup = { dir: string } | { notRunnable: string };

/** HEARTH_MEET_DIR, else a checkout the bench cached before (~/.cache/hearth/bench-meet-*). */
export function findMeet(): MeetLookup {
  const given = process.env.HEARTH_MEET_DIR;
  if (given) {
    return isMeetSource(given)
      ? { dir: path.resolve(given) }
      : { notRunnable: `HEARTH_MEET_DIR=${given} holds no livekit-examples/meet checkout` };
  }
  const cached = existsSync(CACHE)
    ? readdirSync(CACHE)
        .filter((name) => name.startsWith("bench-meet-"))
        .map((name) => path.join(CACHE, name))
        .filter(isMeetSource)
    : [];
  const built = cached.find(isBuilt) ?? cached[0];
  if (built) return { dir: built };
  return {
    notRunnable:
      `no LiveKit Meet checkout: set HEARTH_MEET_DIR to a checkout of livekit-examples/meet at ` +
      `${MEET_COMMIT} (GitHub is not reachable from the bench, so it cannot fetch one)`,
  };
}

function isMeetSource(dir: string): boolean {
  return (
    existsSync(path.join(dir, "pnpm-lock.yaml")) &&
    existsSync(path.join(dir, "app", "api", "connection-details", "route.ts"))
  );
}

function isBuilt(dir: string): boolean {
  return existsSync(path.join(dir, ".next", "BUILD_ID"));
}

/** Installs Meet's lockfile and builds it, unless that was done before. Throws on failure. */
export function ensureMeetBuilt(dir: string): void {
  const pnpm = (...args: string[]) =>
    execFileSync("npx", ["--yes", PNPM, ...args], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      // Meet's own telemetry stays off; its build has nothing to send anywhere.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  if (!existsSync(path.join(dir, "node_modules", ".bin", "next"))) {
    console.error(`join: installing LiveKit Meet's lockfile in ${dir}`);
    pnpm("install", "--frozen-lockfile", "--store-dir", path.join(CACHE, "pnpm-store"));
  }
  if (!isBuilt(dir)) {
    console.error(`join: building LiveKit Meet in ${dir}`);
    pnpm("run", "build");
  }
}

/** Serves the built Meet on a free loopback port, its tokens minted for the bench's LiveKit. */
export async function startMeet(dir: string): Promise<MeetServer> {
  const port = await freePort();
  // Meet's own server log stays with the run's other logs (its render warns about localStorage).
  const log = openSync(path.join(benchEnv.runDir(), "meet.log"), "a");
  const child = spawn(
    path.join(dir, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: dir,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // The names Meet's app/api/connection-details/route.ts reads.
        LIVEKIT_URL: benchEnv.livekitUrl(),
        LIVEKIT_API_KEY: benchEnv.livekitKey(),
        LIVEKIT_API_SECRET: benchEnv.livekitSecret(),
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, child);
  return { url, dir, close: () => stop(child) };
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`LiveKit Meet exited (${child.exitCode}); see meet.log`);
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error(`LiveKit Meet did not answer on ${url} within ${START_TIMEOUT_MS} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

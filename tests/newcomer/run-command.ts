import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// `bash scripts/run.sh` as the README starts it, in a throwaway copy of this checkout, with no
// variable of the test run's in its environment: its own database, LiveKit, admin and invite.

const run = promisify(execFile);
const checkout = path.resolve(import.meta.dirname, "../..");

/** What a newcomer's shell has; nothing that names a database, LiveKit, a secret or a port. */
const NEWCOMER_ENV = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LC_ALL",
  "TERM",
  "TMPDIR",
  "GOPATH",
  "GOMODCACHE",
  "GOCACHE",
  "GOPROXY",
];

export const RUN_COMMAND_URL = "http://localhost:3000";

export type RunCommandOutput = {
  admin: { email: string; password: string } | undefined;
  inviteUrl: string;
};

export type RunCommand = {
  dir: string;
  /** Everything the command printed since it started (stdout and stderr, as a terminal shows). */
  output: () => string;
  printed: RunCommandOutput;
  /** Ctrl-C: SIGINT to the command's whole process group, as a terminal sends it. */
  interrupt: () => Promise<number | null>;
};

/**
 * A copy of the checkout as `git clone` would give it, with the working tree's edits (so a developer
 * tests what they are about to commit). node_modules is hard-linked from this checkout, which the test
 * command installed with the same `npm ci` the run command would: nothing else is shared.
 */
export async function throwawayCheckout(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "hearth-newcomer-"));
  const { stdout } = await run("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: checkout,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of stdout.split("\0").filter(Boolean)) {
    const from = path.join(checkout, file);
    if (!existsSync(from)) continue;
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await cp(from, path.join(dir, file), { preserveTimestamps: true });
  }
  await run("cp", ["-al", path.join(checkout, "node_modules"), path.join(dir, "node_modules")]);
  return dir;
}

function newcomerEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string> = Object.fromEntries(
    NEWCOMER_ENV.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
  // Next's types declare NODE_ENV always set; a newcomer's shell has none, as here.
  return env as NodeJS.ProcessEnv;
}

function parsePrinted(output: string): RunCommandOutput | undefined {
  const invite = /Invite:\s+(\S+\/invite\/\S+)/.exec(output);
  if (!invite?.[1]) return undefined;
  const admin = /Admin:\s+(\S+@\S+) \/ (\S+)/.exec(output);
  return {
    inviteUrl: invite[1],
    admin: admin?.[1] && admin[2] ? { email: admin[1], password: admin[2] } : undefined,
  };
}

/** Starts the run command in `dir` and waits until it says Hearth is up and serving. */
export async function startRunCommand(dir: string, timeoutMs: number): Promise<RunCommand> {
  const child: ChildProcess = spawn("bash", ["scripts/run.sh"], {
    cwd: dir,
    env: newcomerEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the run command exited early:\n${output}${await buildLogTail(dir)}`);
    if (output.includes("Hearth is on") && (await serving())) break;
    if (Date.now() > deadline) {
      process.kill(-(child.pid ?? 0), "SIGKILL");
      throw new Error(`the run command did not serve within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const printed = parsePrinted(output);
  if (!printed) throw new Error(`the run command printed no invite:\n${output}`);
  return {
    dir,
    output: () => output,
    printed,
    interrupt: async () => {
      process.kill(-(child.pid ?? 0), "SIGINT");
      const timer = setTimeout(() => process.kill(-(child.pid ?? 0), "SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The end of the build's log, which the run command names but the copy's removal would lose. */
async function buildLogTail(dir: string): Promise<string> {
  const log = await readFile(path.join(dir, ".data", "build.log"), "utf8").catch(() => "");
  return log ? `\n--- .data/build.log (end) ---\n${log.split("\n").slice(-40).join("\n")}` : "";
}

async function serving(): Promise<boolean> {
  try {
    return (await fetch(`${RUN_COMMAND_URL}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** Whether anything still answers on the run command's port. */
export async function portAnswers(): Promise<boolean> {
  try {
    await fetch(`${RUN_COMMAND_URL}/api/health`);
    return true;
  } catch {
    return false;
  }
}

/** Removes the copy and its database (which, for root in a private folder, lives elsewhere). */
export async function removeCheckout(dir: string): Promise<void> {
  const link = path.join(dir, ".data", "postgres");
  const target = await readlink(link).catch(() => undefined);
  if (target) await rm(target, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

// Keeps LiveKit Egress running: `node egress-supervisor.mjs <egress binary> <config file> <log>`.
// Egress v1.8.6 stops taking new recordings after any one recording's process fails ("process
// failed, shutting down") and exits only once its other recordings end, so a single crash would
// end recording for every new speaker. The supervisor starts a fresh Egress as soon as one says it
// is shutting down (the old one finishes its recordings and exits by itself), and restarts one that
// exits. SIGTERM/SIGINT stop every Egress it started (recordings are finalised, then killed after 10 s).
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [binary, configFile, logFile, pidFile] = process.argv.slice(2);
if (!binary || !configFile || !logFile) {
  console.error("usage: egress-supervisor.mjs <egress> <config.yaml> <log> [pidfile]");
  process.exit(2);
}
const config = readFileSync(configFile, "utf8");
// Egress runs `egress run-handler` per recording, found on PATH.
const env = { ...process.env, PATH: `${path.dirname(binary)}:${process.env.PATH}` };
const children = new Set();
let accepting = null;
let stopping = false;
let restarts = 0;

const log = (line) => appendFileSync(logFile, `[supervisor ${new Date().toISOString()}] ${line}\n`);

function start() {
  const child = spawn(binary, ["--config-body", config], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  accepting = child;
  if (pidFile) writeFileSync(pidFile, String(child.pid));
  log(`started egress pid ${child.pid}`);
  const onOutput = (chunk) => {
    appendFileSync(logFile, chunk);
    if (!stopping && accepting === child && /shutting down/.test(chunk.toString())) {
      log(`egress pid ${child.pid} stopped taking work; starting a replacement`);
      start();
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  child.on("exit", (code, signal) => {
    children.delete(child);
    log(`egress pid ${child.pid} exited (${signal ?? code})`);
    if (stopping) {
      if (children.size === 0) process.exit(0);
      return;
    }
    if (accepting === child) {
      accepting = null;
      restarts++;
      setTimeout(start, Math.min(10_000, 500 * restarts));
    }
  });
}

function stop() {
  if (stopping) return;
  stopping = true;
  if (children.size === 0) process.exit(0);
  for (const child of children) child.kill("SIGINT");
  setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(0);
  }, 10_000).unref();
}

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
start();

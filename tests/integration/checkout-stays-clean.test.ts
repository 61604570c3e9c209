import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The project's commands run in a throwaway copy of this checkout (every file git does not ignore,
// as it is now, committed to a fresh repository), so they can write whatever they write without
// touching the real one. node_modules is shared by a symlink: a fresh install would take minutes,
// and installing is judged by what it does to the lockfile instead. The commands' slow halves (a
// full production build, the whole lint) are replaced by the steps of theirs that write to the
// checkout: `next typegen` runs the same TypeScript setup as `next build`, the step that used to
// rewrite tsconfig.json for a build into another dist folder. About 30 s on a quiet machine.

const ROOT = process.cwd();
const STEP_TIMEOUT_MS = 150_000;
let checkout = "";

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, {
    cwd: checkout,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: STEP_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function git(...args: string[]): string {
  return run("git", ["-c", "user.name=test", "-c", "user.email=test@example.test", ...args]);
}

function copyCheckout(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-checkout-"));
  // Untracked files too (not ignored ones): a new file is part of the checkout before it is committed.
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  for (const file of files.split("\0").filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree, not yet committed
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file), { verbatimSymlinks: true });
  }
  return dir;
}

/** What the project's commands do to the checkout's files, in the order they do it. */
const steps = {
  // scripts/test.sh, before typecheck.
  testTypegen: () => run("node_modules/.bin/next", ["typegen"]),
  // npm run bench: bench/run.sh builds into .next-bench.
  benchBuildSetup: () =>
    run("node_modules/.bin/next", ["typegen"], { NEXT_DIST_DIR: ".next-bench" }),
  // Any install from the lockfile, npm ci's or a developer's npm install, resolves to this file.
  installFromLockfile: () =>
    run("npm", [
      "install",
      "--package-lock-only",
      "--ignore-scripts",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ]),
};

function changedFiles(): string[] {
  return git("status", "--porcelain", "--untracked-files=all").split("\n").filter(Boolean);
}

describe("the project's commands leave the checkout as they found it", () => {
  beforeAll(() => {
    checkout = copyCheckout();
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "the checkout under test");
    symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"));
    // A symlink is not the directory .gitignore names; the real checkout has a directory there.
    appendFileSync(path.join(checkout, ".git/info/exclude"), "node_modules\n");
  }, 120_000);

  afterAll(() => {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  });

  it("the test command passes again after the benchmarks ran in the same checkout", () => {
    const before = path.join(checkout, ".git/tree-before.json");
    run("node", ["scripts/lib/tree-guard.mjs", "snapshot", before]);

    steps.benchBuildSetup();
    expect(existsSync(path.join(checkout, ".next-bench/types"))).toBe(true);

    // What failed before: lint's Prettier check rejected the tsconfig.json the build rewrote, and
    // the test command's own check now fails on any file a command changed.
    run("node_modules/.bin/prettier", ["--check", "--log-level=warn", "tsconfig.json"]);
    run("node", ["scripts/lib/tree-guard.mjs", "compare", before]);
    expect(readFileSync(path.join(checkout, "tsconfig.json"), "utf8")).not.toContain(".next-bench");
  }, 180_000);

  it("running the README's commands leaves no tracked file changed", () => {
    // scripts/run.sh and scripts/test.sh install with npm ci, which never writes the lockfile.
    expect(readFileSync(path.join(checkout, "scripts/lib/common.sh"), "utf8")).toMatch(
      /npm ci (--[a-z-]+ )*--ignore-scripts/,
    );
    steps.installFromLockfile();
    steps.testTypegen();
    steps.benchBuildSetup();
    expect(changedFiles()).toEqual([]);
  }, 240_000);

  it("the run command's seed creates the admin once and prints a sign-in and an invite link", () => {
    // Exactly as scripts/run.sh seeds (a seed that could not load once broke the run command).
    const seedArgs = ["--conditions=react-server", "scripts/seed.ts"];
    expect(readFileSync(path.join(checkout, "scripts/run.sh"), "utf8")).toContain(
      `node_modules/.bin/tsx ${seedArgs.join(" ")}`,
    );
    // The generated Prisma client is ignored by git, so not in the copy: run.sh generates it first.
    cpSync(path.join(ROOT, "src/generated"), path.join(checkout, "src/generated"), {
      recursive: true,
    });
    const env = { APP_URL: "http://127.0.0.1:3999" };
    const first = run("node_modules/.bin/tsx", seedArgs, env);
    const login = /Admin: +admin@hearth\.local \/ (\S+)/.exec(first);
    expect(login, first).not.toBeNull();
    expect(first).toMatch(/Invite: +http:\/\/127\.0\.0\.1:3999\/invite\/[A-Za-z0-9-]+ /);

    // A second run keeps the admin (and the password it printed) and mints a new invite.
    const second = run("node_modules/.bin/tsx", seedArgs, env);
    expect(second).toContain(`admin@hearth.local / ${login?.[1] ?? ""}`);
    const invites = [first, second].map((output) => /\/invite\/(\S+)/.exec(output)?.[1]);
    expect(invites[1]).not.toBe(invites[0]);
    // The saved login lives in an ignored folder.
    expect(changedFiles()).toEqual([]);
  }, 120_000);
});

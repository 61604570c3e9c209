// Proves a command leaves the checkout as it found it. `snapshot FILE` records every path git
// reports as changed or untracked (ignored and generated folders never appear), with a hash of its
// content; `compare FILE` fails naming each path whose state differs now. Comparing with the state
// before, not with a clean tree, lets a developer run the tests with edits of their own.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [command, file] = process.argv.slice(2);
const root = process.cwd();

/** path → "<git status>:<content hash>" for every path git does not see as clean; null outside git. */
function changedPaths() {
  let output;
  try {
    output = execFileSync(
      "git",
      ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules"],
      {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
  } catch {
    return null;
  }
  const fields = output.split("\0").filter(Boolean);
  const paths = {};
  for (let i = 0; i < fields.length; i++) {
    const status = fields[i].slice(0, 2);
    const name = fields[i].slice(3);
    // A rename or copy is followed by its original path, which is part of the same entry.
    if (status.includes("R") || status.includes("C")) i++;
    paths[name] = `${status}:${fingerprint(name)}`;
  }
  return paths;
}

function fingerprint(name) {
  try {
    const stat = lstatSync(path.join(root, name));
    if (!stat.isFile()) return stat.isSymbolicLink() ? "link" : "other";
    return createHash("sha256")
      .update(readFileSync(path.join(root, name)))
      .digest("hex");
  } catch {
    return "missing";
  }
}

if (command === "snapshot") {
  writeFileSync(file, JSON.stringify(changedPaths()));
} else if (command === "compare") {
  const before = JSON.parse(readFileSync(file, "utf8"));
  const after = changedPaths();
  if (before === null || after === null) {
    console.log("not a git checkout: nothing to compare");
    process.exit(0);
  }
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name] !== after[name])
    .sort();
  if (changed.length === 0) process.exit(0);
  console.error(
    `These files changed while the command ran (git status --porcelain); a command must leave ` +
      `tracked files as it found them:\n${changed.map((name) => `  ${name}`).join("\n")}`,
  );
  process.exit(1);
} else {
  console.error("usage: tree-guard.mjs snapshot|compare FILE");
  process.exit(2);
}

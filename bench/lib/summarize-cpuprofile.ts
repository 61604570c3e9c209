// Prints a V8 CPU profile's (node --cpu-prof, or Chromium's) top functions by self time, and by
// package or file, so a profile's story fits in a note. Usage: tsx summarize-cpuprofile.ts FILE [N]
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error("usage: summarize-cpuprofile.ts FILE [N]");
const count = Number(countArg ?? 20);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

/** node_modules/<package> or the app's own path, so a row says whose code it is. */
function ownerOf(url: string): string {
  if (!url) return "(native)";
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules?.[1]) return modules[1];
  const chunk = url.match(/\/(\.next[^/]*\/server\/.*)$/);
  return chunk?.[1] ?? url.replace(/^file:\/\//, "");
}

const byFunction = new Map<string, number>();
const byOwner = new Map<string, number>();
let total = 0;
let idle = 0;
for (const [index, id] of profile.samples.entries()) {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  const frame = nodes.get(id)?.callFrame;
  if (!frame) continue;
  total += ms;
  const name = frame.functionName || "(anonymous)";
  if (name === "(idle)") {
    idle += ms;
    continue;
  }
  const owner = ownerOf(frame.url);
  byFunction.set(`${name} — ${owner}`, (byFunction.get(`${name} — ${owner}`) ?? 0) + ms);
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
}
const busy = total - idle;
const print = (title: string, map: Map<string, number>) => {
  console.log(title);
  for (const [key, ms] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${Math.round(ms)} ms  ${key}`);
  }
};
console.log(
  `profile: ${Math.round(total)} ms, busy ${Math.round(busy)} ms (shares below are of busy)`,
);
print("top self time by function:", byFunction);
print("self time by package or file:", byOwner);

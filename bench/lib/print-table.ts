// Prints the markdown table of the named benchmarks' latest results (all of them by default).
import { readResult, type BenchResult, type MetricRow } from "./results";

const ALL = [
  "bundle",
  "token",
  "hallway",
  "search",
  "join",
  "latency",
  "fanout",
  "hand",
  "stage",
  "lighthouse",
];

function cell(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value >= 100
    ? Math.round(value).toLocaleString("en-US")
    : String(Math.round(value * 10) / 10);
}

function verdict(row: MetricRow): string {
  if (row.withinBudget === null) return "";
  return row.withinBudget ? " ✅" : " ❌";
}

/** When and on what the benchmark ran: results from older runs stay readable as such. */
function provenance(result: BenchResult): string {
  const when = result.ranAt.slice(0, 16).replace("T", " ");
  return `${result.commit ?? "commit not recorded"}, ${when} UTC`;
}

function lines(result: BenchResult): string[] {
  const mark = result.preliminary ? " *" : "";
  const ran = provenance(result);
  if (result.status !== "ok") {
    return [`| ${result.name}: ${result.status}${mark} — ${result.note} | | | | | | ${ran} |`];
  }
  return result.rows.map(
    (row) =>
      `| ${row.metric}${mark} | ${row.samples} | ${cell(row.p50)} | ${cell(row.p95)} | ${cell(row.max)} | ${row.budget}${verdict(row)} | ${ran} |`,
  );
}

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
const results = names.map((name) => readResult(name));
const out = [
  "| metric | samples | p50 | p95 | max | budget | commit, ran |",
  "|---|---|---|---|---|---|---|",
];
for (const [index, result] of results.entries()) {
  out.push(...(result ? lines(result) : [`| ${names[index] ?? "?"}: no result yet | | | | | | |`]));
}
console.log(out.join("\n"));
if (results.some((result) => result?.preliminary)) {
  console.log(
    "\n\\* preliminary: the machine was busy with other work while this ran (see machine.loadAtStart/End in the JSON).",
  );
}

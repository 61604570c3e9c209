import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { describeMachine, isBusy, type Machine } from "./machine";
import type { Summary } from "./stats";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../results");
// Raw samples stay beside the checkout, out of git: a result in git is a summary a reader can diff
// (the token bench alone wrote 574 KB of samples).
export const RUNS_DIR = path.resolve(import.meta.dirname, "../../.bench-runs");

/** One row of the table. Units are part of the metric name; NaN prints as "—". */
export type MetricRow = {
  metric: string;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  budget: string;
  /** Whether the row meets its budget; null when the budget is not a number we can compare. */
  withinBudget: boolean | null;
};

/** A row of the table from the summary of a metric's samples. */
export function summaryRow(
  metric: string,
  summary: Pick<Summary, "samples" | "p50" | "p95" | "max">,
  budget = "—",
  withinBudget: boolean | null = null,
): MetricRow {
  const { samples, p50, p95, max } = summary;
  return { metric, samples, p50, p95, max, budget, withinBudget };
}

export type BenchResult = {
  name: string;
  status: "ok" | "not-runnable" | "failed";
  ranAt: string;
  /**
   * The commit measured (short hash, "+changes" when the tree had uncommitted edits); absent in
   * results written before it was recorded.
   */
  commit?: string;
  machine: Machine;
  preliminary: boolean;
  note: string;
  rows: MetricRow[];
  /**
   * Where this run kept everything it measured, sample by sample (relative to the checkout, under
   * .bench-runs/, not in git), for anyone who wants to recompute the summary on that machine.
   */
  rawFile?: string;
};

type NewResult = Pick<BenchResult, "name" | "status" | "note" | "rows"> & {
  /** Everything measured, sample by sample: written to the run directory, not into the result. */
  raw: unknown;
};

/** Starts the clock on a benchmark run: the machine is described at start and again at the end. */
export function startRun(): { machine: Machine; finish: (result: NewResult) => BenchResult } {
  const machine = describeMachine();
  const ranAt = new Date().toISOString();
  return {
    machine,
    finish({ raw, ...result }) {
      const finished = { ...machine, loadAtEnd: loadavg()[0] ?? 0 };
      const full: BenchResult = {
        ...result,
        ranAt,
        commit: currentCommit(),
        machine: finished,
        preliminary: isBusy(finished),
        rawFile: writeRaw(result.name, ranAt, raw),
      };
      writeResult(full);
      return full;
    },
  };
}

/** The checkout's commit, so a result read later says what it measured. */
export function currentCommit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: RESULTS_DIR, encoding: "utf8" }).trim();
    const hash = git("rev-parse", "--short=10", "HEAD");
    return git("status", "--porcelain", "--untracked-files=no", "--", "src", "bench", "prisma")
      ? `${hash}+changes`
      : hash;
  } catch {
    return "unknown";
  }
}

export function writeResult(result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    path.join(RESULTS_DIR, `${result.name}.json`),
    `${JSON.stringify(result, null, 1)}\n`,
  );
}

/** Keeps a run's samples in the run directory; returns the file's path from the checkout. */
function writeRaw(name: string, ranAt: string, raw: unknown): string {
  mkdirSync(RUNS_DIR, { recursive: true });
  const file = path.join(RUNS_DIR, `${name}-${ranAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(raw)}\n`);
  return path.relative(path.dirname(RUNS_DIR), file);
}

export function writeArtifact(fileName: string, text: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, fileName);
  writeFileSync(file, text);
  return file;
}

export function readResult(name: string): BenchResult | null {
  try {
    return JSON.parse(readFileSync(path.join(RESULTS_DIR, `${name}.json`), "utf8")) as BenchResult;
  } catch {
    return null;
  }
}

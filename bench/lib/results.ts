import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { describeMachine, isBusy, type Machine } from "./machine";
import type { Summary } from "./stats";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../results");

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
  /** Everything measured, sample by sample, for anyone who wants to recompute the summary. */
  raw: unknown;
};

type NewResult = Pick<BenchResult, "name" | "status" | "note" | "rows" | "raw">;

/** Starts the clock on a benchmark run: the machine is described at start and again at the end. */
export function startRun(): { machine: Machine; finish: (result: NewResult) => BenchResult } {
  const machine = describeMachine();
  const ranAt = new Date().toISOString();
  return {
    machine,
    finish(result) {
      const finished = { ...machine, loadAtEnd: loadavg()[0] ?? 0 };
      const full: BenchResult = {
        ...result,
        ranAt,
        commit: currentCommit(),
        machine: finished,
        preliminary: isBusy(finished),
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

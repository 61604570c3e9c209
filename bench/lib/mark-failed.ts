// bench/run.sh calls this when a benchmark exits non-zero: its result file then says "failed",
// with the commit and time of this run, instead of keeping the previous run's figures in the table.
import { describeMachine, isBusy } from "./machine";
import { currentCommit, writeResult } from "./results";

const [name, log] = process.argv.slice(2);
if (!name) throw new Error("usage: mark-failed.ts <benchmark> [log]");
const machine = describeMachine();
writeResult({
  name,
  status: "failed",
  ranAt: new Date().toISOString(),
  commit: currentCommit(),
  machine,
  preliminary: isBusy(machine),
  note: `crashed or timed out${log ? ` (log: ${log})` : ""}`,
  rows: [],
});

// Sums every suite's outcome into the one line the test command ends with; exits 1 on any failure.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const total = { passed: 0, failed: 0, skipped: 0 };
const seen = new Set();

for (const file of readdirSync(dir)) {
  const text = readFileSync(path.join(dir, file), "utf8");
  if (file.startsWith("check-")) {
    total[text.trim() === "pass" ? "passed" : "failed"] += 1;
  } else if (["vitest.json", "recording.json", "cluster.json"].includes(file)) {
    const report = JSON.parse(text);
    total.passed += report.numPassedTests;
    // A file that failed to load has no test results but still failed.
    const brokenFiles = report.testResults.filter(
      (file) => file.status === "failed" && file.assertionResults.length === 0,
    ).length;
    total.failed += report.numFailedTests + brokenFiles;
    total.skipped += report.numPendingTests + report.numTodoTests;
  } else if (file === "playwright.json" || file === "newcomer.json") {
    const { stats, errors } = JSON.parse(text);
    total.passed += stats.expected + stats.flaky;
    total.failed += stats.unexpected + (errors?.length ?? 0);
    total.skipped += stats.skipped;
  }
  seen.add(file);
}

// A suite that crashed before writing its report counts as a failure, never as silence.
for (const report of ["vitest.json", "recording.json"]) if (!seen.has(report)) total.failed += 1;
if (!seen.has("playwright.json") && !seen.has("check-build")) total.failed += 1;
if (!seen.has("newcomer.json")) total.failed += 1;
// The cluster fault tests run when the build did; a cluster that came up but left no report failed.
if (seen.has("check-cluster-up") && !seen.has("cluster.json")) total.failed += 1;

const line =
  `${total.passed} passed, ${total.failed} failed` +
  (total.skipped ? `, ${total.skipped} skipped` : "");
console.log(line);
process.exit(total.failed > 0 ? 1 : 0);

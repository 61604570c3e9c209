/** One subscriber's line in lk load-test's "Subscriber summaries" table. */
export type SubscriberSummary = {
  tester: string;
  tracks: string;
  dropped: number;
  lossPercent: number;
  /** lk's error for this tester, e.g. "could not connect after timeout"; "" when none. */
  error: string;
};

/**
 * Parses the "Subscriber summaries" table lk load-test prints (cells separated by box-drawing or
 * ASCII bars). A subscriber that received no packets has loss " - " and counts as 100% lost.
 */
export function parseSubscriberSummaries(output: string): SubscriberSummary[] {
  const start = output.indexOf("Subscriber summaries");
  if (start === -1) return [];
  const rows: SubscriberSummary[] = [];
  for (const line of output.slice(start).split("\n")) {
    const cells = line
      .split(/[│|┃]/)
      .map((cell) => cell.trim())
      .filter((cell) => cell.length > 0);
    const [tester, tracks, , loss, error] = cells;
    if (!tester || !tracks || loss === undefined || !/^Sub/.test(tester)) continue;
    const match = /(\d+) \(([\d.]+)%\)/.exec(loss);
    rows.push({
      tester,
      tracks,
      dropped: match ? Number(match[1]) : Number.NaN,
      lossPercent: match ? Number(match[2]) : 100,
      error: error === undefined || error === "-" ? "" : error,
    });
  }
  return rows;
}

/**
 * Why lk could not connect its testers, by reason, from the "could not connect Sub N: …" lines it
 * prints as each one gives up (its 10 attempts of LiveKit's Go SDK's 15 s join). URLs are elided
 * so that one reason counts once.
 */
export function connectErrors(output: string): Record<string, number> {
  const reasons: Record<string, number> = {};
  for (const match of output.matchAll(/^could not connect Sub \d+: (.*)$/gm)) {
    const reason = (match[1] ?? "").replace(/"https?:[^"]*"/g, "<url>").trim();
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  return reasons;
}

/**
 * Matches each onset at the speaker (input 0) with the first onset at the listener (input 1) that
 * follows it within the beep period; returns latencies in ms. Unmatched beeps are counted as lost.
 */
export function pairOnsets(
  onsets: { input: number; frame: number }[],
  sampleRate: number,
  periodSeconds: number,
): { latenciesMs: number[]; lost: number } {
  const sent = onsets.filter((onset) => onset.input === 0).map((onset) => onset.frame);
  const heard = onsets.filter((onset) => onset.input === 1).map((onset) => onset.frame);
  const window = periodSeconds * sampleRate;
  const latenciesMs: number[] = [];
  let lost = 0;
  for (const frame of sent) {
    const match = heard.find((candidate) => candidate > frame && candidate - frame < window);
    if (match === undefined) lost++;
    else latenciesMs.push(((match - frame) / sampleRate) * 1000);
  }
  return { latenciesMs, lost };
}

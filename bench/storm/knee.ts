// Where the knee came from: the phase of the join that grew (or failed) from the last step that
// held to the first that did not, and the process that was saturated while it did.
import { percentile } from "../lib/stats";
import type { StepUsage, Tier } from "./cluster-usage";
import type { JoinPhase, JoinSample } from "./joiner";

/** A process at this share of one core (mean over a step) is saturated: Node's loop runs on one. */
export const SATURATED_PERCENT_OF_CORE = 90;
/** The machine at this share of all its cores has nothing left for anyone. */
export const MACHINE_SATURATED_PERCENT = 90;
/** The load generator's timers this late mean it measures itself, not the room. */
export const LOAD_GENERATOR_LATE_MS = 200;

export type PhaseP95 = Record<JoinPhase, number>;

const PHASE_FIELD = { token: "tokenMs", connect: "connectMs", audio: "audioMs" } as const;

/** The tiers each phase of a join waits on. */
const PHASE_TIERS: Record<JoinPhase, Tier[]> = {
  token: ["app1", "app2", "postgres", "haproxy"],
  connect: ["lk1", "lk2", "haproxy", "redis", "loadGenerator"],
  audio: ["lk1", "lk2", "loadGenerator"],
};

export const TIER_NAMES: Record<Tier, string> = {
  app1: "app instance 1",
  app2: "app instance 2",
  postgres: "PostgreSQL",
  lk1: "livekit-server node 1",
  lk2: "livekit-server node 2",
  haproxy: "HAProxy",
  redis: "Redis",
  loadGenerator: "the load generator (this process, rtc-node)",
};

export function phaseP95(samples: JoinSample[]): PhaseP95 {
  const p95 = (phase: JoinPhase) =>
    percentile(
      samples.flatMap((one) => {
        const value = one[PHASE_FIELD[phase]];
        return value === null ? [] : [value];
      }),
      95,
    );
  return { token: p95("token"), connect: p95("connect"), audio: p95("audio") };
}

export type KneeStep = { rate: number; samples: JoinSample[]; usage: StepUsage };

export type Knee = { phase: JoinPhase; saturated: Tier[]; cause: string };

/**
 * The phase to blame: where joiners failed, if any did; else the one whose p95 grew most from the
 * step before. Then the processes at ≥ 90% of a core among those that phase waits on, and the
 * machine as a whole. The sentence says what was measured, not more.
 */
export function explainKnee(knee: KneeStep, before: KneeStep | undefined): Knee {
  const failures = new Map<JoinPhase, number>();
  for (const one of knee.samples) {
    if (one.failed) failures.set(one.failed.phase, (failures.get(one.failed.phase) ?? 0) + 1);
  }
  const now = phaseP95(knee.samples);
  const then = before ? phaseP95(before.samples) : { token: 0, connect: 0, audio: 0 };
  const growth = (phase: JoinPhase) =>
    (Number.isFinite(now[phase]) ? now[phase] : 0) -
    (Number.isFinite(then[phase]) ? then[phase] : 0);
  const phases: JoinPhase[] = ["token", "connect", "audio"];
  const mostFailed = [...failures.entries()].sort((a, b) => b[1] - a[1])[0];
  const phase = mostFailed?.[0] ?? phases.reduce((a, b) => (growth(b) > growth(a) ? b : a));

  const { meanPercent, machineMeanPercent, cores } = knee.usage;
  const saturated = PHASE_TIERS[phase].filter(
    (tier) => meanPercent[tier] >= SATURATED_PERCENT_OF_CORE,
  );
  const generatorLate = knee.usage.eventLoopDelayP99Ms >= LOAD_GENERATOR_LATE_MS;
  if (generatorLate && !saturated.includes("loadGenerator")) saturated.push("loadGenerator");
  const busiest = (Object.keys(meanPercent) as Tier[])
    .sort((a, b) => meanPercent[b] - meanPercent[a])
    .slice(0, 3)
    .map((tier) => `${TIER_NAMES[tier]} ${meanPercent[tier]}%`)
    .join(", ");

  const what = mostFailed
    ? `${mostFailed[1]} of ${knee.samples.length} joiners failed at the ${phase} phase`
    : `the ${phase} phase grew most (p95 ${Math.round(then[phase])} → ${Math.round(now[phase])} ms)`;
  const who = saturated.length
    ? `saturated: ${saturated.map((tier) => `${TIER_NAMES[tier]} (${meanPercent[tier]}% of a core)`).join(", ")}`
    : `no process it waits on reached ${SATURATED_PERCENT_OF_CORE}% of a core`;
  const others = `other work on the machine ${knee.usage.otherPercent}% of a core`;
  const machine =
    machineMeanPercent >= MACHINE_SATURATED_PERCENT
      ? `the machine's ${cores} cores were saturated (${machineMeanPercent}% busy; busiest: ${busiest}; ${others})`
      : `the machine was ${machineMeanPercent}% busy (busiest: ${busiest}; ${others})`;
  const thread = knee.usage.loadGeneratorThreads[0];
  const generator = `load generator event-loop delay p99 ${knee.usage.eventLoopDelayP99Ms} ms, its busiest thread ${thread ? `${thread.name} at ${thread.percent}%` : "—"}`;
  return { phase, saturated, cause: `${what}; ${who}; ${machine}; ${generator}` };
}

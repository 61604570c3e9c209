// hand — a listener clicks "Raise hand" → the moderator's page lists them under "Raised hands".
// 30 samples from 3 listeners in turn, each lowering the hand (and the host's page seeing it go)
// before the next sample. Both stamps are epoch ms in the same browser, so one clock.
import path from "node:path";
import type { Page } from "@playwright/test";
import { benchDb, createHostedRoom, createMembers, type BenchMember } from "../lib/app-data";
import { launchChromium } from "../lib/browser";
import { bundleForBrowser } from "../lib/browser-bundle";
import { firstLine, openRoomPage } from "../lib/room-pages";
import { startRun } from "../lib/results";
import { round, summarize } from "../lib/stats";
import { withHandle } from "../../src/components/room/with-handle";
import type { HandWindow } from "./probe";

const SAMPLES = 30;
const LISTENERS = 3;
const STEP_TIMEOUT_MS = 15_000;
// Failing this many times before any sample succeeds means the bench cannot see the queue at all:
// it stops and shows as failed instead of timing out every sample.
const FAILURES_BEFORE_GIVING_UP = 3;
const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "instrument.ts"));

const run = startRun();
const db = benchDb();
const { host, room } = await createHostedRoom(db, "Hand benchmark");
const listeners = await createMembers(db, LISTENERS, "handbench");
await db.$disconnect();

const probe = (page: Page) =>
  page.evaluate(() => {
    const { raisedAt, seenAt, goneAt } = (window as unknown as HandWindow).hearthHand;
    return { raisedAt: raisedAt.at(-1) ?? null, seenAt, goneAt };
  });

async function oneSample(hostPage: Page, page: Page, listener: BenchMember): Promise<number> {
  await hostPage.evaluate(
    (name) => (window as unknown as HandWindow).hearthHand.watch(name),
    // The queue labels each person as the app does: two listeners may share a display name.
    withHandle(listener.displayName, listener.username),
  );
  await page.getByRole("button", { name: "Raise hand", exact: true }).click();
  await hostPage.waitForFunction(
    () => (window as unknown as HandWindow).hearthHand.seenAt !== null,
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 20 },
  );
  const { raisedAt } = await probe(page);
  const { seenAt } = await probe(hostPage);
  // Lower it and let the host's page drop it, so the next raise starts from an empty queue.
  await page.getByRole("button", { name: "Lower hand", exact: true }).click();
  await hostPage.waitForFunction(
    () => (window as unknown as HandWindow).hearthHand.goneAt !== null,
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 20 },
  );
  await page.getByRole("button", { name: "Raise hand", exact: true }).waitFor();
  if (raisedAt === null || seenAt === null) throw new Error("a stamp is missing");
  return seenAt - raisedAt;
}

const browser = await launchChromium();
const samples: number[] = [];
const failures: string[] = [];
try {
  // The host's page publishes the fake microphone (unmuted: a room starts with its host muted)
  // and shows the moderators' queue.
  const hostPage = await openRoomPage(browser, host, room.id, INSTRUMENT, "Unmute microphone");
  await hostPage.getByRole("button", { name: "Unmute microphone", exact: true }).click();
  await hostPage.getByRole("button", { name: "Mute microphone", exact: true }).waitFor();
  const pages: Page[] = [];
  for (const listener of listeners)
    pages.push(await openRoomPage(browser, listener, room.id, INSTRUMENT, "Raise hand"));
  for (let i = 0; i < SAMPLES; i++) {
    const listener = listeners[i % LISTENERS];
    const page = pages[i % LISTENERS];
    if (!listener || !page) break;
    try {
      samples.push(round(await oneSample(hostPage, page, listener)));
      console.error(`hand: sample ${samples.length}: ${samples.at(-1)} ms`);
    } catch (error) {
      failures.push(firstLine(error));
      if (failures.length >= FAILURES_BEFORE_GIVING_UP && samples.length === 0) break;
    }
  }
} finally {
  await browser.close();
}

const summary = summarize(samples);
run.finish({
  name: "hand",
  status: samples.length > 0 ? "ok" : "failed",
  note: failures.length > 0 ? `failures: ${[...new Set(failures)].join("; ")}` : "",
  rows: [
    {
      metric: `hand: click Raise hand → name in the moderator's Raised hands, ms (${failures.length} of ${SAMPLES} failed)`,
      samples: summary.samples,
      p50: summary.p50,
      p95: summary.p95,
      max: summary.max,
      budget: "p50 ≤ 100 ms",
      withinBudget: failures.length === 0 && summary.p50 <= 100,
    },
  ],
  raw: { samples, failures, listeners: LISTENERS },
});

// Room pages for the stage benchmarks: each member in their own Chromium context (their own
// session cookie), with a bench script injected before the app's code. Room pages join on arrival.
import type { Browser, Page } from "@playwright/test";
import { browserCookie } from "./browser";
import { benchEnv } from "./env";
import type { BenchMember } from "./app-data";

const JOIN_TIMEOUT_MS = 30_000;

/** Opens the room as `member` and waits until the page is live: `readyButton` is shown. */
export async function openRoomPage(
  browser: Browser,
  member: BenchMember,
  roomId: string,
  script: string,
  readyButton: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL: benchEnv.appUrl() });
  await context.addCookies([browserCookie(member.cookie, benchEnv.appUrl())]);
  await context.addInitScript({ content: script });
  const page = await context.newPage();
  await page.goto(`/rooms/${roomId}`);
  await page
    .getByRole("button", { name: readyButton, exact: true })
    .waitFor({ timeout: JOIN_TIMEOUT_MS });
  return page;
}

/** The first line of an error, for the failure list of a result. */
export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

// Resource entries are added as downloads finish; this long without a new one counts as quiet.
const QUIET_MS = 500;

/**
 * The hallway loaded and idle, as a person reading it sees it (LiveKit's client preloads at idle
 * time). Not Playwright's "networkidle": a member's pages hold their notification stream open.
 */
export async function openIdleHallway(page: Page): Promise<void> {
  await page.goto("/", { waitUntil: "load" });
  await page.evaluate(async (quietMs) => {
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    let seen = -1;
    while (seen !== performance.getEntriesByType("resource").length) {
      seen = performance.getEntriesByType("resource").length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  }, QUIET_MS);
}

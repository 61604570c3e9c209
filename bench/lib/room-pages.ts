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

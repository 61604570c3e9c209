import path from "node:path";
import { gzipSync } from "node:zlib";
import { browserCookie, launchChromium } from "../lib/browser";
import { bundleForBrowser } from "../lib/browser-bundle";
import type { JoinMarks } from "../join/phases";
import type { Chunk } from "./first-load";

const INSTRUMENT = bundleForBrowser(path.resolve(import.meta.dirname, "../join/instrument.ts"));
const FIRST_AUDIO_TIMEOUT_MS = 30_000;

export type UntilFirstAudio = { scripts: Chunk[]; gzipBytes: number };

/**
 * Every script a listener's browser fetches from opening a live room's page (a fresh browser, no
 * cache: a shared link) until the first audio bytes arrive: the page's first load plus what it
 * loads on demand to join (LiveKit's client among them), gzipped as the first-load figure is.
 */
export async function measureUntilFirstAudio(
  appUrl: string,
  roomPath: string,
  cookie: string,
): Promise<UntilFirstAudio> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: appUrl });
    await context.addCookies([browserCookie(cookie, appUrl)]);
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    // The addresses only: each is fetched again from Node afterwards, as first-load does.
    const sources = new Set<string>();
    let heard = false;
    page.on("request", (request) => {
      if (!heard && request.resourceType() === "script") sources.add(request.url());
    });
    await page.goto(roomPath);
    await page.waitForFunction(
      () => {
        const marks = Reflect.get(window, "hearthBenchMarks") as JoinMarks | undefined;
        return marks?.firstAudio !== undefined;
      },
      undefined,
      { timeout: FIRST_AUDIO_TIMEOUT_MS, polling: 20 },
    );
    heard = true;
    const scripts = await Promise.all([...sources].map(sizeOf));
    return { scripts, gzipBytes: scripts.reduce((sum, chunk) => sum + chunk.gzipBytes, 0) };
  } finally {
    await browser.close();
  }
}

async function sizeOf(url: string): Promise<Chunk> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return {
    src: new URL(url).pathname,
    bytes: body.length,
    gzipBytes: gzipSync(body, { level: 6 }).length,
  };
}

import { chromium, type Browser } from "@playwright/test";
import playwrightConfig from "../../playwright.config";

/** Debian's Chromium with the project's launch flags (fake microphone, no autoplay gate). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  return chromium.launch({
    ...launchOptions,
    // The full browser a listener runs, not the headless shell the end-to-end tests save CPU with.
    executablePath: "/usr/bin/chromium",
    args: [...(launchOptions.args ?? []), ...extraArgs],
  });
}

/** A next-auth cookie string ("name=value") as a Playwright cookie for the app's origin. */
export function browserCookie(cookie: string, appUrl: string) {
  const separator = cookie.indexOf("=");
  return {
    name: cookie.slice(0, separator),
    value: cookie.slice(separator + 1),
    url: appUrl,
  };
}

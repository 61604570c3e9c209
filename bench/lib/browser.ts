import { chromium, type Browser } from "@playwright/test";
import playwrightConfig from "../../playwright.config";
import { speakingMicLaunchOptions } from "../../tests/fixtures/e2e-live";

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

/**
 * The e2e tests' speech-like fake microphone, as launch flags: it keeps a publisher audible all the
 * time (Chromium's default fake device beeps for 20 ms a second, so "first audible" would wait for
 * the next beep).
 */
export function speakingMicArgs(): string[] {
  return speakingMicLaunchOptions().args.filter((arg) =>
    arg.startsWith("--use-file-for-fake-audio-capture"),
  );
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

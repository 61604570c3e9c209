import { defineConfig, devices } from "@playwright/test";

// Drives Debian's Chromium (never a downloaded browser: its headless shell, see ensure_chromium in
// scripts/lib/common.sh) against the production build that scripts/test.sh starts; the fake
// microphone beeps, so listeners receive real audio.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Room for this 2-core VM's slow hours (load average 11–13 with two browsers and the app), when
  // a page's server answers took seconds: these bound a wait, they time nothing (bench/ does).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: ".test-run/playwright",
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/lib/chromium/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        "--autoplay-policy=no-user-gesture-required",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});

import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";
import { speakingMicLaunchOptions } from "../fixtures/e2e-live";

// The newcomer's run (tests/newcomer): one serial walk against `bash scripts/run.sh` on
// localhost:3000, after the end-to-end suite, with the same Chromium and talking fake microphones.
export default defineConfig({
  ...base,
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  timeout: 15 * 60_000,
  outputDir: "../../.test-run/newcomer",
  use: { ...base.use, baseURL: undefined, launchOptions: speakingMicLaunchOptions() },
});

import path from "node:path";
import { defineConfig } from "vitest/config";

// The recording cost measurement (bench/replays/run.sh): a real room recorded by a real Egress,
// with the integration tests' database set-up. Not part of the test command.
const root = path.resolve(import.meta.dirname, "../..");
const alias = {
  "@": path.resolve(root, "src"),
  "server-only": path.resolve(root, "tests/support/server-only.ts"),
};

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    name: "replays-bench",
    include: ["bench/replays/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/integration-global-setup.ts"],
    setupFiles: ["tests/support/integration-database.ts"],
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});

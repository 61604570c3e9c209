import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React Server Components; tests are server code by definition.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

// A stray `.only` would silently skip the rest of the suite and still pass: refuse it everywhere.
const allowOnly = false;

// Each integration file gets a private copy of the migrated database (see tests/support).
const integration = {
  allowOnly,
  environment: "node",
  globalSetup: ["tests/support/integration-global-setup.ts"],
  setupFiles: ["tests/support/integration-database.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
const SURFACE_FILES = [
  "tests/integration/permission-matrix.test.ts",
  "tests/integration/fuzz-surface.test.ts",
];
// Real Egress recordings, whose alignment is checked to within a second: Egress stamps a file when
// its pipeline starts, which drifts when other test files load both cores at the same time.
const RECORDING_FILES = [
  "tests/integration/replays.test.ts",
  // The S3 backend, with Egress uploading to a real S3 server (scripts/test.sh starts it).
  "tests/integration/replays-s3.test.ts",
  // The speaker timeline measured from the recorded audio (speakers in turns and together).
  "tests/integration/replay-timeline.test.ts",
  // A live room's last 30 s clipped from the tracks Egress is still writing (docs/clips.md).
  "tests/integration/clips.test.ts",
];

export default defineConfig({
  resolve: { alias },
  test: {
    allowOnly,
    // Integration files mostly wait on PostgreSQL and livekit-server, each in a private database;
    // the default (one worker on two cores) ran them one after another.
    maxWorkers: 3,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          allowOnly,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [...SURFACE_FILES, ...RECORDING_FILES],
          ...integration,
        },
      },
      {
        // After the other projects, on its own.
        resolve: { alias },
        test: {
          name: "recording",
          include: RECORDING_FILES,
          ...integration,
          // One file at a time: each serves LiveKit's webhooks on the one port LiveKit calls, and
          // recordings side by side would skew each other's alignment.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Every route and server action called directly, as a browser's request would reach them.
        resolve: { alias },
        test: {
          name: "surface",
          include: SURFACE_FILES,
          ...integration,
          setupFiles: [...integration.setupFiles, "tests/support/request-scope-mocks.ts"],
        },
      },
    ],
  },
});

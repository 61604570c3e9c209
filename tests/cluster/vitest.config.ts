import path from "node:path";
import { defineConfig } from "vitest/config";

// The cluster tests: files run one at a time, their tests in order, against the one cluster
// scripts/test.sh starts for them (scripts/lib/cluster.sh). Not part of the default vitest projects.
const root = path.resolve(import.meta.dirname, "../..");
const alias = {
  "@": path.resolve(root, "src"),
  "server-only": path.resolve(root, "tests/support/server-only.ts"),
};

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    name: "cluster",
    include: ["tests/cluster/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/cluster/support/setup-env.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 10_000,
  },
});

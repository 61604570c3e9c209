// Bundles the image's start-up steps (scripts/migrate.ts, scripts/seed.ts) into plain JavaScript, so
// the runtime image needs neither tsx nor TypeScript sources nor dev dependencies: only Node.js and the
// standalone server's node_modules, which already carry the one native module the seed needs.
//   node docker/bundle-steps.mjs <outdir>     (the Dockerfile writes to /app/docker; tests to a temp dir)
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.resolve(process.argv[2] ?? path.join(root, ".next", "docker-steps"));

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: {
    migrate: path.join(root, "scripts/migrate.ts"),
    seed: path.join(root, "scripts/seed.ts"),
  },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // The server code the seed imports is marked `server-only`, which resolves to nothing under the
  // react-server condition (as it does inside Next.js).
  conditions: ["react-server"],
  tsconfig: path.join(root, "tsconfig.json"),
  // Native: loaded from node_modules at run time (the standalone output traces it for sign-in).
  // pg-native is pg's optional native driver, which Hearth does not use.
  external: ["@node-rs/argon2", "pg-native"],
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
});
await copyFile(path.join(root, "docker/entrypoint.sh"), path.join(outdir, "entrypoint.sh"));
console.log(
  `bundle-steps: migrate.mjs, seed.mjs and entrypoint.sh in ${path.relative(root, outdir) || "."}`,
);

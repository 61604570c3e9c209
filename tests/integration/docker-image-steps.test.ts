// The app image's start-up, run outside Docker: the Dockerfile's bundling command, then its
// entrypoint (migrate, seed, exec the server) against a new, empty database, twice, as a container
// does on its first start and after a restart. The folder mirrors the image's /app layout.
import { execFile } from "node:child_process";
import { cp, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDatabase,
  dropDatabase,
  migrationsDir,
  uniqueDatabaseName,
} from "../support/test-database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const databaseName = uniqueDatabaseName("hearth_image");
// Inside the repository, so the one external module (argon2) resolves from its node_modules as it
// does from the standalone output's node_modules in the image.
const app = path.join(root, ".test-run", databaseName);
let databaseUrl = "";

function startContainer(): Promise<{ stdout: string; stderr: string }> {
  return run("sh", ["docker/entrypoint.sh", "node", "-e", "console.log('server started')"], {
    cwd: app,
    timeout: 90_000,
    // Only what compose hands the container: no TEST_ variables, no tsx, no vitest aliases.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "image-steps-test-secret-0123456789abcdef",
      APP_URL: "http://localhost:3000",
      LIVEKIT_URL: "ws://localhost:7880",
      LIVEKIT_SERVER_URL: "http://livekit:7880",
      LIVEKIT_API_KEY: "APIimagestepstest",
      LIVEKIT_API_SECRET: "image-steps-livekit-secret-0123456789",
      SEED_ADMIN_EMAIL: "Owner@Example.test",
      SEED_ADMIN_PASSWORD: "first-login-password",
    },
  });
}

beforeAll(async () => {
  await mkdir(path.join(app, "prisma"), { recursive: true });
  // The Dockerfile's build step, then its COPY of the migrations.
  await run("node", ["docker/bundle-steps.mjs", path.join(app, "docker")], { cwd: root });
  await cp(migrationsDir, path.join(app, "prisma", "migrations"), { recursive: true });
  databaseUrl = await createDatabase(databaseName);
}, 120_000);

afterAll(async () => {
  await dropDatabase(databaseName);
  await rm(app, { recursive: true, force: true });
});

describe("the app image", () => {
  it("the image's migrate and seed steps run against an empty database outside Docker", async () => {
    const migrations = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );

    const first = await startContainer();
    expect(first.stdout).toContain(
      `db:migrate: ${migrations.length} applied, 0 already up to date`,
    );
    expect(first.stdout).toContain("Admin:   Owner@Example.test / first-login-password");
    expect(first.stdout).toMatch(/Invite: {2}http:\/\/localhost:3000\/invite\/\S+/);
    expect(first.stdout.trimEnd().split("\n").at(-1)).toBe("server started");
    const credentials = await stat(path.join(app, ".data", "admin-credentials.json"));
    expect(credentials.mode & 0o777).toBe(0o600);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const applied = await client.query(
        "SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL",
      );
      expect(applied.rows[0]).toEqual({ n: migrations.length });
      const admins = await client.query(`SELECT email FROM "User" WHERE role = 'ADMIN'`);
      expect(admins.rows).toEqual([{ email: "owner@example.test" }]);
    } finally {
      await client.end();
    }

    // A restart: nothing to migrate, the admin is kept, and a fresh invite link is printed.
    const second = await startContainer();
    expect(second.stdout).toContain(`0 applied, ${migrations.length} already up to date`);
    expect(second.stdout).toContain("Admin:   Owner@Example.test / first-login-password");
    expect(second.stdout).toMatch(/Invite: {2}http:\/\/localhost:3000\/invite\/\S+/);
  }, 180_000);
});

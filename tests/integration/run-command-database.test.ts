import { execFile } from "node:child_process";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../scripts/lib/migrator";
import { migrationsDir } from "../support/test-database";

// The run command's default database, started by the very shell function `bash scripts/run.sh`
// calls when DATABASE_URL is unset, and the app's own pool and join statement against it. The
// embedded database this replaced shared one session between connections, so the join's named
// statement, prepared on a second connection, failed every join after the first.

const run = promisify(execFile);
const commonSh = path.resolve(import.meta.dirname, "../../scripts/lib/common.sh");

let home: string;
let dataLink: string;
let url: string;

async function shell(script: string): Promise<string> {
  const { stdout } = await run(
    "bash",
    ["-c", `set -e; source "${commonSh}"; ${script}`, "_", dataLink],
    {
      timeout: 120_000,
    },
  );
  return stdout.trim();
}

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), "hearth-run-db-"));
  dataLink = path.join(home, ".data", "postgres");
  url = await shell(
    `mkdir -p "$(dirname "$1")"; start_local_postgres "$1" >&2; echo "$DATABASE_URL"`,
  );
  await migrate({ connectionString: url, migrationsDir });
  // This file's app modules use the run command's database, with a pool of a few connections.
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_MAX = "3";
}, 180_000);

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  const data = await realpath(dataLink).catch(() => dataLink);
  await shell(`stop_local_postgres "$1"`);
  await rm(data, { recursive: true, force: true });
  await rm(home, { recursive: true, force: true });
});

/** The app's server connections now: each pid with when it opened. */
async function appConnections(): Promise<string[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ id: string }>(
      `SELECT pid || '@' || backend_start AS id FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return rows.map((row) => row.id);
  } finally {
    await admin.end();
  }
}

describe("the run command's database", () => {
  it("the run command's default database serves joins after its connections are recycled", async () => {
    const { db } = await import("@/server/db");
    const { joinRoom } = await import("@/server/live/join-room");
    const { createTestUser } = await import("../fixtures/users");
    const { createLiveRoom } = await import("../fixtures/rooms");
    const host = await createTestUser(db);
    const room = await createLiveRoom(db, { hostId: host.id });
    const listeners = await Promise.all(Array.from({ length: 6 }, () => createTestUser(db)));

    // Six people at once: the pool opens all three connections, each preparing the join.
    const first = await Promise.all(
      listeners.map((listener) => joinRoom({ roomId: room.id, userId: listener.id })),
    );
    expect(first.map((joined) => joined.role)).toEqual(listeners.map(() => "listener"));
    const before = await appConnections();
    expect(before.length).toBeGreaterThan(1);

    // Idle past the pool's 10 s timeout: every connection closes and the next joins open new ones.
    await expect.poll(appConnections, { timeout: 20_000, interval: 500 }).toEqual([]);
    const again = await Promise.all(
      listeners.map((listener) => joinRoom({ roomId: room.id, userId: listener.id })),
    );
    expect(again.map((joined) => joined.role)).toEqual(listeners.map(() => "listener"));
    const after = await appConnections();
    expect(after.length).toBeGreaterThan(1);
    expect(after.filter((connection) => before.includes(connection))).toEqual([]);

    const present = await db.roomParticipant.count({
      where: { roomId: room.id, userId: { in: listeners.map((listener) => listener.id) } },
    });
    expect(present).toBe(listeners.length);
  }, 60_000);
});

// Bench users and rooms, written straight into the bench database with the test fixtures.
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/create-db";
import { createLiveRoom } from "../../tests/fixtures/rooms";
import { prismaClientFor } from "../../tests/fixtures/prisma-client";
import { sessionCookie } from "../../tests/fixtures/session-cookie";
import { createTestUser } from "../../tests/fixtures/users";
import { benchEnv } from "./env";

export type BenchMember = { id: string; displayName: string; username: string; cookie: string };

export function benchDb(): Db {
  return prismaClientFor(benchEnv.databaseUrl(), 4);
}

/**
 * Many members at once. They never sign in with a password (they get session cookies), so rows go
 * in with createMany rather than one argon2 hash each.
 */
export async function createMembers(db: Db, count: number, label: string): Promise<BenchMember[]> {
  const tag = randomBytes(4).toString("hex");
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `${label}-${tag}-${i}@bench.test`,
    username: `${label}_${tag}_${i}`,
    displayName: `${label} ${i}`,
    passwordHash: "bench-no-password",
  }));
  await db.user.createMany({ data: rows });
  const users = await db.user.findMany({
    where: { username: { startsWith: `${label}_${tag}_` } },
    select: { id: true, displayName: true, username: true },
  });
  return Promise.all(
    users.map(async (user) => ({ ...user, cookie: await sessionCookie(user.id) })),
  );
}

/** A host (a real account) and their open live room. */
export async function createHostedRoom(db: Db, title: string) {
  const host = await createTestUser(db, { displayName: "Bench Host" });
  const room = await createLiveRoom(db, { hostId: host.id, title });
  return { host: { ...host, cookie: await sessionCookie(host.id) }, room };
}

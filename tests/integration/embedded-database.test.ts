import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../scripts/lib/migrator";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { prismaClientFor } from "../fixtures/prisma-client";
import { ALL_MODELS, roundTripEveryModel } from "../fixtures/round-trip-every-model";
import { migrationsDir } from "../support/test-database";

let embedded: EmbeddedDatabase;

beforeAll(async () => {
  embedded = await startEmbeddedDatabase();
  // This file's app modules talk to PGlite, the way `scripts/run.sh` runs them without DATABASE_URL.
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_MAX = "1";
});

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await embedded.stop();
});

describe("embedded PGlite", () => {
  it("the embedded database serves the app's queries", async () => {
    const result = await migrate({ connectionString: embedded.url, migrationsDir });
    expect(result.applied).toContain("20261122000000_init");

    const prisma = prismaClientFor(embedded.url, 1);
    try {
      expect(await roundTripEveryModel(prisma)).toEqual(ALL_MODELS);
    } finally {
      await prisma.$disconnect();
    }

    // A real use case: a raw conditional UPDATE and an insert in one interactive transaction.
    const { db } = await import("@/server/db");
    const { createInvite } = await import("@/server/invites/create-invite");
    const member = await db.user.create({
      data: {
        email: "m@example.test",
        username: "member_pglite",
        displayName: "M",
        passwordHash: "x",
        invitesLeft: 1,
      },
      select: { id: true },
    });
    const invite = await createInvite({ actorId: member.id });
    expect(invite.code).toMatch(/^[2-9A-HJ-NP-Z]{6}-[2-9A-HJ-NP-Z]{6}-[2-9A-HJ-NP-Z]{6}$/);
    await expect(createInvite({ actorId: member.id })).rejects.toThrow("has no invites left");
    const after = await db.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { invitesLeft: true },
    });
    expect(after.invitesLeft).toBe(0);
    expect(await db.invite.count({ where: { inviterId: member.id } })).toBe(1);

    // Search's typo-tolerant matching needs pg_trgm, which PGlite loads from its own package.
    const { searchEverything } = await import("@/server/search/search-everything");
    await db.user.create({
      data: {
        email: "a@example.test",
        username: "ariadne_v",
        displayName: "Ariadne Vale",
        passwordHash: "x",
      },
    });
    const found = await searchEverything({ viewerId: member.id, query: "Ariadnne" });
    expect(found.people.map((person) => person.username)).toEqual(["ariadne_v"]);
  });
});

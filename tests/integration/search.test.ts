import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { searchEverything } from "@/server/search/search-everything";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

async function namesFound(viewerId: string, query: string) {
  const { people } = await searchEverything({ viewerId, query });
  return people.map((person) => person.displayName);
}

describe("search", () => {
  it("search finds a person by a misspelt name and hides people who blocked you", async () => {
    const viewer = await createTestUser(db, { displayName: "Quentin Hale" });
    await createTestUser(db, { displayName: "Ariadne Vale" });
    const blocker = await createTestUser(db, { displayName: "Ariadne Stone" });
    const blockedByViewer = await createTestUser(db, { displayName: "Ariadne Moss" });
    await createTestUser(db, { displayName: "Bartholomew Finch" });

    expect(await namesFound(viewer.id, "Ariadnne")).toEqual(
      expect.arrayContaining(["Ariadne Vale", "Ariadne Stone", "Ariadne Moss"]),
    );
    expect(await namesFound(viewer.id, "Ariadnne")).not.toContain("Bartholomew Finch");

    await db.block.create({ data: { blockerId: blocker.id, blockedId: viewer.id } });
    await db.block.create({ data: { blockerId: viewer.id, blockedId: blockedByViewer.id } });

    expect(await namesFound(viewer.id, "Ariadnne")).toEqual(["Ariadne Vale"]);
    // Hidden both ways: the person who blocked the viewer no longer finds them either.
    expect(await namesFound(blocker.id, "Quentn Hale")).toEqual([]);
    expect(await namesFound(blocker.id, "Bartolomew")).toEqual(["Bartholomew Finch"]);
  });

  it("people and clubs forgive two letters swapped in a short query", async () => {
    // A short word loses most of its trigrams to one swap: "Nroa" alone is 0.2 similar to "Nora".
    const tail = Array.from({ length: 3 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join("");
    const viewer = await createTestUser(db);
    const nora = await createTestUser(db, { displayName: `Nora${tail} Lind` });
    const host = await createTestUser(db);
    await db.club.create({
      data: { slug: `jazz-${tail}-${Date.now()}`, name: `Jazz${tail}`, createdById: host.id },
    });

    const { people } = await searchEverything({ viewerId: viewer.id, query: `Nroa${tail}` });
    expect(people.map((person) => person.id)).toContain(nora.id);
    const { clubs } = await searchEverything({ viewerId: viewer.id, query: `Jzaz${tail}` });
    expect(clubs.map((club) => club.name)).toContain(`Jazz${tail}`);
  });

  it("finds live and upcoming rooms the viewer may enter, never a closed room or a blocker's", async () => {
    const viewer = await createTestUser(db);
    const host = await createTestUser(db);
    const blocker = await createTestUser(db);
    await createLiveRoom(db, { hostId: host.id, title: "Midnight jazz standards" });
    await createLiveRoom(db, {
      hostId: host.id,
      title: "Jazz piano secrets",
      visibility: "CLOSED",
    });
    await createLiveRoom(db, { hostId: blocker.id, title: "Jazz for blockers" });
    await db.block.create({ data: { blockerId: blocker.id, blockedId: viewer.id } });
    await db.room.create({
      data: {
        title: "Tomorrow's jazz jam",
        topic: "MUSIC_KARAOKE",
        status: "SCHEDULED",
        scheduledFor: new Date(Date.now() + 24 * 60 * 60 * 1000),
        createdById: host.id,
      },
    });
    await db.room.create({
      data: {
        title: "Yesterday's jazz",
        topic: "MUSIC_KARAOKE",
        status: "ENDED",
        startedAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
        endedAt: new Date(Date.now() - 60 * 60 * 1000),
        createdById: host.id,
      },
    });

    const { rooms } = await searchEverything({ viewerId: viewer.id, query: "jaz" });
    // Live rooms first, then upcoming ones.
    expect(rooms.map((room) => [room.title, room.status])).toEqual([
      ["Midnight jazz standards", "LIVE"],
      ["Tomorrow's jazz jam", "SCHEDULED"],
    ]);
  });

  it("finds a club by a word of its description", async () => {
    const viewer = await createTestUser(db);
    const club = await db.club.create({
      data: {
        slug: "night-owls",
        name: "Night Owls",
        description: "Astronomy talk after dark",
        createdById: viewer.id,
      },
      select: { id: true },
    });
    const { clubs } = await searchEverything({ viewerId: viewer.id, query: "astronomy" });
    expect(clubs).toEqual([
      { id: club.id, slug: "night-owls", name: "Night Owls", memberCount: 0 },
    ]);
  });
});

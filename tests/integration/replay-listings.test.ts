import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listReplays } from "@/server/replays/list-replays";
import { createTestUser } from "../fixtures/users";

// The "Replays" sections of a host's profile and a club page: ended rooms only, with the rooms'
// own visibility, so a closed room's replay is listed only for people who could have entered.

async function endedRoomWithReplay(options: {
  hostId: string;
  title: string;
  visibility?: "OPEN" | "CLOSED";
  clubId?: string;
  status?: "READY" | "PROCESSING" | "DELETED" | "EMPTY";
  roomStatus?: "ENDED" | "LIVE";
}) {
  const room = await db.room.create({
    data: {
      title: options.title,
      topic: "TECH",
      visibility: options.visibility ?? "OPEN",
      clubId: options.clubId ?? null,
      status: options.roomStatus ?? "ENDED",
      startedAt: new Date(),
      endedAt: options.roomStatus === "LIVE" ? null : new Date(),
      createdById: options.hostId,
      recordReplay: true,
    },
  });
  await db.replay.create({
    data: { roomId: room.id, status: options.status ?? "READY", durationMs: 5_000 },
  });
  return room.id;
}

describe("replay listings", () => {
  it("a host's profile lists their ended rooms' replays that the viewer could have entered", async () => {
    const [host, invited, outsider] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    const open = await endedRoomWithReplay({ hostId: host.id, title: "Open talk" });
    const closed = await endedRoomWithReplay({
      hostId: host.id,
      title: "Closed talk",
      visibility: "CLOSED",
    });
    await db.roomInvite.create({ data: { roomId: closed, userId: invited.id } });
    const mixing = await endedRoomWithReplay({
      hostId: host.id,
      title: "Mixing",
      status: "PROCESSING",
    });
    await endedRoomWithReplay({ hostId: host.id, title: "Deleted", status: "DELETED" });
    await endedRoomWithReplay({ hostId: host.id, title: "Silent", status: "EMPTY" });
    await endedRoomWithReplay({
      hostId: host.id,
      title: "Still live",
      status: "PROCESSING",
      roomStatus: "LIVE",
    });

    const ids = async (viewerId: string) =>
      (await listReplays({ viewerId, of: { hostId: host.id } })).map((r) => r.roomId).sort();
    expect(await ids(host.id)).toEqual([open, closed, mixing].sort());
    expect(await ids(invited.id)).toEqual([open, closed, mixing].sort());
    expect(await ids(outsider.id)).toEqual([open, mixing].sort());
  });

  it("a club page lists its rooms' replays, not the host's others", async () => {
    const host = await createTestUser(db);
    const club = await db.club.create({
      data: {
        slug: `replays-${host.username.replace(/_/g, "-")}`,
        name: "Club",
        createdById: host.id,
      },
    });
    const inClub = await endedRoomWithReplay({
      hostId: host.id,
      title: "Club talk",
      clubId: club.id,
    });
    await endedRoomWithReplay({ hostId: host.id, title: "Elsewhere" });
    const listed = await listReplays({ viewerId: host.id, of: { clubId: club.id } });
    expect(listed).toEqual([
      expect.objectContaining({
        roomId: inClub,
        title: "Club talk",
        status: "READY",
        durationMs: 5_000,
      }),
    ]);
  });
});

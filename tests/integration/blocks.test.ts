import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { joinRoom } from "@/server/live/join-room";
import { findHallway } from "@/server/rooms/find-hallway";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

async function join(roomId: string, user: { id: string }) {
  return joinRoom({ roomId, userId: user.id });
}

async function hallwayTitles(viewerId: string) {
  return (await findHallway({ viewerId })).live.map((room) => room.title);
}

describe("blocking", () => {
  it("a blocked member cannot join a room hosted by the person who blocked them", async () => {
    const host = await createTestUser(db);
    const blocked = await createTestUser(db);
    const bystander = await createTestUser(db);
    const room = await createLiveRoom(db, { hostId: host.id, title: "Host's room" });
    await db.block.create({ data: { blockerId: host.id, blockedId: blocked.id } });

    await expect(join(room.id, blocked)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await hallwayTitles(blocked.id)).not.toContain("Host's room");
    expect((await join(room.id, bystander)).role).toBe("listener");
    expect(await hallwayTitles(bystander.id)).toContain("Host's room");
    expect(await db.roomParticipant.count({ where: { roomId: room.id, userId: blocked.id } })).toBe(
      0,
    );

    await db.block.deleteMany({ where: { blockerId: host.id } });
    expect((await join(room.id, blocked)).role).toBe("listener");
  });

  it("a moderator's block keeps the person out of the rooms they moderate", async () => {
    const host = await createTestUser(db);
    const moderator = await createTestUser(db);
    const blocked = await createTestUser(db);
    const room = await createLiveRoom(db, { hostId: host.id });
    await db.roomParticipant.create({
      data: { roomId: room.id, userId: moderator.id, role: "MODERATOR" },
    });
    await db.block.create({ data: { blockerId: moderator.id, blockedId: blocked.id } });
    await expect(join(room.id, blocked)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("someone who blocked a host no longer sees that host's rooms", async () => {
    const host = await createTestUser(db);
    const blocker = await createTestUser(db);
    await createLiveRoom(db, { hostId: host.id, title: "Hidden from the blocker" });
    await db.block.create({ data: { blockerId: blocker.id, blockedId: host.id } });
    expect(await hallwayTitles(blocker.id)).not.toContain("Hidden from the blocker");
  });
});

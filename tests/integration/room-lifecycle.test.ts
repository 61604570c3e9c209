import { describe, expect, it } from "vitest";
import type { RoomRole } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { roomService } from "@/server/livekit/room-service";
import { EMPTY_STAGE_END_MS, endEmptyStageRooms } from "@/server/live/end-empty-stage-rooms";
import { endRoom } from "@/server/live/end-room";
import { handOverHost } from "@/server/live/hand-over-host";
import { CHAT_HISTORY_LIMIT, listChatHistory } from "@/server/live/list-chat-history";
import { roomSummary } from "@/server/live/room-summary";
import { sendChatMessage } from "@/server/live/send-chat-message";
import { recountPresence } from "@/server/presence/recount-presence";
import { raiseHand } from "@/server/stage/raise-hand";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

async function seat(roomId: string, userId: string, role: RoomRole, joinedAt = new Date()) {
  await db.roomParticipant.upsert({
    where: { roomId_userId: { roomId, userId } },
    create: { roomId, userId, role, joinedAt, leftAt: null },
    update: { role, joinedAt, leftAt: null },
  });
  await recountPresence(db, roomId);
}

async function roleOf(roomId: string, userId: string) {
  const row = await db.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId, userId } },
    select: { role: true, leftAt: true },
  });
  return row;
}

describe("room lifecycle", () => {
  it("handover picks a moderator, else the longest-serving speaker", async () => {
    const [host, early, late, moderator, listener] = await Promise.all(
      Array.from({ length: 5 }, () => createTestUser(db)),
    );
    if (!host || !early || !late || !moderator || !listener) throw new Error("users missing");
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    await seat(roomId, host.id, "HOST");
    await seat(roomId, early.id, "SPEAKER", new Date(Date.now() - 120_000));
    await seat(roomId, late.id, "SPEAKER", new Date(Date.now() - 60_000));
    await seat(roomId, moderator.id, "MODERATOR", new Date());
    await seat(roomId, listener.id, "LISTENER", new Date(Date.now() - 600_000));

    // A moderator first, though both speakers have been here longer.
    await expect(handOverHost({ roomId, actorId: host.id })).resolves.toMatchObject({
      handedOver: true,
      hostId: moderator.id,
    });
    expect(await roleOf(roomId, moderator.id)).toMatchObject({ role: "HOST", leftAt: null });
    expect((await roleOf(roomId, host.id)).leftAt).not.toBeNull();
    const event = await db.moderationEvent.findFirstOrThrow({
      where: { roomId, action: "HAND_OVER_HOST" },
    });
    expect(event).toMatchObject({ actorId: host.id, targetId: moderator.id });
    // Only the host may hand the room over.
    await expect(handOverHost({ roomId, actorId: early.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // With no moderator left, the speaker on stage longest takes it, never a listener.
    await expect(handOverHost({ roomId, actorId: moderator.id })).resolves.toMatchObject({
      hostId: early.id,
    });
    await expect(handOverHost({ roomId, actorId: early.id })).resolves.toMatchObject({
      hostId: late.id,
    });
    // Nobody left on stage: the room ends instead.
    await expect(handOverHost({ roomId, actorId: late.id })).resolves.toEqual({
      handedOver: false,
      ended: true,
    });
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).status).toBe("ENDED");
  });

  it("chat keeps only the last 100 and is gone after end", async () => {
    const host = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    await seat(roomId, host.id, "HOST");
    await roomService().createRoom({ name: roomId, emptyTimeout: 60 });
    const base = Date.now() - 1_000_000;
    // The first hundred arrive as if sent earlier; the sent ones trim the table to the newest.
    await db.roomChatMessage.createMany({
      data: Array.from({ length: CHAT_HISTORY_LIMIT }, (_, index) => ({
        id: crypto.randomUUID(),
        roomId,
        senderId: host.id,
        senderName: host.displayName,
        senderUsername: host.username,
        text: `old ${index}`,
        createdAt: new Date(base + index * 1_000),
      })),
    });
    await sendChatMessage({
      roomId,
      senderId: host.id,
      senderName: host.displayName,
      senderUsername: host.username,
      input: { text: "newest" },
    });
    const history = await listChatHistory({ roomId, viewerId: host.id });
    expect(history).toHaveLength(CHAT_HISTORY_LIMIT);
    expect(history[0]?.text).toBe("old 1");
    expect(history.at(-1)?.text).toBe("newest");
    expect(await db.roomChatMessage.count({ where: { roomId } })).toBe(CHAT_HISTORY_LIMIT);

    // Someone not in the room reads nothing.
    const stranger = await createTestUser(db);
    await expect(listChatHistory({ roomId, viewerId: stranger.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await endRoom({ roomId, actorId: host.id });
    expect(await db.roomChatMessage.count({ where: { roomId } })).toBe(0);
  });

  it("a room with an empty stage for five minutes ends", async () => {
    const [host, listener] = await Promise.all([createTestUser(db), createTestUser(db)]);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    await seat(roomId, listener.id, "LISTENER");
    // The host is not present (the fixture's host row has left): the stage is empty from now.
    const since = (await db.room.findUniqueOrThrow({ where: { id: roomId } })).stageEmptySince;
    expect(since).not.toBeNull();
    if (!since) return;

    const almost = new Date(since.getTime() + EMPTY_STAGE_END_MS - 1_000);
    expect(await endEmptyStageRooms({ now: almost })).not.toContain(roomId);
    // A speaker coming back clears it; leaving again restarts the clock.
    await seat(roomId, host.id, "HOST");
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).stageEmptySince).toBeNull();
    await db.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: host.id } },
      data: { leftAt: new Date() },
    });
    await recountPresence(db, roomId);
    const restarted = (await db.room.findUniqueOrThrow({ where: { id: roomId } })).stageEmptySince;
    if (!restarted) throw new Error("stage not marked empty");

    const past = new Date(restarted.getTime() + EMPTY_STAGE_END_MS);
    expect(await endEmptyStageRooms({ now: past })).toContain(roomId);
    const room = await db.room.findUniqueOrThrow({ where: { id: roomId } });
    expect(room.status).toBe("ENDED");
    expect((await roleOf(roomId, listener.id)).leftAt).not.toBeNull();
  });

  it("the host's summary counts the room's figures", async () => {
    const [host, speaker, a, b, c, fan, stranger] = await Promise.all(
      Array.from({ length: 7 }, () => createTestUser(db)),
    );
    if (!host || !speaker || !a || !b || !c || !fan || !stranger) throw new Error("users missing");
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    await db.room.update({
      where: { id: roomId },
      data: { startedAt: new Date(Date.now() - 30 * 60_000) },
    });
    await seat(roomId, host.id, "HOST");
    await seat(roomId, speaker.id, "SPEAKER");
    await seat(roomId, a.id, "LISTENER");
    await seat(roomId, b.id, "LISTENER");
    await seat(roomId, c.id, "LISTENER");
    await raiseHand({ roomId, actorId: a.id });
    await raiseHand({ roomId, actorId: b.id });
    // Two leave; the peak stays three.
    await db.roomParticipant.updateMany({
      where: { roomId, userId: { in: [b.id, c.id] } },
      data: { leftAt: new Date() },
    });
    await recountPresence(db, roomId);
    await db.follow.create({ data: { followerId: fan.id, followeeId: host.id } });
    // A follow from before the room does not count.
    await db.follow.create({
      data: { followerId: stranger.id, followeeId: host.id, createdAt: new Date(0) },
    });

    expect(await roomSummary({ roomId, viewerId: host.id })).toBeNull();
    await endRoom({ roomId, actorId: host.id });
    const summary = await roomSummary({ roomId, viewerId: host.id });
    expect(summary).toMatchObject({
      peakListeners: 3,
      speakers: 2,
      newFollowers: 1,
      handsRaised: 2,
    });
    expect(summary?.durationMs).toBeGreaterThanOrEqual(30 * 60_000);
    expect(await roomSummary({ roomId, viewerId: speaker.id })).toBeNull();
  });
});

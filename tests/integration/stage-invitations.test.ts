import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { RoomRole } from "@/generated/prisma/client";
import { SPEAK_INVITE_TTL_MS } from "@/lib/live/stage-notices";
import { db } from "@/server/db";
import {
  DELETE as declineRoute,
  POST as acceptRoute,
} from "@/app/api/rooms/[roomId]/stage/invitation/route";
import { POST as inviteRoute } from "@/app/api/rooms/[roomId]/stage/invite/route";
import { POST as leaveRoute } from "@/app/api/rooms/[roomId]/stage/leave/route";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

// Invitations to speak: a moderator asks, only the listener's "Join the stage" seats them, within
// the time-out and the speaker limit; "Not now" and leaving the stage are the person's own.

type Route = (
  request: NextRequest,
  context: { params: Promise<{ roomId: string }> },
) => Promise<Response>;

type RouteBody = { error?: { code?: string; message?: string }; role?: string; declined?: boolean };

async function call(route: Route, roomId: string, userId: string, body?: unknown) {
  const request = new NextRequest(`http://127.0.0.1/api/rooms/${roomId}/stage`, {
    method: route === declineRoute ? "DELETE" : "POST",
    headers: fromTheApp({ cookie: await sessionCookie(userId) }),
    body: body === undefined ? null : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve({ roomId }) });
  return { status: response.status, body: (await response.json()) as RouteBody };
}

async function seat(roomId: string, userId: string, role: RoomRole, handRaisedAt?: Date) {
  await db.roomParticipant.upsert({
    where: { roomId_userId: { roomId, userId } },
    create: { roomId, userId, role, leftAt: null, handRaisedAt: handRaisedAt ?? null },
    update: { role, leftAt: null, handRaisedAt: handRaisedAt ?? null },
  });
}

async function standing(roomId: string, userId: string) {
  return db.roomParticipant.findUniqueOrThrow({
    where: { roomId_userId: { roomId, userId } },
    select: { role: true, handRaisedAt: true, speakInvitedAt: true, speakInvitedById: true },
  });
}

/** A live room with its host, a moderator, a speaker, and a listener with a raised hand. */
async function room(options: { speakerLimit?: number } = {}) {
  const [host, moderator, speaker, listener] = await Promise.all(
    Array.from({ length: 4 }, () => createTestUser(db)),
  );
  if (!host || !moderator || !speaker || !listener) throw new Error("fixture users missing");
  const { id: roomId } = await createLiveRoom(db, { hostId: host.id, ...options });
  await seat(roomId, host.id, "HOST");
  await seat(roomId, moderator.id, "MODERATOR");
  await seat(roomId, speaker.id, "SPEAKER");
  await seat(roomId, listener.id, "LISTENER", new Date(Date.now() - 30_000));
  return { roomId, host, moderator, speaker, listener };
}

describe("invitations to speak", () => {
  it("accept without an invitation is refused", async () => {
    const { roomId, speaker, listener } = await room();
    const uninvited = await call(acceptRoute, roomId, listener.id);
    expect(uninvited).toMatchObject({
      status: 409,
      body: {
        error: { code: "CONFLICT", message: "There's no invitation to speak waiting for you." },
      },
    });
    // Someone already on stage has nothing to accept either.
    expect((await call(acceptRoute, roomId, speaker.id)).status).toBe(409);
    expect((await standing(roomId, listener.id)).role).toBe("LISTENER");
    expect(await db.moderationEvent.count({ where: { roomId } })).toBe(0);
  });

  it("accept after the time-out is refused, and a fresh invitation is accepted", async () => {
    const { roomId, moderator, listener } = await room();
    expect((await call(inviteRoute, roomId, moderator.id, { userId: listener.id })).status).toBe(
      200,
    );
    // Not on stage for being invited: the listener is asked.
    expect(await standing(roomId, listener.id)).toMatchObject({
      role: "LISTENER",
      speakInvitedById: moderator.id,
    });
    // The time-out is counted by the server from the invitation, whatever a page thinks.
    await db.roomParticipant.update({
      where: { roomId_userId: { roomId, userId: listener.id } },
      data: { speakInvitedAt: new Date(Date.now() - SPEAK_INVITE_TTL_MS - 1_000) },
    });
    const late = await call(acceptRoute, roomId, listener.id);
    expect(late).toMatchObject({
      status: 409,
      body: {
        error: { message: "That invitation to speak has expired. Raise your hand to ask again." },
      },
    });
    expect((await standing(roomId, listener.id)).role).toBe("LISTENER");

    // A stale invitation does not block a new one, which is accepted in time.
    expect((await call(inviteRoute, roomId, moderator.id, { userId: listener.id })).status).toBe(
      200,
    );
    const accepted = await call(acceptRoute, roomId, listener.id);
    expect(accepted).toMatchObject({ status: 200, body: { role: "speaker" } });
    expect(await standing(roomId, listener.id)).toEqual({
      role: "SPEAKER",
      handRaisedAt: null,
      speakInvitedAt: null,
      speakInvitedById: null,
    });
    const events = await db.moderationEvent.findMany({
      where: { roomId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, targetId: true },
    });
    expect(events).toEqual([
      { action: "INVITE_TO_SPEAK", actorId: moderator.id, targetId: listener.id },
      { action: "INVITE_TO_SPEAK", actorId: moderator.id, targetId: listener.id },
      { action: "SPEAK_INVITE_ACCEPTED", actorId: listener.id, targetId: moderator.id },
    ]);
    // Accepting twice is refused: the invitation was used.
    expect((await call(acceptRoute, roomId, listener.id)).status).toBe(409);
  });

  it("concurrent accepts hold to the speaker limit", async () => {
    // Host, moderator and speaker seated: two of five seats are free, four listeners are invited.
    const { roomId, host, moderator } = await room({ speakerLimit: 5 });
    const crowd = await Promise.all(Array.from({ length: 4 }, () => createTestUser(db)));
    for (const person of crowd) await seat(roomId, person.id, "LISTENER");
    for (const [index, person] of crowd.entries()) {
      const inviter = index % 2 ? host.id : moderator.id;
      expect((await call(inviteRoute, roomId, inviter, { userId: person.id })).status).toBe(200);
    }
    const answers = await Promise.all(crowd.map((person) => call(acceptRoute, roomId, person.id)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 409, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.error?.message).toMatch(/stage is full/);
    const seated = await db.roomParticipant.count({
      where: { roomId, role: { not: "LISTENER" }, leftAt: null },
    });
    expect(seated).toBe(5);
  });

  it("a declined invitation leaves the listener in the audience with the hand down", async () => {
    const { roomId, host, listener } = await room();
    expect((await call(inviteRoute, roomId, host.id, { userId: listener.id })).status).toBe(200);
    const declined = await call(declineRoute, roomId, listener.id);
    expect(declined).toMatchObject({ status: 200, body: { declined: true } });
    expect(await standing(roomId, listener.id)).toEqual({
      role: "LISTENER",
      handRaisedAt: null,
      speakInvitedAt: null,
      speakInvitedById: null,
    });
    // Declining again (a time-out racing the click) changes and logs nothing.
    expect((await call(declineRoute, roomId, listener.id)).body.declined).toBe(false);
    expect((await call(acceptRoute, roomId, listener.id)).status).toBe(409);
    const actions = await db.moderationEvent.findMany({
      where: { roomId },
      orderBy: { createdAt: "asc" },
      select: { action: true, targetId: true },
    });
    expect(actions).toEqual([
      { action: "INVITE_TO_SPEAK", targetId: listener.id },
      { action: "SPEAK_INVITE_DECLINED", targetId: host.id },
    ]);
  });

  it("leave stage: speakers and moderators step down, the host and listeners cannot", async () => {
    const { roomId, host, moderator, speaker, listener } = await room();
    expect(await call(leaveRoute, roomId, speaker.id)).toMatchObject({
      status: 200,
      body: { role: "listener" },
    });
    expect((await standing(roomId, speaker.id)).role).toBe("LISTENER");
    expect((await call(leaveRoute, roomId, moderator.id)).status).toBe(200);
    expect((await standing(roomId, moderator.id)).role).toBe("LISTENER");

    expect(await call(leaveRoute, roomId, host.id)).toMatchObject({
      status: 409,
      body: { error: { message: "The host stays on stage. Mute yourself, or end the room." } },
    });
    expect(await call(leaveRoute, roomId, listener.id)).toMatchObject({
      status: 409,
      body: { error: { message: "You're already in the audience." } },
    });
    expect((await standing(roomId, host.id)).role).toBe("HOST");
    const events = await db.moderationEvent.findMany({
      where: { roomId },
      select: { action: true, actorId: true, targetId: true },
    });
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "LEAVE_STAGE", actorId: speaker.id, targetId: null },
        { action: "LEAVE_STAGE", actorId: moderator.id, targetId: null },
      ]),
    );
  });
});

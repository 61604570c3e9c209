import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { RoomRole } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { joinRoom } from "@/server/live/join-room";
import {
  DELETE as lowerHandRoute,
  POST as raiseHandRoute,
} from "@/app/api/rooms/[roomId]/stage/hand/route";
import { POST as inviteRoute } from "@/app/api/rooms/[roomId]/stage/invite/route";
import { POST as acceptRoute } from "@/app/api/rooms/[roomId]/stage/invitation/route";
import { POST as dismissRoute } from "@/app/api/rooms/[roomId]/stage/dismiss/route";
import { POST as audienceRoute } from "@/app/api/rooms/[roomId]/stage/audience/route";
import { POST as muteRoute } from "@/app/api/rooms/[roomId]/stage/mute/route";
import {
  DELETE as unmakeModeratorRoute,
  POST as makeModeratorRoute,
} from "@/app/api/rooms/[roomId]/stage/moderator/route";
import { POST as removeRoute } from "@/app/api/rooms/[roomId]/stage/remove/route";
import { PUT as handRaisingRoute } from "@/app/api/rooms/[roomId]/stage/hand-raising/route";
import { GET as logRoute } from "@/app/api/rooms/[roomId]/stage/log/route";
import { POST as tokenRoute } from "@/app/api/rooms/[roomId]/token/route";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

type Route = (
  request: NextRequest,
  context: { params: Promise<{ roomId: string }> },
) => Promise<Response>;

type RouteBody = {
  error?: { code?: string; message?: string; fields?: Record<string, string[]> };
  handRaisedAt?: string | null;
  role?: string;
  events?: { action: string; actor: { id: string }; target: { id: string } | null }[];
};

/** Calls a stage route as `userId` would (null: signed out). */
async function call(
  route: Route,
  roomId: string,
  userId: string | null,
  options: { method?: string; body?: unknown } = {},
) {
  const headers = fromTheApp(userId ? { cookie: await sessionCookie(userId) } : {});
  const request = new NextRequest(`http://127.0.0.1/api/rooms/${roomId}/stage`, {
    method: options.method ?? "POST",
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
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

async function roleOf(roomId: string, userId: string) {
  return db.roomParticipant.findUnique({
    where: { roomId_userId: { roomId, userId } },
    select: {
      role: true,
      handRaisedAt: true,
      bannedAt: true,
      bannedById: true,
      speakInvitedAt: true,
      speakInvitedById: true,
    },
  });
}

/** A live room with the host present, one moderator, two speakers and two listeners. */
async function stagedRoom(options: { speakerLimit?: number } = {}) {
  const [host, moderator, speaker, otherSpeaker, listener, raisedHand] = await Promise.all(
    Array.from({ length: 6 }, () => createTestUser(db)),
  );
  if (!host || !moderator || !speaker || !otherSpeaker || !listener || !raisedHand) {
    throw new Error("fixture users missing");
  }
  const { id: roomId } = await createLiveRoom(db, { hostId: host.id, ...options });
  await seat(roomId, host.id, "HOST");
  await seat(roomId, moderator.id, "MODERATOR");
  await seat(roomId, speaker.id, "SPEAKER");
  await seat(roomId, otherSpeaker.id, "SPEAKER");
  await seat(roomId, listener.id, "LISTENER");
  await seat(roomId, raisedHand.id, "LISTENER", new Date(Date.now() - 60_000));
  return { roomId, host, moderator, speaker, otherSpeaker, listener, raisedHand };
}

/** Everything a stage action could change, to prove a refused one changed nothing. */
async function snapshot(roomId: string) {
  const [participants, events, room] = await Promise.all([
    db.roomParticipant.findMany({ where: { roomId }, orderBy: { userId: "asc" } }),
    db.moderationEvent.count({ where: { roomId } }),
    db.room.findUniqueOrThrow({ where: { id: roomId } }),
  ]);
  return { participants, events, room };
}

describe("stage moderation", () => {
  it("only moderators can moderate", async () => {
    const room = await stagedRoom();
    const { roomId, moderator, speaker, otherSpeaker, listener, raisedHand } = room;
    // A moderator of another room holds no power here.
    const elsewhere = await createTestUser(db);
    const otherHost = await createTestUser(db);
    const { id: otherRoomId } = await createLiveRoom(db, { hostId: otherHost.id });
    await seat(otherRoomId, elsewhere.id, "MODERATOR");

    const actions: { name: string; route: Route; method?: string; body?: unknown }[] = [
      { name: "invite", route: inviteRoute, body: { userId: raisedHand.id } },
      { name: "dismiss", route: dismissRoute, body: { userId: raisedHand.id } },
      { name: "audience", route: audienceRoute, body: { userId: otherSpeaker.id } },
      { name: "mute", route: muteRoute, body: { userId: otherSpeaker.id } },
      { name: "make moderator", route: makeModeratorRoute, body: { userId: raisedHand.id } },
      {
        name: "unmake moderator",
        route: unmakeModeratorRoute,
        method: "DELETE",
        body: { userId: moderator.id },
      },
      { name: "remove", route: removeRoute, body: { userId: raisedHand.id } },
      { name: "hand raising", route: handRaisingRoute, method: "PUT", body: { on: false } },
      { name: "log", route: logRoute, method: "GET" },
    ];
    const callers = [
      { who: "a listener", id: listener.id, status: 403 },
      { who: "a speaker", id: speaker.id, status: 403 },
      { who: "a moderator of another room", id: elsewhere.id, status: 403 },
      { who: "a signed-out caller", id: null, status: 401 },
    ];

    const before = await snapshot(roomId);
    const outcomes: string[] = [];
    for (const caller of callers) {
      for (const action of actions) {
        const { status, body } = await call(action.route, roomId, caller.id, action);
        outcomes.push(`${caller.who} / ${action.name}: ${status} ${body.error?.code ?? "ok"}`);
      }
    }
    const expected = callers.flatMap((caller) =>
      actions.map(
        (action) =>
          `${caller.who} / ${action.name}: ${caller.status} ${caller.status === 401 ? "UNAUTHORIZED" : "FORBIDDEN"}`,
      ),
    );
    expect(outcomes).toEqual(expected);
    expect(await snapshot(roomId)).toEqual(before);

    // The same calls by a moderator do go through, so the refusals above are about who asked.
    // An invitation asks: the listener stays in the audience until they accept it.
    expect(
      (await call(inviteRoute, roomId, moderator.id, { body: { userId: raisedHand.id } })).status,
    ).toBe(200);
    const invited = await roleOf(roomId, raisedHand.id);
    expect(invited).toMatchObject({ role: "LISTENER", speakInvitedById: moderator.id });
    expect(invited?.speakInvitedAt).toBeInstanceOf(Date);
  });

  it("two moderators inviting one hand invite once", async () => {
    // A few rounds, so an unlucky interleaving gets its chance to show up.
    for (let round = 0; round < 4; round++) {
      const { roomId, host, moderator, raisedHand } = await stagedRoom();
      const answers = await Promise.all([
        call(inviteRoute, roomId, host.id, { body: { userId: raisedHand.id } }),
        call(inviteRoute, roomId, moderator.id, { body: { userId: raisedHand.id } }),
      ]);
      // The second finds the invitation waiting and reports it rather than asking twice.
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      const row = await roleOf(roomId, raisedHand.id);
      expect(row?.role).toBe("LISTENER");
      // The hand stays up until they answer: the queue shows them invited.
      expect(row?.handRaisedAt).toBeInstanceOf(Date);
      expect(row?.speakInvitedAt).toBeInstanceOf(Date);
      expect(
        await db.moderationEvent.count({
          where: { roomId, action: "INVITE_TO_SPEAK", targetId: raisedHand.id },
        }),
      ).toBe(1);
    }
  });

  it("the speaker limit is enforced", async () => {
    // Host, moderator and two speakers are present: four seats taken of five.
    const { roomId, host, moderator, listener, raisedHand } = await stagedRoom({ speakerLimit: 5 });
    // Someone on stage who has left the room does not hold a seat.
    const wentHome = await createTestUser(db);
    await db.roomParticipant.create({
      data: { roomId, userId: wentHome.id, role: "SPEAKER", leftAt: new Date() },
    });

    expect(
      (await call(inviteRoute, roomId, host.id, { body: { userId: raisedHand.id } })).status,
    ).toBe(200);
    expect((await call(acceptRoute, roomId, raisedHand.id)).status).toBe(200);
    // Nobody is invited to a seat that is not there (accepting checks again: stage-invitations).
    const full = await call(inviteRoute, roomId, moderator.id, { body: { userId: listener.id } });
    expect(full.status).toBe(409);
    expect(full.body.error?.message).toMatch(/stage is full/);
    // Making a listener a moderator seats them too, so it is held to the same limit.
    const fullForModerators = await call(makeModeratorRoute, roomId, host.id, {
      body: { userId: listener.id },
    });
    expect(fullForModerators.status).toBe(409);
    expect((await roleOf(roomId, listener.id))?.role).toBe("LISTENER");
  });

  it("raising twice keeps the queue place, and lowering takes the hand down", async () => {
    const { roomId, listener, speaker } = await stagedRoom();
    const first = await call(raiseHandRoute, roomId, listener.id);
    expect(first.status).toBe(200);
    expect(first.body.handRaisedAt).toEqual(expect.any(String));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await call(raiseHandRoute, roomId, listener.id);
    expect(again.body.handRaisedAt).toBe(first.body.handRaisedAt);
    expect((await roleOf(roomId, listener.id))?.handRaisedAt?.toISOString()).toBe(
      first.body.handRaisedAt,
    );

    // People on stage have nothing to raise a hand for.
    const onStage = await call(raiseHandRoute, roomId, speaker.id);
    expect(onStage).toMatchObject({
      status: 409,
      body: { error: { message: "You're already on stage." } },
    });

    expect((await call(lowerHandRoute, roomId, listener.id, { method: "DELETE" })).status).toBe(
      200,
    );
    expect((await roleOf(roomId, listener.id))?.handRaisedAt).toBeNull();
    // Hands are the listener's own business, not moderation: nothing in the log.
    expect(await db.moderationEvent.count({ where: { roomId } })).toBe(0);
  });

  it("hand raising off refuses hands and clears the queue", async () => {
    const { roomId, host, moderator, listener, raisedHand } = await stagedRoom();
    const off = await call(handRaisingRoute, roomId, host.id, {
      method: "PUT",
      body: { on: false },
    });
    expect(off.status).toBe(200);
    expect(
      await db.room.findUnique({ where: { id: roomId }, select: { handRaisingOn: true } }),
    ).toEqual({
      handRaisingOn: false,
    });
    expect((await roleOf(roomId, raisedHand.id))?.handRaisedAt).toBeNull();
    const refused = await call(raiseHandRoute, roomId, listener.id);
    expect(refused).toMatchObject({
      status: 409,
      body: { error: { message: "Hand raising is turned off in this room." } },
    });
    expect((await roleOf(roomId, listener.id))?.handRaisedAt).toBeNull();

    // Setting it off again changes and logs nothing; a moderator turns it back on.
    await call(handRaisingRoute, roomId, host.id, { method: "PUT", body: { on: false } });
    expect(
      (await call(handRaisingRoute, roomId, moderator.id, { method: "PUT", body: { on: true } }))
        .status,
    ).toBe(200);
    expect((await call(raiseHandRoute, roomId, listener.id)).status).toBe(200);
    const actions = await db.moderationEvent.findMany({
      where: { roomId },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((event) => event.action)).toEqual(["HAND_RAISING_OFF", "HAND_RAISING_ON"]);

    const invalid = await call(handRaisingRoute, roomId, host.id, {
      method: "PUT",
      body: { on: "yes" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error?.fields?.on).toBeDefined();
  });

  it("the host cannot be demoted, moved, muted or removed by a moderator", async () => {
    const { roomId, host, moderator } = await stagedRoom();
    const before = await snapshot(roomId);
    const target = { body: { userId: host.id } };
    const answers = await Promise.all([
      call(removeRoute, roomId, moderator.id, target),
      call(audienceRoute, roomId, moderator.id, target),
      call(muteRoute, roomId, moderator.id, target),
      call(unmakeModeratorRoute, roomId, moderator.id, { ...target, method: "DELETE" }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403]);
    expect(answers[0]?.body.error?.message).toBe("The host can't be removed by anyone else.");
    expect(await snapshot(roomId)).toEqual(before);
  });

  it("moderators move speakers down, speakers step down, and moderators come and go", async () => {
    const { roomId, host, moderator, speaker, otherSpeaker } = await stagedRoom();
    expect(
      (await call(audienceRoute, roomId, moderator.id, { body: { userId: speaker.id } })).body.role,
    ).toBe("listener");
    // "Leave the stage", through the moderators' route naming oneself.
    expect(
      (await call(audienceRoute, roomId, otherSpeaker.id, { body: { userId: otherSpeaker.id } }))
        .status,
    ).toBe(200);
    expect((await roleOf(roomId, otherSpeaker.id))?.role).toBe("LISTENER");
    const again = await call(audienceRoute, roomId, moderator.id, { body: { userId: speaker.id } });
    expect(again).toMatchObject({
      status: 409,
      body: { error: { message: "They're already in the audience." } },
    });

    expect(
      (await call(makeModeratorRoute, roomId, host.id, { body: { userId: speaker.id } })).status,
    ).toBe(200);
    expect((await roleOf(roomId, speaker.id))?.role).toBe("MODERATOR");
    expect(
      (
        await call(unmakeModeratorRoute, roomId, speaker.id, {
          method: "DELETE",
          body: { userId: moderator.id },
        })
      ).status,
    ).toBe(200);
    expect((await roleOf(roomId, moderator.id))?.role).toBe("SPEAKER");
    // The former moderator lost their power with the role.
    const powerless = await call(dismissRoute, roomId, moderator.id, {
      body: { userId: speaker.id },
    });
    expect(powerless.status).toBe(403);

    // Muting someone who is not connected to LiveKit mutes nothing and logs nothing.
    const muted = await call(muteRoute, roomId, host.id, { body: { userId: moderator.id } });
    expect(muted).toMatchObject({ status: 200, body: { muted: false } });

    const log = await call(logRoute, roomId, host.id, { method: "GET" });
    expect(log.status).toBe(200);
    expect(log.body.events?.map((event) => event.action)).toEqual([
      "UNMAKE_MODERATOR",
      "MAKE_MODERATOR",
      "LEAVE_STAGE",
      "MOVE_TO_AUDIENCE",
    ]);
    expect(log.body.events?.[0]).toMatchObject({
      actor: { id: speaker.id },
      target: { id: moderator.id },
    });
  });

  it("a removed participant is banned and refused a new token", async () => {
    const { roomId, moderator, raisedHand } = await stagedRoom();
    const removed = await call(removeRoute, roomId, moderator.id, {
      body: { userId: raisedHand.id },
    });
    expect(removed.status).toBe(200);
    const banned = await roleOf(roomId, raisedHand.id);
    expect(banned).toMatchObject({
      role: "LISTENER",
      handRaisedAt: null,
      bannedById: moderator.id,
    });
    expect(banned?.bannedAt).toBeInstanceOf(Date);
    expect(await db.moderationEvent.count({ where: { roomId, action: "REMOVE" } })).toBe(1);

    const rejoin = await call(tokenRoute, roomId, raisedHand.id);
    expect(rejoin.status).toBe(403);
    expect(rejoin.body.error?.message).toMatch(/removed from this room/);
    await expect(joinRoom({ roomId, userId: raisedHand.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Nor can they raise a hand, and removing them twice is a clear "not here".
    expect((await call(raiseHandRoute, roomId, raisedHand.id)).status).toBe(403);
    expect(
      (await call(removeRoute, roomId, moderator.id, { body: { userId: raisedHand.id } })).status,
    ).toBe(404);
    expect(
      (await call(removeRoute, roomId, moderator.id, { body: { userId: "nobody" } })).status,
    ).toBe(422);
  });
});

import { DisconnectReason, Room, RoomEvent } from "@livekit/rtc-node";
import type * as NextCache from "next/cache";
import type * as NextHeaders from "next/headers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signOutEverywhereAction } from "@/app/settings/session-actions";
import { initialActionState } from "@/lib/action-state";
import { db } from "@/server/db";
import { joinRoom } from "@/server/live/join-room";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { runAsActionRequest } from "../support/action-request";

// Settings → "Sign out everywhere": the button's server action ends every session of the account,
// the one on another device included, wherever it is open.

// Server actions read the request through next/headers: here they read the test's request.
vi.mock("next/headers", async (importOriginal) => {
  const { currentCookies, currentHeaders } = await import("../support/action-request");
  return {
    ...(await importOriginal<typeof NextHeaders>()),
    headers: currentHeaders,
    cookies: currentCookies,
  };
});
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof NextCache>()),
  refresh: () => undefined,
}));

const connected: Room[] = [];
afterEach(async () => {
  await Promise.all(connected.splice(0).map((room) => room.disconnect()));
});

const signOutAs = (cookie: string) =>
  runAsActionRequest(new Headers({ cookie }), () =>
    signOutEverywhereAction(initialActionState, new FormData()),
  );

describe("sign out everywhere", () => {
  it("signing out everywhere from Settings ends the session on another device", async () => {
    const host = await createTestUser(db);
    const member = await createTestUser(db);
    const { id: roomId } = await createLiveRoom(db, { hostId: host.id });
    const here = await sessionCookie(member.id);
    const otherDevice = await sessionCookie(member.id);

    // The other device is listening in a live room.
    const hostRoom = new Room();
    connected.push(hostRoom);
    const hostJoin = await joinRoom({ roomId, userId: host.id });
    await hostRoom.connect(hostJoin.serverUrl, hostJoin.token, {
      autoSubscribe: false,
      dynacast: false,
    });
    const listening = new Room();
    connected.push(listening);
    const reasons: DisconnectReason[] = [];
    listening.on(RoomEvent.Disconnected, (reason) => reasons.push(reason));
    const joined = await joinRoom({ roomId, userId: member.id, sessionVersion: 0 });
    await listening.connect(joined.serverUrl, joined.token, {
      autoSubscribe: false,
      dynacast: false,
    });

    expect(await signOutAs(here)).toMatchObject({
      status: 200,
      result: { ok: true, data: { signedOut: true } },
    });

    // The other device's cookie no longer signs anyone in, and its room connection is gone.
    expect(await signOutAs(otherDevice)).toMatchObject({ status: 401 });
    await expect(joinRoom({ roomId, userId: member.id, sessionVersion: 0 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await vi.waitFor(() => expect(reasons).toEqual([DisconnectReason.PARTICIPANT_REMOVED]), {
      timeout: 10_000,
    });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { sessionVersion: true },
      }),
    ).toEqual({ sessionVersion: 1 });
  });
});

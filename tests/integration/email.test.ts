import type * as NextCache from "next/cache";
import type * as NextHeaders from "next/headers";
import { describe, expect, it, vi } from "vitest";
import { requestPasswordResetAction } from "@/app/forgot-password/actions";
import { resetPasswordAction } from "@/app/reset-password/[token]/actions";
import { confirmEmailAction } from "@/app/verify-email/[token]/actions";
import { resendVerificationAction } from "@/app/settings/email-actions";
import { initialActionState } from "@/lib/action-state";
import { createRoomSchema } from "@/lib/validations/rooms";
import { requireCallerOf } from "@/server/auth/get-caller";
import { db } from "@/server/db";
import { findPasswordResetToken } from "@/server/auth/reset-password";
import { createEmailToken, hashEmailToken } from "@/server/email/email-token";
import { followUser } from "@/server/follows/follow-user";
import { LIVE_ROOM_EMAILS_PER_DAY } from "@/server/notifications/live-room-email-rules";
import { setPersonMuted } from "@/server/notifications/set-person-muted";
import { createRoom } from "@/server/rooms/create-room";
import { sendVerificationEmail } from "@/server/users/send-verification-email";
import { NextRequest } from "next/server";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser, type TestUser } from "../fixtures/users";
import { runAsActionRequest } from "../support/action-request";
import { linkIn, mailTo, waitForMail } from "../support/mailpit";

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

let addressCounter = 0;
/** A request from its own address, so throttles of one test never touch another's. */
function fromAddress(extra: Record<string, string> = {}) {
  addressCounter += 1;
  return new Headers({ "x-hearth-peer-address": `198.51.100.${addressCounter}`, ...extra });
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function requestReset(email: string, headers = fromAddress()) {
  return runAsActionRequest(headers, () =>
    requestPasswordResetAction(initialActionState, form({ email })),
  );
}

async function verified(user: TestUser) {
  await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
}

/** Whether a session minted at `version` is still accepted. */
async function sessionWorks(userId: string, version: number) {
  const request = new NextRequest("http://127.0.0.1/api/anything", {
    headers: { cookie: await sessionCookie(userId, version) },
  });
  return requireCallerOf(request).then(
    () => true,
    () => false,
  );
}

describe("email", () => {
  it("a password reset never reveals whether an address has an account", async () => {
    const member = await createTestUser(db);
    const stranger = `nobody-${member.username}@example.test`;

    const known = await requestReset(member.email.toUpperCase());
    const unknown = await requestReset(stranger);
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(unknown.status);
    expect(JSON.stringify(known.result)).toBe(JSON.stringify(unknown.result));

    // Timing: the SMTP exchange happens after the answer; both answers take about as long.
    const other = await createTestUser(db);
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      for (const [kind, address] of [
        ["known", other.email],
        ["unknown", `again-${round}-${stranger}`],
      ] as const) {
        const started = performance.now();
        await requestReset(address);
        timings[kind].push(performance.now() - started);
      }
    }
    console.info("reset request answer times (ms)", timings);

    const mail = await waitForMail(member.email);
    expect(mail.Subject).toBe("Reset your Hearth password");
    // Give a wrongly sent email time to arrive before concluding none was sent.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await mailTo(member.email)).toHaveLength(1);
    expect(await mailTo(stranger)).toHaveLength(0);
    // Only a hash of the token is stored.
    const token = linkIn(mail, "/reset-password/").split("/").pop() ?? "";
    const stored = await db.emailToken.findMany({ where: { userId: member.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(hashEmailToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("a deleted account cannot be reset, even if it were enabled again", async () => {
    const member = await createTestUser(db);
    const token = await createEmailToken(db, {
      userId: member.id,
      email: member.email,
      purpose: "PASSWORD_RESET",
    });
    expect(await findPasswordResetToken(token)).not.toBeNull();
    // A tombstone keeps its row; were an admin to clear disabledAt, deletedAt still refuses it.
    await db.user.update({ where: { id: member.id }, data: { deletedAt: new Date() } });
    expect(await findPasswordResetToken(token)).toBeNull();
    expect((await requestReset(member.email)).status).toBe(200);
    // No new link was minted: only the test's own token exists.
    expect(await db.emailToken.count({ where: { userId: member.id } })).toBe(1);
  });

  it("a reset link sets the password once, within 30 minutes, and ends every session", async () => {
    const member = await createTestUser(db);
    expect((await requestReset(member.email)).status).toBe(200);
    const token = linkIn(await waitForMail(member.email), "/reset-password/")
      .split("/")
      .pop();
    if (!token) throw new Error("no token");
    expect(await sessionWorks(member.id, 0)).toBe(true);

    const password = "a-brand-new-long-passphrase";
    const fields = { token, newPassword: password, confirmPassword: password };
    const headers = fromAddress();
    const reset = await runAsActionRequest(headers, () =>
      resetPasswordAction(initialActionState, form(fields)),
    );
    expect(reset).toMatchObject({ status: 303, location: "/sign-in?reset=done" });
    const after = await db.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { sessionVersion: true, emailVerifiedAt: true },
    });
    expect(after.sessionVersion).toBe(1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await sessionWorks(member.id, 0)).toBe(false);

    // Single use.
    const again = await runAsActionRequest(headers, () =>
      resetPasswordAction(
        initialActionState,
        form({ ...fields, newPassword: `${password}-2`, confirmPassword: `${password}-2` }),
      ),
    );
    expect(again.status).toBe(404);

    // 30 minutes: a fresh link whose time has passed does nothing.
    await requestReset(member.email);
    const late = linkIn(await waitForMail(member.email, 2), "/reset-password/")
      .split("/")
      .pop();
    if (!late) throw new Error("no token");
    const created = await db.emailToken.findUniqueOrThrow({
      where: { tokenHash: hashEmailToken(late) },
    });
    expect(created.expiresAt.getTime() - created.createdAt.getTime()).toBe(30 * 60 * 1000);
    await db.emailToken.update({
      where: { tokenHash: hashEmailToken(late) },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    const expired = await runAsActionRequest(fromAddress(), () =>
      resetPasswordAction(initialActionState, form({ ...fields, token: late })),
    );
    expect(expired.status).toBe(404);
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { sessionVersion: true },
      }),
    ).toEqual({ sessionVersion: 1 });
  });

  it("a new member confirms their address through the emailed link", async () => {
    const member = await createTestUser(db, { emailVerified: false });
    expect(
      await sendVerificationEmail({ userId: member.id, locale: "zh-CN", isResend: false }),
    ).toBe(true);
    const mail = await waitForMail(member.email);
    expect(mail.Subject).toBe("确认你在 Hearth 的邮箱地址");
    const link = linkIn(mail, "/verify-email/");
    const token = link.split("/").pop() ?? "";

    // Opening the link is not confirming: only the page's button (its action) spends it.
    const confirmed = await runAsActionRequest(fromAddress(), () =>
      confirmEmailAction(initialActionState, form({ token })),
    );
    expect(confirmed.status).toBe(200);
    const user = await db.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { emailVerifiedAt: true },
    });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    const twice = await runAsActionRequest(fromAddress(), () =>
      confirmEmailAction(initialActionState, form({ token })),
    );
    expect(twice.status).toBe(404);
    // Nothing more to confirm: a resend sends nothing.
    const cookie = await sessionCookie(member.id);
    const resend = await runAsActionRequest(fromAddress({ cookie }), () =>
      resendVerificationAction(initialActionState, form({})),
    );
    expect(resend).toMatchObject({ status: 200, result: { ok: true, data: { sent: false } } });
  });

  it("resending the confirmation link is limited to a few an hour", async () => {
    const member = await createTestUser(db, { emailVerified: false });
    const cookie = await sessionCookie(member.id);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const outcome = await runAsActionRequest(fromAddress({ cookie }), () =>
        resendVerificationAction(initialActionState, form({})),
      );
      statuses.push(outcome.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Only the newest link works.
    const links = await db.emailToken.findMany({ where: { userId: member.id, usedAt: null } });
    expect(links).toHaveLength(1);
  });

  it("followers who asked get an email when someone they follow starts a room, a few a day", async () => {
    const follower = await createTestUser(db);
    const muter = await createTestUser(db);
    const unasked = await createTestUser(db);
    // Push reaches this one already (docs/push.md), so email stays quiet.
    const pushed = await createTestUser(db);
    for (const user of [follower, muter, unasked, pushed]) await verified(user);
    await db.user.updateMany({
      where: { id: { in: [follower.id, muter.id, pushed.id] } },
      data: { emailWhenLive: true },
    });
    await db.pushSubscription.create({
      data: {
        userId: pushed.id,
        endpoint: `https://push.example.test/${pushed.id}`,
        p256dh: "k",
        auth: "a",
      },
    });
    const hosts: TestUser[] = [];
    for (let index = 0; index <= LIVE_ROOM_EMAILS_PER_DAY; index += 1) {
      const host = await createTestUser(db, { displayName: `Host ${index}` });
      hosts.push(host);
      for (const user of [follower, muter, unasked, pushed]) {
        await followUser({ actorId: user.id, username: host.username });
      }
    }
    const first = hosts[0];
    if (!first) throw new Error("no host");
    await setPersonMuted({ actorId: muter.id, username: first.username, muted: true });

    const room = await createRoom({
      actorId: first.id,
      input: createRoomSchema.parse({
        title: "Jazz at dawn",
        topic: "MUSIC_KARAOKE",
        visibility: "OPEN",
      }),
    });
    const mail = await waitForMail(follower.email);
    expect(mail.Subject).toBe("Host 0 started a room: Jazz at dawn");
    expect(linkIn(mail, "/rooms/")).toMatch(new RegExp(`/rooms/${room.id}$`));

    for (const host of hosts.slice(1)) {
      await createRoom({
        actorId: host.id,
        input: createRoomSchema.parse({
          title: `Room of ${host.displayName}`,
          topic: "TECH",
          visibility: "OPEN",
        }),
      });
    }
    await waitForMail(follower.email, LIVE_ROOM_EMAILS_PER_DAY);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await mailTo(follower.email)).toHaveLength(LIVE_ROOM_EMAILS_PER_DAY);
    // The muted host's room sent the muter nothing; the others did, up to the cap.
    const muted = await mailTo(muter.email);
    expect(muted.map((m) => m.Subject)).not.toContain("Host 0 started a room: Jazz at dawn");
    expect(muted).toHaveLength(LIVE_ROOM_EMAILS_PER_DAY);
    expect(await mailTo(unasked.email)).toHaveLength(0);
    expect(await mailTo(pushed.email)).toHaveLength(0);
  });
});

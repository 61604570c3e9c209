import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { INVITE_ALPHABET, inviteCodeBits, normalizeInviteCode } from "@/lib/invite-code";
import { INVITE_REFUSALS } from "@/lib/validations/invites";
import { signupSchema } from "@/lib/validations/signup";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";
import { db } from "@/server/db";
import { createInvite } from "@/server/invites/create-invite";
import { findRedeemableInvite } from "@/server/invites/find-redeemable-invite";
import { listRoomsLiveForVisitor } from "@/server/invites/list-rooms-live-for-visitor";
import { listInvites } from "@/server/invites/list-invites";
import { redeemInvite } from "@/server/invites/redeem-invite";
import { revokeInvite } from "@/server/invites/revoke-invite";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

function newcomer(code: string, overrides: Record<string, string> = {}) {
  const tag = randomBytes(4).toString("hex");
  return signupSchema.parse({
    code,
    email: `new-${tag}@example.test`,
    username: `new_${tag}`,
    displayName: `Newcomer ${tag}`,
    password: "a long enough passphrase",
    ...overrides,
  });
}

function uniqueIp(): string {
  return `10.${[1, 2, 3].map(() => randomBytes(1)[0] ?? 0).join(".")}`;
}

async function inviteRow(id: string) {
  return db.invite.findUniqueOrThrow({
    where: { id },
    select: { redeemedAt: true, redeemedById: true, revokedAt: true },
  });
}

describe("invites", () => {
  it("twenty simultaneous redemptions of one code create exactly one account", async () => {
    const inviter = await createTestUser(db);
    const { code, id } = await createInvite({ actorId: inviter.id });
    const racers = Array.from({ length: 20 }, () => newcomer(code));

    const results = await Promise.allSettled(
      racers.map((racer) => redeemInvite({ ...racer, ip: uniqueIp() })),
    );

    const winners = results.filter((result) => result.status === "fulfilled");
    expect(winners).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({ userMessage: INVITE_REFUSALS.used });
      }
    }
    const accounts = await db.user.findMany({
      where: { email: { in: racers.map((racer) => racer.email) } },
      select: { id: true, invitedById: true, invitesLeft: true },
    });
    expect(accounts).toHaveLength(1);
    const [account] = accounts;
    expect(account).toMatchObject({
      invitedById: inviter.id,
      invitesLeft: getEnv().INVITES_PER_MEMBER,
    });
    expect((await inviteRow(id)).redeemedById).toBe(account?.id);
    const follows = await db.follow.findMany({
      where: { OR: [{ followerId: account?.id }, { followeeId: account?.id }] },
      select: { followerId: true, followeeId: true },
    });
    expect(follows).toEqual(
      expect.arrayContaining([
        { followerId: account?.id, followeeId: inviter.id },
        { followerId: inviter.id, followeeId: account?.id },
      ]),
    );
    expect(follows).toHaveLength(2);
  });

  it("invite codes carry at least 80 bits and are stored only as hashes", async () => {
    expect(inviteCodeBits()).toBeGreaterThanOrEqual(80);
    const inviter = await createTestUser(db);
    const created = await createInvite({ actorId: inviter.id });
    const normalized = normalizeInviteCode(created.code);
    // The bits are real: every character is drawn from the whole alphabet, no 0/O/1/l/I.
    expect(normalized.length * Math.log2(INVITE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
    expect([...normalized].every((char) => INVITE_ALPHABET.includes(char))).toBe(true);
    expect(INVITE_ALPHABET).not.toMatch(/[01OlI]/);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const more = await createInvite({ actorId: (await createTestUser(db)).id });
      for (const char of normalizeInviteCode(more.code)) seen.add(char);
    }
    expect(seen.size).toBe(INVITE_ALPHABET.length);

    const [row] = await db.$queryRaw<{ json: string }[]>`
      SELECT row_to_json(i)::text AS json FROM "Invite" i WHERE id = ${created.id}::uuid`;
    const stored = row?.json.toUpperCase() ?? "";
    expect(stored).not.toContain(normalized);
    expect(stored).not.toContain(normalized.slice(4));
    expect(stored).not.toContain(created.code.toUpperCase());
    const secrets = await db.invite.findUniqueOrThrow({
      where: { id: created.id },
      select: { codeHash: true, codePrefix: true },
    });
    expect(secrets.codeHash).toBe(createHash("sha256").update(normalized).digest("hex"));
    expect(secrets.codePrefix).toBe(normalized.slice(0, 4));

    // People type codes any way they like: case, dashes and spaces do not matter.
    const typed = created.code.toLowerCase().replaceAll("-", " ");
    await expect(findRedeemableInvite({ code: typed, ip: uniqueIp() })).resolves.toEqual({
      inviter: {
        id: inviter.id,
        displayName: inviter.displayName,
        username: inviter.username,
      },
    });
  });

  it("an invite link previews the open rooms live now, and nothing a visitor may not see", async () => {
    const host = await createTestUser(db);
    const title = (kind: string) => `Preview ${kind} ${host.id.slice(-6)}`;
    const club = await db.club.create({
      data: { slug: `preview-${host.id.slice(-8)}`, name: "Preview club", createdById: host.id },
      select: { id: true },
    });
    await createLiveRoom(db, { hostId: host.id, title: title("open") });
    await createLiveRoom(db, {
      hostId: host.id,
      title: title("club"),
      visibility: "CLUB",
      clubId: club.id,
    });
    await createLiveRoom(db, { hostId: host.id, title: title("closed"), visibility: "CLOSED" });
    const silent = await createLiveRoom(db, { hostId: host.id, title: title("silent") });
    await db.room.update({ where: { id: silent.id }, data: { stageEmptySince: new Date() } });
    // Busier than anything else live in the test database, so it is among the few shown.
    await db.room.updateMany({
      where: { createdById: host.id },
      data: { speakerCount: 900, listenerCount: 9000 },
    });

    const shown = (await listRoomsLiveForVisitor()).filter((room) =>
      room.title.startsWith("Preview"),
    );
    expect(shown).toEqual([
      expect.objectContaining({
        title: title("open"),
        hostName: host.displayName,
        speakerCount: 900,
      }),
    ]);
  });

  it("refuses used, expired, revoked, unknown and disabled-inviter codes, says which, and changes nothing", async () => {
    const inviter = await createTestUser(db);
    const used = await createInvite({ actorId: inviter.id });
    await redeemInvite({ ...newcomer(used.code), ip: uniqueIp() });
    const revoked = await createInvite({ actorId: inviter.id });
    await revokeInvite({ actorId: inviter.id, inviteId: revoked.id });
    const expired = await createInvite({ actorId: inviter.id });
    await db.invite.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const disabledInviter = await createTestUser(db);
    const orphan = await createInvite({ actorId: disabledInviter.id });
    await db.user.update({ where: { id: disabledInviter.id }, data: { disabledAt: new Date() } });

    const usersBefore = await db.user.count();
    const cases = [
      [used.code, INVITE_REFUSALS.used, INVITE_REFUSALS.used],
      [revoked.code, INVITE_REFUSALS.revoked, INVITE_REFUSALS.revoked],
      [expired.code, INVITE_REFUSALS.expired, INVITE_REFUSALS.expired],
      [orphan.code, INVITE_REFUSALS.inviterGone, INVITE_REFUSALS.inviterGone],
      ["ABC234-DEF567-GHJ789", INVITE_REFUSALS.unknownLink, INVITE_REFUSALS.unknownCode],
    ] as const;
    for (const [code, byLink, byCode] of cases) {
      const attempt = newcomer(code);
      await expect(redeemInvite({ ...attempt, ip: uniqueIp() })).rejects.toMatchObject({
        userMessage: byLink,
        field: "code",
      });
      await expect(findRedeemableInvite({ code, ip: uniqueIp() })).rejects.toMatchObject({
        userMessage: byLink,
      });
      await expect(
        findRedeemableInvite({ code, ip: uniqueIp(), via: "code" }),
      ).rejects.toMatchObject({ userMessage: byCode });
    }
    await expect(findRedeemableInvite({ code: "ABC234", ip: uniqueIp() })).rejects.toMatchObject({
      userMessage: INVITE_REFUSALS.malformedLink,
    });
    expect(await db.user.count()).toBe(usersBefore);
    expect(await inviteRow(expired.id)).toMatchObject({ redeemedAt: null, revokedAt: null });
    expect(await inviteRow(orphan.id)).toMatchObject({ redeemedAt: null });
  });

  it("a taken email or username is refused on that field and the invite stays usable", async () => {
    const inviter = await createTestUser(db);
    const existing = await createTestUser(db);
    const invite = await createInvite({ actorId: inviter.id });

    await expect(
      redeemInvite({
        ...newcomer(invite.code, { email: existing.email.toUpperCase() }),
        ip: uniqueIp(),
      }),
    ).rejects.toMatchObject({ field: "email" });
    await expect(
      redeemInvite({ ...newcomer(invite.code, { username: existing.username }), ip: uniqueIp() }),
    ).rejects.toMatchObject({
      field: "username",
      userMessage: "That username is taken. Try another.",
    });

    expect(await inviteRow(invite.id)).toMatchObject({ redeemedAt: null, redeemedById: null });
    await expect(redeemInvite({ ...newcomer(invite.code), ip: uniqueIp() })).resolves.toMatchObject(
      { inviterId: inviter.id },
    );
  });

  it("revoking an unused invite gives it back, once, and only to its sender", async () => {
    const inviter = await createTestUser(db, { invitesLeft: 1 });
    const invite = await createInvite({ actorId: inviter.id });
    await expect(createInvite({ actorId: inviter.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const stranger = await createTestUser(db);
    await expect(revokeInvite({ actorId: stranger.id, inviteId: invite.id })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );

    await revokeInvite({ actorId: inviter.id, inviteId: invite.id });
    await expect(revokeInvite({ actorId: inviter.id, inviteId: invite.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const overview = await listInvites({ actorId: inviter.id });
    expect(overview.invitesLeft).toBe(1);
    expect(overview.invites.map((row) => row.status)).toEqual(["revoked"]);

    const second = await createInvite({ actorId: inviter.id });
    const joined = newcomer(second.code);
    await redeemInvite({ ...joined, ip: uniqueIp() });
    await expect(revokeInvite({ actorId: inviter.id, inviteId: second.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const after = await listInvites({ actorId: inviter.id });
    expect(after.invitesLeft).toBe(0);
    expect(after.invites[0]).toMatchObject({
      status: "redeemed",
      redeemedBy: { username: joined.username, displayName: joined.displayName },
    });
  });

  it("admins have unlimited invites, and revoking does not change that", async () => {
    const admin = await createTestUser(db, { role: "ADMIN", invitesLeft: 0 });
    const invite = await createInvite({ actorId: admin.id });
    await createInvite({ actorId: admin.id });
    await revokeInvite({ actorId: admin.id, inviteId: invite.id });
    const overview = await listInvites({ actorId: admin.id });
    expect(overview.invitesLeft).toBe("unlimited");
    expect(overview.invites.map((row) => row.status).sort()).toEqual(["pending", "revoked"]);
  });

  it("lists expired invites as expired", async () => {
    const inviter = await createTestUser(db);
    const invite = await createInvite({ actorId: inviter.id });
    await db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date() } });
    const overview = await listInvites({ actorId: inviter.id });
    expect(overview.invites[0]).toMatchObject({ id: invite.id, status: "expired" });
  });

  it("guessing codes from one address is slowed down, other addresses are not", async () => {
    const inviter = await createTestUser(db);
    const invite = await createInvite({ actorId: inviter.id });
    const guesser = uniqueIp();
    for (let guess = 0; guess < 20; guess++) {
      const code = `${"ABCDEFGHJK".repeat(2).slice(0, 14)}${String(2000 + guess).replaceAll("0", "2")}`;
      await expect(findRedeemableInvite({ code, ip: guesser })).rejects.toMatchObject({
        code: "NOT_FOUND",
        field: "code",
      });
    }
    // Even the right code has to wait now, so guessing cannot simply continue.
    await expect(redeemInvite({ ...newcomer(invite.code), ip: guesser })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await inviteRow(invite.id)).toMatchObject({ redeemedAt: null });
    await expect(redeemInvite({ ...newcomer(invite.code), ip: uniqueIp() })).resolves.toMatchObject(
      { inviterId: inviter.id },
    );
  });

  it("two concurrent redemptions of the last invite of a member create one account", async () => {
    const inviter = await createTestUser(db, { invitesLeft: 1 });
    const { code, id } = await createInvite({ actorId: inviter.id });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: inviter.id }, select: { invitesLeft: true } }),
    ).toEqual({ invitesLeft: 0 });
    const racers = [newcomer(code), newcomer(code)];

    const results = await Promise.allSettled(
      racers.map((racer) => redeemInvite({ ...racer, ip: uniqueIp() })),
    );

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ userMessage: INVITE_REFUSALS.used });
    expect(
      await db.user.count({ where: { email: { in: racers.map((racer) => racer.email) } } }),
    ).toBe(1);
    expect((await inviteRow(id)).redeemedById).not.toBeNull();
    // Spending the last one never makes another: the member still has none left.
    expect(
      await db.user.findUniqueOrThrow({ where: { id: inviter.id }, select: { invitesLeft: true } }),
    ).toEqual({ invitesLeft: 0 });
  });

  it("revoking an invite while it is being redeemed lets exactly one of them win", async () => {
    for (let round = 0; round < 5; round++) {
      const inviter = await createTestUser(db, { invitesLeft: 1 });
      const { code, id } = await createInvite({ actorId: inviter.id });
      const racer = newcomer(code);
      const [redeemed, revoked] = await Promise.allSettled([
        redeemInvite({ ...racer, ip: uniqueIp() }),
        revokeInvite({ actorId: inviter.id, inviteId: id }),
      ]);
      const row = await inviteRow(id);
      const account = await db.user.count({ where: { email: racer.email } });
      const { invitesLeft } = await db.user.findUniqueOrThrow({
        where: { id: inviter.id },
        select: { invitesLeft: true },
      });
      if (redeemed.status === "fulfilled") {
        expect(revoked).toMatchObject({
          status: "rejected",
          reason: { userMessage: "This invite was already used or revoked." },
        });
        expect(row).toMatchObject({ revokedAt: null });
        expect(account).toBe(1);
        expect(invitesLeft).toBe(0);
      } else {
        expect(redeemed.reason).toMatchObject({ userMessage: INVITE_REFUSALS.revoked });
        expect(revoked.status).toBe("fulfilled");
        expect(row).toMatchObject({ redeemedAt: null, redeemedById: null });
        expect(account).toBe(0);
        // The revoked invite went back to the member's allowance.
        expect(invitesLeft).toBe(1);
      }
    }
  });
});

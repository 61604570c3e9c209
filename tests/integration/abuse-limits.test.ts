import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { followUser, FOLLOWS_PER_HOUR } from "@/server/follows/follow-user";
import { unfollowUser } from "@/server/follows/unfollow-user";
import { decideMatch } from "@/server/match/decide-match";
import { reportMatch } from "@/server/match/report-match";
import {
  MAX_INPUT_PIXELS,
  PHOTO_UPLOADS_PER_HOUR,
  uploadProfilePhoto,
} from "@/server/photos/upload-profile-photo";
import { fileReport } from "@/server/reports/file-report";
import { findProfile } from "@/server/users/find-profile";
import { createTestUser } from "../fixtures/users";

// Issue 31: what a block stops, and the limits on follows, reports and match decisions.

async function followNotices(userId: string, actorId: string) {
  return db.notification.count({ where: { userId, actorId, kind: "NEW_FOLLOWER" } });
}

async function newMatch(aId: string, bId: string, endsInMs = 5 * 60 * 1000) {
  return db.match.create({
    data: { aId, bId, topics: ["TECH"], endsAt: new Date(Date.now() + endsInMs) },
    select: { id: true },
  });
}

describe("blocks and abuse limits", () => {
  it("a blocked member cannot follow or notify the person who blocked them", async () => {
    const blocker = await createTestUser(db);
    const blocked = await createTestUser(db);
    await db.block.create({ data: { blockerId: blocker.id, blockedId: blocked.id } });

    for (let round = 0; round < 6; round++) {
      await expect(
        followUser({ actorId: blocked.id, username: blocker.username }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await unfollowUser({ actorId: blocked.id, username: blocker.username });
    }
    expect(await followNotices(blocker.id, blocked.id)).toBe(0);
    expect(
      await db.follow.count({ where: { followerId: blocked.id, followeeId: blocker.id } }),
    ).toBe(0);
    // Nor the other way: the blocker cannot follow (and so notify) the member they blocked.
    await expect(
      followUser({ actorId: blocker.id, username: blocked.username }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await followNotices(blocked.id, blocker.id)).toBe(0);

    // The blocked member cannot read the blocker's profile card; the blocker still reads theirs
    // (it is where they unblock).
    expect(await findProfile({ viewerId: blocked.id, username: blocker.username })).toBeNull();
    expect(await findProfile({ viewerId: blocker.id, username: blocked.username })).not.toBeNull();

    // Unblocked, following works again.
    await db.block.deleteMany({ where: { blockerId: blocker.id } });
    await followUser({ actorId: blocked.id, username: blocker.username });
    expect(await followNotices(blocker.id, blocked.id)).toBe(1);
  });

  it("following and unfollowing over and over tells the person once", async () => {
    const star = await createTestUser(db);
    const fan = await createTestUser(db);
    for (let round = 0; round < 6; round++) {
      await followUser({ actorId: fan.id, username: star.username });
      await unfollowUser({ actorId: fan.id, username: star.username });
    }
    expect(await followNotices(star.id, fan.id)).toBe(1);
  });

  it("follows are rate-limited per member", async () => {
    const eager = await createTestUser(db);
    const someone = await createTestUser(db);
    await db.rateLimit.create({
      data: { key: `follow:${eager.id}`, count: FOLLOWS_PER_HOUR, windowStart: new Date() },
    });
    await expect(
      followUser({ actorId: eager.id, username: someone.username }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.follow.count({ where: { followerId: eager.id } })).toBe(0);
  });

  it("reports sent at once about one subject make one open report", async () => {
    const reporter = await createTestUser(db);
    const target = await createTestUser(db);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        fileReport({
          reporterId: reporter.id,
          input: { kind: "PERSON", username: target.username, reason: "SPAM", note: "" },
        }),
      ),
    );
    expect(
      await db.report.count({
        where: { reporterId: reporter.id, targetId: target.id, status: "OPEN" },
      }),
    ).toBe(1);
  });

  it("a reported match makes one open report and can no longer end in a Connect", async () => {
    const reporter = await createTestUser(db);
    const other = await createTestUser(db);
    const match = await newMatch(reporter.id, other.id);
    for (let time = 0; time < 5; time++) {
      await reportMatch({ matchId: match.id, userId: reporter.id, reason: "HARASSMENT", note: "" });
    }
    expect(
      await db.report.count({
        where: { reporterId: reporter.id, targetId: other.id, status: "OPEN" },
      }),
    ).toBe(1);
    for (const userId of [reporter.id, other.id]) {
      await expect(
        decideMatch({ matchId: match.id, userId, decision: "CONNECT" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect(await decideMatch({ matchId: match.id, userId: other.id, decision: "PASS" })).toEqual({
      connected: false,
    });
    expect(await db.follow.count({ where: { followerId: { in: [reporter.id, other.id] } } })).toBe(
      0,
    );
  });

  it("a match between people who blocked each other, or long over, cannot end in a Connect", async () => {
    const ann = await createTestUser(db);
    const ben = await createTestUser(db);
    const blockedMatch = await newMatch(ann.id, ben.id);
    await decideMatch({ matchId: blockedMatch.id, userId: ann.id, decision: "CONNECT" });
    await db.block.create({ data: { blockerId: ann.id, blockedId: ben.id } });
    await expect(
      decideMatch({ matchId: blockedMatch.id, userId: ben.id, decision: "CONNECT" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.follow.count({ where: { followerId: { in: [ann.id, ben.id] } } })).toBe(0);

    const cat = await createTestUser(db);
    const dan = await createTestUser(db);
    const old = await db.match.create({
      data: {
        aId: cat.id,
        bId: dan.id,
        topics: ["TECH"],
        startedAt: new Date(Date.now() - 60 * 60 * 1000),
        endsAt: new Date(Date.now() - 55 * 60 * 1000),
      },
      select: { id: true },
    });
    await expect(
      decideMatch({ matchId: old.id, userId: cat.id, decision: "CONNECT" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone else's match is still "not found", not "closed".
    await expect(
      decideMatch({ matchId: old.id, userId: ann.id, decision: "CONNECT" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("photo uploads are rate-limited and capped at 4096² pixels", async () => {
    const member = await createTestUser(db);
    // One pixel over the cap, in a tiny file: refused from its header, never decoded.
    const tooManyPixels = await sharp({
      create: { width: 4097, height: 4096, channels: 3, background: { r: 9, g: 9, b: 9 } },
    })
      .png()
      .toBuffer();
    expect(4097 * 4096).toBeGreaterThan(MAX_INPUT_PIXELS);
    await expect(
      uploadProfilePhoto({ actorId: member.id, bytes: new Uint8Array(tooManyPixels) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", messageKey: "photoTooManyPixels" });

    const photo = await sharp({
      create: { width: 300, height: 300, channels: 3, background: { r: 200, g: 0, b: 0 } },
    })
      .png()
      .toBuffer();
    await db.rateLimit.upsert({
      where: { key: `photo:${member.id}` },
      create: { key: `photo:${member.id}`, count: PHOTO_UPLOADS_PER_HOUR, windowStart: new Date() },
      update: { count: PHOTO_UPLOADS_PER_HOUR, windowStart: new Date() },
    });
    await expect(
      uploadProfilePhoto({ actorId: member.id, bytes: new Uint8Array(photo) }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.profilePhoto.count({ where: { userId: member.id } })).toBe(0);
  });
});

// The backchannel (docs/backchannel.md): who may start a thread, one thread per pair, unread
// counts, reports, rate limits, and blocks hiding threads both ways.
import { describe, expect, it } from "vitest";
import { countBackchannelUnread, listThreads } from "@/server/backchannel/list-threads";
import { loadThread } from "@/server/backchannel/load-thread";
import { markThreadRead } from "@/server/backchannel/mark-thread-read";
import {
  BACKCHANNEL_MESSAGES_PER_MINUTE,
  sendBackchannelMessage,
} from "@/server/backchannel/send-backchannel-message";
import { startThread } from "@/server/backchannel/start-thread";
import { db } from "@/server/db";
import { exportMyData } from "@/server/privacy/export-my-data";
import { fileReport } from "@/server/reports/file-report";
import { blockUser } from "@/server/users/block-user";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser, type TestUser } from "../fixtures/users";

async function mutualFollow(a: TestUser, b: TestUser) {
  await db.follow.createMany({
    data: [
      { followerId: a.id, followeeId: b.id },
      { followerId: b.id, followeeId: a.id },
    ],
  });
}

function send(sender: TestUser, threadId: string, body: string) {
  return sendBackchannelMessage({ senderId: sender.id, threadId, input: { body } });
}

async function inbox(user: TestUser) {
  return (await listThreads({ userId: user.id })).map((thread) => thread.id);
}

async function unread(user: TestUser) {
  return (await countBackchannelUnread({ userId: user.id })).unread;
}

describe("backchannel", () => {
  it("a block hides backchannel threads both ways", async () => {
    const ana = await createTestUser(db);
    const ben = await createTestUser(db);
    const cai = await createTestUser(db);
    await mutualFollow(ana, ben);
    await mutualFollow(ana, cai);
    const pair = await startThread({ starterId: ana.id, input: { usernames: [ben.username] } });
    const group = await startThread({
      starterId: ana.id,
      input: { usernames: [ben.username, cai.username] },
    });
    await send(ben, pair.id, "Are you in the room?");
    await send(cai, group.id, "Hello both");
    expect(await inbox(ana)).toEqual(expect.arrayContaining([pair.id, group.id]));
    expect(await unread(ana)).toBe(2);

    for (const [blocker, blocked] of [
      [ana, ben],
      [ben, ana],
    ] as const) {
      await blockUser({ actorId: blocker.id, username: blocked.username });
      // Hidden from both of them, and from everyone in a group they share.
      for (const member of [ana, ben]) {
        expect(await inbox(member)).toEqual([]);
        expect(await unread(member)).toBe(0);
        await expect(loadThread({ userId: member.id, threadId: pair.id })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
        await expect(send(member, pair.id, "Still there?")).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
      expect(await inbox(cai)).toEqual([]);
      await expect(send(cai, group.id, "Anyone?")).rejects.toMatchObject({ code: "NOT_FOUND" });
      // No new thread around the block either.
      await expect(
        startThread({ starterId: blocked.id, input: { usernames: [blocker.username] } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await db.block.deleteMany({ where: { blockerId: blocker.id } });
    }

    // Lifted, the threads come back as they were.
    expect(await inbox(ana)).toEqual(expect.arrayContaining([pair.id, group.id]));
    expect((await loadThread({ userId: ben.id, threadId: pair.id })).messages).toMatchObject([
      { body: "Are you in the room?", sender: { id: ben.id } },
    ]);
  });

  it("threads are for mutual follows or people in the same live room, one per pair", async () => {
    const ana = await createTestUser(db);
    const fan = await createTestUser(db);
    const listener = await createTestUser(db);
    await db.follow.create({ data: { followerId: fan.id, followeeId: ana.id } });
    await expect(
      startThread({ starterId: fan.id, input: { usernames: [ana.username] } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const room = await createLiveRoom(db, { hostId: ana.id });
    await db.roomParticipant.updateMany({ where: { roomId: room.id }, data: { leftAt: null } });
    await db.roomParticipant.create({ data: { roomId: room.id, userId: listener.id } });
    const first = await startThread({
      starterId: listener.id,
      input: { usernames: [ana.username] },
    });
    const again = await startThread({
      starterId: ana.id,
      input: { usernames: [listener.username] },
    });
    expect(again.id).toBe(first.id);

    // Left the room: strangers again, though the thread they made stays theirs.
    await db.roomParticipant.updateMany({
      where: { roomId: room.id, userId: listener.id },
      data: { leftAt: new Date() },
    });
    await expect(
      startThread({ starterId: listener.id, input: { usernames: [ana.username, fan.username] } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await send(listener, first.id, "Thanks for the talk");
    expect(await unread(ana)).toBe(1);
    await markThreadRead({ userId: ana.id, threadId: first.id });
    expect(await unread(ana)).toBe(0);
  });

  it("a backchannel message can be reported and exported, and sending is rate limited", async () => {
    const ana = await createTestUser(db);
    const ben = await createTestUser(db);
    await mutualFollow(ana, ben);
    const thread = await startThread({ starterId: ana.id, input: { usernames: [ben.username] } });
    const hello = await send(ana, thread.id, "hello");
    const rude = await send(ben, thread.id, "something rude");
    await send(ana, thread.id, "pardon?");

    const report = await fileReport({
      reporterId: ana.id,
      input: { kind: "BACKCHANNEL_MESSAGE", messageId: rude.id, reason: "HARASSMENT", note: "" },
    });
    const filed = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(filed).toMatchObject({
      kind: "BACKCHANNEL_MESSAGE",
      targetId: ben.id,
      chatMessageId: rude.id,
      status: "OPEN",
    });
    expect(filed.chatContext).toMatchObject([
      { id: hello.id, text: "hello" },
      { id: rude.id, text: "something rude", senderUsername: ben.username },
      { text: "pardon?" },
    ]);
    // The data export holds what the member wrote, never what others wrote to them.
    const archive = await exportMyData({ actorId: ana.id });
    expect(archive.backchannelMessages.map((message) => message.body)).toEqual([
      "hello",
      "pardon?",
    ]);
    const outsider = await createTestUser(db);
    await expect(
      fileReport({
        reporterId: outsider.id,
        input: { kind: "BACKCHANNEL_MESSAGE", messageId: rude.id, reason: "SPAM", note: "" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    for (let sent = 2; sent < BACKCHANNEL_MESSAGES_PER_MINUTE; sent += 1) {
      await send(ana, thread.id, `message ${sent}`);
    }
    await expect(send(ana, thread.id, "one too many")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});

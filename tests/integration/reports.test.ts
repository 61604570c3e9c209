import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as postReport } from "@/app/api/reports/route";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { decideReport } from "@/server/reports/decide-report";
import { fileReport } from "@/server/reports/file-report";
import { listOpenReports } from "@/server/reports/list-open-reports";
import { createLiveRoom } from "../fixtures/rooms";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

// Reporting and the admins' queue (src/server/reports): who may see and decide reports, what a
// reporter may point at, and that a decision and its consequence commit together.

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** A live room whose host said six lines, with `present` in it. */
async function roomWithChat(options: { visibility?: "OPEN" | "CLOSED"; present: string[] }) {
  const host = await createTestUser(db, { displayName: "Hal Host" });
  const room = await createLiveRoom(db, {
    hostId: host.id,
    visibility: options.visibility ?? "OPEN",
  });
  await db.roomParticipant.createMany({
    data: options.present.map((userId) => ({ roomId: room.id, userId, role: "LISTENER" as const })),
  });
  const start = Date.now() - 60_000;
  const lines = Array.from({ length: 9 }, (_, index) => ({
    id: crypto.randomUUID(),
    roomId: room.id,
    senderId: host.id,
    senderName: "Hal Host",
    senderUsername: host.username,
    text: `line ${index}`,
    createdAt: new Date(start + index * 1_000),
  }));
  await db.roomChatMessage.createMany({ data: lines });
  return { host, room, lines };
}

async function reportAgainst(targetUsername: string, reporterId: string) {
  return fileReport({
    reporterId,
    input: { kind: "PERSON", username: targetUsername, reason: "SPAM", note: "" },
  });
}

describe("reports", () => {
  it("only admins list and decide reports, and a refused decision changes nothing", async () => {
    const [member, target, admin] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: "ADMIN" }),
    ]);
    const report = await reportAgainst(target.username, member.id);

    expect((await rejection(listOpenReports({ actorId: member.id }))).code).toBe("NOT_FOUND");
    const refused = await rejection(
      decideReport({ actorId: member.id, reportId: report.id, decision: "disable" }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    const after = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.status).toBe("OPEN");
    const targetRow = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(targetRow.disabledAt).toBeNull();

    const queue = await listOpenReports({ actorId: admin.id });
    expect(queue.map((item) => item.id)).toContain(report.id);
  });

  it("disabling from a report ends the account's sessions and room access and resolves its reports together", async () => {
    const [reporter, other, admin] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: "ADMIN" }),
    ]);
    const { host, room } = await roomWithChat({ present: [reporter.id] });
    await db.roomParticipant.updateMany({
      where: { roomId: room.id, userId: host.id },
      data: { leftAt: null },
    });
    const first = await fileReport({
      reporterId: reporter.id,
      input: { kind: "ROOM", roomId: room.id, reason: "HARASSMENT", note: "shouting" },
    });
    const second = await reportAgainst(host.username, other.id);

    await decideReport({ actorId: admin.id, reportId: first.id, decision: "disable" });

    const user = await db.user.findUniqueOrThrow({ where: { id: host.id } });
    expect(user.disabledAt).not.toBeNull();
    expect(user.sessionVersion).toBe(1);
    const seat = await db.roomParticipant.findFirstOrThrow({
      where: { roomId: room.id, userId: host.id },
    });
    expect(seat.leftAt).not.toBeNull();
    const reports = await db.report.findMany({ where: { id: { in: [first.id, second.id] } } });
    for (const report of reports) {
      expect(report.status).toBe("DISABLED");
      expect(report.resolvedById).toBe(admin.id);
      expect(report.resolvedAt).not.toBeNull();
    }
    // Decided already: a second admin's click is refused rather than acted on twice.
    const again = await rejection(
      decideReport({ actorId: admin.id, reportId: first.id, decision: "warn" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(await db.notification.count({ where: { userId: host.id } })).toBe(0);
  });

  it("two admins deciding one report at once: one decision wins, with only its consequence", async () => {
    const [reporter, target, adminA, adminB] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: "ADMIN" }),
      createTestUser(db, { role: "ADMIN" }),
    ]);
    const report = await reportAgainst(target.username, reporter.id);
    const outcomes = await Promise.allSettled([
      decideReport({ actorId: adminA.id, reportId: report.id, decision: "warn" }),
      decideReport({ actorId: adminB.id, reportId: report.id, decision: "disable" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const decided = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    const user = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const warnings = await db.notification.count({
      where: { userId: target.id, kind: "ACCOUNT_WARNING" },
    });
    if (decided.status === "WARNED") {
      expect(warnings).toBe(1);
      expect(user.disabledAt).toBeNull();
    } else {
      expect(decided.status).toBe("DISABLED");
      expect(warnings).toBe(0);
      expect(user.disabledAt).not.toBeNull();
    }
  });

  it("a member cannot report a chat line of a room they cannot see; one who was there can, with its context", async () => {
    const [guest, outsider, admin] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db, { role: "ADMIN" }),
    ]);
    const { host, room, lines } = await roomWithChat({ visibility: "CLOSED", present: [guest.id] });
    await db.roomInvite.create({ data: { roomId: room.id, userId: guest.id } });
    const reported = lines[4];
    if (!reported) throw new Error("no line 4");
    const input = {
      kind: "CHAT_MESSAGE" as const,
      roomId: room.id,
      messageId: reported.id,
      reason: "HARASSMENT" as const,
      note: "",
    };

    const refused = await rejection(fileReport({ reporterId: outsider.id, input }));
    expect(refused.code).toBe("NOT_FOUND");
    expect(await db.report.count({ where: { reporterId: outsider.id } })).toBe(0);

    const filed = await fileReport({ reporterId: guest.id, input });
    const queued = (await listOpenReports({ actorId: admin.id })).find(
      (item) => item.id === filed.id,
    );
    expect(queued?.target.id).toBe(host.id);
    expect(queued?.chat?.reportedId).toBe(reported.id);
    expect(queued?.chat?.lines.map((line) => line.text)).toEqual([
      "line 1",
      "line 2",
      "line 3",
      "line 4",
      "line 5",
      "line 6",
      "line 7",
    ]);
    // The copy outlives the chat, which is deleted when the room ends.
    await db.roomChatMessage.deleteMany({ where: { roomId: room.id } });
    const later = (await listOpenReports({ actorId: admin.id })).find(
      (item) => item.id === filed.id,
    );
    expect(later?.chat?.lines).toHaveLength(7);
  });

  it("a malformed report is refused with field messages people can read", async () => {
    const member = await createTestUser(db);
    const request = new NextRequest(new URL("/api/reports", getEnv().APP_URL), {
      method: "POST",
      headers: fromTheApp({ cookie: await sessionCookie(member.id) }),
      body: JSON.stringify({
        kind: "PERSON",
        username: "someone",
        reason: "BORED",
        note: "x".repeat(501),
      }),
    });
    const response = await postReport(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(422);
    const body: unknown = await response.json();
    expect(body).toMatchObject({
      error: {
        code: "UNPROCESSABLE",
        fields: {
          reason: ["Pick a reason for the report."],
          note: ["Keep the note to 500 characters."],
        },
      },
    });
    const self = await rejection(reportAgainst(member.username, member.id));
    expect(self.code).toBe("BAD_REQUEST");
    expect(self.userMessage).toBe("You cannot report yourself.");
  });
});

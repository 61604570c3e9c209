import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as downloadCalendar } from "@/app/events/[roomId]/calendar/route";
import { updateScheduledRoomSchema } from "@/lib/validations/rooms";
import { db } from "@/server/db";
import { sendEventReminders } from "@/server/events/send-event-reminders";
import { setRsvp } from "@/server/events/set-rsvp";
import { listNotifications } from "@/server/notifications/list-notifications";
import { startScheduledRoom } from "@/server/rooms/start-scheduled-room";
import { updateScheduledRoom } from "@/server/rooms/update-scheduled-room";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";

async function scheduleRoom(hostId: string, title: string, startsAt: Date) {
  return db.room.create({
    data: {
      title,
      description: "Bring questions; we'll take them live.",
      topic: "TECH",
      status: "SCHEDULED",
      scheduledFor: startsAt,
      createdById: hostId,
    },
    select: { id: true },
  });
}

async function kindsFor(userId: string) {
  return (await listNotifications({ userId })).items.map((item) => item.kind);
}

describe("RSVPs and calendars", () => {
  it("an RSVP'd member is notified when the scheduled room starts", async () => {
    const host = await createTestUser(db);
    const rsvped = await createTestUser(db);
    const followerOnly = await createTestUser(db);
    const startsAt = new Date(Date.now() + 60 * 60 * 1000);
    const room = await scheduleRoom(host.id, "Launch AMA", startsAt);
    await db.follow.createMany({
      data: [
        { followerId: rsvped.id, followeeId: host.id },
        { followerId: followerOnly.id, followeeId: host.id },
      ],
    });

    await setRsvp({ actorId: rsvped.id, roomId: room.id, going: true });
    await setRsvp({ actorId: rsvped.id, roomId: room.id, going: true });
    expect(await db.roomRsvp.count({ where: { roomId: room.id } })).toBe(1);
    await expect(setRsvp({ actorId: host.id, roomId: room.id, going: true })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );

    // Ten minutes before: reminded once, however many instances look.
    const tenBefore = new Date(startsAt.getTime() - 9 * 60 * 1000);
    await Promise.all([sendEventReminders(tenBefore), sendEventReminders(tenBefore)]);
    await sendEventReminders(tenBefore);
    expect(await kindsFor(rsvped.id)).toEqual(["EVENT_REMINDER"]);
    expect(await kindsFor(followerOnly.id)).toEqual([]);

    await startScheduledRoom({ actorId: host.id, roomId: room.id });
    // The RSVP is told the event is starting, once; other followers get the usual notice.
    expect(await kindsFor(rsvped.id)).toEqual(["EVENT_STARTING", "EVENT_REMINDER"]);
    expect(await kindsFor(followerOnly.id)).toEqual(["ROOM_STARTED"]);
    const [starting] = (await listNotifications({ userId: rsvped.id })).items;
    expect(starting?.room).toEqual({ id: room.id, title: "Launch AMA", live: true });
  });

  it("a room moved to a later time reminds its RSVPs again", async () => {
    const host = await createTestUser(db);
    const member = await createTestUser(db);
    const startsAt = new Date(Date.now() + 5 * 60 * 1000);
    const room = await scheduleRoom(host.id, "Moved", startsAt);
    await setRsvp({ actorId: member.id, roomId: room.id, going: true });
    await sendEventReminders();
    expect(await kindsFor(member.id)).toEqual(["EVENT_REMINDER"]);

    const later = new Date(Date.now() + 3 * 60 * 60 * 1000);
    await updateScheduledRoom({
      actorId: host.id,
      roomId: room.id,
      input: updateScheduledRoomSchema.parse({
        title: "Moved",
        topic: "TECH",
        scheduledFor: later.toISOString(),
      }),
    });
    await sendEventReminders(new Date(later.getTime() - 5 * 60 * 1000));
    expect(await kindsFor(member.id)).toEqual(["EVENT_REMINDER", "EVENT_REMINDER"]);

    await setRsvp({ actorId: member.id, roomId: room.id, going: false });
    expect(await db.roomRsvp.count({ where: { roomId: room.id } })).toBe(0);
  });

  it("an event downloads as a valid ics file", async () => {
    const host = await createTestUser(db);
    const startsAt = new Date("2031-03-14T18:30:00.000Z");
    // Commas, semicolons and a long title exercise escaping and line folding.
    const title = "Ünïcode, semicolons; and a title long enough that its line must fold in two";
    const room = await scheduleRoom(host.id, title, startsAt);

    const response = await downloadCalendar(
      new NextRequest(`http://127.0.0.1/events/${room.id}/calendar`, {
        headers: { cookie: await sessionCookie(host.id) },
      }),
      { params: Promise.resolve({ roomId: room.id }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(".ics");
    const text = await response.text();
    for (const line of text.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }

    const calendar = ICAL.Component.fromString(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const vevent = calendar.getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(title);
    expect(event.uid).toBe(`${room.id}@hearth`);
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(event.endDate.toJSDate().getTime() - startsAt.getTime()).toBe(60 * 60 * 1000);
    expect(event.description).toContain(`/events/${room.id}`);

    // Nobody else's closed event leaks through the calendar route.
    const stranger = await createTestUser(db);
    const closed = await db.room.create({
      data: {
        title: "Secret",
        topic: "TECH",
        status: "SCHEDULED",
        visibility: "CLOSED",
        scheduledFor: startsAt,
        createdById: host.id,
      },
      select: { id: true },
    });
    const refused = await downloadCalendar(
      new NextRequest(`http://127.0.0.1/events/${closed.id}/calendar`, {
        headers: { cookie: await sessionCookie(stranger.id) },
      }),
      { params: Promise.resolve({ roomId: closed.id }) },
    );
    expect(refused.status).toBe(404);
  });
});

// GET /events/[roomId]/calendar — the scheduled room as an .ics file ("Add to calendar")
import { z } from "zod";
import { getEnv } from "@/env";
import { eventToIcs } from "@/lib/ics";
import { AppError } from "@/server/errors";
import { withAuth } from "@/server/http/with-auth";
import { getEvent } from "@/server/rooms/get-event";

const paramsSchema = z.object({ roomId: z.uuid() });

// Rooms have no end time; calendars need one. An hour is what most rooms run.
const ASSUMED_MINUTES = 60;

export const GET = withAuth({ params: paramsSchema }, async ({ caller, params }) => {
  const room = await getEvent({ viewerId: caller.id, roomId: params.roomId });
  if (!room?.scheduledFor) throw new AppError("NOT_FOUND", { key: "roomMissing" });
  const url = new URL(`/events/${room.id}`, getEnv().APP_URL).toString();
  const body = eventToIcs({
    uid: `${room.id}@hearth`,
    title: room.title,
    description: room.description ? `${room.description}\n\n${url}` : url,
    start: room.scheduledFor,
    durationMinutes: ASSUMED_MINUTES,
    url,
    stamp: new Date(),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="hearth-${room.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
});

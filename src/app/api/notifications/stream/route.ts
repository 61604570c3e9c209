// GET /api/notifications/stream — Server-Sent Events for the signed-in member's open tab: `unread`,
// `notification`, and `closed` when the session ends or a newer tab of it takes the stream's place
import { withSessionClaims } from "@/server/http/with-auth";
import { openNotificationStream } from "@/server/notifications/open-notification-stream";

export const dynamic = "force-dynamic";

// The stream confirms the session itself once it is listening, so an ending cannot slip between.
export const GET = withSessionClaims({}, async ({ session, request }) => {
  const stream = await openNotificationStream({ session, signal: request.signal });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});

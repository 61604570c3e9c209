// GET /api/account/data — the caller's data as one JSON archive, downloaded (docs/privacy.md)
import { withAuth } from "@/server/http/with-auth";
import { exportMyData } from "@/server/privacy/export-my-data";

export const GET = withAuth({}, async ({ caller }) => {
  const archive = await exportMyData({ actorId: caller.id });
  const day = archive.exportedAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(archive, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="hearth-${caller.username}-${day}.json"`,
      "cache-control": "private, no-store",
    },
  });
});

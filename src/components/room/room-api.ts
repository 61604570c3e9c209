import { errorBodySchema, roomApiPath, type RoomAction } from "@/lib/live/room-api";

export type RoomApiResult =
  { ok: true; data: unknown } | { ok: false; status: number; message: string };

/** POSTs to one of the room's endpoints; failures come back with the server's message for people. */
export async function postToRoom(
  roomId: string,
  action: RoomAction,
  body?: unknown,
  signal?: AbortSignal,
): Promise<RoomApiResult> {
  try {
    const response = await fetch(roomApiPath(roomId, action), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
    const data: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data };
    const error = errorBodySchema.safeParse(data);
    const message = error.success ? error.data.error.message : "Something went wrong. Try again.";
    return { ok: false, status: response.status, message };
  } catch {
    return { ok: false, status: 0, message: "Can't reach Hearth. Check your connection." };
  }
}

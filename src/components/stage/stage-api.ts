import { errorBodySchema, stageApiPath, type StageAction } from "@/lib/live/room-api";

export type StageApiResult =
  { ok: true; data: unknown } | { ok: false; status: number; message: string };

/** Calls one stage endpoint; failures come back with the server's message for people. */
export async function callStage(
  roomId: string,
  action: StageAction,
  method: "GET" | "POST" | "PUT" | "DELETE",
  body?: unknown,
): Promise<StageApiResult> {
  try {
    const response = await fetch(stageApiPath(roomId, action), {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
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

import { z } from "zod/mini";
import { errorBodySchema } from "@/lib/live/room-api";

/**
 * A failed call: `status` 0 when Hearth could not be reached; `message` is the server's reason for
 * people, or null when it gave none (the caller words it from the catalogue).
 */
export type RoomRequestFailure = {
  ok: false;
  status: number;
  message: string | null;
  /** For a 429: the seconds its Retry-After header asks the caller to wait. */
  retryAfter?: number;
  /** For a 5xx: the server's reference for its log line, for the person to quote. */
  reference?: string;
};

// A 5xx body names the log line it left (src/server/http/error-response.ts).
const referenceSchema = z.object({ error: z.object({ reference: z.string() }) });
export type RoomRequestResult = { ok: true; data: unknown } | RoomRequestFailure;

export type RoomRequestInit = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
};

/** Calls one room or stage endpoint (paths from src/lib/live/room-api.ts) and never throws. */
export async function requestRoom(
  path: string,
  { method = "POST", body, signal }: RoomRequestInit = {},
): Promise<RoomRequestResult> {
  try {
    const response = await fetch(path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
    const data: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data };
    const error = errorBodySchema.safeParse(data);
    const retryAfter = Number(response.headers.get("retry-after"));
    const reference = referenceSchema.safeParse(data);
    return {
      ok: false,
      status: response.status,
      message: error.success ? error.data.error.message : null,
      ...(response.status === 429 && retryAfter > 0 ? { retryAfter: Math.ceil(retryAfter) } : {}),
      ...(reference.success ? { reference: reference.data.error.reference } : {}),
    };
  } catch {
    return { ok: false, status: 0, message: null };
  }
}

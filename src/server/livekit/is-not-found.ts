import "server-only";
import { ServerError } from "livekit-server-sdk";

/** LiveKit answers "not found" for a room that already closed; callers treat that as done. */
export function isLivekitNotFound(error: unknown): boolean {
  return error instanceof ServerError && (error.code === "not_found" || error.status === 404);
}

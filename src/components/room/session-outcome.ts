import type { DisconnectReason } from "livekit-client";
import type * as Livekit from "livekit-client";
import type { LivePhase, SessionEnd } from "./live-phase";
import type { RoomRequestFailure } from "./request-room";

/**
 * A connect that met this many 5xx answers in a row stops retrying by itself and says so (a server
 * bug answers the same way every time; retrying it forever only promised a recovery that never
 * came). A 503 is the server saying "briefly" (a database failover), so it is retried on.
 */
export const MAX_SERVER_ERRORS = 3;

/**
 * What a refused token request becomes. Retried by itself: Hearth unreachable (0), a 429 (its wait
 * ends) and a 503 (briefly unavailable). Not retried: any other 4xx (asking again gets the same
 * answer), and a 5xx once it has come MAX_SERVER_ERRORS times in a row.
 */
export function refusal(
  failure: RoomRequestFailure,
  attempt: number,
  serverErrors: number,
): LivePhase {
  const { status, message } = failure;
  if (status === 409) return { kind: "ended" };
  if (status === 403) return { kind: "refused", title: "forbiddenTitle", message };
  if (status === 404 || status === 401) {
    return { kind: "refused", title: "unavailableTitle", message };
  }
  if (status >= 400 && status < 500 && status !== 429) {
    return { kind: "refused", title: "joinRefusedTitle", message };
  }
  const failedAgain = status >= 500 && status !== 503 ? serverErrors + 1 : 0;
  if (failedAgain >= MAX_SERVER_ERRORS) {
    return { kind: "failed", message, reference: failure.reference ?? null };
  }
  return { kind: "disconnected", message, attempt, serverErrors: failedAgain };
}

/** Why LiveKit closed the connection, in the page's words (its enum comes with its lazy client). */
export function endOf(
  reason: DisconnectReason | undefined,
  reasons: typeof Livekit.DisconnectReason,
): SessionEnd {
  switch (reason) {
    case reasons.ROOM_DELETED:
    case reasons.ROOM_CLOSED:
      return "ended";
    case reasons.DUPLICATE_IDENTITY:
      return "replaced";
    case reasons.PARTICIPANT_REMOVED:
      return "removed";
    case reasons.CLIENT_INITIATED:
      return "left";
    default:
      return "lost";
  }
}

/** The phase a session is in once its connection has closed. */
export function phaseAfter(why: SessionEnd): LivePhase {
  switch (why) {
    case "ended":
      return { kind: "ended" };
    case "replaced":
      return { kind: "replaced" };
    case "removed":
      return { kind: "refused", title: "removedTitle", message: null };
    case "left":
      return { kind: "left" };
    case "lost":
      return { kind: "disconnected", message: null, attempt: 0, serverErrors: 0 };
  }
}

import { elsewhereAnswerSchema, type ElsewhereAnswer } from "@/lib/live/one-room";
import { joinRoomResponseSchema, roomApiPath, type JoinRoomResponse } from "@/lib/live/room-api";
import { requestRoom, type RoomRequestFailure } from "./request-room";

export type TokenAnswer =
  | { ok: true; joined: JoinRoomResponse }
  | ({ ok: true } & ElsewhereAnswer)
  | { ok: false; failure: RoomRequestFailure };

/**
 * Asks the server to join the person to the room (POST …/token): their token, the room they are
 * live in elsewhere, or why not. `leaveOthers`: they agreed to leave that other room.
 */
export async function requestToken(roomId: string, leaveOthers: boolean): Promise<TokenAnswer> {
  const result = await requestRoom(roomApiPath(roomId, "token"), {
    ...(leaveOthers ? { body: { leaveOthers: true } } : {}),
  });
  if (!result.ok) return { ok: false, failure: result };
  const elsewhere = elsewhereAnswerSchema.safeParse(result.data);
  if (elsewhere.success) return { ok: true, elsewhere: elsewhere.data.elsewhere };
  const joined = joinRoomResponseSchema.safeParse(result.data);
  if (!joined.success) {
    // No reason of the server's to show: the page words it from the catalogue.
    return { ok: false, failure: { ok: false, status: 0, message: null } };
  }
  return { ok: true, joined: joined.data };
}

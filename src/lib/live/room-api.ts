import { z } from "zod/mini";
import { errorKey } from "@/lib/error-key";
import { STAGE_ROLES } from "./roles";

// The room API as the browser calls it: its paths, and the answers it parses.

export const roomParamsSchema = z.object({ roomId: z.uuid(errorKey("unknownRoom")) });
export type RoomParams = z.infer<typeof roomParamsSchema>;

export type RoomAction =
  "token" | "ticket" | "reactions" | "chat" | "end" | "hand-over" | "summary" | "pings";

export type StageAction =
  | "hand"
  | "invite"
  | "dismiss"
  | "audience"
  | "mute"
  | "moderator"
  | "remove"
  | "hand-raising"
  | "log"
  | "invitation"
  | "leave"
  | "grant"
  | "beat";

export function roomApiPath(roomId: string, action: RoomAction): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/${action}`;
}

export function stageApiPath(roomId: string, action: StageAction): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/stage/${action}`;
}

/** The token endpoint's answer. */
export const joinRoomResponseSchema = z.object({
  serverUrl: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
  role: z.enum(STAGE_ROLES),
});
export type JoinRoomResponse = z.infer<typeof joinRoomResponseSchema>;

/**
 * A join ticket: a token a hallway card fetched while on screen, spent on the click
 * (src/server/live/issue-join-ticket.ts). `expiresAt` is when LiveKit stops accepting it (ms).
 */
export const joinTicketSchema = z.extend(joinRoomResponseSchema, { expiresAt: z.number() });
export type JoinTicket = z.infer<typeof joinTicketSchema>;

/** The ticket endpoint's answer: no ticket means the click joins the usual way. */
export const joinTicketResponseSchema = z.object({ ticket: z.nullable(joinTicketSchema) });

/** The body of every error answer from the app (see src/server/http/error-response.ts). */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

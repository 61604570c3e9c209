import { joinTicketResponseSchema, roomApiPath, type JoinTicket } from "@/lib/live/room-api";
import { requestRoom } from "./request-room";

/*
 * The tab's join tickets: one per live room a link on screen points to, fetched while the link is
 * visible and spent on its click (src/server/live/issue-join-ticket.ts). A ticket is used once and
 * only while LiveKit still accepts it.
 */

// A ticket this close to running out is not spent: connecting takes a moment, and the join that
// replaces it costs one request.
const SPEND_MARGIN_MS = 5_000;

const held = new Map<string, JoinTicket>();

/** Fetches a ticket for the room and holds it; answers when the next one is due (ms), or null. */
export async function fetchTicket(roomId: string, signal: AbortSignal): Promise<number | null> {
  const result = await requestRoom(roomApiPath(roomId, "ticket"), { signal });
  if (!result.ok) return null;
  const answer = joinTicketResponseSchema.safeParse(result.data);
  if (!answer.success || !answer.data.ticket) return null;
  held.set(roomId, answer.data.ticket);
  return renewalDue(answer.data.ticket);
}

/** When the held ticket for the room is due to be renewed (ms), or null when none is held. */
export function heldTicketDue(roomId: string): number | null {
  const ticket = held.get(roomId);
  return ticket ? renewalDue(ticket) : null;
}

function renewalDue(ticket: JoinTicket): number {
  return ticket.expiresAt - SPEND_MARGIN_MS * 2;
}

/** The room's ticket, taken out of the store, if one is held that LiveKit will still accept. */
export function takeTicket(roomId: string): JoinTicket | null {
  const ticket = held.get(roomId);
  held.delete(roomId);
  return ticket && ticket.expiresAt - Date.now() > SPEND_MARGIN_MS ? ticket : null;
}

import type { Room } from "livekit-client";
import type { ElsewhereAnswer } from "@/lib/live/one-room";
import type { JoinRoomResponse } from "@/lib/live/room-api";

/**
 * What the mini-player needs to name the room without asking anyone. An entry from a room link
 * knows no host yet (null); the room page fills it in.
 */
export type LiveRoomSummary = { id: string; title: string; hostName: string | null };

/** Why a session stopped, in the page's words. */
export type SessionEnd = "ended" | "replaced" | "removed" | "left" | "lost";

export type RefusalTitle =
  "removedTitle" | "forbiddenTitle" | "unavailableTitle" | "joinRefusedTitle";

export type LivePhase =
  | { kind: "joining" }
  | { kind: "live"; joined: JoinRoomResponse; livekitRoom: Room }
  | { kind: "ended" }
  // `title` is a room-catalogue key; `message` is the server's reason, or null for the catalogue's own.
  | { kind: "refused"; title: RefusalTitle; message: string | null }
  | { kind: "replaced" }
  | { kind: "left" }
  // Live in another room from another tab or device: asked before that room is left.
  | { kind: "elsewhere"; other: ElsewhereAnswer["elsewhere"] }
  // `message` null: the connection dropped (said by the room catalogue), not a refused request.
  // `serverErrors`: how many 5xx answers in a row this retrying has met.
  | { kind: "disconnected"; message: string | null; attempt: number; serverErrors: number }
  // The server kept failing (a 5xx, MAX_SERVER_ERRORS times in a row): no more retrying by itself.
  // `reference` names the server's log line, for the person to quote.
  | { kind: "failed"; message: string | null; reference: string | null };

export type LiveSession = {
  room: LiveRoomSummary;
  phase: LivePhase;
  /**
   * The page a link to the room was followed from, while the tab is still on it: the room's own
   * page is on its way, so the mini-player stays off there.
   */
  linkedFrom?: string;
};

/** Whether the session holds (or is getting back) a place in its room. */
export function isActive(phase: LivePhase): boolean {
  return phase.kind === "joining" || phase.kind === "live" || phase.kind === "disconnected";
}

/**
 * One connect of the tab's one LiveKit `Room`, to a room or a call (`id` is the room's or the
 * match's): events of an earlier attempt are ignored, and `leaving` marks one the person left or a
 * later entry replaced.
 */
export type Attempt = { id: string; livekitRoom: Room | null; leaving: boolean; active: boolean };

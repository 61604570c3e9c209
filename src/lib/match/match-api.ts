import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { REPORT_REASONS } from "@/lib/reports";
import { ROOM_TOPICS } from "@/lib/topics";

// Voice match as the browser calls it: paths, request bodies and the status it polls.

export const MATCH_SECONDS = 5 * 60;
/** How often a waiting page asks whether it was matched (docs/voice-match.md says why polling). */
export const MATCH_POLL_MS = 250;

export const matchOptInSchema = z.object({
  adult: z.literal(true, errorKey("matchAdultOnly")),
  topics: z
    .array(z.enum(ROOM_TOPICS))
    .min(1, errorKey("matchPickInterest"))
    .max(ROOM_TOPICS.length),
});
export type MatchOptInInput = z.infer<typeof matchOptInSchema>;

export const matchParamsSchema = z.object({ matchId: z.uuid(errorKey("matchNotFound")) });

export const MATCH_DECISIONS = ["CONNECT", "PASS"] as const;
export const matchDecisionSchema = z.object({ decision: z.enum(MATCH_DECISIONS) });

export const matchReportSchema = z.object({
  reason: z.enum(REPORT_REASONS, errorKey("reportReasonInvalid")),
  note: z.string().trim().max(500).default(""),
});

export type MatchView = {
  id: string;
  /** Only the first name until both tap Connect. */
  firstName: string;
  sharedTopics: (typeof ROOM_TOPICS)[number][];
  endsAt: string;
  endedAt: string | null;
  endedReason: "TIMER" | "SKIPPED" | "REPORTED" | null;
  myDecision: (typeof MATCH_DECISIONS)[number] | null;
  /** The other person has answered Connect or Pass (which one is told only by `connected`). */
  otherDecided: boolean;
  connected: boolean;
  /** The other's handle, once both connected (their full profile is then open to each other). */
  username: string | null;
};

export type MatchStatus =
  | { state: "opt-in" }
  | { state: "idle"; topics: (typeof ROOM_TOPICS)[number][] }
  | { state: "waiting"; topics: (typeof ROOM_TOPICS)[number][] }
  | { state: "matched"; match: MatchView };

export type MatchAction = "token" | "decision" | "skip" | "report";

export const MATCH_API = "/api/match";
export function matchApiPath(matchId: string, action: MatchAction): string {
  return `${MATCH_API}/${encodeURIComponent(matchId)}/${action}`;
}

/** The LiveKit room of a match: not a uuid, so room webhooks and sweeps leave it alone. */
export function matchRoomName(matchId: string): string {
  return `match_${matchId}`;
}

export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? "";
}

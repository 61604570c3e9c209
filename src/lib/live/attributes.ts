import { z } from "zod/mini";
import { stageRoleSchema, type StageRole } from "./roles";

// The LiveKit participant attributes Hearth uses. Only the server writes them (browser tokens hold
// no canUpdateOwnMetadata), LiveKit pushes every change to every client, and LiveKit attributes are
// plain strings: this file is the one place their names and encodings live. Read them with
// `readParticipantAttributes`, write them with `participantAttributes`.

const BIO_LENGTH = 80;

/** What a participant's attributes say; anything missing or malformed reads as its default. */
export const participantAttributesSchema = z.object({
  role: z.catch(stageRoleSchema, "listener"),
  /**
   * When the hand went up, as an ISO 8601 instant (so sorting the strings sorts the queue oldest
   * first), or "" when no hand is raised.
   */
  handRaisedAt: z.catch(z.union([z.iso.datetime(), z.literal("")]), ""),
  /** A listener some speaker follows (Clubhouse seats them at the front of the audience). */
  followedBySpeakers: z.catch(
    z.pipe(
      z.enum(["true", "false"]),
      z.transform((value) => value === "true"),
    ),
    false,
  ),
  /** A line of bio, so moderators can pick from the hand queue. */
  bio: z.catch(z.string().check(z.maxLength(BIO_LENGTH)), ""),
  /** The @handle: display names are free text, so the queue and menus name people by both. */
  username: z.catch(z.string().check(z.maxLength(64)), ""),
  /**
   * A moderator's invitation to speak that waits for an answer: when it was made (ISO 8601), or ""
   * when there is none. The listener is asked; moderators see it pending.
   */
  speakInvitedAt: z.catch(z.union([z.iso.datetime(), z.literal("")]), ""),
  /** Who invited them, by display name, for "Nora invited you to speak". */
  speakInvitedBy: z.catch(z.string().check(z.maxLength(100)), ""),
  /** Their profile photo's version (its URL is built from it), or "" for the initials avatar. */
  photo: z.catch(z.string().check(z.maxLength(64)), ""),
});
export type ParticipantAttributes = z.output<typeof participantAttributesSchema>;

/**
 * Set at mint only, never pushed afterwards and never read by browsers: a keyed stamp of the
 * account session the token was minted for (src/server/livekit/session-stamp.ts). LiveKit copies
 * it into every refresh token, so the judge can tell a token from an ended session.
 */
export const SESSION_ATTRIBUTE = "session";

/**
 * Set at mint only, on a join ticket's token (src/server/live/issue-join-ticket.ts): its holder
 * was checked but not yet recorded as present, and is admitted once LiveKit says they are in.
 */
export const TICKET_ATTRIBUTE = "ticket";

const ATTRIBUTE_NAMES = Object.keys(participantAttributesSchema.shape);
// LiveKit hands out a fresh copy of a participant's attributes on every read, and each tile, list
// and prompt reads them on every render: each distinct set is parsed once (a room's people and
// their changes; cleared when it grows past what a room holds).
const parsed = new Map<string, ParticipantAttributes>();
const PARSED_LIMIT = 2_000;

/** What `attributes` say, the same frozen object for the same attributes. */
export function readParticipantAttributes(
  attributes: Readonly<Record<string, string>>,
): ParticipantAttributes {
  const key = JSON.stringify(ATTRIBUTE_NAMES.map((name) => attributes[name] ?? null));
  const known = parsed.get(key);
  if (known) return known;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const read = Object.freeze(participantAttributesSchema.parse(attributes));
  parsed.set(key, read);
  return read;
}

/** Whether the server has set a role yet: a participant that has just connected may not carry one. */
export function hasStageRole(attributes: Readonly<Record<string, string>>): boolean {
  return stageRoleSchema.safeParse(attributes.role).success;
}

export type ParticipantAttributesUpdate = {
  role?: StageRole;
  handRaisedAt?: Date | null;
  followedBySpeakers?: boolean;
  bio?: string;
  username?: string;
  speakInvitedAt?: Date | null;
  speakInvitedBy?: string;
  photo?: string | null;
};

/** The attribute strings for these values (only the ones given), ready for LiveKit. */
export function participantAttributes(update: ParticipantAttributesUpdate): Record<string, string> {
  const written: Record<string, string> = {};
  if (update.role !== undefined) written.role = update.role;
  if (update.handRaisedAt !== undefined) {
    written.handRaisedAt = update.handRaisedAt?.toISOString() ?? "";
  }
  if (update.followedBySpeakers !== undefined) {
    written.followedBySpeakers = String(update.followedBySpeakers);
  }
  if (update.bio !== undefined) written.bio = update.bio.slice(0, BIO_LENGTH);
  if (update.username !== undefined) written.username = update.username;
  if (update.speakInvitedAt !== undefined) {
    written.speakInvitedAt = update.speakInvitedAt?.toISOString() ?? "";
  }
  if (update.speakInvitedBy !== undefined) written.speakInvitedBy = update.speakInvitedBy;
  if (update.photo !== undefined) written.photo = update.photo ?? "";
  return written;
}

/** Whether the attributes LiveKit holds already say what `update` would write. */
export function attributesAgree(
  attributes: Readonly<Record<string, string>>,
  update: ParticipantAttributesUpdate,
): boolean {
  return Object.entries(participantAttributes(update)).every(
    ([name, value]) => (attributes[name] ?? "") === value,
  );
}

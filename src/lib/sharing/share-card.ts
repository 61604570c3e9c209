import type { RoomStatus, RoomTopic } from "@/generated/prisma/enums";

// A share card is drawn for whoever fetches a link's preview, which is a crawler without cookies.
// So it only ever holds what a signed-out visitor may know; anything else is the generic card.

export type ShareSubject = "room" | "club" | "person" | "clip";

export type RoomShareCard = {
  subject: "room";
  isPublic: true;
  id: string;
  title: string;
  description: string;
  topic: RoomTopic;
  status: RoomStatus;
  scheduledFor: Date | null;
  host: { displayName: string; username: string };
  /** Named only when the club is open: a private club's name is for its members. */
  clubName: string | null;
  speakerCount: number;
  listenerCount: number;
};

export type ClubShareCard = {
  subject: "club";
  isPublic: true;
  slug: string;
  name: string;
  description: string;
  topics: RoomTopic[];
  memberCount: number;
};

export type PersonShareCard = {
  subject: "person";
  isPublic: true;
  username: string;
  displayName: string;
  bio: string;
  followerCount: number;
};

/** A clip of an open room: its room, who is heard, when it was said and how long it is. */
export type ClipShareCard = {
  subject: "clip";
  isPublic: true;
  id: string;
  title: string;
  host: { displayName: string; username: string };
  /** Display names of who is heard, in order of first speaking. */
  speakers: string[];
  startsAt: Date;
  durationMs: number;
};

/** Closed, club-only, private, disabled or unknown: says what kind of page it is and nothing else. */
export type GenericShareCard = { subject: ShareSubject; isPublic: false };

export type ShareCard =
  RoomShareCard | ClubShareCard | PersonShareCard | ClipShareCard | GenericShareCard;

export function genericCard(subject: ShareSubject): GenericShareCard {
  return { subject, isPublic: false };
}

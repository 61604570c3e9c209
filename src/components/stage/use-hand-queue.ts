import { useParticipants } from "@livekit/components-react";
import { RoomEvent, type Participant } from "livekit-client";
import { useMemo } from "react";
import { readParticipantAttributes } from "@/lib/live/attributes";

const UPDATE_ON = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ParticipantAttributesChanged,
];

export type RaisedHand = {
  participant: Participant;
  handRaisedAt: string;
  bio: string;
  followedBySpeakers: boolean;
  username: string;
  /** When a moderator invited them to speak ("" if nobody has, or they answered). */
  speakInvitedAt: string;
};

/**
 * The raise-hand queue, oldest first, straight from the server-set `handRaisedAt` attributes that
 * LiveKit pushes to every client (ISO strings, so they sort as text). No polling.
 */
export function useHandQueue(): RaisedHand[] {
  const participants = useParticipants({ updateOnlyOn: UPDATE_ON });
  return useMemo(
    () =>
      participants
        .map((participant) => {
          const { handRaisedAt, bio, followedBySpeakers, username, speakInvitedAt } =
            readParticipantAttributes(participant.attributes);
          return { participant, handRaisedAt, bio, followedBySpeakers, username, speakInvitedAt };
        })
        .filter((hand) => hand.handRaisedAt !== "")
        .sort((a, b) => a.handRaisedAt.localeCompare(b.handRaisedAt)),
    [participants],
  );
}

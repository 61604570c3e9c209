import { useLocalParticipant, useRemoteParticipants } from "@livekit/components-react";
import { RoomEvent, type Participant } from "livekit-client";
import { useDeferredValue, useMemo } from "react";
import { readParticipantAttributes } from "@/lib/live/attributes";
import type { StageRole } from "@/lib/live/roles";

export type Person = {
  participant: Participant;
  role: StageRole;
  followedBySpeakers: boolean;
};

// Speaking state is read per tile (useIsSpeaking), so the lists re-sort only when people come and
// go, change role (a server-set attribute) or change what they publish, and keep their identity
// otherwise, so the room's other renders (a reaction, the connection state) leave them alone.
const UPDATE_ON = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ConnectionStateChanged,
  RoomEvent.ParticipantAttributesChanged,
  RoomEvent.ParticipantNameChanged,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
];

const STAGE_ORDER: Record<StageRole, number> = {
  host: 0,
  moderator: 1,
  speaker: 2,
  listener: 3,
};

function joinedAtOf(participant: Participant): number {
  return participant.joinedAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Everyone in the room, split as Clubhouse does: the stage (host, moderators, speakers) and the
 * audience, with listeners the speakers follow seated first; then by arrival.
 */
export function useRoomPeople(): { stage: Person[]; audience: Person[]; me: Person | undefined } {
  const remote = useRemoteParticipants({ updateOnlyOn: UPDATE_ON });
  const { localParticipant } = useLocalParticipant();
  const people = useMemo(() => {
    const participants = [localParticipant, ...remote];
    const people = participants.map((participant) => {
      const { role, followedBySpeakers } = readParticipantAttributes(participant.attributes);
      return { participant, role, followedBySpeakers };
    });
    const stage = people
      .filter((person) => person.role !== "listener")
      .sort(
        (a, b) =>
          STAGE_ORDER[a.role] - STAGE_ORDER[b.role] ||
          joinedAtOf(a.participant) - joinedAtOf(b.participant),
      );
    const audience = people
      .filter((person) => person.role === "listener")
      .sort(
        (a, b) =>
          Number(b.followedBySpeakers) - Number(a.followedBySpeakers) ||
          joinedAtOf(a.participant) - joinedAtOf(b.participant),
      );
    const me = people.find((person) => person.participant.isLocal);
    return { stage, audience, me };
  }, [localParticipant, remote]);
  // A change of people re-renders the lists in the background, in slices, so a busy room's joins
  // and role changes never hold up a tap on a phone.
  return useDeferredValue(people);
}

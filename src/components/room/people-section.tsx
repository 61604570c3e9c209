import { memo } from "react";
import type { ReactionMessage } from "@/lib/live/messages";
import { ParticipantTile, type Viewer } from "./participant-tile";
import { PeopleFrame, PlaceholderTiles, TileList, type Seat } from "./people-frame";
import type { Person } from "./use-room-people";

type PeopleSectionProps = {
  id: string;
  title: string;
  seat: Seat;
  /** Null while connecting: LiveKit does not yet know who is there. */
  people: Person[] | null;
  /** How many placeholder tiles to show while `people` is null (the server's count). */
  expected: number;
  reactions: ReactionMessage[];
  empty: string;
  viewer: Viewer;
};

// A tile re-renders when its person, its reactions or the viewer change; its speaking ring and
// mute mark follow LiveKit through the tile's own hooks. So a reaction re-renders its sender's
// tile only, not the whole room's lists.
const Tile = memo(ParticipantTile);
const NO_REACTIONS: ReactionMessage[] = [];

function reactionsOf(reactions: ReactionMessage[], identity: string): ReactionMessage[] {
  const theirs = reactions.filter((reaction) => reaction.senderId === identity);
  return theirs.length === 0 ? NO_REACTIONS : theirs;
}

/** The stage or the audience: a labelled region with a list of people, steady while it fills. */
export function PeopleSection(props: PeopleSectionProps) {
  const { id, title, seat, people, expected, reactions, empty, viewer } = props;
  return (
    <PeopleFrame id={id} title={title} count={people?.length ?? expected} seat={seat}>
      {people === null ? (
        <PlaceholderTiles seat={seat} count={expected} />
      ) : people.length === 0 ? (
        <p className="text-sm text-ink-600">{empty}</p>
      ) : (
        <TileList>
          {people.map((person) => (
            <Tile
              key={person.participant.identity}
              person={person}
              seat={seat}
              reactions={reactionsOf(reactions, person.participant.identity)}
              viewer={viewer}
            />
          ))}
        </TileList>
      )}
    </PeopleFrame>
  );
}

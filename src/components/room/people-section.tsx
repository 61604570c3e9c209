import type { ReactionMessage } from "@/lib/live/messages";
import { ParticipantTile, type Viewer } from "./participant-tile";
import type { Person } from "./use-room-people";

type PeopleSectionProps = {
  id: string;
  title: string;
  people: Person[];
  reactions: ReactionMessage[];
  empty: string;
  viewer: Viewer;
};

/** The stage or the audience: a labelled region with a list of people. */
export function PeopleSection({ id, title, people, reactions, empty, viewer }: PeopleSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-4 text-sm font-bold tracking-wide text-ink-600 uppercase">
        {title} <span className="font-normal">({people.length})</span>
      </h2>
      {people.length === 0 ? (
        <p className="text-sm text-ink-600">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-4">
          {people.map((person) => (
            <ParticipantTile
              key={person.participant.identity}
              person={person}
              reactions={reactions.filter((r) => r.senderId === person.participant.identity)}
              viewer={viewer}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

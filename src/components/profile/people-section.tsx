import Link from "next/link";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/people/avatar";
import type { Person } from "@/server/follows/follow-person-select";

type PeopleSectionProps = {
  id: string;
  title: string;
  people: Person[];
  total: number;
  empty: string;
};

/** A titled list of people, each linking to their profile (followers, following). */
export function PeopleSection({ id, title, people, total, empty }: PeopleSectionProps) {
  const t = useTranslations("profile");
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="rounded-2xl bg-white p-6 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {people.length === 0 ? (
        <p className="mt-2 text-sm text-ink-600">{empty}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-2">
          {people.map((person) => (
            <li key={person.id}>
              <Link
                href={`/@${person.username}`}
                className="flex items-center gap-3 rounded-lg p-1 hover:bg-ember-50"
              >
                <Avatar
                  userId={person.id}
                  displayName={person.displayName}
                  size="sm"
                  photoVersion={person.photo?.version}
                />
                <span className="flex min-w-0 flex-col">
                  <span className="truncate font-medium">{person.displayName}</span>
                  <span className="truncate text-xs text-ink-600">@{person.username}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {total > people.length && (
        <p className="mt-3 text-sm text-ink-600">
          {t("showingRecent", { shown: people.length, total })}
        </p>
      )}
    </section>
  );
}

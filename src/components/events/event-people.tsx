import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Named = { username: string; displayName: string };

type EventPeopleProps = { host: Named; cohosts: Named[]; speakers: Named[] };

/** Who is hosting an event (the host and the co-hosts) and who was invited to speak. */
export async function EventPeople({ host, cohosts, speakers }: EventPeopleProps) {
  const t = await getTranslations("cohosts");
  const hosts = [
    { ...host, badge: t("host") },
    ...cohosts.map((person) => ({ ...person, badge: t("cohost") })),
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <PeopleList heading={t("hosts")} people={hosts} />
      {speakers.length > 0 && <PeopleList heading={t("speakersHeading")} people={speakers} />}
    </div>
  );
}

function PeopleList({
  heading,
  people,
}: {
  heading: string;
  people: (Named & { badge?: string })[];
}) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-sm font-semibold tracking-wide text-ink-600 uppercase">{heading}</h2>
      <ul className="flex flex-col gap-1">
        {people.map((person) => (
          <li key={person.username} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={`/@${person.username}`} className="font-semibold underline">
              {person.displayName}
            </Link>
            <span className="text-sm text-ink-600">@{person.username}</span>
            {person.badge && (
              <span className="rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold text-ember-800">
                {person.badge}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Avatar } from "@/components/people/avatar";
import type { SearchResults as Results } from "@/server/search/search-everything";

type SectionProps = { id: string; title: string; empty: string; children: ReactNode[] };

function Section({ id, title, empty, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children.length === 0 ? (
        <p className="text-ink-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">{children}</ul>
      )}
    </section>
  );
}

const cardClass =
  "flex items-center gap-3 rounded-2xl bg-white p-4 shadow-sm hover:shadow-md focus-visible:outline-3 focus-visible:outline-ember-700";

export function SearchResults({ results }: { results: Results }) {
  const t = useTranslations("search");
  const topics = useTranslations("topics");
  const format = useFormatter();
  const total = results.people.length + results.clubs.length + results.rooms.length;
  return (
    <div className="flex flex-col gap-8">
      <p role="status" className="text-ink-600">
        {t("found", { count: total })}
      </p>
      <Section id="search-people" title={t("people")} empty={t("noPeople")}>
        {results.people.map((person) => (
          <li key={person.id}>
            <Link href={`/u/${person.username}`} className={cardClass}>
              <Avatar
                userId={person.id}
                displayName={person.displayName}
                size="sm"
                photoVersion={person.photoVersion}
              />
              <span className="flex min-w-0 flex-col">
                <span className="font-semibold">{person.displayName}</span>
                <span className="text-sm text-ink-600">@{person.username}</span>
                {person.bio && <span className="line-clamp-1 text-sm">{person.bio}</span>}
              </span>
            </Link>
          </li>
        ))}
      </Section>
      <Section id="search-rooms" title={t("rooms")} empty={t("noRooms")}>
        {results.rooms.map((room) => (
          <li key={room.id}>
            <Link href={`/rooms/${room.id}`} className={cardClass}>
              <span className="flex min-w-0 flex-col">
                <span className="font-semibold">{room.title}</span>
                <span className="text-sm text-ink-600">
                  {topics(room.topic)} · {t("hostedBy", { name: room.hostName })} ·{" "}
                  {room.status === "LIVE" || room.scheduledFor === null ? (
                    t("liveListening", { count: room.listenerCount })
                  ) : (
                    <time dateTime={room.scheduledFor.toISOString()}>
                      {format.dateTime(room.scheduledFor, "startTime")}
                    </time>
                  )}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </Section>
      <Section id="search-clubs" title={t("clubs")} empty={t("noClubs")}>
        {results.clubs.map((club) => (
          <li key={club.id}>
            <Link href={`/clubs/${club.slug}`} className={cardClass}>
              <span className="flex flex-col">
                <span className="font-semibold">{club.name}</span>
                <span className="text-sm text-ink-600">
                  {t("members", { count: club.memberCount })}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </Section>
    </div>
  );
}
